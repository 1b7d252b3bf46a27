// Backups that restore. A backup is a folder: the database (PGlite: a tar of its data folder taken
// while no query runs, which is what PGlite's own clone() does; PostgreSQL: `pg_dump` in its custom
// format), the stored photos, and a manifest with what it holds (counts of complaints, photos and
// accounts, each file's size and SHA-256). The database is dumped first and the photos copied
// after, so every photo the database names is in the backup (photos are written once and never
// changed). Restoring checks the manifest, loads the database into an empty place and copies the
// photos back. The running service writes one on its schedule (BACKUP_INTERVAL_HOURS); `npm run
// backup` and `npm run restore` do it by hand (README, "Backups").
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Database } from "./open.ts";

export const MANIFEST = "manifest.json";
const PGLITE_FILE = "database.tar.gz";
const POSTGRES_FILE = "database.dump";
const PHOTOS = "photos";

export type BackupCounts = { complaints: number; attachments: number; users: number };

export type BackupManifest = {
  format: 1;
  createdAt: string;
  database: "pglite" | "postgres";
  counts: BackupCounts;
  files: { name: string; bytes: number; sha256: string }[];
};

export class BackupError extends Error {}

async function counts(db: Database): Promise<BackupCounts> {
  const [row] = await db.sql.query<{ complaints: number; attachments: number; users: number }>(
    `SELECT (SELECT count(*)::int FROM "Complaint") AS complaints,
            (SELECT count(*)::int FROM "Attachment") AS attachments,
            (SELECT count(*)::int FROM "User") AS users`,
  );
  return { complaints: row!.complaints, attachments: row!.attachments, users: row!.users };
}

async function sha256Of(file: string): Promise<string> {
  return createHash("sha256").update(await readFile(file)).digest("hex");
}

/** Runs a PostgreSQL client program (pg_dump, pg_restore) from PATH or Debian's versioned folders. */
async function runPgTool(tool: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  const candidates: string[] = [tool];
  if (existsSync("/usr/lib/postgresql")) {
    const versions = (await readdir("/usr/lib/postgresql")).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.unshift(...versions.map((v) => `/usr/lib/postgresql/${v}/bin/${tool}`).filter((p) => existsSync(p)));
  }
  const program = candidates[0]!;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", (error) => reject(new BackupError(`${tool} could not run: ${error.message} (install Debian's postgresql-client)`)));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new BackupError(`${tool} failed (${code}): ${errors.trim().slice(0, 500)}`))));
  });
}

/** Counts the photo files under `dir` (originals and thumbnails). */
async function fileCount(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

/**
 * Writes a backup of `db` and `uploadDir` into a new folder `<parent>/suara-<time>` and returns it.
 * Written under a temporary name and renamed when complete, so a half-written backup never looks
 * like a backup.
 */
export async function writeBackup(db: Database, uploadDir: string, parent: string, now: Date, databaseUrl?: string): Promise<{ dir: string; manifest: BackupManifest }> {
  const name = `suara-${now.toISOString().replace(/[:.]/g, "-")}`;
  const dir = path.join(parent, name);
  const partial = path.join(parent, `.${name}.partial`);
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  try {
    const before = await counts(db);
    let databaseFile: string;
    if (db.kind === "pglite") {
      if (!db.pglite) throw new BackupError("no PGlite handle");
      // Written pages reach the data folder first, so restoring needs little recovery.
      await db.pglite.query("CHECKPOINT");
      const image = await db.pglite.dumpDataDir("gzip");
      databaseFile = PGLITE_FILE;
      await writeFile(path.join(partial, databaseFile), Buffer.from(await image.arrayBuffer()));
    } else {
      const url = databaseUrl ?? db.url;
      if (!url) throw new BackupError("no PostgreSQL URL to dump");
      databaseFile = POSTGRES_FILE;
      await runPgTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${path.join(partial, databaseFile)}`, `--dbname=${url}`]);
    }
    if (existsSync(uploadDir)) await cp(uploadDir, path.join(partial, PHOTOS), { recursive: true });
    else await mkdir(path.join(partial, PHOTOS));
    const file = path.join(partial, databaseFile);
    const manifest: BackupManifest = {
      format: 1,
      createdAt: now.toISOString(),
      database: db.kind,
      counts: before,
      files: [{ name: databaseFile, bytes: (await stat(file)).size, sha256: await sha256Of(file) }],
    };
    await writeFile(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(partial, dir);
    return { dir, manifest };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), "utf8")) as BackupManifest;
  } catch {
    throw new BackupError(`${dir} is not a Suara backup (no readable ${MANIFEST})`);
  }
  if (manifest.format !== 1) throw new BackupError(`backup format ${String(manifest.format)} is not known here`);
  for (const f of manifest.files) {
    const file = path.join(dir, f.name);
    if (!existsSync(file) || (await sha256Of(file)) !== f.sha256) throw new BackupError(`${f.name} in ${dir} is missing or damaged (its SHA-256 differs from the manifest)`);
  }
  return manifest;
}

/**
 * Restores a backup into an empty place: a PGlite data folder that does not exist yet (or is
 * empty), or an empty PostgreSQL database; the photos into `uploadDir`. Never overwrites data.
 */
export async function restoreBackup(
  dir: string,
  target: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string },
  uploadDir: string,
): Promise<BackupManifest> {
  const manifest = await readManifest(dir);
  if (manifest.database !== target.kind) {
    throw new BackupError(`this backup is of a ${manifest.database} database; restore it into ${manifest.database} (see README, "Backups")`);
  }
  if (existsSync(uploadDir) && (await fileCount(uploadDir)) > 0) throw new BackupError(`${uploadDir} already holds photos: restore into an empty place`);
  if (target.kind === "pglite") {
    if (existsSync(target.dataDir) && (await readdir(target.dataDir)).length > 0) throw new BackupError(`${target.dataDir} already holds a database: restore into an empty place`);
    const image = new Blob([await readFile(path.join(dir, PGLITE_FILE))]);
    await mkdir(target.dataDir, { recursive: true });
    const pglite = await PGlite.create({ dataDir: target.dataDir, loadDataDir: image });
    await pglite.query("SELECT 1");
    await pglite.close();
  } else {
    await runPgTool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${target.url}`, path.join(dir, POSTGRES_FILE)]);
  }
  if (existsSync(path.join(dir, PHOTOS))) await cp(path.join(dir, PHOTOS), uploadDir, { recursive: true });
  return manifest;
}

/** Keeps the newest `keep` backups in `parent` and removes older ones (and leftovers of failed runs). */
export async function pruneBackups(parent: string, keep: number): Promise<string[]> {
  if (!existsSync(parent)) return [];
  const entries = await readdir(parent);
  const backups = entries.filter((e) => /^suara-\d{4}-/.test(e)).sort().reverse();
  const removed = [...backups.slice(keep), ...entries.filter((e) => e.endsWith(".partial"))];
  for (const name of removed) await rm(path.join(parent, name), { recursive: true, force: true });
  return removed;
}
