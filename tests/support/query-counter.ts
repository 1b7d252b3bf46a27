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

/**
 * The SQL text of every statement the database receives while `run` runs, in order, parameters
 * left out: two runs that do the same work produce the same list. PGlite's calls are read
 * directly; on PostgreSQL each pooled client's query() is read while it is checked out.
 */
export async function recordStatements(db: Database, run: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const textOf = (arg: unknown) => (typeof arg === "string" ? arg : ((arg as { text?: string } | null)?.text ?? String(arg)));
  const restore: Array<() => void> = [];
  if (db.pglite) {
    const pglite = db.pglite as unknown as Record<string, (...args: unknown[]) => unknown>;
    const record = (target: Record<string, (...args: unknown[]) => unknown>, method: string) => {
      const original = target[method]!;
      target[method] = function (this: unknown, ...args: unknown[]) {
        statements.push(textOf(args[0]));
        return original.apply(this, args);
      };
      return () => void (target[method] = original);
    };
    restore.push(record(pglite, "query"), record(pglite, "exec"));
    // Statements inside a transaction go through the transaction's own query/exec.
    const transaction = pglite["transaction"]!;
    pglite["transaction"] = function (this: unknown, callback: unknown) {
      statements.push("BEGIN");
      return transaction.call(this, (tx: Record<string, (...args: unknown[]) => unknown>) => {
        record(tx, "query");
        record(tx, "exec");
        return (callback as (tx: unknown) => unknown)(tx);
      });
    };
    restore.push(() => void (pglite["transaction"] = transaction));
  }
  if (db.pool) {
    const wrapped = new WeakSet<object>();
    const onAcquire = (client: { query: (...args: unknown[]) => unknown }) => {
      if (wrapped.has(client)) return;
      wrapped.add(client);
      const original = client.query;
      client.query = function (this: unknown, ...args: unknown[]) {
        statements.push(textOf(args[0]));
        return original.apply(this, args);
      };
      restore.push(() => void (client.query = original));
    };
    db.pool.on("acquire", onAcquire as never);
    restore.push(() => void db.pool!.off("acquire", onAcquire as never));
  }
  try {
    await run();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return statements;
}
