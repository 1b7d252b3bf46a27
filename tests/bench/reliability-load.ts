// Benchmark (part of `npm run bench:reliability`): 200 residents filing at once, each from a
// client of their own, for 60 s, on the embedded database and on PostgreSQL; beside it, in the
// same run and on the same database handle, the bare INSERTs a filing needs (the floor).
//
//   npx tsx tests/bench/reliability-load.ts          # PGlite, then PostgreSQL (DATABASE_URL, or
//                                                   # a throwaway server when run as root)
//   BENCH_SECONDS=20 BENCH_FILERS=100 npx tsx tests/bench/reliability-load.ts
//
// Prints, per database: acknowledged filings, errors by kind, throughput, p50/p95/p99, and the
// ratios against the bare INSERT path. The target is zero errors: any error makes it exit 1
// (after printing the figures). Settings: BENCH_SECONDS (60), BENCH_FILERS (200).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startServer } from "../../server/src/app.ts";
import type { Database } from "../../server/src/db/open.ts";
import { benchPostgres, benchServiceEnv, intSetting, runBench, runWorker, scratchPostgres } from "./lib/common.ts";
import type { FilerConfig, FilerReport } from "./lib/filer-worker.ts";
import { describeError, quantile, round } from "./lib/load.ts";
import { loadRawCalendar, rawSubmitter } from "./lib/raw-submit.ts";

const SECONDS = intSetting("BENCH_SECONDS", 60);
const FILERS = intSetting("BENCH_FILERS", 200);
const DISTRICT = "73.06.08";

type Figures = { requests: number; errors: number; perSecond: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };

function figures(latencies: number[], errors: number, wallMs: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: round(latencies.length / (wallMs / 1000), 1),
    p50Ms: round(quantile(sorted, 0.5), 1),
    p95Ms: round(quantile(sorted, 0.95), 1),
    p99Ms: round(quantile(sorted, 0.99), 1),
    maxMs: round(sorted.at(-1) ?? Number.NaN, 1),
  };
}

/** The raw path for the same time with the same number of clients. */
async function rawForSeconds(db: Database, seconds: number, concurrency: number): Promise<{ figures: Figures; firstError?: string }> {
  const raw = rawSubmitter(db, await loadRawCalendar(db.sql), DISTRICT);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let index = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          await raw(index++);
          latencies.push(performance.now() - t);
        } catch (error) {
          errors++;
          firstError ??= describeError(error);
        }
      }
    }),
  );
  return { figures: figures(latencies, errors, performance.now() - started), firstError };
}

async function measure(kind: "pglite" | "postgres", databaseUrl?: string) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "suara-bench-load-"));
  const scratch = databaseUrl ? await scratchPostgres(databaseUrl) : null;
  // The filers stand for many residents on many addresses: the load worker sends each one's
  // address as X-Forwarded-For, which the service believes only from a trusted proxy.
  const env = benchServiceEnv(dataDir, scratch?.url, { PORT: "0", TRUSTED_PROXIES: "127.0.0.1,::1" });
  const server = await startServer({ env });
  try {
    const config: FilerConfig = {
      endpoint: `${server.url}/graphql`,
      seconds: SECONDS,
      concurrency: FILERS,
      districtCode: DISTRICT,
      timeoutMs: 60_000,
      resendOnReset: true,
    };
    const report = await runWorker<FilerReport>(new URL("./lib/filer-worker.ts", import.meta.url), config);
    const failed = Object.values(report.failures).reduce((a, b) => a + b, 0);
    const graphql = figures(report.latenciesMs, failed, report.wallMs);
    const raw = await rawForSeconds(server.db, SECONDS, FILERS);
    // Every acknowledged filing must be stored exactly once.
    const ids = report.filings.filter((f) => f.trackingCode).map((f) => f.clientRequestId);
    const [stored] = await server.db.sql.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "Complaint" WHERE "clientRequestId" = ANY($1::text[])`,
      [ids],
    );
    return { kind, graphql, raw: raw.figures, failures: report.failures, resent: report.resent, firstErrors: [...report.firstErrors, ...(raw.firstError ? [`raw: ${raw.firstError}`] : [])], acknowledged: ids.length, stored: Number(stored?.n) };
  } finally {
    await server.close().catch((e: unknown) => console.error("closing the server:", e));
    await scratch?.drop().catch((e: unknown) => console.error("dropping the scratch database:", e));
    await rm(dataDir, { recursive: true, force: true });
  }
}

function table(rows: Array<[string, Figures]>): string {
  const header = ["path", "filings", "errors", "per sec", "p50 ms", "p95 ms", "p99 ms", "max ms"];
  const body = rows.map(([name, f]) => [name, String(f.requests), String(f.errors), f.perSecond.toFixed(1), f.p50Ms.toFixed(1), f.p95Ms.toFixed(1), f.p99Ms.toFixed(1), f.maxMs.toFixed(1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

async function main(): Promise<number> {
  console.log(`reliability load: ${FILERS} filers on ${FILERS} client addresses for ${SECONDS} s per path; node ${process.version}, ${os.cpus().length} cores`);
  const results = [await measure("pglite")];
  const postgres = await benchPostgres();
  if (postgres.url === null) {
    console.log(`PostgreSQL skipped: ${postgres.why}`);
  } else {
    try {
      results.push(await measure("postgres", postgres.url));
    } finally {
      await postgres.stop();
    }
  }
  let bad = 0;
  for (const r of results) {
    console.log(`\n${r.kind}:`);
    console.log(table([["POST /graphql submitComplaint", r.graphql], ["raw INSERT x3 in 1 tx", r.raw]]));
    const throughput = round(r.graphql.perSecond / r.raw.perSecond, 3);
    const p99 = round(r.graphql.p99Ms / r.raw.p99Ms, 2);
    console.log(`ratio GraphQL / raw: throughput ${throughput}, p99 ${p99}x; acknowledged ${r.acknowledged}, stored exactly once ${r.stored}; ${r.resent} sent again after a connection reset`);
    if (Object.keys(r.failures).length) console.log(`errors by kind: ${JSON.stringify(r.failures)}\nfirst errors:\n  ${r.firstErrors.join("\n  ")}`);
    if (r.graphql.errors > 0 || r.raw.errors > 0 || r.stored !== r.acknowledged) bad++;
    console.log("BENCH_JSON " + JSON.stringify({ bench: "reliability-load", database: r.kind, seconds: SECONDS, filers: FILERS, graphql: r.graphql, raw: r.raw, ratio: { throughput, p99 }, failures: r.failures, resent: r.resent, acknowledged: r.acknowledged, stored: r.stored }));
  }
  if (bad) console.error(`\n${bad} database(s) had errors or lost filings under load: see above.`);
  return bad ? 1 : 0;
}

runBench(main);
