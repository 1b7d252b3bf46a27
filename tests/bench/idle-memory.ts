// Benchmark (part of `npm run bench`): what an idle instance holds in memory, as `npm start` runs
// it (the compiled service, scripts/build-server.ts) and as the sources run through tsx, beside a
// bare process in the same run that holds the same database open and answers HTTP
// (tests/bench/lib/bare-idle.mjs). A first start makes the database (migrated, demo data); each
// measured process then starts on a copy of that data folder (on PostgreSQL: that database),
// as an instance restarting on its data does, waits until it listens, answers /healthz once,
// then rests; resident memory (VmRSS) is read from /proc five times a second apart, the median
// kept.
//
//   npx tsx tests/bench/idle-memory.ts        PGlite, then PostgreSQL when it can start one
//   BENCH_IDLE_SECONDS (5)                    rest before reading
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildServer } from "../../scripts/build-server.ts";
import { DEFAULT_PGLITE_SHARED_BUFFERS_MB } from "../../server/src/env.ts";
import { benchPostgres, intSetting, scratchPostgres } from "./lib/common.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IDLE_SECONDS = intSetting("BENCH_IDLE_SECONDS", 5);
const serveWeb = existsSync(path.join(root, "web/build/handler.js"));

type Kind = { name: string; args: string[] };
const KINDS: Kind[] = [
  { name: "Suara, compiled (npm start)", args: ["--enable-source-maps", "server/dist/main.mjs"] },
  { name: "Suara, sources through tsx", args: ["--import", "tsx", "server/src/main.ts"] },
  { name: "bare: the database open + HTTP", args: ["tests/bench/lib/bare-idle.mjs"] },
];

function residentKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]);
}

async function listening(child: ChildProcess, output: () => string): Promise<string> {
  for (let i = 0; i < 1200; i++) {
    const match = /running at (http:\/\/\S+?)\.?\s/.exec(output());
    if (match) return match[1]!;
    if (child.exitCode !== null) throw new Error(`exited early:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`did not start within 120 s:\n${output()}`);
}

/** Starts one process on `dataDir` (or the PostgreSQL database at `databaseUrl`). */
async function measure(kind: Kind, dataDir: string, databaseUrl: string | null, sample = true): Promise<{ rssMiB: number; startSeconds: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, kind.args, {
    cwd: root,
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: "0",
      DATA_DIR: dataDir,
      DEMO: "true",
      SERVE_WEB: serveWeb ? "true" : "false",
      LOG_REQUESTS: "false",
      DATABASE_URL: databaseUrl ?? "",
      // The service's setting, passed to the bare process too, so both open PGlite alike.
      PGLITE_SHARED_BUFFERS_MB: process.env.PGLITE_SHARED_BUFFERS_MB?.trim() || String(DEFAULT_PGLITE_SHARED_BUFFERS_MB),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  try {
    const url = await listening(child, () => out);
    const startSeconds = (performance.now() - started) / 1000;
    if ((await fetch(`${url}/healthz`)).status !== 200) throw new Error(`${kind.name}: /healthz did not answer 200`);
    if (!sample) return { rssMiB: 0, startSeconds };
    await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      samples.push(residentKiB(child.pid!));
      await new Promise((r) => setTimeout(r, 1000));
    }
    samples.sort((a, b) => a - b);
    return { rssMiB: samples[2]! / 1024, startSeconds };
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  }
}

async function runOn(label: string, databaseUrl: string | null): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  const template = await mkdtemp(path.join(os.tmpdir(), "suara-bench-idle-"));
  const scratch = databaseUrl ? await scratchPostgres(databaseUrl) : null;
  const folders = [template];
  try {
    await measure(KINDS[0]!, template, scratch?.url ?? null, false);
    for (const kind of KINDS) {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), "suara-bench-idle-"));
      folders.push(dataDir);
      cpSync(template, dataDir, { recursive: true });
      rows.push({ database: label, process: kind.name, ...(await measure(kind, dataDir, scratch?.url ?? null)) });
    }
  } finally {
    await scratch?.drop().catch(() => {});
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  }
  const bare = rows.at(-1)!.rssMiB as number;
  console.log(`\nAn idle instance, ${label} (demo data${serveWeb ? ", pages served" : ", no web build: API only"}; resident memory after ${IDLE_SECONDS} s at rest)\n`);
  console.log(`${"process".padEnd(34)} ${"RSS MiB".padStart(8)} ${"÷ bare".padStart(7)} ${"start s".padStart(8)}`);
  for (const r of rows) {
    r.ratio = Math.round(((r.rssMiB as number) / bare) * 10) / 10;
    console.log(`${String(r.process).padEnd(34)} ${(r.rssMiB as number).toFixed(0).padStart(8)} ${(r.ratio as number).toFixed(1).padStart(7)} ${(r.startSeconds as number).toFixed(1).padStart(8)}`);
  }
  return rows;
}

async function main(): Promise<number> {
  await buildServer();
  const all = await runOn("PGlite", null);
  const postgres = await benchPostgres();
  if (postgres.url === null) console.log(`\nPostgreSQL: not measured (${postgres.why})`);
  else {
    try {
      all.push(...(await runOn("PostgreSQL", postgres.url)));
    } finally {
      await postgres.stop();
    }
  }
  console.log(`BENCH_JSON ${JSON.stringify({ bench: "idle-memory", idleSeconds: IDLE_SECONDS, rows: all })}`);
  return 0;
}

process.exit(await main());
