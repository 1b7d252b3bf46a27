// Redaction before publication: a verifier hides a third party's name and number in the text,
// blurs part of one photo and hides another from the public; once verified, the public reads
// only the redacted versions (the blurred copy's bytes, never the original's), while the reporter
// and the agency still read the originals. Verifiers of another region cannot redact; the
// timeline says so to staff only; the audit trail counts without repeating what was hidden.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { thumbnailKey } from "../../server/src/services/use-cases/attachments.ts";
import { photoUrls } from "../../server/src/services/use-cases/photo-urls.ts";
import type { Context } from "../../server/src/context.ts";
import { postPhotos } from "../support/photos.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let verifier: GqlClient;
let reporter: GqlClient;
let complaint: { id: string; code: string; secret: string };
let photoIds: string[];

const TITLE = "Pungutan liar oleh Pak Budi Santoso";
const STORY = "Pak Budi Santoso di kantor desa meminta uang Rp 50.000. Nomornya 0812-3456-7890, tanya Budi Santoso saja.";
const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A photo full of detail (noise), so blurring part of it certainly changes its bytes. */
function detailedPhoto(seed: number): Promise<Buffer> {
  const width = 240;
  const height = 180;
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed;
  for (let i = 0; i < pixels.length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = state >> 23;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field message } } }`;
const REDACT = `mutation($i: RedactComplaintInput!) { redactComplaint(input: $i) { errors { field code message } complaint { id } } }`;
const VIEW = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) {
  title story photos { id url thumbnailUrl blurred hiddenFromPublic publicUrl publicThumbnailUrl }
  redaction { publicTitle publicStory differs phrases suggestions { text kind } }
  timeline { entry note staff: summary(audience: STAFF) } } }`;

async function account(email: string, role: "VERIFIER" | "AGENCY_OFFICER", scope: { regionCode?: string; agencyId?: string }) {
  await server.db.prisma.user.create({
    data: { name: email, email, passwordHash: await hashPassword("kata sandi uji"), roles: { create: { role, ...scope } } },
  });
  return server.signedIn(email, { password: "kata sandi uji" });
}

async function fetchBytes(url: string, client?: GqlClient): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`${server.url}${url}`, { headers: client ? { cookie: client.cookieHeader() } : {} });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function storedFile(key: string): Promise<Buffer> {
  return readFile(path.join(server.deps.uploadDir, key));
}

beforeAll(async () => {
  server = await startTestServer();
  verifier = await server.signedIn("verifikator@demo.suara.id");
  reporter = server.client();
  const upload = await postPhotos(server.url, reporter, [
    { name: "wajah.jpg", bytes: await detailedPhoto(1) },
    { name: "rumah.jpg", bytes: await detailedPhoto(2) },
  ]);
  photoIds = ((await upload.json()) as { photos: { id: string }[] }).photos.map((p) => p.id);
  expect(photoIds).toHaveLength(2);
  const res = await reporter.request(
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret errors { field } complaint { id trackingCode } } }`,
    { i: { kind: "PENGADUAN", title: TITLE, story: STORY, districtCode: "73.06.08", privacy: "PUBLIC", attachmentIds: photoIds } },
  );
  expect(res.data.submitComplaint.errors).toEqual([]);
  const p = res.data.submitComplaint;
  complaint = { id: p.complaint.id, code: p.complaint.trackingCode, secret: p.accessSecret };
});
afterAll(() => server?.close());

describe("redacting before verification", () => {
  it("suggests the name and the number to the verifier, applies nothing by itself", async () => {
    const res = await verifier.request(VIEW, { c: complaint.code });
    const redaction = res.data.complaint.redaction;
    expect(redaction.suggestions).toEqual([
      { text: "Budi Santoso", kind: "NAME" },
      { text: "0812-3456-7890", kind: "PHONE" },
    ]);
    expect(redaction).toMatchObject({ publicTitle: TITLE, publicStory: STORY, differs: false, phrases: [] });
  });

  it("refuses a verifier of another kecamatan, an agency officer and the reporter", async () => {
    const outside = await account("verif.bontonompo@contoh.id", "VERIFIER", { regionCode: "73.06.01" });
    const officer = await server.signedIn("petugas.pupr@demo.suara.id");
    for (const who of [outside, officer, reporter]) {
      const res = await who.request(REDACT, { i: { complaintId: complaint.id, phrases: ["Budi"] } });
      expect(res.errors?.[0]?.extensions?.code, "refused").toMatch(/NOT_FOUND|FORBIDDEN|UNAUTHENTICATED/);
    }
    const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
    expect([row.publicTitle, row.publicStory]).toEqual([null, null]);
    // The outside verifier is the public to this complaint: no suggestions, no original.
    const seen = await outside.request(VIEW, { c: complaint.code });
    expect(seen.data.complaint.redaction).toBeNull();
  });

  it("says which photo is not of this complaint at its field", async () => {
    const res = await verifier.request(REDACT, { i: { complaintId: complaint.id, photos: [{ photoId: "bukan-foto", hidden: true }] } });
    expect(res.data.redactComplaint.errors).toEqual([expect.objectContaining({ field: "photos", code: "invalid_choice" })]);
  });

  it("stores the redacted text and a blurred copy; the verifier sees what the public will", async () => {
    const res = await verifier.request(REDACT, {
      i: {
        complaintId: complaint.id,
        phrases: ["Budi Santoso", "0812-3456-7890"],
        photos: [
          { photoId: photoIds[0], regions: [{ x: 0, y: 0, w: 0.5, h: 0.5 }, { x: 0.5, y: 0.5, w: 0.25, h: 0.25 }] },
          { photoId: photoIds[1], hidden: true },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.redactComplaint.errors).toEqual([]);
    const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
    expect(row.publicTitle).toBe("Pungutan liar oleh Pak [disamarkan]");
    expect(row.publicStory).toBe("Pak [disamarkan] di kantor desa meminta uang Rp 50.000. Nomornya [disamarkan], tanya [disamarkan] saja.");
    expect([row.title, row.story]).toEqual([TITLE, STORY]);

    const seen = (await verifier.request(VIEW, { c: complaint.code })).data.complaint;
    expect(seen.title).toBe(TITLE);
    expect(seen.redaction).toMatchObject({ publicTitle: row.publicTitle, publicStory: row.publicStory, differs: true });
    expect(seen.redaction.phrases).toEqual(["0812-3456-7890", "Budi Santoso"]);
    expect(seen.photos.map((p: { blurred: boolean; hiddenFromPublic: boolean }) => [p.blurred, p.hiddenFromPublic])).toEqual([[true, false], [false, true]]);
    // The preview: the blurred copy, bound to the verifier, differs from the original.
    const preview = await fetchBytes(seen.photos[0].publicUrl, verifier);
    const original = await fetchBytes(seen.photos[0].url, verifier);
    expect(preview.status).toBe(200);
    expect(original.status).toBe(200);
    expect(sha(preview.bytes)).not.toBe(sha(original.bytes));
    expect(seen.photos[1].publicUrl).toBeNull();
  });

  it("puts a staff-only entry on the timeline that counts, never repeats, what was hidden", async () => {
    const seen = (await verifier.request(VIEW, { c: complaint.code })).data.complaint;
    const entries = seen.timeline.filter((e: { entry: string }) => e.entry === "redacted");
    expect(entries).toHaveLength(1);
    expect(entries[0].staff).toBe("Disamarkan sebelum diumumkan");
    expect(entries[0].note).toBe("2 frasa disamarkan di judul dan cerita; foto 1 dikaburkan di 2 bagian; foto 2 disembunyikan dari umum");
    const reporterView = (await reporter.request(VIEW, { c: complaint.code, s: complaint.secret })).data.complaint;
    expect(reporterView.timeline.map((e: { entry: string }) => e.entry)).not.toContain("redacted");
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: complaint.id, action: "complaint.redact" } });
    expect(JSON.stringify(audit.data)).not.toMatch(/Budi|0812/);
    expect(audit.data).toMatchObject({ phrases: 2 });
  });
});

describe("after verification", () => {
  let original: { full: Buffer; thumb: Buffer; hiddenFull: Buffer };
  let blurred: { full: Buffer; thumb: Buffer };

  beforeAll(async () => {
    const agencies: { id: string; shortName: string }[] = (await server.client().request(`{ agencies { id shortName } }`)).data.agencies;
    const pupr = agencies.find((a) => a.shortName.includes("PUPR"))!.id;
    // The verifier tidies the title as they verify: the hidden name stays hidden in the new one.
    expect((await verifier.request(ACT, { i: { complaintId: complaint.id, action: "verify", title: "Pak Budi Santoso minta pungutan" } })).data.actOnComplaint.errors).toEqual([]);
    expect((await verifier.request(ACT, { i: { complaintId: complaint.id, action: "dispose", agencyId: pupr } })).data.actOnComplaint.errors).toEqual([]);
    const [first, second] = await server.db.prisma.attachment.findMany({ where: { id: { in: photoIds } }, orderBy: { createdAt: "asc" } });
    original = { full: await storedFile(first!.storageKey), thumb: await storedFile(thumbnailKey(first!.storageKey)), hiddenFull: await storedFile(second!.storageKey) };
    blurred = { full: await storedFile(first!.publicStorageKey!), thumb: await storedFile(thumbnailKey(first!.publicStorageKey!)) };
  });

  it("the public reads only the redacted title and story", async () => {
    const seen = (await server.client().request(VIEW, { c: complaint.code })).data.complaint;
    expect(seen.title).toBe("Pak [disamarkan] minta pungutan");
    expect(seen.story).toContain("[disamarkan]");
    expect(`${seen.title} ${seen.story}`).not.toMatch(/Budi|Santoso|0812/);
    expect(seen.redaction).toBeNull();
  });

  it("the public gets the blurred photo's bytes, never the original's, and no sign of the hidden photo", async () => {
    const stranger = server.client();
    const seen = (await stranger.request(VIEW, { c: complaint.code })).data.complaint;
    expect(seen.photos.map((p: { id: string }) => p.id)).toEqual([photoIds[0]]);
    expect(seen.photos[0]).toMatchObject({ blurred: true, hiddenFromPublic: false, publicUrl: null });
    const full = await fetchBytes(seen.photos[0].url);
    const thumb = await fetchBytes(seen.photos[0].thumbnailUrl);
    expect(sha(full.bytes)).toBe(sha(blurred.full));
    expect(sha(thumb.bytes)).toBe(sha(blurred.thumb));
    expect(sha(full.bytes)).not.toBe(sha(original.full));
    expect(sha(thumb.bytes)).not.toBe(sha(original.thumb));
  });

  it("a public URL of the hidden photo shows nothing, and the staff's original URL nothing to the public", async () => {
    const ctx = { deps: server.deps, viewer: null, draftKey: null } as unknown as Context;
    const forged = photoUrls(ctx, photoIds[1]!, "public");
    expect((await fetchBytes(forged.url)).status).toBe(404);
    expect((await fetchBytes(forged.thumbnailUrl)).status).toBe(404);
    const staffView = (await verifier.request(VIEW, { c: complaint.code })).data.complaint;
    expect((await fetchBytes(staffView.photos[0].url)).status).toBe(404);
    expect((await fetchBytes(staffView.photos[1].url)).status).toBe(404);
  });

  it("the blurred region is unrecognisable and the rest of the photo is as it was", async () => {
    const raw = async (bytes: Buffer, left: number, top: number) =>
      (await sharp(bytes).extract({ left, top, width: 60, height: 45 }).greyscale().raw().toBuffer());
    const spread = (pixels: Buffer) => {
      const mean = pixels.reduce((a, b) => a + b, 0) / pixels.length;
      return Math.sqrt(pixels.reduce((a, b) => a + (b - mean) ** 2, 0) / pixels.length);
    };
    // Noise has a wide spread of values; blurred blocks almost none.
    expect(spread(await raw(original.full, 30, 20))).toBeGreaterThan(40);
    expect(spread(await raw(blurred.full, 30, 20))).toBeLessThan(10);
    // Far from both regions (bottom left), the copy is the original picture again.
    expect(Math.abs(spread(await raw(blurred.full, 0, 130)) - spread(await raw(original.full, 0, 130)))).toBeLessThan(8);
  });

  it("the reporter still reads the original text and photos", async () => {
    const seen = (await reporter.request(VIEW, { c: complaint.code, s: complaint.secret })).data.complaint;
    expect(seen.title).toBe("Pak Budi Santoso minta pungutan");
    expect(seen.story).toBe(STORY);
    expect(seen.photos).toHaveLength(2);
    expect(sha((await fetchBytes(seen.photos[0].url, reporter)).bytes)).toBe(sha(original.full));
    expect(sha((await fetchBytes(seen.photos[1].url, reporter)).bytes)).toBe(sha(original.hiddenFull));
    expect(seen.redaction).toMatchObject({ differs: true, phrases: [], suggestions: [] });
  });

  it("the handling agency still reads the original text and photos", async () => {
    const officer = await server.signedIn("petugas.pupr@demo.suara.id");
    const seen = (await officer.request(VIEW, { c: complaint.code })).data.complaint;
    expect(seen.title).toBe("Pak Budi Santoso minta pungutan");
    expect(seen.story).toBe(STORY);
    expect(seen.photos).toHaveLength(2);
    expect(sha((await fetchBytes(seen.photos[0].url, officer)).bytes)).toBe(sha(original.full));
    // The officer reads the staff entry, and may see what the public sees, but may not redact.
    expect(seen.timeline.map((e: { entry: string }) => e.entry)).toContain("redacted");
    expect(sha((await fetchBytes(seen.photos[0].publicUrl, officer)).bytes)).toBe(sha(blurred.full));
  });

  it("showing a photo as it was and clearing the phrases gives the public the originals again, the old copy removed", async () => {
    const before = await server.db.prisma.attachment.findUniqueOrThrow({ where: { id: photoIds[0] } });
    const res = await verifier.request(REDACT, { i: { complaintId: complaint.id, phrases: [], photos: [{ photoId: photoIds[0], regions: [] }] } });
    expect(res.data.redactComplaint.errors).toEqual([]);
    const after = await server.db.prisma.attachment.findUniqueOrThrow({ where: { id: photoIds[0] } });
    expect(after.publicStorageKey).toBeNull();
    await expect(storedFile(before.publicStorageKey!)).rejects.toThrow();
    const seen = (await server.client().request(VIEW, { c: complaint.code })).data.complaint;
    expect(seen.title).toBe("Pak Budi Santoso minta pungutan");
    // The second photo stays hidden: only listed photos change.
    expect(seen.photos.map((p: { id: string }) => p.id)).toEqual([photoIds[0]]);
    expect(sha((await fetchBytes(seen.photos[0].url)).bytes)).toBe(sha(original.full));
    const notes = (await verifier.request(VIEW, { c: complaint.code })).data.complaint.timeline.filter((e: { entry: string }) => e.entry === "redacted");
    expect(notes.at(-1).note).toBe("Judul dan cerita untuk umum kembali seperti aslinya; foto 1 kembali ditampilkan seperti aslinya");
  });
});
