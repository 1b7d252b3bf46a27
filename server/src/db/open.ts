// Opens the database the environment names: PGlite in a data folder by default (one process
// owns it, guarded by a lock file), PostgreSQL through @prisma/adapter-pg when DATABASE_URL is
// set. Applies pending migrations when asked. Returns one Prisma client and a raw SQL runner.
import { mkdir, open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client.ts";
import { StartupError, startupMessages } from "../i18n/startup.ts";
import { applyMigrations, MigrationError, pendingMigrations } from "./migrate.ts";
import { pgliteRunner, pgPoolRunner, type SqlRunner } from "./sql.ts";

export type DatabaseConfig =
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite-memory" }
  | { kind: "postgres"; url: string };

export type Database = {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  sql: SqlRunner;
  /** Present on PostgreSQL: LISTEN/NOTIFY and benchmarks use it. */
  pool?: pg.Pool;
  /** The connection URL on PostgreSQL (LISTEN needs a dedicated connection; tests add instances). */
  url?: string;
  /** Present on PGlite. */
  pglite?: PGlite;
  close(): Promise<void>;
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes `<dataDir>.lock` for this process, or explains who holds it. */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}.lock`;
  await mkdir(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number.parseInt(await readFile(lockPath, "utf8").catch(() => ""), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
        throw new StartupError(startupMessages.dataFolderBusy(dataDir, pid));
      }
      // A stale lock from a process that died: take it over.
      await rm(lockPath, { force: true });
    }
  }
  throw new StartupError(startupMessages.dataFolderBusy(dataDir, Number.NaN));
}

async function migrateOrExplain(sql: SqlRunner, migrate: boolean): Promise<void> {
  try {
    if (migrate) {
      await applyMigrations(sql);
      return;
    }
    const pending = await pendingMigrations(sql);
    if (pending.length > 0) throw new StartupError(startupMessages.migrationsPending(pending.length));
  } catch (error) {
    if (error instanceof MigrationError) {
      throw new StartupError(startupMessages.migrationFailed(error.migration, error.reason));
    }
    throw error;
  }
}

async function openPglite(dataDir: string | undefined, migrate: boolean): Promise<Database> {
  let unlock = async () => {};
  try {
    if (dataDir) unlock = await lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof StartupError) throw error;
    throw new StartupError(startupMessages.dataFolderBroken(dataDir!, (error as Error).message));
  }
  let pglite: PGlite;
  try {
    if (dataDir) await mkdir(dataDir, { recursive: true });
    pglite = dataDir ? new PGlite(dataDir) : new PGlite();
    await pglite.waitReady;
    await pglite.query("SELECT 1");
  } catch (error) {
    await unlock();
    if (error instanceof StartupError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(startupMessages.dataFolderBroken(dataDir ?? "memory", reason));
  }
  const sql = pgliteRunner(pglite);
  try {
    await migrateOrExplain(sql, migrate);
  } catch (error) {
    await pglite.close();
    await unlock();
    throw error;
  }
  // pglite-prisma-adapter bundles an older copy of Prisma's adapter typings; the runtime
  // interface is the same (STACK.md verified 0.6.1 with Prisma 6.19.3).
  const adapter = new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
  const prisma = new PrismaClient({ adapter });
  return {
    kind: "pglite",
    prisma,
    sql,
    pglite,
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
      await unlock();
    },
  };
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

async function openPostgres(url: string, migrate: boolean): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new StartupError(startupMessages.databaseUnreachable(describeUrl(url), reason));
  }
  const sql = pgPoolRunner(pool);
  try {
    await migrateOrExplain(sql, migrate);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgres",
    prisma,
    sql,
    pool,
    url,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

export async function openDatabase(
  config: DatabaseConfig,
  options: { migrate: boolean } = { migrate: true },
): Promise<Database> {
  switch (config.kind) {
    case "pglite":
      return openPglite(config.dataDir, options.migrate);
    case "pglite-memory":
      return openPglite(undefined, options.migrate);
    case "postgres":
      return openPostgres(config.url, options.migrate);
  }
}
