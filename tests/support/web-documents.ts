// Every GraphQL document the web app sends, as the tests see it: each is written as
// graphql(/* GraphQL */ `...`) in web/src, without interpolations.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const webSrc = path.resolve(import.meta.dirname, "../../web/src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|svelte)$/.test(name) ? [full] : [];
  });
}

export interface WebDocument {
  /** Relative to web/src. */
  file: string;
  source: string;
}

export function webDocuments(): WebDocument[] {
  return files(webSrc).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/\/\* GraphQL \*\/\s*`([^`]*)`/g)].map((m) => ({
      file: path.relative(webSrc, file),
      source: m[1]!,
    })),
  );
}
