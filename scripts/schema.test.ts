// The API contract: server/schema.graphql is what the code builds, and every document the web
// app sends is valid against it (a field the web still asks for after the API dropped it fails
// here, before any page is opened).
import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { webDocuments } from "../tests/support/web-documents.ts";
import { currentContract, documentProblems, schemaFile } from "./schema.ts";

const committed = readFileSync(schemaFile, "utf8");
const contract = buildSchema(committed);
const problems = (source: string) => validate(contract, parse(source)).map((e) => e.message);

describe("server/schema.graphql", () => {
  it("is what the code builds (npm run schema writes it)", () => {
    expect(committed).toBe(currentContract());
  });
});

describe("the web's documents against the contract", () => {
  const documents = webDocuments();

  it("finds every document", () => {
    expect(documents.length).toBeGreaterThan(60);
  });

  it.each(documents.map((d, i) => [`${d.file} #${i}`, d.source]))("%s is valid", (_name, source) => {
    expect(problems(source)).toEqual([]);
  });

  it("would catch a field the API no longer has, and a wrong argument", () => {
    expect(problems(`{ region(code: "73") { code noLongerThere } }`)).toEqual([expect.stringContaining("noLongerThere")]);
    expect(problems(`{ region(kode: "73") { code } }`).length).toBeGreaterThan(0);
  });

  it("npm run check names the page whose document asks for a field the contract dropped", () => {
    const without = committed.replace(/^  isPaused: Boolean!\n/m, "");
    expect(without).not.toBe(committed);
    expect(documentProblems(committed)).toEqual([]);
    expect(documentProblems(without)).toContainEqual(expect.stringMatching(/^web\/src\/routes\/kerja\/\+page\.server\.ts: .*isPaused/));
  });
});
