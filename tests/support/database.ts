// A fresh database for each test file: in-memory PGlite by default (started from a migrated image
// when the API project's global set-up made one); with SUARA_TEST_DB=postgres,
// a new database on the server DATABASE_URL points at (created here, dropped afterwards). A
// PostgreSQL run without a reachable server fails loudly; it never falls back or skips.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import type { DatabaseConfig } from "../../server/src/db/open.ts";

export const onPostgres = process.env.SUARA_TEST_DB === "postgres";

export type TestDatabase = { config: DatabaseConfig; drop(): Promise<void> };

/** The migrated image the API project's global set-up made (tests/support/pglite-image.ts), if any. */
let image: Blob | undefined;
function migratedImage(): Blob | undefined {
  const file = process.env["SUARA_TEST_PGLITE_IMAGE"];
  if (file && !image) image = new Blob([readFileSync(file)]);
  return image;
}

export async function freshDatabaseConfig(): Promise<TestDatabase> {
  if (!onPostgres) return { config: { kind: "pglite-memory", image: migratedImage() }, drop: async () => {} };
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("SUARA_TEST_DB=postgres needs DATABASE_URL (see scripts/postgres.sh)");
  const name = `suara_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    config: { kind: "postgres", url: dbUrl.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
