// The resident's journey underneath the pages: answers kept per device step by step, photos
// uploaded as multipart and stripped of location, a 30 MB photo refused kindly, filing the
// draft with its photos, photos following privacy, and PIN guessing slowed per code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

/** A small JPEG with an EXIF block that holds a GPS position and orientation 6. */
function jpegWithGps(): Buffer {
  const tiff = Buffer.concat([
    Buffer.from("MM\0\x2a\0\0\0\x08", "latin1"),
    Buffer.from([0, 2, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38, 0, 0, 0, 0]),
    Buffer.from([0, 1, 0, 1, 0, 2, 0, 0, 0, 16, 0, 0, 0, 56, 0, 0, 0, 0]),
    Buffer.from("GPS-5.3117S119.4", "latin1"),
  ]);
  const app1 = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]);
  const seg = (marker: number, payload: Buffer) =>
    Buffer.concat([Buffer.from([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]), payload]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    seg(0xe1, app1),
    seg(0xc0, Buffer.from([8, 0, 48, 0, 64, 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1])),
    seg(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from([0x12, 0x34, 0xff, 0xd9]),
  ]);
}

async function upload(client: GqlClient, files: { name: string; bytes: Buffer; type?: string }[], options: { json?: boolean; fields?: Record<string, string> } = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(options.fields ?? {})) form.append(k, v);
  for (const f of files) form.append("foto", new Blob([new Uint8Array(f.bytes)], { type: f.type ?? "image/jpeg" }), f.name);
  const response = await fetch(`${server.url}/unggah`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { cookie: client.cookieHeader(), ...(options.json === false ? {} : { accept: "application/json" }) },
  });
  for (const setCookie of response.headers.getSetCookie()) {
    const [pair] = setCookie.split(";");
    const [name, value] = pair!.split("=");
    client.cookies.set(name!, value!);
  }
  return response;
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
    const response = await upload(phone, [{ name: "jalan.jpg", bytes: jpegWithGps() }]);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { photos: { id: string; url: string }[]; errors: unknown[] };
    expect(body.errors).toEqual([]);
    expect(body.photos).toHaveLength(1);

    const stored = await server.db.prisma.attachment.findUniqueOrThrow({ where: { id: body.photos[0]!.id } });
    const bytes = readFileSync(path.join(server.env.uploadDir, stored.storageKey));
    expect(bytes.includes(Buffer.from("GPS-5.3117S", "latin1"))).toBe(false);
    expect(stored).toMatchObject({ mimeType: "image/jpeg", width: 64, height: 48, locationKept: false });

    const photo = await fetch(`${server.url}${body.photos[0]!.url}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/jpeg");
    // Change the token's first character to a different one (never the same by chance).
    const signed = new URL(body.photos[0]!.url, server.url);
    const token = signed.searchParams.get("t")!;
    signed.searchParams.set("t", (token[0] === "A" ? "B" : "A") + token.slice(1));
    const tampered = await fetch(signed);
    expect(tampered.status).toBe(404);

    await phone.request(SAVE, {
      input: {
        step: "privasi",
        answers: { kind: "PENGADUAN", title: "Jalan berlubang", story: "Lubang besar.", districtCode: "73.06.08", privacy: "CONFIDENTIAL" },
      },
    });
    const filed = await phone.request(SUBMIT_DRAFT, { id: "draft-photo-1" });
    expect(filed.data.submitDraft.errors).toEqual([]);
    expect(filed.data.submitDraft.complaint.photos).toMatchObject([{ width: 64, height: 48 }]);
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
    ["a cut-off JPEG", { name: "putus.jpg", bytes: jpegWithGps().subarray(0, 40) }, "damaged", "rusak"],
  ])("refuses %s with a sentence that says what to do", async (_name, file, code, words) => {
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
    const photos = Array.from({ length: 6 }, (_, i) => ({ name: `foto-${i}.jpg`, bytes: jpegWithGps() }));
    const body = (await (await upload(phone, photos)).json()) as { photos: unknown[]; errors: { code: string }[] };
    expect(body.photos).toHaveLength(5);
    expect(body.errors.map((e) => e.code)).toContain("too_many");
    const away = await upload(server.client(), [{ name: "a.jpg", bytes: jpegWithGps() }], { json: false, fields: { kembali: "//evil.example/x" } });
    expect(new URL(away.headers.get("location")!, server.url).host).toBe(new URL(server.url).host);
  });

  it("leaves no stray files behind a refused upload", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : [f]));
    const onDisk = files(server.env.uploadDir).length;
    return server.db.prisma.attachment.count().then((rows) => expect(onDisk).toBe(rows));
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
