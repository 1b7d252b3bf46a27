import { describe, expect, it } from "vitest";
import { RefusedDocuments, refusesDocument } from "./refused-documents.ts";

const json = { "content-type": "application/json; charset=utf-8" };
const refusal = (code: string) => ({ status: 400, headers: json, body: JSON.stringify({ errors: [{ message: "x", extensions: { code } }] }) });

describe("refusesDocument", () => {
  it.each([
    ["a syntax error", 400, { errors: [{ message: "Syntax Error", extensions: { code: "GRAPHQL_PARSE_FAILED" } }] }, true],
    ["a limit or rule broken in validation", 400, { errors: [{ message: "terlalu besar", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] }, true],
    ["several validation errors", 400, { errors: [{ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] }, true],
    ["a bad variable (depends on the variables)", 400, { errors: [{ extensions: { code: "BAD_USER_INPUT" } }] }, false],
    ["validation mixed with a bad variable", 400, { errors: [{ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, { extensions: { code: "BAD_USER_INPUT" } }] }, false],
    ["an answer with data", 400, { data: null, errors: [{ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] }, false],
    ["an answer that is not a refusal", 200, { errors: [{ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] }, false],
    ["no errors", 400, { errors: [] }, false],
    ["an error without a code", 400, { errors: [{ message: "x" }] }, false],
  ])("%s: %s", (_name, status, body, expected) => {
    expect(refusesDocument(status, JSON.stringify(body))).toBe(expected);
  });

  it("is false for a body that is not JSON", () => {
    expect(refusesDocument(400, "Bad Request")).toBe(false);
  });
});

describe("RefusedDocuments", () => {
  it("remembers a document's refusal by its text, and nothing else", () => {
    const memory = new RefusedDocuments({ capacity: 10, maxBodyBytes: 1_000 });
    expect(memory.consider("{ a }", refusal("GRAPHQL_VALIDATION_FAILED"))).toBe(true);
    expect(memory.consider("{ b }", refusal("BAD_USER_INPUT"))).toBe(false);
    expect(memory.recall("{ a }")).toEqual(refusal("GRAPHQL_VALIDATION_FAILED"));
    expect(memory.recall("{ a } ")).toBeUndefined();
    expect(memory.recall("{ b }")).toBeUndefined();
    expect(memory.size).toBe(1);
  });

  it("forgets the least recently asked first, and never holds more than its capacity", () => {
    const memory = new RefusedDocuments({ capacity: 2, maxBodyBytes: 1_000 });
    memory.consider("{ a }", refusal("GRAPHQL_PARSE_FAILED"));
    memory.consider("{ b }", refusal("GRAPHQL_PARSE_FAILED"));
    memory.recall("{ a }");
    memory.consider("{ c }", refusal("GRAPHQL_PARSE_FAILED"));
    expect(memory.size).toBe(2);
    expect(memory.recall("{ b }")).toBeUndefined();
    expect(memory.recall("{ a }")).toBeDefined();
    expect(memory.recall("{ c }")).toBeDefined();
  });

  it("does not keep a long answer, and keys a long document by a short digest", () => {
    const memory = new RefusedDocuments({ capacity: 2, maxBodyBytes: 100 });
    const long = { status: 400, headers: json, body: JSON.stringify({ errors: [{ message: "x".repeat(200), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] }) };
    expect(memory.consider("{ a }", long)).toBe(true); // a refusal, only not kept
    expect(memory.size).toBe(0);
    const big = `{ ${"a ".repeat(500_000)}}`;
    memory.consider(big, refusal("GRAPHQL_VALIDATION_FAILED"));
    expect(memory.recall(big)).toBeDefined();
  });
});
