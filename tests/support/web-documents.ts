// Every GraphQL document the web app sends, as the tests see it: each is written as
// graphql(/* GraphQL */ `...`) in web/src, without interpolations.
import { readFileSync } from "node:fs";
import path from "node:path";
import { sourceFiles } from "./source-files.ts";

const webSrc = path.resolve(import.meta.dirname, "../../web/src");

export interface WebDocument {
  /** Relative to web/src. */
  file: string;
  source: string;
}

export function webDocuments(): WebDocument[] {
  return sourceFiles(webSrc, /\.(ts|svelte)$/).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/\/\* GraphQL \*\/\s*`([^`]*)`/g)].map((m) => ({
      file: path.relative(webSrc, file),
      source: m[1]!,
    })),
  );
}
