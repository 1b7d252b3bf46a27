// Benchmark (part of `npm run bench`): the public square at size. Seeds 100,000 complaints in one
// SQL statement (a realistic mix of kecamatan, desa, categories, kinds, statuses, privacy modes and
// practice, Indonesian text from a small word list) into a database the app itself started and
// seeded (regions, categories), then times each case — what a page asks through the running
// server's /graphql, from a client in a thread of its own, and the bare SQL of the same rows on
// the same database — interleaved, and
// prints p50/p95 of both and their ratio. Cases come from tests/bench/lib/public-square-*-cases.ts
// (each exports `cases: CaseBuilder`; a missing file is simply not there).
//
//   npx tsx tests/bench/public-square.ts                       # embedded PGlite in a scratch folder
//   DATABASE_URL=postgresql://… npx tsx tests/bench/public-square.ts   # also on that PostgreSQL
//
// Settings: BENCH_ROUNDS (100 timed rounds per case, after 5 warm-up rounds: a p95 of 40 samples
// is their second largest, one garbage collection away from another figure), BENCH_COMPLAINTS
// (100000), BENCH_CASES=statistics,list (only those case files), BENCH_EXPLAIN=1 prints each bare query's plan, BENCH_DATA_DIR=<folder> keeps the seeded PGlite data there for the next run, BENCH_SKIP_PGLITE=1 (with DATABASE_URL)
// runs on PostgreSQL only. Prints an aligned table per database
// and one `BENCH_JSON {...}` line. Exits 1 when a case fails (an error, or no rows where the bare
// query has some).
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type RunningServer, startServer } from "../../server/src/app.ts";
import { publiclyReadable } from "../../server/src/domain/privacy/privacy.ts";
import type { BenchCase, CaseBuilder, SeededFacts } from "./lib/public-square-case.ts";
import { quantile, round } from "./lib/load.ts";
import { typeScriptWorker } from "./lib/common.ts";
import type { PageRequest, PageTiming } from "./lib/page-client-worker.ts";
import { seed } from "./lib/public-square-seed.ts";

const ROUNDS = Number.parseInt(process.env.BENCH_ROUNDS ?? "100", 10);
const WARMUP = 5;
const COMPLAINTS = Number.parseInt(process.env.BENCH_COMPLAINTS ?? "100000", 10);
const EXPLAIN = process.env.BENCH_EXPLAIN === "1";
const TARGET_P95_MS = 100;
const TARGET_RATIO = 3;

const here = path.dirname(fileURLToPath(import.meta.url));

/** Every tests/bench/lib/public-square-*-cases.ts, loaded by listing the folder. */
async function caseBuilders(): Promise<Array<{ file: string; build: CaseBuilder }>> {
  const only = process.env.BENCH_CASES;
  const files = (await readdir(path.join(here, "lib")))
    .filter((f) => /^public-square-.+-cases\.ts$/.test(f))
    .filter((f) => !only || only.split(",").some((o) => f.includes(o)))
    .sort();
  const builders: Array<{ file: string; build: CaseBuilder }> = [];
  for (const file of files) {
    const module = (await import(path.join(here, "lib", file))) as { cases?: CaseBuilder };
    if (typeof module.cases === "function") builders.push({ file, build: module.cases });
    else console.error(`${file}: exports no \`cases\` function, skipped`);
  }
  return builders;
}

type Prisma = RunningServer["db"]["prisma"];

/** The facts cases build on: the kecamatan, desa and category with the most public complaints. */
async function factsOf(prisma: Prisma): Promise<SeededFacts> {
  const { privacies, statuses } = publiclyReadable();
  const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");
  const publicRows = `"isSandbox" = false AND "mergedIntoId" IS NULL AND "privacy" IN (${list(privacies)})
    AND "status" IN (${list(statuses)})`;
  const [district] = await prisma.$queryRawUnsafe<{ code: string }[]>(
    `SELECT "districtCode" AS code FROM "Complaint" WHERE ${publicRows} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const [village] = await prisma.$queryRawUnsafe<{ code: string }[]>(
    `SELECT "villageCode" AS code FROM "Complaint" WHERE ${publicRows} AND "districtCode" = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    district!.code,
  );
  const [category] = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "categoryId" AS id FROM "Complaint" WHERE ${publicRows} AND "districtCode" = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    district!.code,
  );
  return { districtCode: district!.code, villageCode: village!.code, categoryId: category!.id, commonWord: "jalan" };
}

type Timing = { name: string; page: number[]; bare: number[]; rows: number; bareRows: number; error: string | null };

/** The page client in its own thread (lib/page-client-worker.ts): one request at a time. */
function pageClient(url: string): { time(c: BenchCase): Promise<{ ms: number; rows: number; error: string | null }>; close(): Promise<void> } {
  const worker = typeScriptWorker(new URL("./lib/page-client-worker.ts", import.meta.url), { url });
  let next = 0;
  const waiting = new Map<number, (timing: PageTiming) => void>();
  worker.on("message", (timing: PageTiming) => {
    waiting.get(timing.id)?.(timing);
    waiting.delete(timing.id);
  });
  worker.on("error", (error) => {
    for (const answer of waiting.values()) answer({ id: -1, ms: 0, rows: 0, error: String(error) });
    waiting.clear();
  });
  return {
    time: (c) =>
      new Promise((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        worker.postMessage({ id, query: c.query, variables: c.variables } satisfies PageRequest);
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}

async function timeBare(prisma: Prisma, c: BenchCase): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const rows = await prisma.$queryRawUnsafe<unknown[]>(c.bareSql, ...c.bareParams);
  return { ms: performance.now() - started, rows: rows.length };
}

async function runOn(label: string, env: Record<string, string>): Promise<{ rows: Array<Record<string, unknown>>; failed: boolean }> {
  // BENCH_DATA_DIR keeps the seeded PGlite folder between runs (seeding takes minutes): it is
  // seeded when it holds no benchmark complaints yet, and never removed.
  const keptDir = env.DATABASE_URL ? undefined : process.env.BENCH_DATA_DIR;
  const dataDir = keptDir ?? (await mkdtemp(path.join(os.tmpdir(), "suara-bench-square-")));
  const server = await startServer({
    env: { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, DEMO: "false", SERVE_WEB: "false", SCHEDULER_INTERVAL_MS: "0", OUTBOX_INTERVAL_MS: "0", LIMIT_TRUSTED_ADDRESSES: "127.0.0.1,::1", ...env },
  });
  const client = pageClient(server.url);
  try {
    const prisma = server.db.prisma;
    const [kept] = keptDir ? await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Complaint" WHERE "trackingCode" LIKE 'BNC-%'`) : [];
    if (kept && kept.n > 0) {
      console.log(`using the ${kept.n.toLocaleString("en")} complaints already in ${keptDir}`);
      // A migration since may have added columns the planner knows nothing of yet.
      await prisma.$executeRawUnsafe(`ANALYZE "Complaint"`);
    } else await seed(prisma, COMPLAINTS);
    const facts = await factsOf(prisma);
    const cases: BenchCase[] = [];
    for (const { file, build } of await caseBuilders()) {
      const built = build(facts);
      console.log(`${file}: ${built.length} cases`);
      cases.push(...built);
    }
    if (EXPLAIN) {
      for (const c of cases) {
        const plan = await prisma.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(`EXPLAIN (ANALYZE, BUFFERS) ${c.bareSql}`, ...c.bareParams);
        console.log(`\n-- ${c.name}\n${plan.map((p) => p["QUERY PLAN"]).join("\n")}`);
      }
    }
    // Interleaved rounds, so load from elsewhere on the machine falls on every case alike.
    const timings = new Map<string, Timing>(cases.map((c) => [c.name, { name: c.name, page: [], bare: [], rows: 0, bareRows: 0, error: null }]));
    // The floor under every page: one HTTP request to /graphql that touches no table, in the same rounds.
    const floor: number[] = [];
    const trivial: BenchCase = { name: "{ __typename }", query: "{ __typename }", variables: {}, bareSql: "SELECT 1", bareParams: [] };
    // Cases that change a complaint first run in rounds of their own after the others: a change
    // between two readers of unchanged data would make every reader compute again.
    const steady = cases.filter((c) => !c.beforePage);
    const changing = cases.filter((c) => c.beforePage);
    for (const group of [steady, changing]) {
      if (group.length === 0) continue;
      for (let roundNo = 0; roundNo < ROUNDS + WARMUP; roundNo++) {
        const empty = await client.time(trivial);
        if (roundNo >= WARMUP && group === steady) floor.push(empty.ms);
        for (const c of group) {
          const t = timings.get(c.name)!;
          if (c.beforePage) await prisma.$executeRawUnsafe(c.beforePage);
          const page = await client.time(c);
          const bare = await timeBare(prisma, c);
          t.rows = page.rows;
          t.bareRows = bare.rows;
          t.error ??= page.error;
          if (roundNo >= WARMUP) {
            t.page.push(page.ms);
            t.bare.push(bare.ms);
          }
        }
      }
    }
    const rows = [...timings.values()].map((t) => {
      const page = [...t.page].sort((a, b) => a - b);
      const bare = [...t.bare].sort((a, b) => a - b);
      const pageP95 = quantile(page, 0.95);
      const bareP95 = quantile(bare, 0.95);
      return {
        case: t.name,
        rows: t.rows,
        bareRows: t.bareRows,
        pageP50: round(quantile(page, 0.5), 1),
        pageP95: round(pageP95, 1),
        bareP50: round(quantile(bare, 0.5), 1),
        bareP95: round(bareP95, 1),
        ratioP50: round(quantile(page, 0.5) / Math.max(quantile(bare, 0.5), 0.01), 1),
        ratioP95: round(pageP95 / Math.max(bareP95, 0.01), 1),
        withinTarget: pageP95 <= TARGET_P95_MS && pageP95 / Math.max(bareP95, 0.01) <= TARGET_RATIO,
        error: t.error,
      };
    });
    console.log(`\nThe public square at ${COMPLAINTS.toLocaleString("en")} complaints, ${label} (${ROUNDS} rounds; ms; page = HTTP /graphql, bare = the SQL alone)\n`);
    console.log(
      `${"case".padEnd(42)} ${"rows".padStart(5)} ${"page p50".padStart(9)} ${"page p95".padStart(9)} ${"bare p50".padStart(9)} ${"bare p95".padStart(9)} ${"÷ p50".padStart(6)} ${"÷ p95".padStart(6)}  target`,
    );
    for (const r of rows) {
      console.log(
        `${String(r.case).padEnd(42)} ${String(r.rows).padStart(5)} ${r.pageP50.toFixed(1).padStart(9)} ${r.pageP95.toFixed(1).padStart(9)} ${r.bareP50.toFixed(1).padStart(9)} ${r.bareP95.toFixed(1).padStart(9)} ${r.ratioP50.toFixed(1).padStart(6)} ${r.ratioP95.toFixed(1).padStart(6)}  ${r.error ? `ERROR ${r.error}` : r.withinTarget ? "ok" : `missed (p95 ≤ ${TARGET_P95_MS} ms, ≤ ${TARGET_RATIO}× bare)`}`,
      );
    }
    const floorSorted = [...floor].sort((a, b) => a - b);
    const floorP50 = round(quantile(floorSorted, 0.5), 1);
    const floorP95 = round(quantile(floorSorted, 0.95), 1);
    console.log(`${"(HTTP /graphql floor: { __typename })".padEnd(42)} ${"".padStart(5)} ${floorP50.toFixed(1).padStart(9)} ${floorP95.toFixed(1).padStart(9)}`);
    const failed = rows.some((r) => r.error !== null || (r.rows === 0 && r.bareRows > 0));
    return { rows: [...rows.map((r) => ({ database: label, ...r })), { database: label, case: "{ __typename }", pageP50: floorP50, pageP95: floorP95 }], failed };
  } finally {
    await client.close();
    if (label.startsWith("PostgreSQL")) await server.db.prisma.$executeRawUnsafe(`DELETE FROM "Complaint" WHERE "trackingCode" LIKE 'BNC-%'`).catch(() => {});
    await server.close();
    if (!keptDir) await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const runs: Array<{ label: string; env: Record<string, string> }> = process.env.BENCH_SKIP_PGLITE === "1" ? [] : [{ label: "PGlite", env: {} }];
  if (process.env.DATABASE_URL) runs.push({ label: "PostgreSQL", env: { DATABASE_URL: process.env.DATABASE_URL } });
  const all: Array<Record<string, unknown>> = [];
  let failed = false;
  for (const run of runs) {
    const result = await runOn(run.label, run.env);
    all.push(...result.rows);
    failed ||= result.failed;
  }
  console.log(`BENCH_JSON ${JSON.stringify({ bench: "public-square", complaints: COMPLAINTS, rounds: ROUNDS, targetP95Ms: TARGET_P95_MS, targetRatio: TARGET_RATIO, rows: all })}`);
  return failed ? 1 : 0;
}

process.exit(await main());
