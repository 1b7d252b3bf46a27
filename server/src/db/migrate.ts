// Applies the committed Prisma migrations (prisma/migrations/*/migration.sql) in-process and
// records them in _prisma_migrations exactly as `prisma migrate deploy` does, so the Prisma CLI
// and this code agree about what is applied. Used at start-up and by `npm run db:deploy`.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "../paths.ts";
import type { SqlRunner } from "./sql.ts";

export const migrationsDir = path.join(repoRoot, "prisma/migrations");

/** The key Prisma itself takes, so the CLI and Suara never migrate one database at once. */
const ADVISORY_LOCK_KEY = 72707369;

export type Migration = { name: string; sql: string; checksum: string };

export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    readonly reason: string,
  ) {
    super(`${migration}: ${reason}`);
  }
}

async function appliedMigrations(db: SqlRunner): Promise<AppliedRow[]> {
  await db.exec(CREATE_TABLE);
  return db.query<AppliedRow>(
    `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`,
  );
}

export async function pendingMigrations(db: SqlRunner, all?: Migration[]): Promise<Migration[]> {
  const migrations = all ?? (await readMigrations());
  const applied = await appliedMigrations(db);
  const failed = applied.find((row) => !row.finished_at && !row.rolled_back_at);
  if (failed) throw new MigrationError(failed.migration_name, "an earlier attempt did not finish");
  const done = new Set(applied.filter((r) => r.finished_at).map((r) => r.migration_name));
  return migrations.filter((m) => !done.has(m.name));
}

/** Applies every pending migration, each in its own transaction. Returns the names applied. */
export async function applyMigrations(db: SqlRunner, all?: Migration[]): Promise<string[]> {
  return db.withConnection(async (conn) => {
    await conn.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
      const pending = await pendingMigrations(conn, all);
      for (const migration of pending) {
        try {
          await conn.transaction(async (tx) => {
            await tx.exec(migration.sql);
            await tx.query(
              `INSERT INTO "_prisma_migrations"
                 (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
               VALUES ($1, $2, $3, now(), now(), 1)`,
              [randomUUID(), migration.checksum, migration.name],
            );
          });
        } catch (error) {
          throw new MigrationError(migration.name, (error as Error).message);
        }
      }
      return pending.map((m) => m.name);
    } finally {
      await conn.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
    }
  });
}
