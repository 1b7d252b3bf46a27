// Benchmark, abuse part: while one client sends 1,500 filings (all but its allowance refused),
// how long do /healthz and an honest filer from other addresses wait, compared with the same
// measurements unloaded in the same run?
//
//   npx tsx tests/bench/reliability-abuse.ts        (or: npm run bench -- reliability-abuse)
//
// The service runs as `npm start` does, in its own process on a fresh PGlite folder, behind a
// pretend reverse proxy: TRUSTED_PROXIES=127.0.0.1, so each X-Forwarded-For is one client.
// Settings: BENCH_FLOOD (1500), BENCH_FLOOD_CONCURRENCY (20), BENCH_PROBES (60).
// Prints a table and one `BENCH_JSON {...}` line; exits 1 if it could not measure.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { quantile } from "./lib/load.ts";

const root = path.resolve(import.meta.dirname, "../..");
const setting = (name: string, fallback: number) => Number.parseInt(process.env[name] ?? "", 10) || fallback;
const FLOOD = setting("BENCH_FLOOD", 1500);
const FLOOD_CONCURRENCY = setting("BENCH_FLOOD_CONCURRENCY", 20);
const PROBES = setting("BENCH_PROBES", 60);

const SUBMIT = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id } errors { code } } }`;
const input = (n: number) => ({
  kind: "PENGADUAN",
  title: `Jalan berlubang ${n}`,
  story: "Lubang besar di depan sekolah, berbahaya untuk anak-anak.",
  districtCode: "73.06.08",
  privacy: "PUBLIC",
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

async function startService(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, SERVE_WEB: "false", DATABASE_URL: "", TRUSTED_PROXIES: "127.0.0.1", LIMIT_TRUSTED_ADDRESSES: "", SCHEDULER_INTERVAL_MS: "0", OUTBOX_INTERVAL_MS: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  for (let i = 0; i < 1200 && !/running at/.test(out); i++) {
    if (child.exitCode !== null) throw new Error("the service exited during start-up");
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

type Timed = { ms: number; ok: boolean };

async function timed(fn: () => Promise<boolean>): Promise<Timed> {
  const started = performance.now();
  const ok = await fn().catch(() => false);
  return { ms: performance.now() - started, ok };
}

function file(base: string, client: string, n: number) {
  return fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client },
    body: JSON.stringify({ query: SUBMIT, variables: { i: input(n) } }),
  }).then((r) => r.json() as Promise<{ data?: { submitComplaint: { complaint: unknown; errors: { code: string }[] } } }>);
}

let honest = 0;
/** Probes, one after another: /healthz and a filing from a new resident's address each time. */
async function probe(base: string, count: number, until?: () => boolean) {
  const health: Timed[] = [];
  const filing: Timed[] = [];
  for (let i = 0; i < count || (until && !until()); i++) {
    health.push(await timed(async () => (await fetch(`${base}/healthz`)).ok));
    const n = honest++;
    filing.push(await timed(async () => !!(await file(base, `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`, n)).data?.submitComplaint.complaint));
  }
  return { health, filing };
}

const p = (xs: Timed[], q: number) => quantile(xs.map((x) => x.ms).sort((a, b) => a - b), q);

async function main(): Promise<number> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "suara-bench-abuse-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const service = await startService(dataDir, port);
  try {
    await probe(base, 10); // warm-up
    const unloaded = await probe(base, PROBES);

    let sent = 0;
    let accepted = 0;
    let refused = 0;
    let other = 0;
    let done = false;
    const flooder = async () => {
      while (sent < FLOOD) {
        const n = sent++;
        const answer = await file(base, "203.0.113.66", 1_000_000 + n).catch(() => null);
        const result = answer?.data?.submitComplaint;
        if (result?.complaint) accepted++;
        else if (result?.errors[0]?.code === "too_many_filings") refused++;
        else other++;
      }
    };
    const floodStarted = performance.now();
    const flood = Promise.all(Array.from({ length: FLOOD_CONCURRENCY }, flooder)).then(() => (done = true));
    const loaded = await probe(base, PROBES, () => done);
    await flood;
    const floodSeconds = (performance.now() - floodStarted) / 1000;

    const rows = [
      ["/healthz", p(unloaded.health, 0.99), p(loaded.health, 0.99)],
      ["honest filer (other addresses)", p(unloaded.filing, 0.99), p(loaded.filing, 0.99)],
    ] as const;
    console.log(`flood: ${FLOOD} filings from one client in ${floodSeconds.toFixed(1)} s — ${accepted} accepted, ${refused} refused with a sentence, ${other} other`);
    console.log("probe                              unloaded p99   during flood p99   ratio");
    for (const [name, a, b] of rows) console.log(`${name.padEnd(34)} ${a.toFixed(0).padStart(9)} ms ${b.toFixed(0).padStart(14)} ms ${(b / a).toFixed(2).padStart(7)}`);
    const honestFailed = [...unloaded.filing, ...loaded.filing].filter((t) => !t.ok).length;
    console.log(`honest filings refused or failed: ${honestFailed}`);
    console.log(
      "BENCH_JSON " +
        JSON.stringify({
          bench: "reliability-abuse",
          flood: { sent: FLOOD, accepted, refused, other, seconds: floodSeconds },
          healthzP99: { unloaded: p(unloaded.health, 0.99), loaded: p(loaded.health, 0.99) },
          honestFilerP99: { unloaded: p(unloaded.filing, 0.99), loaded: p(loaded.filing, 0.99) },
          honestFailed,
        }),
    );
    return other === 0 && honestFailed === 0 ? 0 : 1;
  } finally {
    service.kill("SIGTERM");
    await new Promise((r) => service.once("exit", r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

process.exit(await main());
