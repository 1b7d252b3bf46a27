// Where the checkout's folders are, found from this file whether it runs from server/src (tsx,
// tests) or bundled into server/dist (`npm start`): the nearest folder upwards holding
// package.json is the repository's root.
import { existsSync } from "node:fs";
import path from "node:path";

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "prisma"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

export const repoRoot = findRoot(import.meta.dirname);
