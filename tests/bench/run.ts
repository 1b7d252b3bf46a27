// `npm run bench`: runs every benchmark in tests/bench/*.ts (this file aside) in name order,
// each in its own process (a benchmark owns its database folder and its memory figures), with
// the same TypeScript loader as this one. Helpers live in tests/bench/lib/ and are not run.
// On PGlite and on PostgreSQL: DATABASE_URL, or a throwaway server it starts through
// scripts/postgres.sh when PostgreSQL is installed and it runs as root (BENCH_PGLITE_ONLY=1:
// PGlite only). A benchmark that measures one database a run runs twice; those that measure
// both themselves get the URL. Exits non-zero if a benchmark could not produce its figures.
import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchPostgres } from "./lib/common.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const self = path.basename(fileURLToPath(import.meta.url));

function run(file: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    // process.execArgv carries tsx's loader (--require/--import) to the child.
    const child = spawn(process.execPath, [...process.execArgv, file], { stdio: "inherit", env });
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

/** Benchmarks that measure the database DATABASE_URL names, else PGlite: run once on each. */
const ONE_DATABASE_A_RUN = new Set(["read.ts", "submit.ts", "workshop.ts"]);
/** Benchmarks that measure PGlite and then, given DATABASE_URL (or starting a server), PostgreSQL. */
const BOTH_DATABASES = new Set(["fanout.ts", "idle-memory.ts", "public-square.ts", "reliability-load.ts"]);

const postgres = process.env.BENCH_PGLITE_ONLY === "1" ? ({ url: null, why: "BENCH_PGLITE_ONLY=1" } as const) : await benchPostgres();
if (postgres.url === null) console.log(`PostgreSQL: not measured (${postgres.why}); PGlite only.`);
const { DATABASE_URL: _given, ...withoutUrl } = process.env;

let failed = 0;
try {
  for (const file of files) {
    const runs: Array<{ label: string; env: NodeJS.ProcessEnv }> = [{ label: "", env: withoutUrl }];
    if (postgres.url !== null) {
      const withUrl = { ...withoutUrl, DATABASE_URL: postgres.url };
      if (ONE_DATABASE_A_RUN.has(file)) runs.push({ label: " (PostgreSQL)", env: withUrl });
      else if (BOTH_DATABASES.has(file)) runs.splice(0, 1, { label: "", env: withUrl });
    }
    for (const { label, env } of runs) {
      console.log(`\n=== bench ${file}${label} ===`);
      const started = Date.now();
      const code = await run(path.join(here, file), env);
      console.log(`=== ${file}${label}: ${code === 0 ? "done" : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
      if (code !== 0) failed++;
    }
  }
} finally {
  if (postgres.url !== null) await postgres.stop();
}
process.exit(failed > 0 ? 1 : 0);
