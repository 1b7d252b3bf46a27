// The API contract in SDL, printed from the code-first schema, so that changes to the API show up
// in review and the web's documents can be checked against a file.
//   npm run schema           writes server/schema.graphql
//   npm run schema -- --check  fails when server/schema.graphql differs from the code
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { printedSchema } from "../server/src/graphql/schema.ts";

export const schemaFile = path.resolve(import.meta.dirname, "../server/schema.graphql");

const HEADER = "# Printed from the code by `npm run schema`; `npm run check` fails when it is out of date.\n\n";

export function currentContract(): string {
  return `${HEADER}${printedSchema()}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const printed = currentContract();
  if (process.argv.includes("--check")) {
    let committed = "";
    try {
      committed = readFileSync(schemaFile, "utf8");
    } catch {
      // missing: reported below as out of date
    }
    if (committed !== printed) {
      console.error("server/schema.graphql differs from the schema in server/src/graphql. Run npm run schema and commit the file.");
      process.exit(1);
    }
    console.log("server/schema.graphql matches the code.");
  } else {
    writeFileSync(schemaFile, printed);
    console.log("Wrote server/schema.graphql — review the difference, then commit it.");
  }
}
