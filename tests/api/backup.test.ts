// Backups that restore, on the database this run uses (PGlite, or PostgreSQL with
// SUARA_TEST_DB=postgres): a backup taken while the service runs is restored into a fresh place,
// a fresh service starts on it, and every complaint, photo and account is there, the photos byte
// for byte and a reporter's code and PIN still working. A damaged backup or an occupied place is
// refused with a sentence.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/src/app.ts";
import { BackupError, pruneBackups, readManifest, restoreBackup, writeBackup } from "../../server/src/db/backup.ts";
import type { Database } from "../../server/src/db/open.ts";
import { onPostgres } from "../support/database.ts";
import { jpegWithGps, postPhotos } from "../support/photos.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
const filed: { code: string; secret: string; title: string }[] = [];
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  // Two complaints, one with a photo, and an account of a resident who signed up.
  for (const [i, withPhoto] of [true, false].entries()) {
    const client = server.client();
    let attachmentIds: string[] = [];
    if (withPhoto) {
      const upload = await postPhotos(server.url, client, [{ name: "jalan.jpg", bytes: await jpegWithGps() }]);
      attachmentIds = ((await upload.json()) as { photos: { id: string }[] }).photos.map((p) => p.id);
    }
    const title = `Cadangan uji ${i}`;
    const res = await client.request(
      `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret errors { field } complaint { trackingCode } } }`,
      { i: { kind: "PENGADUAN", title, story: "Jalan berlubang di depan sekolah.", districtCode: "73.06.08", privacy: "PUBLIC", attachmentIds } },
    );
    expect(res.data.submitComplaint.errors).toEqual([]);
    filed.push({ code: res.data.submitComplaint.complaint.trackingCode, secret: res.data.submitComplaint.accessSecret, title });
  }
  await server.signedUp({ name: "Warga Cadangan", email: "cadangan@contoh.id", password: "kata sandi yang panjang" });
}, 120_000);

afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
  await server?.close();
});

async function snapshot(db: Database) {
  const p = db.prisma;
  return {
    complaints: await p.complaint.findMany({ select: { trackingCode: true, title: true, story: true, accessSecretHash: true }, orderBy: { trackingCode: "asc" } }),
    attachments: await p.attachment.findMany({ select: { id: true, storageKey: true, sha256: true, complaintId: true }, orderBy: { id: "asc" } }),
    users: await p.user.findMany({ select: { email: true, passwordHash: true }, orderBy: { email: "asc" } }),
  };
}

async function filesUnder(dir: string): Promise<Record<string, string>> {
  if (!existsSync(dir)) return {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile())) {
    const full = path.join(e.parentPath, e.name);
    out[path.relative(dir, full)] = createHash("sha256").update(await readFile(full)).digest("hex");
  }
  return out;
}

/** An empty place to restore into: a data folder, or a new PostgreSQL database. */
async function emptyPlace(): Promise<{ dataDir: string; target: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string } }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "suara-pulih-"));
  if (!onPostgres) return { dataDir, target: { kind: "pglite", dataDir: path.join(dataDir, "pglite") } };
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const name = `suara_pulih_${randomBytes(5).toString("hex")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return { dataDir, target: { kind: "postgres", url: url.toString() } };
}

describe("a backup taken while the service runs restores whole into a fresh place", () => {
  let backupDir = "";
  let restored: RunningServer;

  it("writes the database, the photos and a manifest of what they hold", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "suara-cadangan-"));
    const { dir, manifest } = await writeBackup(server.db, server.env.uploadDir, parent, new Date("2026-12-06T10:00:00Z"));
    backupDir = dir;
    expect(path.basename(dir)).toBe("suara-2026-12-06T10-00-00-000Z");
    const before = await snapshot(server.db);
    expect(manifest).toMatchObject({
      format: 1,
      database: onPostgres ? "postgres" : "pglite",
      counts: { complaints: 2, attachments: before.attachments.length, users: before.users.length },
    });
    expect(before.attachments.length).toBeGreaterThan(0);
    expect(await readManifest(dir)).toEqual(manifest);
    expect(await filesUnder(path.join(dir, "photos"))).toEqual(await filesUnder(server.env.uploadDir));
  });

  it("restores into an empty place; a fresh service there finds every complaint, photo and account", async () => {
    const { dataDir, target } = await emptyPlace();
    await restoreBackup(backupDir, target, path.join(dataDir, "uploads"));
    restored = await startServer({
      web: false,
      seed: false,
      database: target,
      env: { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, SCHEDULER_INTERVAL_MS: "0", OUTBOX_INTERVAL_MS: "0", BACKUP_INTERVAL_HOURS: "0", MIGRATE_ON_START: "false" },
    });
    cleanups.push(() => restored.close());
    expect(await snapshot(restored.db)).toEqual(await snapshot(server.db));
    expect(await filesUnder(restored.env.uploadDir)).toEqual(await filesUnder(server.env.uploadDir));

    // The reporter's code and PIN, and the photo behind its signed URL, work on the restored service.
    const withPhoto = filed[0]!;
    const res = await fetch(`${restored.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { title viewerIsReporter photos { url } } }`,
        variables: { c: withPhoto.code, s: withPhoto.secret },
      }),
    });
    const body = (await res.json()) as { data: { complaint: { title: string; viewerIsReporter: boolean; photos: { url: string }[] } } };
    expect(body.data.complaint).toMatchObject({ title: withPhoto.title, viewerIsReporter: true });
    const photo = await fetch(new URL(body.data.complaint.photos[0]!.url, restored.url));
    expect(photo.status).toBe(200);
    expect((await photo.arrayBuffer()).byteLength).toBeGreaterThan(100);
    // A password set before the backup still signs in.
    const signIn = await fetch(`${restored.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($i: SignInInput!) { signIn(input: $i) { errors { code } } }`,
        variables: { i: { email: "cadangan@contoh.id", password: "kata sandi yang panjang" } },
      }),
    });
    expect(((await signIn.json()) as { data: { signIn: { errors: unknown[] } } }).data.signIn.errors).toEqual([]);
  });

  it("refuses to restore over data, or a damaged backup", async () => {
    const occupied = await emptyPlace();
    await writeFile(path.join(occupied.dataDir, "marker"), "x");
    await expect(restoreBackup(backupDir, occupied.target, occupied.dataDir)).rejects.toThrow(BackupError);

    const damaged = mkdtempSync(path.join(tmpdir(), "suara-rusak-"));
    const { cp } = await import("node:fs/promises");
    await cp(backupDir, damaged, { recursive: true });
    const manifest = await readManifest(damaged);
    const file = path.join(damaged, manifest.files[0]!.name);
    const bytes = await readFile(file);
    const middle = bytes.length >> 1;
    bytes[middle] = bytes[middle]! ^ 0xff;
    await writeFile(file, bytes);
    const fresh = await emptyPlace();
    await expect(restoreBackup(damaged, fresh.target, path.join(fresh.dataDir, "uploads"))).rejects.toThrow(/missing or damaged/);
  });
});

describe("pruneBackups", () => {
  it("keeps the newest and removes older backups and half-written ones", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "suara-simpan-"));
    const { mkdir } = await import("node:fs/promises");
    for (const name of ["suara-2026-12-01T00-00-00-000Z", "suara-2026-12-02T00-00-00-000Z", "suara-2026-12-03T00-00-00-000Z", ".suara-2026-12-04T00-00-00-000Z.partial", "catatan-admin"]) {
      await mkdir(path.join(parent, name));
    }
    await pruneBackups(parent, 2);
    expect((await readdir(parent)).sort()).toEqual(["catatan-admin", "suara-2026-12-02T00-00-00-000Z", "suara-2026-12-03T00-00-00-000Z"]);
  });
});
