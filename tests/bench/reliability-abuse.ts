// Benchmark, abuse part: while one client floods the service in each of the ways that once hurt
// it (the exponential-fragment document, 2,000 aliases, 100 filings in one request, 1,500
// filings, 2 GB of uploads, 180 spellings of one phone number at sign-in), how long do /healthz
// and an honest filer from other addresses wait, compared with the same measurements unloaded in
// the same run? The target: each flood refused, and both probes within 2x their unloaded p99.
//
//   npx tsx tests/bench/reliability-abuse.ts        (or: npm run bench -- reliability-abuse)
//
// The service runs as `npm start` does, in its own process on a fresh PGlite folder, behind a
// pretend reverse proxy: TRUSTED_PROXIES=127.0.0.1, so each X-Forwarded-For is one client.
// Settings: BENCH_FLOOD (1500 filings), BENCH_FLOOD_CONCURRENCY (20), BENCH_PROBES (60),
// BENCH_UPLOAD_MB (2048 in all), BENCH_FLOOD_SECONDS (6: a flood over sooner is sent again until
// then). BENCH_ONLY=<name part> runs one flood.
// Prints a table and one `BENCH_JSON {...}` line; exits 1 if it could not measure.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { typeScriptWorker } from "./lib/common.ts";
import { file, input } from "./lib/honest-filing.ts";
import { quantile } from "./lib/load.ts";
import type { ProbeConfig, ProbeReport, Timed } from "./lib/probe-worker.ts";

const root = path.resolve(import.meta.dirname, "../..");
const setting = (name: string, fallback: number) => Number.parseInt(process.env[name] ?? "", 10) || fallback;
const FLOOD = setting("BENCH_FLOOD", 1500);
const FLOOD_CONCURRENCY = setting("BENCH_FLOOD_CONCURRENCY", 20);
const PROBES = setting("BENCH_PROBES", 60);
const FLOOD_SECONDS = setting("BENCH_FLOOD_SECONDS", 6);
const UPLOAD_MB = setting("BENCH_UPLOAD_MB", 2048);
const ONLY = process.env.BENCH_ONLY ?? "";
/** BENCH_SPLIT_CORES=1 (Linux, 2+ cores): the service on core 0, this generator and its probes on
 * the others, so the flood's own CPU does not count against the service it measures. */
const SPLIT = process.env.BENCH_SPLIT_CORES === "1" && os.cpus().length >= 2;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

async function startService(dataDir: string, port: number): Promise<ChildProcess> {
  const command = SPLIT ? ["taskset", "-c", "0", process.execPath] : [process.execPath];
  const child = spawn(command[0]!, [...command.slice(1), "--import", "tsx", "server/src/main.ts"], {
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

let honest = 0;
/**
 * Probes in a worker thread of their own (lib/probe-worker.ts), started once the worker is
 * loaded: `count` of them, or with `during`, as many as fit while that work lasts.
 */
async function probe(base: string, count: number): Promise<ProbeReport>;
async function probe<T>(base: string, count: number, during: () => Promise<T>): Promise<ProbeReport & { during: T }>;
async function probe<T>(base: string, count: number, during?: () => Promise<T>): Promise<ProbeReport & { during?: T }> {
  const config: ProbeConfig = { base, count, untilStopped: !!during, firstResident: honest };
  const worker = typeScriptWorker(new URL("./lib/probe-worker.ts", import.meta.url), config);
  try {
    let ready: () => void = () => undefined;
    const loaded = new Promise<void>((resolve) => (ready = resolve));
    const report = new Promise<ProbeReport>((resolve, reject) => {
      worker.on("message", (message: "ready" | { ok: true; report: ProbeReport } | { ok: false; error: string }) => {
        if (message === "ready") ready();
        else if (message.ok) resolve(message.report);
        else reject(new Error(`probe worker failed: ${message.error}`));
      });
      worker.once("error", reject);
    });
    await loaded;
    worker.postMessage("go");
    const work = during?.().finally(() => worker.postMessage("stop"));
    const [probes, outcome] = await Promise.all([report, work]);
    honest += probes.filing.length;
    return { ...probes, during: outcome };
  } finally {
    await worker.terminate();
  }
}

const p = (xs: Timed[], q: number) => quantile(xs.map((x) => x.ms).sort((a, b) => a - b), q);

const ATTACKER = "203.0.113.66";

/** What one flood did: requests sent, refused with a message, and anything else (a failure). */
type Outcome = { sent: number; refused: number; accepted: number; other: number };

async function gqlFrom(base: string, client: string, query: string, variables: object = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] } };
}

/** Runs `count` operations `concurrency` at a time; each says whether it was refused with a message. */
async function flood(count: number, concurrency: number, op: (n: number) => Promise<"refused" | "accepted" | "other">): Promise<Outcome> {
  const outcome: Outcome = { sent: 0, refused: 0, accepted: 0, other: 0 };
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const n = next++;
        outcome.sent++;
        outcome[await op(n).catch(() => "other" as const)]++;
      }
    }),
  );
  return outcome;
}

/** A refused document: an HTTP 4xx whose errors carry a sentence, and no data. */
const refusedDocument = async (base: string, query: string) => {
  const { status, body } = await gqlFrom(base, ATTACKER, query);
  return status >= 400 && status < 500 && !body.data && !!body.errors?.[0]?.message ? "refused" : "other";
};

function exponentialFragments(n: number): string {
  const parts = ["fragment F0 on Region { code name }"];
  for (let i = 1; i <= n; i++) parts.push(`fragment F${i} on Region { children { ...F${i - 1} } ...F${i - 1} }`);
  return `{ region(code: "73") { ...F${n} } }\n${parts.join("\n")}`;
}
const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ");

/** One multipart upload of `megabytes` of noise, streamed; the answer (or a closed connection) ends it. */
function upload(base: string, megabytes: number): Promise<"refused" | "accepted" | "other"> {
  return new Promise((resolve) => {
    const boundary = "suarabench";
    const head = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="foto"; filename="a.jpg"\r\ncontent-type: image/jpeg\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const chunk = Buffer.alloc(1024 * 1024, 0x5a);
    const url = new URL(`${base}/unggah`);
    const req = httpRequest({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: "POST",
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": head.length + megabytes * chunk.length + tail.length,
        "x-forwarded-for": ATTACKER,
        accept: "application/json",
      },
    });
    let settled = false;
    let answered = false;
    const done = (result: "refused" | "accepted" | "other") => {
      if (!settled) (settled = true), resolve(result);
      req.destroy();
    };
    req.on("response", (res) => {
      answered = true; // stop sending: the server has decided
      let text = "";
      res.on("data", (d) => (text += d));
      res.on("end", () => {
        let code: string | undefined;
        try {
          code = (JSON.parse(text) as { errors?: { code: string }[] }).errors?.[0]?.code;
        } catch {
          return done("other");
        }
        done(code === "quota" || code === "disk_full" || code === "too_large" ? "refused" : res.statusCode === 200 ? "accepted" : "other");
      });
    });
    // The server may answer a refused upload at once and close: that is a refusal, not a failure.
    req.on("error", () => done("refused"));
    req.write(head);
    let sent = 0;
    const pump = () => {
      while (sent < megabytes && !answered) {
        sent++;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end(tail);
    };
    pump();
  });
}

/** 60 ways to write one phone number: spaces, dashes and dots in different places, with and without +62. */
function phoneSpellings(local: string): string[] {
  const digits = local.slice(1); // without the leading 0
  const out = new Set<string>();
  for (const prefix of ["0", "+62", "62", "+62 ", "(0)"]) {
    for (const sep of ["", " ", "-", "."]) {
      for (const cut of [3, 4, 7]) out.add(`${prefix}${digits.slice(0, cut)}${sep}${digits.slice(cut)}`);
    }
  }
  return [...out].slice(0, 60);
}

const ATTACKS: Array<{ name: string; run: (base: string) => Promise<Outcome> }> = [
  {
    name: "exponential fragments N=29 (x200)",
    run: (base) => flood(200, FLOOD_CONCURRENCY, () => refusedDocument(base, exponentialFragments(29))),
  },
  {
    name: "2,000 aliases of regions { children } (x50)",
    run: (base) => flood(50, 5, () => refusedDocument(base, `{ ${aliases(2000, `regions(parentCode: "73.06") { code children { code } }`)} }`)),
  },
  {
    name: "100 submitComplaint aliases in one request (x100)",
    run: (base) =>
      flood(100, FLOOD_CONCURRENCY, async () => {
        const query = `mutation($i: SubmitComplaintInput!) { ${aliases(100, "submitComplaint(input: $i) { complaint { id } }")} }`;
        const { status, body } = await gqlFrom(base, ATTACKER, query, { i: input(0) });
        return status >= 400 && !body.data && !!body.errors?.[0]?.message ? "refused" : "other";
      }),
  },
  {
    name: `${FLOOD} filings from one client`,
    run: (base) =>
      flood(FLOOD, FLOOD_CONCURRENCY, async (n) => {
        const result = (await file(base, ATTACKER, 1_000_000 + n)).data?.submitComplaint;
        return result?.complaint ? "accepted" : result?.errors[0]?.code === "too_many_filings" ? "refused" : "other";
      }),
  },
  {
    name: `${(UPLOAD_MB / 1024).toFixed(1)} GB of uploads from one client (50 MB each)`,
    run: (base) => flood(Math.ceil(UPLOAD_MB / 50), 4, () => upload(base, 50)),
  },
  {
    name: "180 sign-in guesses, 60 spellings of one phone",
    run: async (base) => {
      const phone = "081355550123";
      await gqlFrom(base, "198.51.100.7", `mutation($i: SignUpInput!) { signUp(input: $i) { errors { field } } }`, {
        i: { name: "Warga Uji", phone, password: "kata-sandi-panjang-sekali" },
      });
      const spellings = phoneSpellings(phone);
      return flood(180, 6, async (n) => {
        const { body } = await gqlFrom(base, ATTACKER, `mutation($i: SignInInput!) { signIn(input: $i) { errors { field code message } } }`, {
          i: { email: spellings[n % spellings.length], password: `tebakan-${n}` },
        });
        const errors = (body.data?.signIn as { errors: { code: string; message: string }[] } | undefined)?.errors ?? [];
        // Every guess is wrong: it must be answered with a sentence (wrong password, or wait).
        return errors[0]?.message ? "refused" : "other";
      });
    },
  },
];

async function main(): Promise<number> {
  if (SPLIT) execFileSync("taskset", ["-p", "-c", `1-${os.cpus().length - 1}`, String(process.pid)], { stdio: "ignore" });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "suara-bench-abuse-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const service = await startService(dataDir, port);
  try {
    await probe(base, 10); // warm-up
    const unloaded = await probe(base, PROBES);
    const healthBase = p(unloaded.health, 0.99);
    const filingBase = p(unloaded.filing, 0.99);
    console.log(`unloaded p99: /healthz ${healthBase.toFixed(0)} ms, honest filer ${filingBase.toFixed(0)} ms (${PROBES} probes each)`);
    console.log("flood                                                sent  refused  accepted  other   /healthz p99 (x)   honest filer p99 (x)   probes");
    const results = [];
    let bad = 0;
    for (const attack of ATTACKS.filter((a) => a.name.includes(ONLY))) {
      // The attacker keeps at it for FLOOD_SECONDS at least: a flood refused in half a second
      // would otherwise leave the probes measuring a quiet service.
      const loaded = await probe(base, PROBES, async () => {
        const started = performance.now();
        const total: Outcome = { sent: 0, refused: 0, accepted: 0, other: 0 };
        do {
          const outcome = await attack.run(base);
          for (const key of Object.keys(total) as (keyof Outcome)[]) total[key] += outcome[key];
        } while (performance.now() - started < FLOOD_SECONDS * 1000);
        return { outcome: total, seconds: (performance.now() - started) / 1000 };
      });
      const { outcome, seconds } = loaded.during;
      const health = p(loaded.health, 0.99);
      const filing = p(loaded.filing, 0.99);
      const honestFailed = loaded.filing.filter((t) => !t.ok).length;
      if (outcome.other > 0 || honestFailed > 0) bad++;
      console.log(
        `${attack.name.padEnd(50)} ${String(outcome.sent).padStart(6)} ${String(outcome.refused).padStart(8)} ${String(outcome.accepted).padStart(9)} ${String(outcome.other).padStart(6)}` +
          `   ${health.toFixed(0).padStart(6)} ms (${(health / healthBase).toFixed(2)})   ${filing.toFixed(0).padStart(6)} ms (${(filing / filingBase).toFixed(2)})` +
          `   ${String(loaded.filing.length).padStart(6)}` +
          (honestFailed ? `  ${honestFailed} honest filings failed` : ""),
      );
      results.push({ attack: attack.name, ...outcome, seconds, probes: loaded.filing.length, healthzP99: health, honestFilerP99: filing, honestFailed });
    }
    console.log("BENCH_JSON " + JSON.stringify({ bench: "reliability-abuse", unloaded: { healthzP99: healthBase, honestFilerP99: filingBase }, results }));
    return bad === 0 ? 0 : 1;
  } finally {
    service.kill("SIGTERM");
    await new Promise((r) => service.once("exit", r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

process.exit(await main());
