// Benchmark: fan-out of one complaint update to N graphql-ws subscribers on one instance of the
// real service, side by side with a bare `ws` broadcast of the same bytes to N plain sockets.
//
//   npx tsx tests/bench/fanout.ts                       # N = BENCH_SUBSCRIBERS (default 1000)
//   BENCH_SUBSCRIBERS=10000 npx tsx tests/bench/fanout.ts
//   DATABASE_URL=$(scripts/postgres.sh start | tail -1) npx tsx tests/bench/fanout.ts
//
// The service runs in this process (embedded PGlite in a scratch folder; then, when DATABASE_URL
// is set, again on a scratch database of that PostgreSQL server); the clients run in a child process (tests/bench/lib/fanout-clients.ts) with their own event loop and open-file
// budget. Latency is from just before the event is published to the moment each client's
// first message arrives (both processes read the same wall clock: performance.timeOrigin +
// performance.now()). Memory per subscriber is this process's RSS and heap growth, after a full
// collection, from before the clients connect to when all N are subscribed, divided by N.
//
// Settings: BENCH_SUBSCRIBERS (1000), BENCH_WAVE (100 connections opened at a time),
// BENCH_HEAP_SNAPSHOTS (a folder: heap snapshots before the subscribers connect and once all are
// subscribed, to see what each one holds).
// Prints a table per database and one `BENCH_JSON {...}` line; exits 1 if not every client got the event.
import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { WebSocketServer } from "ws";
import { startServer } from "../../server/src/app.ts";
import { publishComplaintUpdated } from "../../server/src/events/bus.ts";
import type { ClientCommand, ClientReply } from "./lib/fanout-clients.ts";
import { benchServiceEnv, intSetting, scratchPostgres } from "./lib/common.ts";
import { quantile, round } from "./lib/load.ts";

const N = intSetting("BENCH_SUBSCRIBERS", 1000);
const WAVE = intSetting("BENCH_WAVE", 100);
const now = () => performance.timeOrigin + performance.now();

const collectGarbage: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
})();

function memory() {
  collectGarbage();
  collectGarbage();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
}

// ───────────── the child process ─────────────
const child = fork(new URL("./lib/fanout-clients.ts", import.meta.url), [], {
  execArgv: process.execArgv,
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const replies: ClientReply[] = [];
const waiters: Array<(reply: ClientReply) => void> = [];
child.on("message", (reply: ClientReply) => {
  const waiter = waiters.shift();
  if (waiter) waiter(reply);
  else replies.push(reply);
});
function ask(command: ClientCommand): Promise<ClientReply> {
  child.send(command);
  return new Promise((resolve, reject) => {
    const queued = replies.shift();
    if (queued) resolve(queued);
    else waiters.push((reply) => (reply.type === "error" ? reject(new Error(reply.error)) : resolve(reply)));
  });
}

async function until(condition: () => boolean, what: string, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

type Row = { path: string; received: number; p50: number; p99: number; max: number; rssPerSubKiB: number; heapPerSubKiB: number };

function summarise(pathName: string, reply: ClientReply, before: ReturnType<typeof memory>, held: ReturnType<typeof memory>): Row {
  if (reply.type !== "measured") throw new Error(`unexpected reply ${reply.type}`);
  const sorted = [...reply.latenciesMs].sort((a, b) => a - b);
  return {
    path: pathName,
    received: reply.received,
    p50: round(quantile(sorted, 0.5), 1),
    p99: round(quantile(sorted, 0.99), 1),
    max: round(sorted[sorted.length - 1] ?? NaN, 1),
    rssPerSubKiB: round((held.rss - before.rss) / N / 1024, 1),
    heapPerSubKiB: round((held.heap - before.heap) / N / 1024, 1),
  };
}

type Measured = { database: string; payloadBytes: number; graphqlWs: Row; bareWs: Row; ratio: { p50: number; p99: number } };

/** One server on one database: N graphql-ws subscribers and N bare sockets, one event each. */
async function measure(database: "PGlite" | "PostgreSQL", databaseUrl?: string): Promise<Measured> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "suara-bench-fanout-"));
  const scratch = databaseUrl ? await scratchPostgres(databaseUrl) : null;
  let running: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    running = await startServer({
      web: false,
      demoComplaints: false,
      env: benchServiceEnv(dataDir, scratch?.url, { PORT: "0", SCHEDULER_INTERVAL_MS: "0", OUTBOX_INTERVAL_MS: "0", SHUTDOWN_GRACE_MS: "1000" }),
    });
    return await measureOn(database, running);
  } finally {
    await running?.close().catch((e: unknown) => console.error("closing the server:", e));
    await scratch?.drop().catch((e: unknown) => console.error("dropping the scratch database:", e));
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function measureOn(database: "PGlite" | "PostgreSQL", running: Awaited<ReturnType<typeof startServer>>): Promise<Measured> {
  // One public complaint, filed through the API as a resident would.
  const filed = (await (
    await fetch(`${running.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id trackingCode } errors { message } } }`,
        variables: { i: { kind: "PENGADUAN", title: "Lampu jalan mati", story: "Sudah seminggu gelap.", districtCode: "73.06.08", privacy: "PUBLIC" } },
      }),
    })
  ).json()) as { data: { submitComplaint: { complaint: { id: string; trackingCode: string } } } };
  const complaint = filed.data.submitComplaint.complaint;
  const wsUrl = running.url.replace(/^http/, "ws") + "/graphql";
  const topic = `complaint:${complaint.id}`;

  // ── warm-up: one subscriber, to warm both paths and learn the exact bytes a subscriber receives ──
  await ask({ cmd: "connect", kind: "graphql", url: wsUrl, n: 1, trackingCode: complaint.trackingCode, wave: 1 });
  await until(() => running.deps.bus.subscriberCount(topic) >= 1, "the warm-up subscription");
  await publishComplaintUpdated(running.deps.bus, complaint);
  const warm = await ask({ cmd: "measure", t0: now(), timeoutMs: 30_000 });
  const sample = warm.type === "measured" ? warm.sample : "";
  if (!sample) throw new Error("the warm-up subscriber received nothing");
  await ask({ cmd: "close" });
  await until(() => running.deps.bus.subscriberCount(topic) === 0, "the warm-up subscription to end", 10_000).catch(() => {});

  // ── bare ws: the same bytes to N plain sockets, served from this same process ──
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
  const beforeWs = memory();
  await ask({ cmd: "connect", kind: "ws", url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, n: N, wave: WAVE });
  await until(() => wss.clients.size >= N, `${N} sockets`);
  const heldWs = memory();
  const t1 = now();
  for (const socket of wss.clients) socket.send(sample);
  const bare = summarise("bare ws broadcast", await ask({ cmd: "measure", t0: t1, timeoutMs: 300_000 }), beforeWs, heldWs);
  await ask({ cmd: "close" });
  await new Promise<void>((resolve) => wss.close(() => resolve()));

  // ── graphql-ws: N subscriptions to the complaint on the real service ──
  const beforeGql = memory();
  // BENCH_HEAP_SNAPSHOTS=folder: heap snapshots before the clients connect and once all are subscribed.
  const snapshots = process.env.BENCH_HEAP_SNAPSHOTS;
  if (snapshots) v8.writeHeapSnapshot(path.join(snapshots, "before.heapsnapshot"));
  const gqlConnect = await ask({ cmd: "connect", kind: "graphql", url: wsUrl, n: N, trackingCode: complaint.trackingCode, wave: WAVE });
  if (gqlConnect.type === "connected" && gqlConnect.failures.length) console.error("graphql-ws connection failures:", gqlConnect.failures);
  await until(() => running.deps.bus.subscriberCount(topic) >= N, `${N} subscriptions`);
  const heldGql = memory();
  if (snapshots) v8.writeHeapSnapshot(path.join(snapshots, "held.heapsnapshot"));
  const t0 = now();
  await publishComplaintUpdated(running.deps.bus, complaint);
  const gql = summarise("graphql-ws subscription", await ask({ cmd: "measure", t0, timeoutMs: 300_000 }), beforeGql, heldGql);
  await ask({ cmd: "close" });

  const ratio = { p50: round(gql.p50 / bare.p50, 1), p99: round(gql.p99 / bare.p99, 1) };
  return { database, payloadBytes: Buffer.byteLength(sample), graphqlWs: gql, bareWs: bare, ratio };
}

function print(m: Measured): void {
  const rows = [m.graphqlWs, m.bareWs];
  const header = ["path", "subscribers", "received", "p50 ms", "p99 ms", "max ms", "RSS/sub KiB", "heap/sub KiB"];
  const body = rows.map((r) => [r.path, String(N), String(r.received), r.p50.toFixed(1), r.p99.toFixed(1), r.max.toFixed(1), r.rssPerSubKiB.toFixed(1), r.heapPerSubKiB.toFixed(1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n${m.database}: fan-out of one complaint update, ${N} subscribers, payload ${m.payloadBytes} bytes, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(line(header));
  for (const row of body) console.log(line(row));
  console.log(`graphql-ws ÷ bare ws: p50 ×${m.ratio.p50}, p99 ×${m.ratio.p99}`);
}

let exitCode = 0;
try {
  const results: Measured[] = [await measure("PGlite")];
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (databaseUrl) results.push(await measure("PostgreSQL", databaseUrl));
  for (const m of results) print(m);
  console.log(`BENCH_JSON ${JSON.stringify({ bench: "fanout", subscribers: N, results })}`);
  for (const m of results) {
    if (m.graphqlWs.received !== N || m.bareWs.received !== N) {
      console.error(`${m.database}: not every client received the event (graphql-ws ${m.graphqlWs.received}, bare ${m.bareWs.received} of ${N})`);
      exitCode = 1;
    }
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  child.kill();
}
process.exit(exitCode);
