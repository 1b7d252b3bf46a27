// Opens the database the environment names: PGlite in a data folder by default (one process
// owns it, guarded by an OS-level lock), PostgreSQL through @prisma/adapter-pg when DATABASE_URL is
// set. Applies pending migrations when asked. Returns one Prisma client and a raw SQL runner.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readFile, realpath, writeFile } from "node:fs/promises";
import { createServer as createNetServer } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client.ts";
import { DEFAULT_PGLITE_SHARED_BUFFERS_MB } from "../env.ts";
import { StartupError, startupMessages } from "../i18n/startup.ts";
import { applyMigrations, MigrationError, pendingMigrations } from "./migrate.ts";
import { pgliteRunner, pgPoolRunner, type SqlRunner } from "./sql.ts";

/**
 * A transaction waits up to 15 s for a connection (Prisma's default is 2 s). PGlite has exactly
 * one, so under a burst of filings (200 at once in the load benchmark) transactions queue; a
 * filing that waited its turn is better than one that failed with "unable to start a
 * transaction" after two seconds. A transaction that has started still has 10 s to finish.
 */
const transactionOptions = { maxWait: 15_000, timeout: 10_000 };

export type DatabaseConfig =
  | { kind: "pglite"; dataDir: string; /** PGLITE_SHARED_BUFFERS_MB (64 unless set). */ sharedBuffersMb?: number }
  /** In memory; `image` (PGlite's dumpDataDir) starts it from a copy instead of an empty cluster. */
  | { kind: "pglite-memory"; image?: Blob }
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

/**
 * Holds an exclusive lock on `<dataDir>.lock` for the life of this process. Node has no flock(2),
 * so a child `flock` (util-linux, essential on Debian) takes it and then waits on its stdin,
 * a pipe only this process writes to: however this process ends, even by kill -9, the kernel
 * closes the pipe, the child ends and the kernel drops the lock. Unlike the PID file this
 * replaces, a kernel lock cannot go stale or be confused with another process that got the same
 * PID; unlike an abstract Unix socket it also holds between containers that share the volume but
 * not a network namespace. The PID inside the file only names the holder in the message.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}.lock`;
  await mkdir(path.dirname(lockPath), { recursive: true });
  // Waits a moment, so a process killed just now has time to let go.
  const child = spawn("flock", ["--exclusive", "--timeout", "3", "--conflict-exit-code", String(BUSY), lockPath, "sh", "-c", "echo locked; exec cat >/dev/null"], {
    stdio: ["pipe", "pipe", "ignore"],
  });
  const outcome = await new Promise<"locked" | number | Error>((resolve) => {
    child.stdout!.once("data", () => resolve("locked"));
    child.once("exit", (code) => resolve(code ?? -1));
    child.once("error", (error) => resolve(error));
  });
  if (outcome instanceof Error) {
    if ((outcome as NodeJS.ErrnoException).code === "ENOENT") return lockBySocket(dataDir);
    throw outcome;
  }
  if (outcome !== "locked") {
    const pid = Number.parseInt(await readFile(lockPath, "utf8").catch(() => ""), 10);
    if (outcome === BUSY) throw new StartupError(startupMessages.dataFolderBusy(dataDir, pid));
    throw new Error(`flock ended with ${outcome}`);
  }
  child.stdout!.destroy();
  // Neither the child nor its pipe keeps this process alive.
  child.unref();
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  await writeFile(lockPath, String(process.pid));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return async () => {
    await writeFile(lockPath, "").catch(() => {});
    // End of input ends `cat` (which may share the lock's file descriptor), then flock itself.
    child.ref(); // keep this process alive until the lock is really gone
    child.stdin!.end();
    child.kill();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
  };
}

const BUSY = 75;

/**
 * Without the flock program (not Debian): a Linux abstract Unix socket named after the folder's
 * real path, which the kernel also frees when the process dies.
 */
async function lockBySocket(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const name = `\0suara-data-${createHash("sha256").update(await realpath(dataDir)).digest("hex").slice(0, 32)}`;
  const server = createNetServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new StartupError(startupMessages.dataFolderBusy(dataDir, Number.NaN)) : error),
    );
    server.listen(name, () => resolve());
  });
  server.unref();
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
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

async function openPglite(
  dataDir: string | undefined,
  migrate: boolean,
  image?: Blob,
  sharedBuffersMb = DEFAULT_PGLITE_SHARED_BUFFERS_MB,
): Promise<Database> {
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
    pglite = new PGlite({ ...(dataDir ? { dataDir } : image ? { loadDataDir: image } : {}), postgresqlconf: [`shared_buffers = ${sharedBuffersMb}MB`] });
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
  const prisma = new PrismaClient({ adapter, transactionOptions });
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
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions });
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
      return openPglite(config.dataDir, options.migrate, undefined, config.sharedBuffersMb);
    case "pglite-memory":
      return openPglite(undefined, options.migrate, config.image);
    case "postgres":
      return openPostgres(config.url, options.migrate);
  }
}
