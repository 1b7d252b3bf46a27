// Vitest global set-up for the API tests on PGlite: one empty database with every migration
// applied, kept as a data-folder image (PGlite's dumpDataDir) in a temporary file that every test
// file's fresh in-memory database starts from (tests/support/database.ts). Booting an empty PGlite
// cluster costs about 2.6 s on these machines and loading an image under 1 s, and the API tests
// start some seventy databases. Each database is still its own; seeding still happens per server.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations } from "../../server/src/db/migrate.ts";
import { pgliteRunner } from "../../server/src/db/sql.ts";

export const imageVariable = "SUARA_TEST_PGLITE_IMAGE";

export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), "suara-pglite-image-"));
  const file = path.join(dir, "migrated.tar");
  const pglite = new PGlite();
  try {
    await applyMigrations(pgliteRunner(pglite));
    const image = await pglite.dumpDataDir("none");
    writeFileSync(file, Buffer.from(await image.arrayBuffer()));
  } finally {
    await pglite.close();
  }
  process.env[imageVariable] = file;
  return () => rmSync(dir, { recursive: true, force: true });
}
