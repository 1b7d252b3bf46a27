// The embedded database runs no autovacuum, so nothing keeps the planner's statistics current:
// a table filled after its last ANALYZE is planned as if it were empty or had its old shape, and
// the plans the list and the search depend on (a common word read newest first, a rare one from
// its index) are chosen from guesses. This does what autovacuum's analyze would: every so often it
// analyzes the tables never analyzed, and those changed by more than 50 rows plus a tenth of
// their size since the last time (PostgreSQL's own defaults). PostgreSQL servers do it
// themselves; there it is not started.
import type { Database } from "../../db/open.ts";

/** autovacuum_analyze_threshold and autovacuum_analyze_scale_factor's defaults. */
const THRESHOLD_ROWS = 50;
const SCALE = 0.1;

/** Analyzes the tables whose statistics are missing or stale; returns their names. */
export async function refreshPlannerStatistics(db: Database): Promise<string[]> {
  // This session's own counts of changed rows are sent a little later unless asked now.
  await db.prisma.$executeRaw`SELECT pg_stat_force_next_flush()`;
  const stale = await db.prisma.$queryRaw<Array<{ name: string }>>`
    SELECT s.relname AS name
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
    WHERE s.schemaname = current_schema()
      AND (c.reltuples < 0 OR s.n_mod_since_analyze > ${THRESHOLD_ROWS} + ${SCALE} * greatest(c.reltuples, 0))
    ORDER BY s.relname`;
  for (const { name } of stale) {
    // A table name from the catalogue, quoted as an identifier.
    await db.prisma.$executeRawUnsafe(`ANALYZE "${name.replaceAll('"', '""')}"`);
  }
  return stale.map((t) => t.name);
}

/** On the embedded database: refreshes the statistics every `intervalMs`, the first time soon after start. */
export function startPlannerStatistics(db: Database, intervalMs: number): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const run = () => {
    if (stopped) return;
    running = running.then(() => refreshPlannerStatistics(db)).catch((error: unknown) => console.error("[statistics] analyze failed", error));
  };
  const first = setTimeout(run, Math.min(intervalMs, 60_000));
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
