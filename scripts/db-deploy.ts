// `npm run db:deploy`: applies the committed migrations to the database the environment names
// (PostgreSQL with DATABASE_URL, else the PGlite data folder), exactly as the service does at
// start, and records them as `prisma migrate deploy` would.
import { openDatabase } from "../server/src/db/open.ts";
import { readMigrations } from "../server/src/db/migrate.ts";
import { parseEnv } from "../server/src/env.ts";
import { StartupError } from "../server/src/i18n/startup.ts";

try {
  const env = parseEnv();
  const db = await openDatabase(env.database, { migrate: true });
  const applied = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
  const total = (await readMigrations()).length;
  console.log(`Migrasi diterapkan / migrations applied: ${applied[0]?.n}/${total} (${db.kind})`);
  await db.close();
} catch (error) {
  if (error instanceof StartupError) {
    console.error(`${error.text.id}\n${error.text.en}`);
    process.exit(1);
  }
  throw error;
}
