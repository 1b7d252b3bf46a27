// The abuse benchmark's probes, in a worker thread of their own: one after another, /healthz and a
// filing from a new resident's address each time. Run apart from the flood, as a resident's phone
// is apart from an attacker's machine: in the flood's own event loop every probe would also wait
// for the attacker's responses to be read, and the figure would measure the generator.
// Says "ready" once loaded and warmed up, and starts on "go" (so the flood is not half over before the first
// probe); stops after `count` probes, or, with `untilStopped`, when "stop" arrives (only probes
// made while the flood lasts are counted as loaded).
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { file } from "./honest-filing.ts";

export type ProbeConfig = { base: string; count: number; untilStopped: boolean; firstResident: number };
export type Timed = { ms: number; ok: boolean };
export type ProbeReport = { health: Timed[]; filing: Timed[] };

async function timed(fn: () => Promise<boolean>): Promise<Timed> {
  const started = performance.now();
  const ok = await fn().catch(() => false);
  return { ms: performance.now() - started, ok };
}

async function run(config: ProbeConfig): Promise<ProbeReport> {
  let stopped = !config.untilStopped;
  let go: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (go = resolve));
  parentPort!.on("message", (message) => {
    if (message === "go") go();
    if (message === "stop") stopped = true;
  });
  // A new thread's first fetch loads and sets up its HTTP client: not the service's time.
  for (let i = 0; i < 5; i++) await fetch(`${config.base}/healthz`).then((r) => r.arrayBuffer());
  parentPort!.postMessage("ready");
  await started;
  const health: Timed[] = [];
  const filing: Timed[] = [];
  for (let i = 0; config.untilStopped ? !stopped : i < config.count; i++) {
    health.push(await timed(async () => (await fetch(`${config.base}/healthz`)).ok));
    const n = config.firstResident + i;
    const address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    filing.push(await timed(async () => !!(await file(config.base, address, n)).data?.submitComplaint.complaint));
  }
  return { health, filing };
}

run(workerData as ProbeConfig).then(
  (report) => parentPort!.postMessage({ ok: true, report }),
  (error: unknown) => parentPort!.postMessage({ ok: false, error: String(error) }),
);
