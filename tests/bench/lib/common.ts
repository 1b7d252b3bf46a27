// Building blocks every benchmark shares: settings from the environment, a scratch database on a
// PostgreSQL server, and worker threads that run TypeScript modules.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parentPort, Worker, workerData } from "node:worker_threads";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export function intSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number.parseInt(raw, 10);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, not "${raw}"`);
  return value;
}

/**
 * The service as a benchmark runs it: loopback only, no demo data, no pages, no request log, on
 * its own data folder (and PostgreSQL when a URL is given), plus what the benchmark adds.
 */
export function benchServiceEnv(dataDir: string, databaseUrl: string | undefined, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { HOST: "127.0.0.1", DATA_DIR: dataDir, DEMO: "false", SERVE_WEB: "false", LOG_REQUESTS: "false", ...extra };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

export type ScratchDatabase = { url: string; drop(): Promise<void> };

/** On PostgreSQL: a scratch database on the same server, so runs never see each other's rows. */
export async function scratchPostgres(baseUrl: string): Promise<ScratchDatabase> {
  const name = `suara_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 5000 });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Where one benchmark run keeps its data: a scratch folder, and a scratch database when
 * DATABASE_URL names a PostgreSQL server. `cleanUp` closes the server the run started (if it got
 * that far) and removes both, saying what failed instead of hiding the run's own error.
 */
export async function benchPlaces(prefix: string): Promise<{
  dataDir: string;
  databaseUrl: string | undefined;
  cleanUp(server: { close(): Promise<void> } | null | undefined): Promise<void>;
}> {
  const baseUrl = process.env.DATABASE_URL?.trim() || undefined;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), prefix));
  const scratch = baseUrl ? await scratchPostgres(baseUrl) : null;
  return {
    dataDir,
    databaseUrl: scratch?.url,
    async cleanUp(server) {
      await server?.close().catch((e: unknown) => console.error("closing the server:", e));
      await scratch?.drop().catch((e: unknown) => console.error("dropping the scratch database:", e));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function postgresScript(command: "start" | "stop", env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("bash", [path.join(root, "scripts/postgres.sh"), command], { env }, (error, stdout, stderr) => {
      if (error) reject(new Error(`scripts/postgres.sh ${command} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout.trim());
    });
  });
}

/**
 * The PostgreSQL server a benchmark compares against: DATABASE_URL when set; otherwise a
 * throwaway server of its own through scripts/postgres.sh when PostgreSQL is installed (root
 * only: initdb runs as the postgres user); otherwise none, and the benchmark says so.
 */
export async function benchPostgres(): Promise<{ url: string; stop(): Promise<void> } | { url: null; why: string }> {
  const given = process.env.DATABASE_URL?.trim();
  if (given) return { url: given, stop: async () => {} };
  const installed = ["15", "16", "17"].some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
  if (!installed) return { url: null, why: "PostgreSQL is not installed (apt-get install postgresql)" };
  if (process.getuid?.() !== 0) return { url: null, why: "set DATABASE_URL (starting a throwaway server needs root)" };
  const env = { ...process.env, SUARA_PG_DIR: "/tmp/suara-pg-bench", SUARA_PG_PORT: process.env.SUARA_PG_BENCH_PORT ?? "55434" };
  const url = await postgresScript("start", env);
  return { url, stop: () => postgresScript("stop", env).then(() => {}) };
}

/**
 * A worker thread running a TypeScript module. On Node 20, tsx hooks only the main thread, so
 * the worker registers tsx's loader itself before importing the module.
 */
export function typeScriptWorker(module: URL, workerData: unknown): Worker {
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const boot =
    `import(${JSON.stringify(tsxApi)})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })` +
    `.catch((error) => { console.error(error); process.exit(1); });`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Runs a worker module that posts one `{ ok: true, report }` or `{ ok: false, error }` message,
 * and resolves with the report: the load generators run apart from the server they measure.
 */
export function runWorker<Report>(module: URL, config: unknown): Promise<Report> {
  return new Promise((resolve, reject) => {
    const worker = typeScriptWorker(module, config);
    let settled = false;
    worker.once("message", (message: { ok: true; report: Report } | { ok: false; error: string }) => {
      settled = true;
      void worker.terminate();
      if (message.ok) resolve(message.report);
      else reject(new Error(`load worker failed: ${message.error}`));
    });
    worker.once("error", (error) => {
      if (!settled) reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`load worker exited (code ${code}) without a report`));
    });
  });
}

/** The worker's side of runWorker: runs on the config it was given and posts the one message. */
export function answerParent<Config, Report>(run: (config: Config) => Promise<Report>): void {
  if (!parentPort || !workerData) return;
  const port = parentPort;
  run(workerData as Config).then(
    (report) => port.postMessage({ ok: true, report }),
    (error: unknown) => port.postMessage({ ok: false, error: String(error) }),
  );
}

/** Runs a benchmark's main and exits with its code, or 1 after printing what it threw. */
export function runBench(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
