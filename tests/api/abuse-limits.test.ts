// Abuse limits without puzzles, over real HTTP on a real database. Each client here has its own
// address: the server trusts loopback as a proxy and reads X-Forwarded-For, the way it would
// behind a configured reverse proxy. Every test asserts structure (who passed, who was refused,
// what was said), never time.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { randomBytes } from "node:crypto";
import { makeJoinCode } from "../../server/src/domain/workshop/join-code.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tick } from "../../server/src/services/workers/scheduler.ts";
import { allowContactMessage, hit, keyPart, LIMITS, refund } from "../../server/src/services/use-cases/rate-limit.ts";
import { countDatabaseQueries } from "../support/query-counter.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { giveDemoCode } from "../support/second-factor.ts";

let server: TestServer;
let offsetMs = 0;
beforeAll(async () => {
  server = await startTestServer({
    now: () => new Date(Date.now() + offsetMs),
    env: { LIMIT_TRUSTED_ADDRESSES: "", TRUSTED_PROXIES: "127.0.0.1,::1", UPLOAD_DISK_BUDGET_MB: "40" },
  });
});
afterAll(() => server?.close());

let nextAddress = 1;
/** One browser at its own address, with its own cookies. */
function visitor(address = `198.51.100.${nextAddress++}`) {
  const cookies = new Map<string, string>();
  const headers = () => ({ "x-forwarded-for": address, cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") });
  const keep = (response: Response) => {
    for (const setCookie of response.headers.getSetCookie()) {
      const [name, value] = setCookie.split(";")[0]!.split("=");
      if (/Max-Age=0/i.test(setCookie) || !value) cookies.delete(name!);
      else cookies.set(name!, value);
    }
  };
  return {
    address,
    cookies,
    async request(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers() },
        body: JSON.stringify({ query, variables }),
      });
      keep(response);
      return (await response.json()) as { data: any; errors?: { message: string; extensions?: { code?: string } }[] };
    },
    async upload(files: { name: string; bytes: Buffer }[]) {
      const form = new FormData();
      for (const f of files) form.append("foto", new Blob([new Uint8Array(f.bytes)], { type: "image/jpeg" }), f.name);
      const response = await fetch(`${server.url}/unggah`, { method: "POST", body: form, headers: { ...headers(), accept: "application/json" } });
      keep(response);
      return { status: response.status, body: (await response.json()) as { photos: { id: string }[]; errors: { code: string; message: string }[] } };
    },
  };
}

const SIGN_IN = `mutation($e: String, $p: String) { signIn(input: { email: $e, password: $p }) { user { id } errors { field code message } } }`;
const SUBMIT = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { id trackingCode } errors { field code message } } }`;
const complaint = (extra: Record<string, unknown> = {}) => ({
  kind: "PENGADUAN",
  title: "Lampu jalan mati",
  story: "Lampu di depan pasar mati sejak minggu lalu.",
  districtCode: "73.06.06",
  privacy: "PUBLIC",
  ...extra,
});

describe("the mechanism records an attempt before judging it", () => {
  it("50 concurrent attempts against a limit of 10: exactly 10 pass", async () => {
    const now = new Date();
    const states = await Promise.all(
      Array.from({ length: 50 }, () => hit(server.db.prisma, "test:concurrent", { limit: 10, windowMs: 60_000 }, now)),
    );
    expect(states.filter((s) => s.allowed)).toHaveLength(10);
  });

  it("once a key is refused, later attempts in its window are refused without touching the database, until a refund or the window's end", async () => {
    const limit = { limit: 3, windowMs: 60_000 };
    const start = new Date();
    const at = (ms: number) => new Date(start.getTime() + ms);
    for (let i = 0; i < 3; i++) expect((await hit(server.db.prisma, "test:remembered", limit, start)).allowed).toBe(true);
    expect(await hit(server.db.prisma, "test:remembered", limit, start)).toMatchObject({ allowed: false, retryAfterMs: 60_000 });
    let later: Awaited<ReturnType<typeof hit>> | undefined;
    const queries = await countDatabaseQueries(server.db, async () => {
      for (let i = 0; i < 20; i++) later = await hit(server.db.prisma, "test:remembered", limit, at(1_000));
    });
    expect(queries).toBe(0);
    expect(later).toMatchObject({ allowed: false, retryAfterMs: 59_000 });
    // A higher allowance on the same key (a trusted client) is judged by the database again.
    expect((await hit(server.db.prisma, "test:remembered", { ...limit, limit: 30 }, at(1_000))).allowed).toBe(true);
    // A new window starts afresh.
    expect((await hit(server.db.prisma, "test:remembered", limit, at(60_001))).allowed).toBe(true);
    // A refund forgets the refusal at once.
    await hit(server.db.prisma, "test:refunded", { limit: 1, windowMs: 60_000 }, start);
    expect((await hit(server.db.prisma, "test:refunded", { limit: 1, windowMs: 60_000 }, start)).allowed).toBe(false);
    await refund(server.db.prisma, "test:refunded", 2);
    expect((await hit(server.db.prisma, "test:refunded", { limit: 1, windowMs: 60_000 }, start)).allowed).toBe(true);
  });

  // Was a finding: filing had no limit (1,469 complaints from one client in 30 s).
  it("50 concurrent filings from one client: exactly the client's allowance is filed, the rest told why", async () => {
    const flood = visitor();
    const answers = await Promise.all(Array.from({ length: 50 }, () => flood.request(SUBMIT, { i: complaint() })));
    const filed = answers.filter((a) => a.data.submitComplaint.complaint);
    expect(filed).toHaveLength(LIMITS.filingPerClient.limit);
    const refused = answers.filter((a) => !a.data.submitComplaint.complaint);
    for (const r of refused) {
      expect(r.data.submitComplaint.errors).toMatchObject([{ field: "submit", code: "too_many_filings" }]);
      expect(r.data.submitComplaint.errors[0].message).toMatch(/Terlalu banyak laporan dikirim dari perangkat atau jaringan ini\..* \d+ menit/);
    }
    // Another client is not affected.
    expect((await visitor().request(SUBMIT, { i: complaint() })).data.submitComplaint.complaint).toBeTruthy();
  });

  it("a client a limit has refused is served its next request only after a pause; another client meanwhile at once", async () => {
    const flood = visitor();
    for (let i = 0; i < LIMITS.filingPerClient.limit; i++) await flood.request(SUBMIT, { i: complaint() });
    // Two refusals: both of the client's slots are held a moment after their answers.
    const refused = await Promise.all([flood.request(SUBMIT, { i: complaint() }), flood.request(SUBMIT, { i: complaint() })]);
    for (const r of refused) expect(r.data.submitComplaint.errors).toMatchObject([{ code: "too_many_filings" }]);
    const order: string[] = [];
    await Promise.all([
      flood.request(`{ __typename }`).then(() => order.push("the refused client")),
      visitor().request(`{ __typename }`).then(() => order.push("another client")),
    ]);
    expect(order).toEqual(["another client", "the refused client"]);
    // A client that was served, not refused, gets its slot back at once.
    const served = visitor();
    await Promise.all([served.request(`{ __typename }`), served.request(`{ __typename }`)]);
    const again: string[] = [];
    await Promise.all([
      served.request(`{ __typename }`).then(() => again.push("the served client")),
      new Promise((r) => setTimeout(r, 100)).then(() => again.push("100 ms later")),
    ]);
    expect(again).toEqual(["the served client", "100 ms later"]);
  });
});

describe("filing", () => {
  it("a signed-in sahabat behind the same address files for many residents", async () => {
    const office = visitor();
    for (let i = 0; i < LIMITS.filingPerClient.limit; i++) await office.request(SUBMIT, { i: complaint() });
    expect((await office.request(SUBMIT, { i: complaint() })).data.submitComplaint.errors[0].code).toBe("too_many_filings");
    const sahabat = visitor(office.address);
    expect((await sahabat.request(SIGN_IN, { e: "sahabat@demo.suara.id", p: "suara-demo-2026" })).data.signIn.user).toBeTruthy();
    await giveDemoCode(sahabat, "sahabat@demo.suara.id");
    for (let i = 0; i < 5; i++) {
      const res = await sahabat.request(SUBMIT, { i: complaint({ reporterPhone: "0812 1111 2222" }) });
      expect(res.data.submitComplaint.errors).toEqual([]);
    }
  });

  it("one contact is named in only so many anonymous filings a day, however it is spelled", async () => {
    const spellings = ["081233334444", "+6281233334444", "0812-3333-4444", "+62 812 3333 4444", "6281233334444"];
    let filed = 0;
    for (let i = 0; i < LIMITS.filingPerContact.limit + 2; i++) {
      const res = await visitor().request(SUBMIT, { i: complaint({ reporterPhone: spellings[i % spellings.length] }) });
      if (res.data.submitComplaint.complaint) filed++;
      else expect(res.data.submitComplaint.errors[0].code).toBe("too_many_filings");
    }
    expect(filed).toBe(LIMITS.filingPerContact.limit);
  });

  it("a verifier's spam mark archives the complaint and lowers its client's allowance", async () => {
    const spammer = visitor();
    const first = await spammer.request(SUBMIT, { i: complaint() });
    const verifier = visitor();
    await verifier.request(SIGN_IN, { e: "verifikator@demo.suara.id", p: "suara-demo-2026" });
    await giveDemoCode(verifier, "verifikator@demo.suara.id");
    const marked = await verifier.request(
      `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { complaint { status } errors { field code } } }`,
      { i: { complaintId: first.data.submitComplaint.complaint.id, action: "archive", reason: "spam" } },
    );
    expect(marked.data.actOnComplaint.complaint.status).toBe("ARCHIVED");
    let filed = 0;
    for (let i = 0; i < 10; i++) if ((await spammer.request(SUBMIT, { i: complaint() })).data.submitComplaint.complaint) filed++;
    // A quarter of the allowance for the week, one of which was already used.
    expect(filed).toBe(Math.floor(LIMITS.filingPerClient.limit / 4) - 1);
  });
});

describe("signing in", () => {
  // Was a finding: 10 wrong passwords locked the real owner out for 15 minutes.
  it("wrong guesses from one client do not lock the owner out from another", async () => {
    const attacker = visitor();
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push((await attacker.request(SIGN_IN, { e: "warga@demo.suara.id", p: "tebak-tebak" })).data.signIn.errors[0]);
    expect(answers.slice(0, 5).map((e) => e.code)).toEqual(Array(5).fill("invalid_credentials"));
    expect(answers[9]).toMatchObject({ field: "email", code: "too_many_attempts" });
    const owner = visitor();
    expect((await owner.request(SIGN_IN, { e: "warga@demo.suara.id", p: "suara-demo-2026" })).data.signIn.user).toBeTruthy();
  });

  // Was a finding: the limit counted the raw input while the lookup normalised the phone.
  it("every spelling of one phone number counts against one account, and past its allowance slows down", async () => {
    const owner = visitor();
    await server.signedUp({ name: "Daeng Ngalle", phone: "0813 5555 6666", password: "kata sandi panjang" }, owner);
    const spellings = ["081355556666", "+6281355556666", "0813-5555-6666", "+62 813 5555 6666", "6281355556666", "(0813) 5555 6666"];
    const codes: string[] = [];
    for (let i = 0; i < LIMITS.signInPerAccount.limit + 2; i++) {
      // Each guess from a different client: only the account's own limit can stop them.
      const res = await visitor().request(SIGN_IN, { e: spellings[i % spellings.length], p: "salah" });
      codes.push(res.data.signIn.errors[0].code);
    }
    expect(codes.filter((c) => c === "invalid_credentials")).toHaveLength(LIMITS.signInPerAccount.limit);
    const last = await visitor().request(SIGN_IN, { e: "0813 5555 6666", p: "salah" });
    expect(last.data.signIn.errors[0]).toMatchObject({ field: "email", code: "slow_down" });
    expect(last.data.signIn.errors[0].message).toMatch(/Tunggu \d+ detik/);
    const english = visitor();
    english.cookies.set("lang", "en");
    expect((await english.request(SIGN_IN, { e: "081355556666", p: "salah" })).data.signIn.errors[0].message).toMatch(/Wait \d+ seconds/);
  });

  // Was a finding: 50 sign-ins for 50 accounts (spraying) were all checked.
  it("one client spraying many accounts at once gets its budget checked and no more", async () => {
    const sprayer = visitor();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => sprayer.request(SIGN_IN, { e: `orang${i}@contoh.id`, p: "suara-demo-2026" })),
    );
    const codes = answers.map((a) => a.data.signIn.errors[0].code);
    expect(codes.filter((c) => c === "invalid_credentials")).toHaveLength(LIMITS.signInPerClient.limit);
    expect(codes.filter((c) => c === "too_many_attempts")).toHaveLength(40 - LIMITS.signInPerClient.limit);
  });
});

describe("PIN checks", () => {
  const LOOK = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { viewerIsReporter } }`;

  it("are limited per client, so guesses from one client do not lock the reporter out", async () => {
    const filed = (await visitor().request(SUBMIT, { i: complaint() })).data.submitComplaint;
    const guesser = visitor();
    const refusals = [];
    for (let i = 0; i < 15; i++) {
      const res = await guesser.request(LOOK, { c: filed.complaint.trackingCode, s: "2222-2222" });
      if (res.errors) refusals.push(res.errors[0]!);
    }
    expect(refusals).toHaveLength(15 - LIMITS.secretPerClient.limit);
    expect(refusals[0]!.extensions?.code).toBe("RATE_LIMITED");
    expect(refusals[0]!.message).toMatch(/dari perangkat atau jaringan ini/);
    const reporter = visitor();
    expect((await reporter.request(LOOK, { c: filed.complaint.trackingCode, s: filed.accessSecret })).data.complaint.viewerIsReporter).toBe(true);
  });

  // Was a finding: 200 PIN guesses as aliases in one request were all checked.
  it("aliases in one request are each counted before they are checked", async () => {
    const filed = (await visitor().request(SUBMIT, { i: complaint() })).data.submitComplaint;
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: complaint(trackingCode: "${filed.complaint.trackingCode}", accessSecret: "${String(i).padStart(4, "0")}-0000") { id }`);
    const res = await visitor().request(`{ ${aliases.join("\n")} }`);
    // Refused as a whole (one PIN check per request), or no more than the client's budget checked.
    const limited = (res.errors ?? []).filter((e) => e.extensions?.code === "RATE_LIMITED").length;
    expect(res.data == null || limited >= aliases.length - LIMITS.secretPerClient.limit).toBe(true);
  });
});

describe("uploads", () => {
  const photo = () => sharp({ create: { width: 16, height: 16, channels: 3, background: "#c0392b" } }).jpeg().toBuffer();

  it("refuse a client past its byte budget before reading the body", async () => {
    const phone = visitor();
    // This client has already sent its hour's worth of bytes.
    await hit(server.db.prisma, `upload:bytes:${keyPart(server.deps.secretKey, phone.address)}`, LIMITS.uploadBytesPerClient, server.deps.now(), LIMITS.uploadBytesPerClient.limit);
    const before = await server.db.prisma.attachment.count();
    const res = await phone.upload([{ name: "jalan.jpg", bytes: await photo() }]);
    expect(res.body.errors).toMatchObject([{ code: "quota" }]);
    expect(res.body.errors[0]!.message).toMatch(/Terlalu banyak foto dikirim dari jaringan ini\. Coba lagi dalam \d+ menit/);
    expect(await server.db.prisma.attachment.count()).toBe(before);
    // Another client still uploads.
    expect((await visitor().upload([{ name: "jalan.jpg", bytes: await photo() }])).body.photos).toHaveLength(1);
  });

  it("a workshop participant uploads on their own budget, even when the room's shared address has spent its own", async () => {
    const prisma = server.db.prisma;
    const room = visitor();
    // The room's address has sent its hour's worth of photo requests.
    await hit(prisma, `upload:client:${keyPart(server.deps.secretKey, room.address)}`, LIMITS.uploadsPerClient, server.deps.now(), LIMITS.uploadsPerClient.limit);
    expect((await room.upload([{ name: "jalan.jpg", bytes: await photo() }])).body.errors).toMatchObject([{ code: "quota" }]);
    // A participant of a workshop on the same wifi (same address) still gets through.
    const trainer = await prisma.user.create({ data: { name: "Pelatih unggah", email: "pelatih.unggah@contoh.id", roles: { create: { role: "TRAINER" } } } });
    const joinCode = makeJoinCode(randomBytes(16));
    await prisma.workshop.create({ data: { title: "Latihan foto", trainerId: trainer.id, joinCode, regionCode: "73.06.08", startsAt: server.deps.now() } });
    const participant = visitor(room.address);
    expect((await participant.request(`mutation($c: String!) { joinWorkshop(code: $c) { errors { field } } }`, { c: joinCode })).data.joinWorkshop.errors).toEqual([]);
    expect((await participant.upload([{ name: "jalan.jpg", bytes: await photo() }])).body.photos).toHaveLength(1);
  });

  it("stream to disk and remove the partial file of a photo that is too large", async () => {
    const before = await server.db.prisma.attachment.count();
    const res = await visitor().upload([{ name: "besar.jpg", bytes: Buffer.alloc(11 * 1024 * 1024, 7) }]);
    expect(res.body.errors).toMatchObject([{ code: "too_large" }]);
    expect(await server.db.prisma.attachment.count()).toBe(before);
    const partials = path.join(server.env.uploadDir, ".partial");
    expect(existsSync(partials) ? readdirSync(partials) : []).toEqual([]);
  });

  it("stop at the disk budget", async () => {
    const phone = visitor();
    const draftRes = await phone.upload([{ name: "satu.jpg", bytes: await photo() }]);
    const id = draftRes.body.photos[0]!.id;
    // Pretend the stored photos already fill the 40 MB budget.
    await server.db.prisma.attachment.update({ where: { id }, data: { sizeBytes: 40 * 1024 * 1024 } });
    const res = await phone.upload([{ name: "dua.jpg", bytes: await photo() }]);
    expect(res.body.errors).toMatchObject([{ code: "disk_full" }]);
    expect(res.body.errors[0]!.message).toMatch(/Tempat penyimpanan foto sedang penuh/);
    await server.db.prisma.attachment.update({ where: { id }, data: { sizeBytes: 1000 } });
  });

  it("abandoned drafts are purged with their photos; a draft in use is kept", async () => {
    const SAVE = `mutation($input: SaveDraftInput!) { saveDraft(input: $input) { errors { field } } }`;
    const away = visitor();
    await away.request(SAVE, { input: { step: "apa", answers: { title: "Got mampet" }, check: [] } });
    const uploaded = await away.upload([{ name: "got.jpg", bytes: await photo() }]);
    const photoRow = await server.db.prisma.attachment.findUniqueOrThrow({ where: { id: uploaded.body.photos[0]!.id } });
    const file = path.join(server.env.uploadDir, photoRow.storageKey);
    expect(existsSync(file)).toBe(true);

    offsetMs = 8 * 86_400_000;
    try {
      const here = visitor();
      await here.request(SAVE, { input: { step: "apa", answers: { title: "Masih diisi" }, check: [] } });
      const result = await tick(server.deps);
      expect(result.purgedDrafts).toBeGreaterThanOrEqual(1);
      expect(await server.db.prisma.attachment.findUnique({ where: { id: photoRow.id } })).toBeNull();
      expect(existsSync(file)).toBe(false);
      expect(await server.db.prisma.draft.findUnique({ where: { id: photoRow.draftId! } })).toBeNull();
      expect((await here.request(`{ draft { answers { title } } }`)).data.draft.answers.title).toBe("Masih diisi");
    } finally {
      offsetMs = 0;
    }
  });
});

describe("messages to a contact", () => {
  it("SMS and e-mail are capped per number or address per day, however the address is written", async () => {
    const now = server.deps.now();
    const sms = [];
    for (let i = 0; i < LIMITS.smsPerContact.limit + 3; i++) sms.push((await allowContactMessage(server.db.prisma, server.deps.secretKey, "sms", "+6281299990000", now)).allowed);
    expect(sms.filter(Boolean)).toHaveLength(LIMITS.smsPerContact.limit);
    const mail = [];
    for (let i = 0; i < LIMITS.emailPerContact.limit + 1; i++) {
      mail.push((await allowContactMessage(server.db.prisma, server.deps.secretKey, "email", i % 2 ? "Warga@Contoh.ID" : "warga@contoh.id", now)).allowed);
    }
    expect(mail.filter(Boolean)).toHaveLength(LIMITS.emailPerContact.limit);
    // Tomorrow the number may be texted again.
    expect((await allowContactMessage(server.db.prisma, server.deps.secretKey, "sms", "+6281299990000", new Date(now.getTime() + 86_400_001))).allowed).toBe(true);
  });
});

describe("transport and push", () => {
  // A second server (its own fresh database) takes a while to start on a busy machine.
  it("sends HSTS when the public origin is https, and not otherwise", { timeout: 180_000 }, async () => {
    expect((await fetch(`${server.url}/healthz`)).headers.get("strict-transport-security")).toBeNull();
    const secure = await startTestServer({ env: { ORIGIN: "https://suara.gowakab.go.id" } });
    try {
      const res = await fetch(`${secure.url}/healthz`);
      expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    } finally {
      await secure.close();
    }
  });

  it("resolves a push endpoint's name and refuses it when any address is private", async () => {
    const warga = visitor();
    await warga.request(SIGN_IN, { e: "warga@demo.suara.id", p: "suara-demo-2026" });
    const keys = { p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString("base64url"), auth: Buffer.alloc(16, 2).toString("base64url") };
    const SUBSCRIBE = `mutation($i: PushSubscriptionInput!) { subscribePush(input: $i) { ok errors { field code } } }`;
    for (const endpoint of ["https://push.looks-public.example/x", "https://metadata.looks-public.example/x", "https://nowhere.example/x"]) {
      const res = await warga.request(SUBSCRIBE, { i: { endpoint, ...keys } });
      expect(res.data.subscribePush.errors, endpoint).toMatchObject([{ field: "endpoint" }]);
    }
    expect((await warga.request(SUBSCRIBE, { i: { endpoint: "https://fcm.googleapis.com/fcm/send/abc", ...keys } })).data.subscribePush.ok).toBe(true);
  });
});
