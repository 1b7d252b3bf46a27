// The resident's filing underneath the pages: answers kept per device step by step, photos
// uploaded as multipart and re-encoded without any metadata (a pixel bomb refused), photo URLs
// bound to who may see them, a 30 MB photo refused kindly, filing the
// draft with its photos, photos following privacy, and PIN guessing slowed per code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { endOfFirstImage, jpegWithGps, jpegWithTrailingImage, MARKER, pngBomb, postPhotos } from "../support/photos.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SAVE = `mutation($input: SaveDraftInput!) { saveDraft(input: $input) {
  errors { field code message } draft { step answers { kind title story districtCode villageCode } photos { id fileName } } } }`;
const DRAFT = `{ draft { step answers { kind title story districtCode privacy } photos { id fileName url } } }`;
const SUBMIT_DRAFT = `mutation($id: String) { submitDraft(clientRequestId: $id) {
  accessSecret errors { field code message } complaint { trackingCode photos { id url width height } } } }`;

function upload(client: GqlClient, files: { name: string; bytes: Buffer; type?: string }[], options: { json?: boolean; fields?: Record<string, string> } = {}) {
  return postPhotos(server.url, client, files, options);
}

describe("drafts", () => {
  it("keeps answers step by step and checks only the step's fields", async () => {
    const phone = server.client();
    const first = await phone.request(SAVE, { input: { step: "jenis", answers: { kind: "PENGADUAN" }, check: ["kind"] } });
    expect(first.data.saveDraft.errors).toEqual([]);
    expect(phone.cookies.get("suara_draf")).toBeTruthy();

    // Only the title is checked on this step, even though the story is still empty.
    const second = await phone.request(SAVE, { input: { step: "apa", answers: { title: "   " }, check: ["title"] } });
    expect(second.data.saveDraft.errors.map((e: { field: string }) => e.field)).toEqual(["title"]);

    await phone.request(SAVE, { input: { step: "apa", answers: { title: "Jembatan retak", story: "Retak di tengah." }, check: ["title", "story"] } });
    await phone.request(SAVE, { input: { step: "di-mana", answers: { districtCode: "73.06.08" }, check: ["districtCode"] } });
    // A desa is checked against the kecamatan chosen on an earlier step.
    const wrongDesa = await phone.request(SAVE, { input: { step: "desa", answers: { villageCode: "73.06.01.2001" }, check: ["villageCode"] } });
    expect(wrongDesa.data.saveDraft.errors).toMatchObject([{ field: "villageCode", code: "not_in_district" }]);
    // What was typed is kept even when it is wrong, so the page can show it back.
    expect(wrongDesa.data.saveDraft.draft.answers).toMatchObject({ kind: "PENGADUAN", title: "Jembatan retak", villageCode: "73.06.01.2001" });

    // The same device later (a new page load, signed in and out) still has it.
    const later = server.client();
    later.cookies.set("suara_draf", phone.cookies.get("suara_draf")!);
    await later.request(`mutation { signIn(input: { email: "warga@demo.suara.id", password: "suara-demo-2026" }) { errors { code } } }`);
    await later.request(`mutation { signOut }`);
    const resumed = await later.request(DRAFT);
    expect(resumed.data.draft).toMatchObject({ step: "desa", answers: { title: "Jembatan retak", districtCode: "73.06.08" } });

    // Another device has no draft.
    expect((await server.client().request(DRAFT)).data.draft).toBeNull();
  });
});

describe("photos", () => {
  it("stores a photo without its location, serves it by signed URL, and files it with the draft", async () => {
    const phone = server.client();
    const response = await upload(phone, [{ name: "jalan.jpg", bytes: await jpegWithGps({ width: 64, height: 48, orientation: 6 }) }]);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { photos: { id: string; url: string }[]; errors: unknown[] };
    expect(body.errors).toEqual([]);
    expect(body.photos).toHaveLength(1);

    const stored = await server.db.prisma.attachment.findUniqueOrThrow({ where: { id: body.photos[0]!.id } });
    const bytes = readFileSync(path.join(server.env.uploadDir, stored.storageKey));
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(bytes.includes(Buffer.from("Exif"))).toBe(false);
    // Turned upright by its orientation before the EXIF that said so was dropped.
    expect(stored).toMatchObject({ mimeType: "image/jpeg", width: 48, height: 64, locationKept: false });

    // The draft's photo URL is this device's: another browser gets nothing.
    expect((await fetch(`${server.url}${body.photos[0]!.url}`)).status).toBe(404);
    const photo = await fetch(`${server.url}${body.photos[0]!.url}`, { headers: { cookie: phone.cookieHeader() } });
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/jpeg");
    // Change the token's first character to a different one (never the same by chance).
    const signed = new URL(body.photos[0]!.url, server.url);
    const token = signed.searchParams.get("t")!;
    signed.searchParams.set("t", (token[0] === "A" ? "B" : "A") + token.slice(1));
    const tampered = await fetch(signed, { headers: { cookie: phone.cookieHeader() } });
    expect(tampered.status).toBe(404);

    await phone.request(SAVE, {
      input: {
        step: "privasi",
        answers: { kind: "PENGADUAN", title: "Jalan berlubang", story: "Lubang besar.", districtCode: "73.06.08", privacy: "CONFIDENTIAL" },
      },
    });
    const filed = await phone.request(SUBMIT_DRAFT, { id: "draft-photo-1" });
    expect(filed.data.submitDraft.errors).toEqual([]);
    expect(filed.data.submitDraft.complaint.photos).toMatchObject([{ width: 48, height: 64 }]);
    // The draft is gone once filed; a replay returns the same complaint and secret.
    expect((await phone.request(DRAFT)).data.draft).toBeNull();
    const replay = await phone.request(SUBMIT_DRAFT, { id: "draft-photo-1" });
    expect(replay.data.submitDraft.complaint.trackingCode).toBe(filed.data.submitDraft.complaint.trackingCode);
    expect(replay.data.submitDraft.accessSecret).toBe(filed.data.submitDraft.accessSecret);

    // Photos follow privacy: a confidential complaint shows nothing to the public, all to its reporter.
    const code = filed.data.submitDraft.complaint.trackingCode;
    const LOOK = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { photos { id } } }`;
    expect((await server.client().request(LOOK, { c: code })).data.complaint).toBeNull();
    const owner = await server.client().request(LOOK, { c: code, s: filed.data.submitDraft.accessSecret });
    expect(owner.data.complaint.photos).toHaveLength(1);
  });

  it.each([
    ["a PDF named like a photo", { name: "foto.jpg", bytes: Buffer.from("%PDF-1.7 not a photo") }, "wrong_type", "bukan foto JPEG, PNG, atau WebP"],
    ["an iPhone HEIC photo", { name: "IMG_0001.HEIC", bytes: Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic\0\0\0\0")]) }, "heic", "HEIC"],
    ["a cut-off JPEG", { name: "putus.jpg", bytes: "cut" as const }, "damaged", "rusak"],
    ["a 20000×20000 PNG (a pixel bomb)", { name: "bom.png", bytes: "bomb" as const }, "too_many_pixels", "lebih dari 40 megapiksel"],
  ])("refuses %s with a sentence that says what to do", async (_name, given, code, words) => {
    const bytes = given.bytes === "cut" ? (await jpegWithGps()).subarray(0, 40) : given.bytes === "bomb" ? pngBomb() : given.bytes;
    const file = { name: given.name, bytes };
    const response = await upload(server.client(), [file]);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { code: string; message: string; fileName: string }[] };
    expect(body.errors).toMatchObject([{ code, fileName: file.name }]);
    expect(body.errors[0]!.message).toContain(words);
  });

  it("refuses a 30 MB photo without a bare 413, and keeps the draft's answers (no JavaScript)", async () => {
    const phone = server.client();
    await phone.request(SAVE, { input: { step: "apa", answers: { title: "Sampah", story: "Menumpuk." } } });
    const huge = Buffer.alloc(30 * 1024 * 1024, 0x41);
    huge.set([0xff, 0xd8, 0xff], 0);
    const response = await upload(phone, [{ name: "besar.jpg", bytes: huge }], { json: false, fields: { kembali: "/lapor/foto" } });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!, server.url);
    expect(location.pathname).toBe("/lapor/foto");
    expect(location.searchParams.get("galat")).toBe("too_large");
    expect((await phone.request(DRAFT)).data.draft.answers).toMatchObject({ title: "Sampah", story: "Menumpuk." });
    expect(await server.db.prisma.attachment.count({ where: { fileName: "besar.jpg" } })).toBe(0);
  });

  it("takes at most five photos per report and only sends people back to this site", async () => {
    const phone = server.client();
    const jpeg = await jpegWithGps();
    const photos = Array.from({ length: 6 }, (_, i) => ({ name: `foto-${i}.jpg`, bytes: jpeg }));
    const body = (await (await upload(phone, photos)).json()) as { photos: unknown[]; errors: { code: string }[] };
    expect(body.photos).toHaveLength(5);
    expect(body.errors.map((e) => e.code)).toContain("too_many");
    const away = await upload(server.client(), [{ name: "a.jpg", bytes: jpeg }], { json: false, fields: { kembali: "//evil.example/x" } });
    expect(new URL(away.headers.get("location")!, server.url).host).toBe(new URL(server.url).host);
  });

  it("re-encodes a JPEG with GPS in a second, trailing picture: no metadata and no bytes after the end", async () => {
    const phone = server.client();
    const { bytes, firstEnd } = await jpegWithTrailingImage();
    expect(bytes.subarray(firstEnd).includes(Buffer.from(MARKER))).toBe(true);
    const body = (await (await upload(phone, [{ name: "ultrahdr.jpg", bytes }])).json()) as { photos: { id: string; url: string }[] };
    const stored = await server.db.prisma.attachment.findUniqueOrThrow({ where: { id: body.photos[0]!.id } });
    const served = Buffer.from(await (await fetch(`${server.url}${body.photos[0]!.url}`, { headers: { cookie: phone.cookieHeader() } })).arrayBuffer());
    const onDisk = readFileSync(path.join(server.env.uploadDir, stored.storageKey));
    expect(served.equals(onDisk)).toBe(true);
    for (const out of [onDisk, readFileSync(path.join(server.env.uploadDir, stored.storageKey.replace(/\.jpg$/, ".kecil.jpg")))]) {
      expect(out.includes(Buffer.from("Exif"))).toBe(false);
      expect(out.includes(Buffer.from(MARKER))).toBe(false);
      expect(endOfFirstImage(out)).toBe(out.length);
      expect((await sharp(out).metadata()).exif).toBeUndefined();
    }
  });

  it("\"Lanjutkan\" with a photo chosen stores it and goes on; a photo that cannot be stored says so at the step", async () => {
    const phone = server.client();
    const next = await upload(phone, [{ name: "pasar.jpg", bytes: await jpegWithGps() }], {
      json: false,
      fields: { kembali: "/lapor/foto", lanjut: "/lapor/privasi", keterangan: "Foto lubang di depan pasar" },
    });
    expect(next.status).toBe(303);
    expect(next.headers.get("location")).toBe("/lapor/privasi");
    const draft = (await phone.request(`{ draft { step photos { fileName description } } }`)).data.draft;
    expect(draft).toEqual({ step: "foto", photos: [{ fileName: "pasar.jpg", description: "Foto lubang di depan pasar" }] });

    const broken = await upload(phone, [{ name: "rusak.jpg", bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4]) }], {
      json: false,
      fields: { kembali: "/lapor/foto", lanjut: "/lapor/privasi" },
    });
    const back = new URL(broken.headers.get("location")!, server.url);
    expect(back.pathname).toBe("/lapor/foto");
    expect(back.searchParams.get("galat")).toBe("damaged");
  });

  it("shows photos to the public only once verified, with URLs bound to the viewer until then", async () => {
    const phone = server.client();
    const big = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#963" } }).jpeg().toBuffer();
    await upload(phone, [{ name: "lubang.jpg", bytes: big }], { fields: { keterangan: "  Foto lubang\ndi depan pasar " } });
    await phone.request(SAVE, {
      input: { step: "privasi", answers: { kind: "PENGADUAN", title: "Jalan berlubang", story: "Lubang besar.", districtCode: "73.06.08", privacy: "PUBLIC" } },
    });
    const filed = await phone.request(SUBMIT_DRAFT, { id: "draft-photo-public" });
    const code = filed.data.submitDraft.complaint.trackingCode;
    const LOOK = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) {
      id photos { description url thumbnailUrl thumbnailWidth thumbnailHeight } } }`;

    // Before verification: the public sees the complaint's page, not its photos.
    expect((await server.client().request(LOOK, { c: code })).data.complaint.photos).toEqual([]);
    // The reporter with the PIN (no cookie to bind to) gets URLs that last minutes, not hours.
    const owner = (await server.client().request(LOOK, { c: code, s: filed.data.submitDraft.accessSecret })).data.complaint;
    expect(owner.photos).toMatchObject([{ description: "Foto lubang di depan pasar", thumbnailWidth: 320, thumbnailHeight: 240 }]);
    const expires = Number(new URL(owner.photos[0].url, server.url).searchParams.get("e"));
    expect(expires - Date.now()).toBeLessThanOrEqual(11 * 60_000);

    // The verifier's URLs work in the verifier's browser only.
    const verifier = server.client();
    await server.signInOn(verifier, "verifikator@demo.suara.id");
    const seen = (await verifier.request(LOOK, { c: code })).data.complaint;
    expect(seen.photos).toHaveLength(1);
    const thumb = await fetch(`${server.url}${seen.photos[0].thumbnailUrl}`, { headers: { cookie: verifier.cookieHeader() } });
    expect(thumb.status).toBe(200);
    expect(await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).toMatchObject({ width: 320, height: 240 });
    expect((await fetch(`${server.url}${seen.photos[0].url}`)).status).toBe(404);

    const acted = await verifier.request(`mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, {
      i: { complaintId: seen.id, action: "verify" },
    });
    expect(acted.data.actOnComplaint.errors).toEqual([]);
    const published = (await server.client().request(LOOK, { c: code })).data.complaint;
    expect(published.photos).toHaveLength(1);
    const open = await fetch(`${server.url}${published.photos[0].url}`);
    expect(open.status).toBe(200);
    expect(open.headers.get("cache-control")).toContain("public");
  });

  it("leaves no stray files behind a refused upload", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : [f]));
    const onDisk = files(server.env.uploadDir).length;
    // Each photo is two files: the picture and its thumbnail.
    return server.db.prisma.attachment.count().then((rows) => expect(onDisk).toBe(rows * 2));
  });
});

describe("guessing a PIN", () => {
  const LOOK = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { viewerIsReporter } }`;

  it("is slowed per tracking code, whoever asks, and a right PIN waits too once the limit is passed", async () => {
    const filed = await server.client().request(
      `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { trackingCode } } }`,
      { i: { kind: "ASPIRASI", title: "Taman", story: "Mohon taman.", districtCode: "73.06.06", privacy: "PUBLIC" } },
    );
    const code = filed.data.submitComplaint.complaint.trackingCode;
    const secret = filed.data.submitComplaint.accessSecret;
    for (let i = 0; i < 20; i++) {
      const wrong = await server.client().request(LOOK, { c: code, s: "2222-2222" });
      expect(wrong.data.complaint.viewerIsReporter).toBe(false);
    }
    const blocked = await server.client().request(LOOK, { c: code, s: secret });
    expect(blocked.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    // Slowed, not locked: the wait is said in seconds (the owner gets the next slot).
    expect(blocked.errors?.[0]?.message).toMatch(/Terlalu banyak percobaan PIN untuk laporan ini\. Tunggu \d+ detik/);
    // The public view without a PIN, and other complaints, are not affected.
    expect((await server.client().request(LOOK, { c: code })).data.complaint.viewerIsReporter).toBe(false);
  });

it("is limited per client for one account, with a sentence at the e-mail field", async () => {
    // Only this client waits; the owner elsewhere is not locked out (abuse-limits.test.ts).
    const SIGN_IN = `mutation($p: String) { signIn(input: { email: "sahabat@demo.suara.id", password: $p }) { user { id } errors { field code message } } }`;
    for (let i = 0; i < 5; i++) {
      expect((await server.client().request(SIGN_IN, { p: "salah" })).data.signIn.errors[0].code).toBe("invalid_credentials");
    }
    const blocked = await server.client().request(SIGN_IN, { p: "suara-demo-2026" });
    expect(blocked.data.signIn.user).toBeNull();
    expect(blocked.data.signIn.errors).toMatchObject([{ field: "email", code: "too_many_attempts" }]);
    expect(blocked.data.signIn.errors[0].message).toMatch(/dari perangkat atau jaringan ini\. Coba lagi dalam 15 menit/);
  });
});
