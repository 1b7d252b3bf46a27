// Counts the statements the database receives while a function runs, on either driver: PGlite's
// query/exec/transaction calls, or checkouts from the PostgreSQL pool (Prisma takes one a query).
import type { Database } from "../../server/src/db/open.ts";

export async function countDatabaseQueries(db: Database, run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const restore: Array<() => void> = [];
  if (db.pglite) {
    const pglite = db.pglite as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ["query", "exec", "transaction"]) {
      const original = pglite[method]!;
      pglite[method] = function (this: unknown, ...args: unknown[]) {
        count++;
        return original.apply(this, args);
      };
      restore.push(() => void (pglite[method] = original));
    }
  }
  if (db.pool) {
    const onAcquire = () => void count++;
    db.pool.on("acquire", onAcquire);
    restore.push(() => void db.pool!.off("acquire", onAcquire));
  }
  try {
    await run();
  } finally {
    for (const undo of restore) undo();
  }
  return count;
}
