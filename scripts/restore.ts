// `npm run restore -- <backup folder>`: restores a backup (db/backup.ts) into the place the
// environment names: a PGlite data folder that is empty or does not exist yet (DATA_DIR), or an
// empty PostgreSQL database (DATABASE_URL), and its photos into DATA_DIR/uploads. It never
// overwrites: move the old data away first. Then start the service as usual (`npm start`).
import { BackupError, restoreBackup } from "../server/src/db/backup.ts";
import { parseEnv } from "../server/src/env.ts";
import { StartupError } from "../server/src/i18n/startup.ts";

const source = process.argv[2];
if (!source) {
  console.error("Pakai / usage: npm run restore -- <folder cadangan / backup folder>");
  process.exit(2);
}
try {
  const env = parseEnv();
  const manifest = await restoreBackup(source, env.database, env.uploadDir);
  console.log(`Cadangan dipulihkan / backup restored (${manifest.createdAt}): ${manifest.counts.complaints} laporan / complaints, ${manifest.counts.attachments} foto / photos, ${manifest.counts.users} akun / accounts`);
} catch (error) {
  if (error instanceof StartupError) {
    console.error(`${error.text.id}\n${error.text.en}`);
    process.exit(1);
  }
  if (error instanceof BackupError) {
    console.error(`Pemulihan gagal / restore failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
