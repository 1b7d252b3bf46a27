// "Saya juga mengalami": support for a public complaint, counted once per person (an account, or a
// contact confirmed with a one-time code), never for what the public may not read, with abuse
// limits that stop the form from pumping SMS, and "ikuti kabar" at the same time when asked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { LIMITS } from "../../server/src/services/use-cases/rate-limit.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let now = new Date("2026-12-01T02:00:00Z");
let server: TestServer;
beforeAll(async () => {
  // Loopback stays a trusted address (the default test clients); requests that name another
  // address through X-Forwarded-For are ordinary clients with the ordinary budgets.
  server = await startTestServer({ now: () => now, env: { TRUSTED_PROXIES: "127.0.0.1,::1" } });
});
afterAll(() => server?.close());

const FILE = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret errors { field } complaint { id trackingCode } } }`;
const SUPPORT = `mutation($i: SupportComplaintInput!) { supportComplaint(input: $i) { supportCount counted following errors { field code message } } }`;
const ASK = `mutation($i: RequestSupportCodeInput!) { requestSupportCode(input: $i) { sent errors { field code message } } }`;
const CONFIRM = `mutation($i: ConfirmSupportCodeInput!) { confirmSupportCode(input: $i) { supportCount counted following errors { field code message } } }`;
const VIEW = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { supportCount viewerSupports supportRefusal } }`;

type Filed = { id: string; code: string; secret: string };

async function file(opts: { privacy?: string; status?: string; by?: GqlClient } = {}): Promise<Filed> {
  const res = await (opts.by ?? server.client()).request(FILE, {
    i: { kind: "PENGADUAN", title: "Jalan berlubang", story: "Lubang besar di depan sekolah.", districtCode: "73.06.08", privacy: opts.privacy ?? "PUBLIC" },
  });
  expect(res.data.submitComplaint.errors).toEqual([]);
  const c = res.data.submitComplaint;
  const filed = { id: c.complaint.id, code: c.complaint.trackingCode, secret: c.accessSecret };
  const status = opts.status ?? "DISPOSED";
  if (status !== "SUBMITTED") await server.db.prisma.complaint.update({ where: { id: filed.id }, data: { status: status as "DISPOSED" } });
  return filed;
}

let people = 0;
const passwordHash = hashPassword("kata sandi uji");
async function resident(): Promise<GqlClient> {
  people += 1;
  const email = `pendukung${people}@contoh.id`;
  await server.db.prisma.user.create({ data: { name: `Pendukung ${people}`, email, passwordHash: await passwordHash, roles: { create: { role: "RESIDENT" } } } });
  return server.signedIn(email, { password: "kata sandi uji" });
}

const countOf = async (id: string) => (await server.db.prisma.complaint.findUniqueOrThrow({ where: { id } })).supportCount;
const supportRows = (complaintId: string) => server.db.prisma.support.findMany({ where: { complaintId } });
const codesTo = (contact: string) => server.db.prisma.notification.findMany({ where: { contact }, orderBy: { createdAt: "asc" } });

/** The code in the newest message to this (normalised) contact. */
async function codeSentTo(contact: string): Promise<string> {
  const notes = await codesTo(contact);
  return /\b(\d{6})\b/.exec(notes.at(-1)!.body)![1]!;
}

let numbers = 0;
/** A fresh phone number: as typed, and as stored (+62…). */
function phone(): { typed: string; stored: string; international: string } {
  numbers += 1;
  const tail = String(1000 + numbers);
  return { typed: `0812 7777 ${tail}`, stored: `+628127777${tail}`, international: `+62 812-7777-${tail}` };
}

/** Asks for a code and gives it back. */
async function supportByContact(client: GqlClient, code: string, typed: string, stored: string, follow = false) {
  const ask = await client.request(ASK, { i: { trackingCode: code, contact: typed } });
  expect(ask.data.requestSupportCode).toEqual({ sent: true, errors: [] });
  return client.request(CONFIRM, { i: { trackingCode: code, contact: typed, code: await codeSentTo(stored), follow } });
}

let addresses = 0;
/** One browser at its own ordinary (untrusted) address. */
function visitorAt(address = `203.0.113.${++addresses}`) {
  const cookies = new Map<string, string>();
  return {
    async request(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": address, cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
        body: JSON.stringify({ query, variables }),
      });
      for (const setCookie of response.headers.getSetCookie()) {
        const [name, value] = setCookie.split(";")[0]!.split("=");
        if (value) cookies.set(name!, value);
      }
      return (await response.json()) as { data: any; errors?: unknown[] };
    },
  };
}

describe("with an account: one click, counted once", () => {
  it("counts the same account once however often it clicks, also twice at once", async () => {
    const c = await file();
    const before = (await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } })).updatedAt;
    const me = await resident();
    const [a, b] = await Promise.all([me.request(SUPPORT, { i: { trackingCode: c.code } }), me.request(SUPPORT, { i: { trackingCode: c.code } })]);
    expect([a.data.supportComplaint.counted, b.data.supportComplaint.counted].sort()).toEqual([false, true]);
    const again = await me.request(SUPPORT, { i: { trackingCode: c.code } });
    expect(again.data.supportComplaint).toEqual({ supportCount: 1, counted: false, following: false, errors: [] });
    expect(await countOf(c.id)).toBe(1);
    expect(await supportRows(c.id)).toHaveLength(1);

    const other = await resident();
    expect((await other.request(SUPPORT, { i: { trackingCode: c.code } })).data.supportComplaint).toMatchObject({ supportCount: 2, counted: true });

    expect((await me.request(VIEW, { c: c.code })).data.complaint).toEqual({ supportCount: 2, viewerSupports: true, supportRefusal: null });
    expect((await server.client().request(VIEW, { c: c.code })).data.complaint).toEqual({ supportCount: 2, viewerSupports: false, supportRefusal: null });
    // Supporting changes nothing about the complaint itself (its last change stays its own).
    expect((await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } })).updatedAt).toEqual(before);
  });

  it("also follows the complaint when asked, and not otherwise", async () => {
    const c = await file();
    const quiet = await resident();
    await quiet.request(SUPPORT, { i: { trackingCode: c.code } });
    const follower = await resident();
    const res = await follower.request(SUPPORT, { i: { trackingCode: c.code, follow: true } });
    expect(res.data.supportComplaint).toMatchObject({ counted: true, following: true });
    const follows = await server.db.prisma.follow.findMany({ where: { complaintId: c.id } });
    expect(follows).toHaveLength(1);
    expect((await follower.request(`query($c: String!) { complaint(trackingCode: $c) { isFollowing } }`, { c: c.code })).data.complaint.isFollowing).toBe(true);
  });

  it("needs an account", async () => {
    const c = await file();
    const res = await server.client().request(SUPPORT, { i: { trackingCode: c.code } });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await countOf(c.id)).toBe(0);
  });
});

describe("without an account: a phone number or e-mail address and a one-time code", () => {
  it("counts one contact once, however it is written, and keeps only a keyed hash of it", async () => {
    const c = await file();
    const p = phone();
    const first = await supportByContact(server.client(), c.code, p.typed, p.stored);
    expect(first.data.confirmSupportCode).toEqual({ supportCount: 1, counted: true, following: false, errors: [] });
    const second = await supportByContact(server.client(), c.code, p.international, p.stored);
    expect(second.data.confirmSupportCode).toMatchObject({ supportCount: 1, counted: false, errors: [] });
    expect(await countOf(c.id)).toBe(1);
    const rows = await supportRows(c.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.userId).toBeNull();
    expect(rows[0]!.contactHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(p.stored.slice(3));

    const email = await supportByContact(server.client(), c.code, "Tetangga@Contoh.ID", "tetangga@contoh.id");
    expect(email.data.confirmSupportCode).toMatchObject({ supportCount: 2, counted: true });
  });

  it("sends the code through the outbox as a message to the contact alone, and stores it only hashed", async () => {
    const c = await file();
    const p = phone();
    await server.client().request(ASK, { i: { trackingCode: c.code, contact: p.typed } });
    const [note] = await codesTo(p.stored);
    expect(note).toMatchObject({ userId: null, complaintId: null, contact: p.stored, title: expect.stringContaining("mendukung") });
    expect(note!.body).toContain(c.code);
    const code = await codeSentTo(p.stored);
    const stored = await server.db.prisma.contactCode.findFirstOrThrow({ where: { purpose: `support:${c.id}` } });
    expect(stored.codeHash).not.toContain(code);
    expect(stored.contactHash).not.toContain(p.stored.slice(3));
  });

  it("counts a code given back twice at once once", async () => {
    const c = await file();
    const p = phone();
    const browser = server.client();
    await browser.request(ASK, { i: { trackingCode: c.code, contact: p.typed } });
    const code = await codeSentTo(p.stored);
    const both = await Promise.all([
      browser.request(CONFIRM, { i: { trackingCode: c.code, contact: p.typed, code } }),
      browser.request(CONFIRM, { i: { trackingCode: c.code, contact: p.typed, code } }),
    ]);
    expect(both.map((r) => r.data.confirmSupportCode.errors)).toEqual([[], []]);
    expect(both.map((r) => r.data.confirmSupportCode.counted).sort()).toEqual([false, true]);
    expect(await countOf(c.id)).toBe(1);
  });

  it("follows the complaint for the confirmed contact when asked, without the PIN", async () => {
    const c = await file();
    const p = phone();
    const res = await supportByContact(server.client(), c.code, p.typed, p.stored, true);
    expect(res.data.confirmSupportCode).toMatchObject({ counted: true, following: true });
    const follows = await server.db.prisma.follow.findMany({ where: { complaintId: c.id } });
    expect(follows.map((f) => f.contact)).toEqual([p.stored]);
    // The PIN rule for following without an account stands for everyone else.
    const other = phone();
    const plain = await server.client().request(`mutation($i: FollowComplaintInput!) { followComplaint(input: $i) { errors { field code } } }`, {
      i: { trackingCode: c.code, contact: other.typed },
    });
    expect(plain.data.followComplaint.errors).toEqual([{ field: "accessSecret", code: "required" }]);
  });

  it("refuses a wrong code, an earlier code, a code for another complaint, an expired code and a spent code alike", async () => {
    const c = await file();
    const elsewhere = await file();
    const p = phone();
    const browser = server.client();
    const confirm = (code: string, trackingCode = c.code) => browser.request(CONFIRM, { i: { trackingCode, contact: p.typed, code } });
    const codeOf = (r: { data: any }) => r.data.confirmSupportCode.errors.map((e: { field: string; code: string }) => `${e.field}.${e.code}`);

    await browser.request(ASK, { i: { trackingCode: c.code, contact: p.typed } });
    const earlier = await codeSentTo(p.stored);
    await browser.request(ASK, { i: { trackingCode: c.code, contact: p.typed } });
    const newest = await codeSentTo(p.stored);
    if (earlier !== newest) expect(codeOf(await confirm(earlier))).toEqual(["code.no_match"]);
    expect(codeOf(await confirm(newest === "000000" ? "111111" : "000000"))).toEqual(["code.no_match"]);
    expect(codeOf(await confirm(newest, elsewhere.code))).toEqual(["code.no_match"]);
    expect(codeOf(await confirm(""))).toEqual(["code.required"]);

    now = new Date(now.getTime() + 31 * 60_000);
    expect(codeOf(await confirm(newest))).toEqual(["code.no_match"]);

    await browser.request(ASK, { i: { trackingCode: c.code, contact: p.typed } });
    const fresh = await codeSentTo(p.stored);
    expect((await confirm(`${fresh.slice(0, 3)} ${fresh.slice(3)}`)).data.confirmSupportCode.counted).toBe(true);
    // Spent: given back again it counts nothing more (the contact is counted already, the code is not reusable).
    const p2 = phone();
    expect(codeOf(await browser.request(CONFIRM, { i: { trackingCode: c.code, contact: p2.typed, code: fresh } }))).toEqual(["code.no_match"]);
    expect(await countOf(c.id)).toBe(1);
  });

  it("stops a code after five wrong tries, even if the right one comes next", async () => {
    const c = await file();
    const p = phone();
    await server.client().request(ASK, { i: { trackingCode: c.code, contact: p.typed } });
    const code = await codeSentTo(p.stored);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) await server.client().request(CONFIRM, { i: { trackingCode: c.code, contact: p.typed, code: wrong } });
    const right = await server.client().request(CONFIRM, { i: { trackingCode: c.code, contact: p.typed, code } });
    expect(right.data.confirmSupportCode.errors.map((e: { code: string }) => e.code)).toEqual(["no_match"]);
    expect(await countOf(c.id)).toBe(0);
  });

  it.each([
    ["", "contact.required"],
    ["nama saya", "contact.invalid_phone"],
    ["a@b", "contact.invalid_email"],
  ])("%j → %s, and nothing is sent", async (contact, expected) => {
    const c = await file();
    const res = await server.client().request(ASK, { i: { trackingCode: c.code, contact } });
    expect(res.data.requestSupportCode.errors.map((e: { field: string; code: string }) => `${e.field}.${e.code}`)).toEqual([expected]);
    expect(await server.db.prisma.contactCode.count({ where: { purpose: `support:${c.id}` } })).toBe(0);
  });
});

describe("only what the public may read, while it is open", () => {
  it.each([
    ["a confidential complaint, verified", { privacy: "CONFIDENTIAL" }, "not_public", null],
    ["a public complaint not verified yet", { status: "SUBMITTED" }, "not_public", "NOT_PUBLIC"],
    ["a rejected one", { status: "REJECTED" }, "not_public", "NOT_PUBLIC"],
    ["a closed one", { status: "CLOSED" }, "finished", "FINISHED"],
    ["a practice complaint", { practice: true }, "practice", "PRACTICE"],
    ["one merged into another", { merged: true }, "merged", "MERGED"],
  ] as const)("%s: refused by account and by contact, nothing sent, nothing counted", async (_name, setup, code, refusal) => {
    const c = await file({ privacy: "privacy" in setup ? setup.privacy : "PUBLIC", status: "status" in setup ? setup.status : "DISPOSED" });
    if ("practice" in setup) await server.db.prisma.complaint.update({ where: { id: c.id }, data: { isSandbox: true } });
    if ("merged" in setup) {
      const original = await file();
      await server.db.prisma.complaint.update({ where: { id: c.id }, data: { mergedIntoId: original.id } });
    }
    const me = await resident();
    const byAccount = await me.request(SUPPORT, { i: { trackingCode: c.code } });
    expect(byAccount.data.supportComplaint.errors).toMatchObject([{ field: "support", code, message: expect.any(String) }]);
    const p = phone();
    const byContact = await server.client().request(ASK, { i: { trackingCode: c.code, contact: p.typed } });
    expect(byContact.data.requestSupportCode.errors).toMatchObject([{ field: "support", code }]);
    expect(await codesTo(p.stored)).toHaveLength(0);
    expect(await countOf(c.id)).toBe(0);
    // The complaint says why (when the viewer can see it at all), and never the count where the story is hidden.
    const view = (await server.client().request(VIEW, { c: c.code })).data.complaint;
    if (refusal === null) expect(view).toBeNull();
    else expect(view.supportRefusal).toBe(refusal);
    if (view && code === "not_public") expect(view).toMatchObject({ supportCount: null, viewerSupports: null });
  });

  it("a confidential complaint and an unknown code answer alike", async () => {
    const hidden = await file({ privacy: "CONFIDENTIAL" });
    const p = phone();
    const a = await server.client().request(ASK, { i: { trackingCode: hidden.code, contact: p.typed } });
    const b = await server.client().request(ASK, { i: { trackingCode: "GWA-XXXX-XX", contact: p.typed } });
    expect(a.data.requestSupportCode).toEqual(b.data.requestSupportCode);
  });

  it("the reporter's own account is counted already", async () => {
    const reporter = await resident();
    const c = await file({ by: reporter });
    const res = await reporter.request(SUPPORT, { i: { trackingCode: c.code } });
    expect(res.data.supportComplaint.errors).toMatchObject([{ field: "support", code: "own" }]);
    expect((await reporter.request(VIEW, { c: c.code })).data.complaint.supportRefusal).toBe("OWN");
  });
});

describe("abuse limits: the form cannot pump SMS", () => {
  it(`sends at most ${LIMITS.supportCodesPerContact.limit} codes a day to one number, then says when to try again and sends nothing`, async () => {
    const c = await file();
    const p = phone();
    for (let i = 0; i < LIMITS.supportCodesPerContact.limit; i++) {
      // From different addresses and browsers: the number itself is the limit.
      expect((await visitorAt().request(ASK, { i: { trackingCode: c.code, contact: p.typed } })).data.requestSupportCode.sent).toBe(true);
    }
    const refused = await visitorAt().request(ASK, { i: { trackingCode: c.code, contact: p.typed } });
    expect(refused.data.requestSupportCode).toMatchObject({ sent: false, errors: [{ field: "contact", code: "too_many_attempts", message: expect.stringMatching(/Coba lagi dalam \d+ menit/) }] });
    expect(await codesTo(p.stored)).toHaveLength(LIMITS.supportCodesPerContact.limit);
    // Another complaint does not open a new allowance for the same number.
    const other = await file();
    expect((await visitorAt().request(ASK, { i: { trackingCode: other.code, contact: p.typed } })).data.requestSupportCode.sent).toBe(false);
    expect(await codesTo(p.stored)).toHaveLength(LIMITS.supportCodesPerContact.limit);
  });

  it(`sends at most ${LIMITS.supportCodesPerClient.limit} codes an hour from one client address, to any numbers`, async () => {
    const c = await file();
    const client = visitorAt();
    for (let i = 0; i < LIMITS.supportCodesPerClient.limit; i++) {
      expect((await client.request(ASK, { i: { trackingCode: c.code, contact: phone().typed } })).data.requestSupportCode.sent).toBe(true);
    }
    const p = phone();
    const refused = await client.request(ASK, { i: { trackingCode: c.code, contact: p.typed } });
    expect(refused.data.requestSupportCode.errors).toMatchObject([{ field: "contact", code: "too_many_from_client", message: expect.stringMatching(/HP atau jaringan ini.*\d+ menit/) }]);
    expect(await codesTo(p.stored)).toHaveLength(0);
    // The number was not counted against: from elsewhere it still gets its code.
    expect((await visitorAt().request(ASK, { i: { trackingCode: c.code, contact: p.typed } })).data.requestSupportCode.sent).toBe(true);
  });

  it(`records at most ${LIMITS.supportsPerClient.limit} supports an hour from one client address`, async () => {
    const c = await file();
    const address = `203.0.113.${++addresses}`;
    const hash = await passwordHash;
    let refusedOnce = false;
    for (let i = 0; i <= LIMITS.supportsPerClient.limit; i++) {
      people += 1;
      const email = `banyak${people}@contoh.id`;
      await server.db.prisma.user.create({ data: { name: email, email, passwordHash: hash, roles: { create: { role: "RESIDENT" } } } });
      const browser = visitorAt(address);
      expect((await browser.request(`mutation($e: String, $p: String) { signIn(input: { email: $e, password: $p }) { errors { code } } }`, { e: email, p: "kata sandi uji" })).data.signIn.errors).toEqual([]);
      const res = await browser.request(SUPPORT, { i: { trackingCode: c.code } });
      if (i < LIMITS.supportsPerClient.limit) expect(res.data.supportComplaint.counted).toBe(true);
      else {
        expect(res.data.supportComplaint.errors).toMatchObject([{ field: "support", code: "too_many_attempts", message: expect.stringMatching(/\d+ menit/) }]);
        refusedOnce = true;
      }
    }
    expect(refusedOnce).toBe(true);
    expect(await countOf(c.id)).toBe(LIMITS.supportsPerClient.limit);
  });
});
