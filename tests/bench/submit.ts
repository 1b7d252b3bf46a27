// Benchmark: how many complaints per second can be filed through POST /graphql, and how that
// compares with writing the same rows straight into the same database.
//
//   npx tsx tests/bench/submit.ts                         # embedded PGlite (default)
//   DATABASE_URL=$(scripts/postgres.sh start) npx tsx tests/bench/submit.ts
//
// One run, one database: the real service starts in this process (a PGlite folder belongs to
// one process), the HTTP clients run in a worker thread with their own event loop, and the raw
// INSERT path runs here through the server's own database handle. On PostgreSQL a scratch
// database is made on that server and dropped afterwards.
//
// Settings: BENCH_COUNT (2000), BENCH_WARMUP (100), BENCH_CONCURRENCY (50).
// Prints an aligned table and one `BENCH_JSON {...}` line. No pass/fail: exits 0 with figures,
// or 1 when it could not measure (the service answered with errors, which are printed).
import type { Server } from "node:http";
import os from "node:os";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { startServer } from "../../server/src/app.ts";
import type { Database } from "../../server/src/db/open.ts";
import { benchPlaces, benchServiceEnv, intSetting, runBench, runWorker } from "./lib/common.ts";
import type { HttpLoadConfig, HttpLoadReport } from "./lib/http-worker.ts";
import { closedLoop, round, type Summary, summarise } from "./lib/load.ts";
import { loadRawCalendar, rawSubmitter } from "./lib/raw-submit.ts";

const DISTRICT = "73.06.08"; // Somba Opu, Gowa: part of the reference data seeded at start

const COUNT = intSetting("BENCH_COUNT", 2000);
const WARMUP = intSetting("BENCH_WARMUP", 100);
const CONCURRENCY = intSetting("BENCH_CONCURRENCY", 50);
const REQUEST_TIMEOUT_MS = 30_000;

/** What this benchmark uses of the running service. */
type BenchServer = { url: string; db: Database; server?: Server; close(): Promise<void> };

type Memory = { rssMiB: number; heapUsedMiB: number };

/** A full collection before each reading, so heap figures compare (no --expose-gc needed). */
const collectGarbage: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
})();

function memory(): Memory {
  collectGarbage();
  const m = process.memoryUsage();
  return { rssMiB: round(m.rss / 2 ** 20, 1), heapUsedMiB: round(m.heapUsed / 2 ** 20, 1) };
}

function runHttpWorker(config: HttpLoadConfig): Promise<HttpLoadReport> {
  return runWorker<HttpLoadReport>(new URL("./lib/http-worker.ts", import.meta.url), config);
}

function printErrors(title: string, errors: string[]): void {
  console.error(`\n${title}: the benchmark stopped at the first error, no figures were taken.`);
  for (const e of errors) console.error(`  - ${e}`);
}

function table(rows: Array<{ path: string } & Summary>): string {
  const header = ["path", "requests", "clients", "seconds", "per sec", "p50 ms", "p95 ms", "p99 ms", "max ms"];
  const body = rows.map((r) => [
    r.path,
    String(r.requests),
    String(r.concurrency),
    r.seconds.toFixed(2),
    r.perSecond.toFixed(1),
    r.p50Ms.toFixed(1),
    r.p95Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    r.maxMs.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

function interpret(ratio: number): string {
  const pct = Math.round(ratio * 100);
  if (ratio >= 0.8) {
    return `GraphQL reaches ${pct}% of the raw write rate: the database writes dominate; HTTP, GraphQL and Prisma add little.`;
  }
  if (ratio >= 0.4) {
    return `GraphQL reaches ${pct}% of the raw write rate: the service layers cost about as much as the writes themselves.`;
  }
  return (
    `GraphQL reaches ${pct}% of the raw write rate: a submission costs ~${(1 / ratio).toFixed(1)}x its bare writes; ` +
    "the time goes to the service (HTTP, GraphQL, validation, Prisma, extra reads), not to the INSERTs."
  );
}

async function main(): Promise<number> {
  const { dataDir, databaseUrl, cleanUp } = await benchPlaces("suara-bench-");
  let server: BenchServer | null = null;
  try {
    const env = benchServiceEnv(dataDir, databaseUrl, {
      PORT: "0",
      // The load worker stands for many residents: each request names its own address through
      // the loopback "proxy", so the per-client filing limit counts every filing (one write each).
      TRUSTED_PROXIES: "127.0.0.1,::1",
    });
    const started = performance.now();
    server = (await startServer({ env })) as BenchServer;
    const startMs = Math.round(performance.now() - started);
    const db = server.db;

    let connections = 0;
    server.server?.on("connection", () => connections++);

    console.log(
      `submit benchmark: ${db.kind}, node ${process.version}, ${os.cpus().length} cores; ` +
        `${WARMUP} warm-up + ${COUNT} measured per path, ${CONCURRENCY} concurrent clients; server up in ${startMs} ms`,
    );

    const memStart = memory();

    // ── 1. through the service: POST /graphql from a worker thread ──
    const report = await runHttpWorker({
      endpoint: `${server.url}/graphql`,
      warmup: WARMUP,
      count: COUNT,
      concurrency: CONCURRENCY,
      districtCode: DISTRICT,
      timeoutMs: REQUEST_TIMEOUT_MS,
      distinctClients: true,
    });
    if (report.warmup.errors.length > 0 || !report.measured || report.measured.errors.length > 0) {
      printErrors("POST /graphql submitComplaint", [...report.warmup.errors, ...(report.measured?.errors ?? [])]);
      return 1;
    }
    const graphql = summarise(report.measured, CONCURRENCY);
    const memAfterGraphql = memory();

    // ── 2. the raw writes, same database, same handle the service uses ──
    const calendar = await loadRawCalendar(db.sql);
    const raw = rawSubmitter(db, calendar, DISTRICT, "RAW", undefined, { countPerClient: true });
    const rawWarmup = await closedLoop({ count: WARMUP, concurrency: CONCURRENCY, op: raw });
    const rawMeasured = rawWarmup.errors.length ? null : await closedLoop({ count: COUNT, concurrency: CONCURRENCY, op: raw });
    if (!rawMeasured || rawMeasured.errors.length > 0) {
      printErrors("raw INSERT", [...rawWarmup.errors, ...(rawMeasured?.errors ?? [])]);
      return 1;
    }
    const rawSummary = summarise(rawMeasured, CONCURRENCY);
    const memAfterRaw = memory();

    // Both paths must have stored every row they claim.
    const [counts] = await db.sql.query<{ web: string; raw: string }>(
      `SELECT count(*) FILTER (WHERE "trackingCode" NOT LIKE 'RAW-%')::text AS web,
              count(*) FILTER (WHERE "trackingCode" LIKE 'RAW-%')::text AS raw
         FROM "Complaint"`,
    );
    const expected = WARMUP + COUNT;
    if (Number(counts?.web) !== expected || Number(counts?.raw) !== expected) {
      console.error(`row counts differ from requests: ${JSON.stringify(counts)}, expected ${expected} each`);
      return 1;
    }

    const ratio = round(graphql.perSecond / rawSummary.perSecond, 3);
    const rawLabel = "raw limit + INSERT x3 in 1 tx";
    console.log("");
    console.log(table([{ path: "POST /graphql submitComplaint", ...graphql }, { path: rawLabel, ...rawSummary }]));
    console.log("");
    console.log(`raw path: the client's filing-limit count (one upsert), then Complaint + TimelineEvent + AuditLog rows (what a`);
    console.log(`          submission writes), parameterised, one transaction each, via ${db.kind === "postgres" ? "the server's pg.Pool" : "the server's PGlite"};`);
    console.log(`          no reads, no Prisma, no HTTP. Both paths: every filing from its own client address.`);
    console.log(`ratio GraphQL / raw throughput: ${ratio.toFixed(3)}  ${interpret(ratio)}`);
    console.log(`HTTP connections opened by the load worker: ${connections} (keep-alive: about one per client, ${CONCURRENCY})`);
    console.log(
      `server process RSS: ${memStart.rssMiB} MiB before, ${memAfterGraphql.rssMiB} MiB after GraphQL, ` +
        `${memAfterRaw.rssMiB} MiB after raw (heap ${memStart.heapUsedMiB} -> ${memAfterRaw.heapUsedMiB} MiB)` +
        (db.kind === "postgres" ? "; PostgreSQL's own processes not included" : "; includes PGlite"),
    );
    console.log(
      "BENCH_JSON " +
        JSON.stringify({
          bench: "submit",
          database: db.kind,
          node: process.version,
          cores: os.cpus().length,
          warmup: WARMUP,
          graphql,
          raw: { ...rawSummary, includes: ["RateLimit", "Complaint", "TimelineEvent", "AuditLog"], transaction: true },
          ratio,
          httpConnections: connections,
          memory: { start: memStart, afterGraphql: memAfterGraphql, afterRaw: memAfterRaw },
        }),
    );
    return 0;
  } finally {
    await cleanUp(server);
  }
}

runBench(main);
