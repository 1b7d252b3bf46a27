// `npx tsx prisma/seed.ts`: seeds the database the environment names (PGlite in DATA_DIR, or
// PostgreSQL at DATABASE_URL) with the SEED_REGENCY reference data, and demo accounts when DEMO
// is true (the default on PGlite only). Safe to run again: it only fills what is missing.
import { openDatabase } from "../server/src/db/open.ts";
import { seedDemoAccounts, seedReferenceData } from "../server/src/db/seed/index.ts";
import { parseEnv } from "../server/src/env.ts";
import { StartupError } from "../server/src/i18n/startup.ts";

async function main(): Promise<void> {
  const started = performance.now();
  const env = parseEnv();
  const db = await openDatabase(env.database, { migrate: env.migrateOnStart });
  try {
    const ref = await seedReferenceData(db.prisma, { regencyCode: env.seedRegency });
    const demo = env.demo ? await seedDemoAccounts(db.prisma, { regencyCode: env.seedRegency }) : undefined;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const added = (c: { total: number; created: number }) => `${c.total} (+${c.created})`;
    const parts = [
      `${ref.regency.name} (${ref.regency.code}) on ${db.kind}`,
      `wilayah/regions ${added(ref.regions)}`,
      `instansi/agencies ${added(ref.agencies)}`,
      `kategori/categories ${added(ref.categories)}`,
      `rute/routes ${added(ref.routes)}`,
      `hari libur/holidays ${added(ref.holidays)}`,
      demo ? `akun demo/demo accounts ${added(demo)}` : "tanpa akun demo/no demo accounts",
    ];
    console.log(`Seed selesai/done: ${parts.join(", ")} in ${seconds} s`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? error.message : error);
  process.exitCode = 1;
});
