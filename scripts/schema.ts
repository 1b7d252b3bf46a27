// The API contract in SDL, printed from the code-first schema, so that changes to the API show up
// in review and the web's documents can be checked against a file; and, from that file, the
// schema's types for the web (web/src/lib/graphql-env.d.ts), from which every web document's
// result and variable types are inferred.
//   npm run schema           writes server/schema.graphql and web/src/lib/graphql-env.d.ts
//   npm run schema -- --check  fails when either differs from the code, or when a web document
//                              asks for what the contract does not have
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { webDocuments } from "../tests/support/web-documents.ts";
import { printedSchema } from "../server/src/graphql/schema.ts";

export const schemaFile = path.resolve(import.meta.dirname, "../server/schema.graphql");

const root = path.resolve(import.meta.dirname, "..");
export const webTypesFile = path.join(root, "web/src/lib/graphql-env.d.ts");

/** Writes the web's schema types from server/schema.graphql (the tool reads its place from
 * web/tsconfig.json) to `output`. */
function writeWebTypes(output: string): void {
  execFileSync(path.join(root, "node_modules/.bin/gql.tada"), ["generate-output", "-c", "web/tsconfig.json", "-o", output], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return ""; // missing: reported as out of date
  }
}

/** What is wrong with each web document against the contract `sdl`, as "file: message" lines
 * (gql.tada types a field the schema lacks as unknown rather than failing, so this is the check). */
export function documentProblems(sdl: string): string[] {
  const contract = buildSchema(sdl);
  return webDocuments().flatMap((d) => validate(contract, parse(d.source)).map((e) => `web/src/${d.file}: ${e.message}`));
}

const HEADER = "# Printed from the code by `npm run schema`; `npm run check` fails when it is out of date.\n\n";

export function currentContract(): string {
  return `${HEADER}${printedSchema()}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const printed = currentContract();
  if (process.argv.includes("--check")) {
    if (readOrEmpty(schemaFile) !== printed) {
      console.error("server/schema.graphql differs from the schema in server/src/graphql. Run npm run schema and commit the file.");
      process.exit(1);
    }
    const problems = documentProblems(printed);
    if (problems.length > 0) {
      console.error(`Web documents the contract does not answer:\n${problems.join("\n")}`);
      process.exit(1);
    }
    const scratch = mkdtempSync(path.join(tmpdir(), "suara-schema-"));
    try {
      writeWebTypes(path.join(scratch, "graphql-env.d.ts"));
      if (readOrEmpty(webTypesFile) !== readFileSync(path.join(scratch, "graphql-env.d.ts"), "utf8")) {
        console.error("web/src/lib/graphql-env.d.ts differs from server/schema.graphql. Run npm run schema and commit the file.");
        process.exit(1);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    console.log("server/schema.graphql and web/src/lib/graphql-env.d.ts match the code; every web document is valid against them.");
  } else {
    writeFileSync(schemaFile, printed);
    writeWebTypes(webTypesFile);
    console.log("Wrote server/schema.graphql and web/src/lib/graphql-env.d.ts — review the difference, then commit them.");
  }
}
