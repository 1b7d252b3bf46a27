// `npm run bench`: runs every benchmark in tests/bench/*.ts (this file aside) in name order,
// each in its own process (a benchmark owns its database folder and its memory figures), with
// the same TypeScript loader as this one. Helpers live in tests/bench/lib/ and are not run.
// Exits non-zero if a benchmark could not produce its figures.
import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const self = path.basename(fileURLToPath(import.meta.url));

function run(file: string): Promise<number> {
  return new Promise((resolve) => {
    // process.execArgv carries tsx's loader (--require/--import) to the child.
    const child = spawn(process.execPath, [...process.execArgv, file], { stdio: "inherit" });
    child.on("error", (error) => {
      console.error(error);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const only = process.argv.slice(2);
const files = (await readdir(here))
  .filter((f) => f.endsWith(".ts") && f !== self && !f.endsWith(".d.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== bench ${file} ===`);
  const started = Date.now();
  const code = await run(path.join(here, file));
  console.log(`=== ${file}: ${code === 0 ? "done" : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (code !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
