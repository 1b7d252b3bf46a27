// Benchmark: reading at the database's pace. Two paths a busy service answers most — a resident
// looking up a complaint by tracking code (`complaint(trackingCode)`, no account) and a verifier's
// queue (`queue(first: 20)` with its total) — each through POST /graphql from 50 closed-loop
// clients in a worker thread, then the bare SELECTs of the same rows on the same database handle
// in the same run, and the ratio of their throughputs.
//
//   npx tsx tests/bench/read.ts                        # embedded PGlite (default)
//   DATABASE_URL=$(scripts/postgres.sh start) npx tsx tests/bench/read.ts
//
// Settings: BENCH_COUNT (2000 per path), BENCH_WARMUP (100), BENCH_CONCURRENCY (50),
// BENCH_COMPLAINTS (2000 filed first, through the bare INSERTs of the submit benchmark).
// Prints a table per path and one `BENCH_JSON {...}` line. No pass/fail: exits 0 with figures, or
// 1 when it could not measure.
import os from "node:os";
import { startServer } from "../../server/src/app.ts";
import type { Database } from "../../server/src/db/open.ts";
import { DEMO_PASSWORD } from "../../server/src/db/seed/demo-accounts.ts";
import { finishSignIn } from "../support/second-factor.ts";
import { benchPlaces, benchServiceEnv, intSetting, runBench, runWorker } from "./lib/common.ts";
import { closedLoop, round, type Summary, summarise } from "./lib/load.ts";
import { loadRawCalendar, rawSubmitter } from "./lib/raw-submit.ts";
import type { ReadLoadConfig, ReadLoadReport } from "./lib/read-worker.ts";

const DISTRICT = "73.06.08";
const REGENCY = "73.06";
const COUNT = intSetting("BENCH_COUNT", 2000);
const WARMUP = intSetting("BENCH_WARMUP", 100);
const CONCURRENCY = intSetting("BENCH_CONCURRENCY", 50);
const COMPLAINTS = intSetting("BENCH_COMPLAINTS", 2000);
const TIMEOUT_MS = 30_000;

const COMPLAINT_QUERY = `query($c: String!) { complaint(trackingCode: $c) { trackingCode status timeline { type createdAt } } }`;
const BARE_COMPLAINT = `SELECT "id", "trackingCode", "status", "privacy", "isSandbox", "reporterId", "sahabatId", "relaySahabatId", "agencyId", "districtCode"
  FROM "Complaint" WHERE "trackingCode" = $1`;
const BARE_TIMELINE = `SELECT "type", "createdAt" FROM "TimelineEvent" WHERE "complaintId" = $1 AND "visibility" = 'PUBLIC' ORDER BY "createdAt", "id"`;

const QUEUE_QUERY = `{ queue(first: 20) { totalCount edges { node { trackingCode title status } } } }`;
const QUEUE_WHERE = `"isSandbox" = false AND "status" IN ('SUBMITTED', 'VERIFIED', 'POSTPONED', 'NOT_OUR_AUTHORITY')
  AND ("districtCode" = $1 OR "districtCode" LIKE $1 || '.%')`;
const BARE_QUEUE = `SELECT "id", "trackingCode", "title", "status", "privacy", "districtCode" FROM "Complaint" WHERE ${QUEUE_WHERE}
  ORDER BY "followUpDueAt" ASC NULLS LAST, "verifyDueAt" ASC NULLS LAST, "submittedAt", "id" LIMIT 21`;
const BARE_QUEUE_COUNT = `SELECT count(*)::int AS n FROM "Complaint" WHERE ${QUEUE_WHERE}`;

type Row = { path: string } & Summary;

function table(rows: Row[]): string {
  const header = ["path", "requests", "clients", "per sec", "p50 ms", "p95 ms", "p99 ms"];
  const body = rows.map((r) => [r.path, String(r.requests), String(r.concurrency), r.perSecond.toFixed(1), r.p50Ms.toFixed(1), r.p95Ms.toFixed(1), r.p99Ms.toFixed(1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/** Signs the demo verifier in (password, then the authenticator code) and returns the session's cookie header. */
async function verifierCookie(url: string): Promise<string> {
  const cookies = new Map<string, string>();
  const send = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
      body: JSON.stringify({ query, variables }),
    });
    for (const set of response.headers.getSetCookie()) {
      const [name, value] = set.split(";")[0]!.split("=");
      if (value) cookies.set(name!, value);
    }
    return ((await response.json()) as { data: unknown }).data as Record<string, any>;
  };
  const email = "verifikator@demo.suara.id";
  const signed = await send(`mutation($i: SignInInput!) { signIn(input: $i) { next errors { code } } }`, { i: { email, password: DEMO_PASSWORD } });
  if (signed.signIn.errors.length > 0) throw new Error(`signing in failed: ${JSON.stringify(signed.signIn.errors)}`);
  await finishSignIn(send, url, email, signed.signIn.next);
  return [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}

async function measure(
  label: string,
  db: Database,
  config: Omit<ReadLoadConfig, "warmup" | "count" | "concurrency" | "timeoutMs">,
  bare: (index: number) => Promise<void>,
): Promise<{ label: string; graphql: Summary; bare: Summary; ratio: number } | null> {
  const report = await runWorker<ReadLoadReport>(new URL("./lib/read-worker.ts", import.meta.url), {
    ...config,
    warmup: WARMUP,
    count: COUNT,
    concurrency: CONCURRENCY,
    timeoutMs: TIMEOUT_MS,
    // 50 residents (or 50 of a verifier's tabs and devices), each from its own address.
    distinctClients: true,
  } satisfies ReadLoadConfig);
  const errors = [...report.warmup.errors, ...(report.measured?.errors ?? [])];
  if (errors.length > 0 || !report.measured) {
    console.error(`${label}: stopped at the first error, no figures.\n  - ${errors.join("\n  - ")}`);
    return null;
  }
  const bareWarmup = await closedLoop({ count: WARMUP, concurrency: CONCURRENCY, op: bare });
  const bareMeasured = await closedLoop({ count: COUNT, concurrency: CONCURRENCY, op: bare });
  if (bareWarmup.errors.length + bareMeasured.errors.length > 0) {
    console.error(`${label} (bare): ${[...bareWarmup.errors, ...bareMeasured.errors].join("; ")}`);
    return null;
  }
  const graphql = summarise(report.measured, CONCURRENCY);
  const bareSummary = summarise(bareMeasured, CONCURRENCY);
  void db;
  return { label, graphql, bare: bareSummary, ratio: round(graphql.perSecond / bareSummary.perSecond, 3) };
}

async function main(): Promise<number> {
  const { dataDir, databaseUrl, cleanUp } = await benchPlaces("suara-bench-read-");
  // Demo accounts for the verifier; no demo complaints (the benchmark files its own).
  const server = await startServer({ env: benchServiceEnv(dataDir, databaseUrl, { PORT: "0", DEMO: "true", TRUSTED_PROXIES: "127.0.0.1,::1" }), demoComplaints: false });
  try {
    const db = server.db;
    const file = rawSubmitter(db, await loadRawCalendar(db.sql), DISTRICT, "GWA");
    await closedLoop({ count: COMPLAINTS, concurrency: 10, op: file });
    const codes = (await db.sql.query<{ trackingCode: string; id: string }>(`SELECT "trackingCode", "id" FROM "Complaint" ORDER BY "id"`)).map((r) => r.trackingCode);
    if (codes.length < COMPLAINTS) throw new Error(`filed ${codes.length} of ${COMPLAINTS} complaints`);
    const cookie = await verifierCookie(server.url);
    console.log(
      `read benchmark: ${db.kind}, node ${process.version}, ${os.cpus().length} cores; ${COMPLAINTS} complaints; ` +
        `${WARMUP} warm-up + ${COUNT} measured per path, ${CONCURRENCY} concurrent clients`,
    );

    const results = [];
    const lookup = await measure(
      "complaint(trackingCode)",
      db,
      { endpoint: `${server.url}/graphql`, query: COMPLAINT_QUERY, variables: codes.map((c) => ({ c })), field: "complaint" },
      async (i) => {
        const [row] = await db.sql.query<{ id: string }>(BARE_COMPLAINT, [codes[i % codes.length]]);
        if (!row) throw new Error("no complaint");
        await db.sql.query(BARE_TIMELINE, [row.id]);
      },
    );
    if (!lookup) return 1;
    results.push(lookup);
    const queue = await measure(
      "queue(first: 20), verifier",
      db,
      { endpoint: `${server.url}/graphql`, query: QUEUE_QUERY, variables: [{}], field: "queue", cookie },
      async () => {
        const rows = await db.sql.query(BARE_QUEUE, [REGENCY]);
        if (rows.length === 0) throw new Error("empty queue");
        await db.sql.query(BARE_QUEUE_COUNT, [REGENCY]);
      },
    );
    if (!queue) return 1;
    results.push(queue);

    for (const r of results) {
      console.log("");
      console.log(table([{ path: `POST /graphql ${r.label}`, ...r.graphql }, { path: "bare SELECTs, same rows", ...r.bare }]));
      console.log(`ratio GraphQL / bare throughput: ${r.ratio.toFixed(3)}`);
    }
    console.log("");
    console.log("bare paths: complaint by tracking code, then its public timeline (2 SELECTs); the queue's first 21 rows in");
    console.log(`            its order, then its count (2 SELECTs); via ${db.kind === "postgres" ? "the server's pg.Pool" : "the server's PGlite"}, no HTTP, no GraphQL, no Prisma.`);
    console.log("BENCH_JSON " + JSON.stringify({ bench: "read", database: db.kind, node: process.version, complaints: COMPLAINTS, results }));
    return 0;
  } finally {
    await cleanUp(server);
  }
}

runBench(main);
