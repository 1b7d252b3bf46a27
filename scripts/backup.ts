// `npm run backup [-- <folder>]`: writes a backup of the database the environment names and its
// photos (db/backup.ts) into <folder> (default BACKUP_DIR, i.e. DATA_DIR/cadangan). On the
// embedded database the service must be stopped (it holds the data folder; while it runs it
// writes its own backups every BACKUP_INTERVAL_HOURS). On PostgreSQL it runs beside the service.
import { existsSync } from "node:fs";
import { BackupError, writeBackup } from "../server/src/db/backup.ts";
import { openDatabase } from "../server/src/db/open.ts";
import { parseEnv } from "../server/src/env.ts";
import { StartupError } from "../server/src/i18n/startup.ts";

try {
  const env = parseEnv();
  const target = process.argv[2] ?? env.backup.dir;
  if (env.database.kind === "pglite" && !existsSync(env.database.dataDir)) {
    console.error(`Tidak ada basis data di ${env.database.dataDir} / no database in ${env.database.dataDir} (DATA_DIR)`);
    process.exit(1);
  }
  const db = await openDatabase(env.database, { migrate: false });
  try {
    const { dir, manifest } = await writeBackup(db, env.uploadDir, target, new Date());
    console.log(`Cadangan ditulis / backup written: ${dir}`);
    console.log(`  ${manifest.counts.complaints} laporan / complaints, ${manifest.counts.attachments} foto / photos, ${manifest.counts.users} akun / accounts`);
  } finally {
    await db.close();
  }
} catch (error) {
  if (error instanceof StartupError) {
    console.error(`${error.text.id}\n${error.text.en}`);
    console.error("Jika layanan sedang berjalan, ia menulis cadangan sendiri (BACKUP_INTERVAL_HOURS). / If the service is running, it writes its own backups (BACKUP_INTERVAL_HOURS).");
    process.exit(1);
  }
  if (error instanceof BackupError) {
    console.error(`Cadangan gagal / backup failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
