// Benchmark (part of `npm run bench:reliability`): how long the service takes to refuse the
// documents that once stopped it, next to a trivial query in the same run. The refusals happen in
// validation, so their time should stay within a small multiple of the trivial query's, whatever
// the document would have expanded to.
//
//   npx tsx tests/bench/reliability-queries.ts      # embedded PGlite in a scratch folder
//
// Settings: BENCH_ROUNDS (50 requests of each kind). Prints an aligned table and one
// `BENCH_JSON {...}` line. Exits 1 when a document it expects refused is answered.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startServer } from "../../server/src/app.ts";
import { quantile, round } from "./lib/load.ts";

const ROUNDS = Number.parseInt(process.env.BENCH_ROUNDS ?? "50", 10);

function exponentialFragments(n: number): string {
  const parts = ["fragment F0 on Region { code name }"];
  for (let i = 1; i <= n; i++) parts.push(`fragment F${i} on Region { children { ...F${i - 1} } ...F${i - 1} }`);
  return `{ region(code: "73") { ...F${n} } }\n${parts.join("\n")}`;
}
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

const CASES: Array<{ name: string; query: string; refused: boolean }> = [
  { name: "trivial query { __typename }", query: "{ __typename }", refused: false },
  { name: "one region with its children", query: `{ region(code: "73.06") { code children { code name } } }`, refused: false },
  { name: "exponential fragments, N=29", query: exponentialFragments(29), refused: true },
  { name: "2,000 aliases of regions { children }", query: aliases(2000, `regions(parentCode: "73.06") { code children { code } }`), refused: true },
  { name: "100 submitComplaint aliases", query: `mutation($i: SubmitComplaintInput!) ${aliases(100, "submitComplaint(input: $i) { complaint { id } }")}`, refused: true },
];

async function time(url: string, query: string): Promise<{ ms: number; status: number; refused: boolean }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables: { i: { kind: "PENGADUAN", title: "x", story: "x", districtCode: "73.06.08", privacy: "PUBLIC" } } }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  return { ms: performance.now() - started, status: response.status, refused: body.data === undefined && (body.errors?.length ?? 0) > 0 };
}

async function main(): Promise<number> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "suara-bench-"));
  const server = await startServer({
    env: { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, DEMO: "false", SERVE_WEB: "false", SCHEDULER_INTERVAL_MS: "0", OUTBOX_INTERVAL_MS: "0" },
  });
  try {
    const rows: Array<{ name: string; p50: number; p99: number; ratio: number; status: number }> = [];
    let failed = false;
    // Interleaved rounds, so load from elsewhere on the machine falls on every case alike.
    const samples = new Map<string, number[]>(CASES.map((c) => [c.name, []]));
    const statuses = new Map<string, number>();
    for (let round = 0; round < ROUNDS + 5; round++) {
      for (const c of CASES) {
        const result = await time(server.url, c.query);
        if (result.refused !== c.refused) {
          console.error(`${c.name}: expected ${c.refused ? "a refusal" : "an answer"}, got status ${result.status}`);
          failed = true;
        }
        statuses.set(c.name, result.status);
        if (round >= 5) samples.get(c.name)!.push(result.ms); // the first rounds warm up
      }
    }
    const p50 = (name: string) => quantile([...samples.get(name)!].sort((a, b) => a - b), 0.5);
    const baseline = p50(CASES[0]!.name);
    for (const c of CASES) {
      const sorted = [...samples.get(c.name)!].sort((a, b) => a - b);
      rows.push({ name: c.name, p50: round(quantile(sorted, 0.5), 2), p99: round(quantile(sorted, 0.99), 2), ratio: round(quantile(sorted, 0.5) / baseline, 1), status: statuses.get(c.name)! });
    }
    console.log(`\nRefusal time vs a trivial query (${ROUNDS} rounds, PGlite, same process)\n`);
    console.log(`${"document".padEnd(40)} ${"status".padStart(6)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"÷ trivial".padStart(10)}`);
    for (const r of rows) {
      console.log(`${r.name.padEnd(40)} ${String(r.status).padStart(6)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${r.ratio.toFixed(1).padStart(10)}`);
    }
    console.log(`BENCH_JSON ${JSON.stringify({ bench: "reliability-queries", rounds: ROUNDS, rows })}`);
    return failed ? 1 : 0;
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

process.exit(await main());
