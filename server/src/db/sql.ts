// A minimal SQL surface shared by PGlite and node-postgres, for the few places that need raw
// SQL (applying migrations, locks, benchmarks). Everything else goes through Prisma.
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type pg from "pg";

export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (simple query protocol, no parameters). */
  exec(script: string): Promise<void>;
  /** Runs `fn` in one transaction on one connection. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Runs `fn` holding one connection (needed for session-level advisory locks). */
  withConnection<T>(fn: (conn: SqlRunner) => Promise<T>): Promise<T>;
}

export function pgliteRunner(db: PGlite | Transaction): SqlRunner {
  const runner: SqlRunner = {
    async query<T>(sql: string, params?: unknown[]) {
      const result = await db.query<T>(sql, params as never[]);
      return result.rows;
    },
    async exec(script) {
      await db.exec(script);
    },
    async transaction(fn) {
      if (!("transaction" in db)) return fn(runner);
      return db.transaction((tx) => fn(pgliteRunner(tx)));
    },
    // PGlite has exactly one connection.
    withConnection: (fn) => fn(runner),
  };
  return runner;
}

function pgClientRunner(client: pg.PoolClient): SqlRunner {
  const runner: SqlRunner = {
    async query<T>(sql: string, params?: unknown[]) {
      const result = await client.query(sql, params);
      return result.rows as T[];
    },
    async exec(script) {
      await client.query(script);
    },
    async transaction(fn) {
      await client.query("BEGIN");
      try {
        const value = await fn(runner);
        await client.query("COMMIT");
        return value;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    withConnection: (fn) => fn(runner),
  };
  return runner;
}

export function pgPoolRunner(pool: pg.Pool): SqlRunner {
  const withConnection = async <T>(fn: (conn: SqlRunner) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await fn(pgClientRunner(client));
    } finally {
      client.release();
    }
  };
  return {
    async query<T>(sql: string, params?: unknown[]) {
      const result = await pool.query(sql, params);
      return result.rows as T[];
    },
    async exec(script) {
      await pool.query(script);
    },
    transaction: (fn) => withConnection((conn) => conn.transaction(fn)),
    withConnection,
  };
}
