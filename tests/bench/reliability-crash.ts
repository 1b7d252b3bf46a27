// Benchmark (part of `npm run bench:reliability`): the service is killed with SIGKILL while
// residents are filing, then started again on the same data folder. It checks and prints:
//   - every filing the service acknowledged before the crash is stored exactly once;
//   - sending every filing again with the same clientRequestId creates no second complaint
//     (acknowledged ones get their own tracking code back);
//   - delivery resumes: the receipts queued before the crash reach the SMS gateway after it.
//
//   npx tsx tests/bench/reliability-crash.ts     # embedded PGlite (the hard case: one folder)
//
// The service runs as a child process (node --import tsx server/src/main.ts) so that it can be
// killed; the filers run here, the SMS gateway is a local stand-in speaking the gateway's HTTP.
// Settings: BENCH_CRASH_FILERS (50), BENCH_CRASH_AFTER_MS (4000). Exits 1 when a check fails.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../../server/src/db/open.ts";
import { startSmsGateway } from "../support/stand-ins.ts";
import { benchServiceEnv, intSetting, runBench } from "./lib/common.ts";
import { fileOnce, filingInput, runFilers } from "./lib/filer-worker.ts";
import { round } from "./lib/load.ts";

const FILERS = intSetting("BENCH_CRASH_FILERS", 50);
const CRASH_AFTER_MS = intSetting("BENCH_CRASH_AFTER_MS", 4000);
const LEASE_MS = 5000;
const DISTRICT = "73.06.08";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startChild(env: NodeJS.ProcessEnv, port: number): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited at start (${child.exitCode}): ${stderr}`);
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (up) return { child, ms: Math.round(performance.now() - started) };
    if (performance.now() - started > 120_000) throw new Error(`the service did not start in 120 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

async function main(): Promise<number> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "suara-bench-crash-"));
  const gateway = await startSmsGateway();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  const env = benchServiceEnv(dataDir, undefined, {
    TRUSTED_PROXIES: "127.0.0.1,::1",
    SMS_GATEWAY_URL: gateway.url,
    OUTBOX_INTERVAL_MS: "500",
    // Rows the killed instance had claimed wait for their lease to end (2 minutes by default)
    // before they are sent again: a short lease keeps the benchmark short.
    OUTBOX_LEASE_MS: String(LEASE_MS),
    SCHEDULER_INTERVAL_MS: "0",
  });
  const failures: string[] = [];
  let child: ChildProcess | null = null;
  try {
    console.log(`reliability crash: ${FILERS} filers (SMS receipts), SIGKILL after ${CRASH_AFTER_MS} ms, restart on the same PGlite folder`);
    child = (await startChild(env, port)).child;
    const stop = { stopped: false };
    const load = runFilers({ endpoint, seconds: 120, concurrency: FILERS, districtCode: DISTRICT, timeoutMs: 30_000, smsContact: true }, stop);
    await new Promise((r) => setTimeout(r, CRASH_AFTER_MS));
    const gatewayBeforeCrash = gateway.requests.length;
    await stopChild(child, "SIGKILL");
    stop.stopped = true;
    const report = await load;
    const acknowledged = report.filings.filter((f) => f.trackingCode);
    console.log(`before the crash: ${report.filings.length} filings sent, ${acknowledged.length} acknowledged, ${gatewayBeforeCrash} SMS delivered`);

    const restart = await startChild(env, port);
    child = restart.child;
    console.log(`restarted in ${restart.ms} ms`);

    // Every filing again, with its own clientRequestId: acknowledged ones must come back with
    // their code; the rest are stored now, once.
    let changedCode = 0;
    let retryErrors = 0;
    for (const filing of report.filings) {
      const input = filingInput(filing.index, { districtCode: DISTRICT, smsContact: true }, filing.clientRequestId);
      try {
        const code = await fileOnce(endpoint, filing.index, input, 30_000);
        if (filing.trackingCode && code !== filing.trackingCode) changedCode++;
      } catch (error) {
        retryErrors++;
        if (retryErrors <= 3) console.error(`retry failed: ${String(error)}`);
      }
    }
    if (changedCode) failures.push(`${changedCode} acknowledged filings got a different code on retry`);
    if (retryErrors) failures.push(`${retryErrors} retries failed`);

    // Delivery resumes: wait until the gateway has heard of every receipt the database holds.
    const resumeStarted = performance.now();
    await stopChild(child, "SIGTERM"); // count what is queued with the folder to ourselves…
    child = null;
    let db = await openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "pglite") }, { migrate: false });
    const ids = report.filings.map((f) => f.clientRequestId);
    const [rows] = await db.sql.query<{ complaints: string; distinct: string; duplicates: string }>(
      `SELECT count(*)::text AS complaints, count(DISTINCT "clientRequestId")::text AS distinct,
              (count(*) - count(DISTINCT "clientRequestId"))::text AS duplicates
         FROM "Complaint" WHERE "clientRequestId" = ANY($1::text[])`,
      [ids],
    );
    const smsKeys = (await db.sql.query<{ messageKey: string }>(`SELECT "messageKey" FROM "Delivery" WHERE "channel" = 'SMS'`)).map((r) => r.messageKey);
    await db.close();
    const smsQueued = smsKeys.length;
    console.log(`after retries: ${rows?.complaints} complaints for ${ids.length} filings (${rows?.duplicates} duplicates); ${smsQueued} SMS deliveries queued in all`);
    if (Number(rows?.duplicates) !== 0) failures.push(`${rows?.duplicates} duplicate complaints`);
    if (Number(rows?.distinct) !== ids.length) failures.push(`${ids.length - Number(rows?.distinct)} filings missing after retries`);
    const lostAcknowledged = acknowledged.length - Number(rows?.distinct) > 0 ? acknowledged.length - Number(rows?.distinct) : 0;
    if (lostAcknowledged) failures.push(`${lostAcknowledged} acknowledged filings lost`);

    // …then let the service deliver and wait for the gateway to hear every queued SMS.
    child = (await startChild(env, port)).child;
    // Every queued SMS must reach the gateway, including those the killed instance had claimed:
    // they wait for their lease to run out (OUTBOX_LEASE_MS) before this instance sends them.
    const heard = () => new Set(gateway.requests.map((r) => String(r.headers["idempotency-key"] ?? r.body)));
    const deliveredNow = () => smsKeys.filter((key) => heard().has(key)).length;
    while (deliveredNow() < smsQueued && performance.now() - resumeStarted < 240_000) await new Promise((r) => setTimeout(r, 250));
    const delivered = deliveredNow();
    const resumeMs = Math.round(performance.now() - resumeStarted);
    // A row the killed instance claimed may have reached the gateway before the crash and still
    // be marked as sending: once its lease ends it is sent again (same key) and marked sent.
    await new Promise((r) => setTimeout(r, LEASE_MS + 2000));
    const resent = gateway.requests.length - heard().size;
    console.log(`delivery after restart: ${delivered} of ${smsQueued} SMS reached the gateway in ${round(resumeMs / 1000, 1)} s; ${resent} sent twice (same Idempotency-Key, for the gateway to drop)`);
    if (smsQueued === 0) console.log("note: filings queue no SMS receipt in this build, so there was no delivery to resume");
    if (delivered < smsQueued) failures.push(`${smsQueued - delivered} SMS never delivered after the restart`);

    await stopChild(child, "SIGTERM");
    child = null;
    db = await openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "pglite") }, { migrate: false });
    const pending = await db.sql.query<{ channel: string; status: string; attempts: number; n: string }>(
      `SELECT "channel", "status", "attemptCount" AS attempts, count(*)::text AS n FROM "Delivery"
        WHERE "status" IN ('PENDING', 'SENDING') GROUP BY 1, 2, 3`,
    );
    await db.close();
    for (const row of pending) failures.push(`${row.n} ${row.channel} deliveries still ${row.status} after ${row.attempts} attempts`);

    console.log(
      "BENCH_JSON " +
        JSON.stringify({
          bench: "reliability-crash",
          database: "pglite",
          filers: FILERS,
          sent: report.filings.length,
          acknowledgedBeforeCrash: acknowledged.length,
          complaintsAfterRetries: Number(rows?.complaints),
          duplicates: Number(rows?.duplicates),
          restartMs: restart.ms,
          smsQueued,
          smsDelivered: delivered,
          smsSentTwice: resent,
          failures,
        }),
    );
    if (failures.length) console.error(`FAILED: ${failures.join("; ")}`);
    else console.log("every acknowledged filing stored exactly once; retries created none; delivery resumed");
    return failures.length ? 1 : 0;
  } finally {
    if (child) await stopChild(child, "SIGKILL");
    await gateway.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

runBench(main);
