// The source files under a folder, for the tests that read the code itself (the web's GraphQL
// documents, the labels a page may show, the words each resident page uses).
import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * Every file under `dir` (in sub-folders too) whose path relative to `dir`, with forward slashes,
 * matches `include` and not `exclude`. Absolute paths, sorted, so failures list them in one order.
 */
export function sourceFiles(dir: string, include: RegExp, exclude?: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((relative) => relative.split(path.sep).join("/"))
    .filter((relative) => include.test(relative) && !exclude?.test(relative))
    .sort()
    .map((relative) => path.join(dir, relative));
}
