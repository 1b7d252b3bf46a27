// The running service's own backups (db/backup.ts): every BACKUP_INTERVAL_HOURS into BACKUP_DIR,
// keeping the newest BACKUP_KEEP. The embedded database is held by this process, so only this
// process can copy it consistently while it runs. A failure is logged and tried again next time.
import { pruneBackups, writeBackup } from "../../db/backup.ts";
import type { Database } from "../../db/open.ts";
import { logLine } from "../../http/errors.ts";

export function startBackups(db: Database, uploadDir: string, settings: { dir: string; intervalMs: number; keep: number }, now: () => Date): () => Promise<void> {
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= (async () => {
      try {
        const { dir, manifest } = await writeBackup(db, uploadDir, settings.dir, now());
        await pruneBackups(settings.dir, settings.keep);
        console.log(`[cadangan] ${dir}: ${manifest.counts.complaints} laporan, ${manifest.counts.attachments} foto, ${manifest.counts.users} akun / backup written`);
      } catch (error) {
        console.error(logLine("[cadangan] backup failed", error));
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(run, settings.intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
