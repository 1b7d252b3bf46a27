// Accounts are optional: sign up with an e-mail or a phone, sign in with either, claim a
// complaint filed without an account, list "my complaints", and rate once resolved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../server/src/generated/prisma/client.ts";
import { recordStatements } from "../support/query-counter.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { via errors { field code message } } }`;
const CONFIRM = `mutation($c: String, $k: String) { confirmSignUp(input: { contact: $c, code: $k }) { user { name roles } errors { field code message } } }`;
const SIGN_IN = `mutation($e: String, $p: String) { signIn(input: { email: $e, password: $p }) { user { name } errors { field code } } }`;
const FILE = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { id trackingCode } } }`;
const complaint = { kind: "PENGADUAN", title: "Air keruh", story: "Air PDAM keruh seminggu.", districtCode: "73.06.08", privacy: "ANONYMOUS" };
const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)?.[1] ?? null;

describe("sign-up and sign-in", () => {
  it("creates a resident with a phone number only once the code from the SMS comes back, then signs in with the phone", async () => {
    const browser = server.client();
    const asked = await browser.request(SIGN_UP, { i: { name: "Daeng Ngai", phone: "0813 1111 2222", password: "rumah di tepi sungai" } });
    expect(asked.data.signUp).toEqual({ via: "phone", errors: [] });
    // Nothing exists yet and nobody is signed in: the contact is not proven.
    expect((await browser.request(`{ viewer { name } }`)).data.viewer).toBeNull();
    expect(await server.db.prisma.user.count({ where: { phone: "+6281311112222" } })).toBe(0);
    const code = codeIn(await server.lastMessageTo("0813 1111 2222"))!;
    const wrong = await browser.request(CONFIRM, { c: "0813 1111 2222", k: code === "000000" ? "111111" : "000000" });
    expect(wrong.data.confirmSignUp).toMatchObject({ user: null, errors: [{ field: "code", code: "no_match" }] });
    const done = await browser.request(CONFIRM, { c: "+62 813-1111-2222", k: `${code.slice(0, 3)} ${code.slice(3)}` });
    expect(done.data.confirmSignUp).toEqual({ user: { name: "Daeng Ngai", roles: ["RESIDENT"] }, errors: [] });
    expect((await browser.request(`{ viewer { name } }`)).data.viewer).toEqual({ name: "Daeng Ngai" });
    // Spent: the same code again makes nothing, and the pending account (password hash) is gone.
    expect((await server.client().request(CONFIRM, { c: "0813 1111 2222", k: code })).data.confirmSignUp.errors).toMatchObject([{ code: "no_match" }]);
    expect(await server.db.prisma.contactCode.count({ where: { purpose: "sign-up", NOT: { payload: { equals: Prisma.DbNull } } } })).toBe(0);
    const later = await server.client().request(SIGN_IN, { e: "+62 813-1111-2222", p: "rumah di tepi sungai" });
    expect(later.data.signIn).toEqual({ user: { name: "Daeng Ngai" }, errors: [] });
  });

  it("checks every field", async () => {
    const res = await server.client().request(SIGN_UP, { i: { name: "", email: "warga@demo.suara.id", password: "pendek" } });
    expect(res.data.signUp.via).toBeNull();
    expect(res.data.signUp.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["name", "required"],
      ["password", "too_short"],
    ]);
  });

  it("answers an address that already has an account exactly like a new one; only the message differs, and its code makes nothing", async () => {
    const existing = await server.client().request(SIGN_UP, { i: { name: "Sitti", email: "WARGA@demo.suara.id", password: "panjang sekali" } });
    const fresh = await server.client().request(SIGN_UP, { i: { name: "Sitti", email: "sitti.baru@contoh.id", password: "panjang sekali" } });
    expect(existing.data.signUp).toEqual({ via: "email", errors: [] });
    expect(fresh.data.signUp).toEqual(existing.data.signUp);
    const toOwner = await server.lastMessageTo("warga@demo.suara.id");
    expect(toOwner).toMatch(/sudah punya akun/);
    expect(codeIn(toOwner)).toBeNull();
    expect(codeIn(await server.lastMessageTo("sitti.baru@contoh.id"))).toMatch(/^\d{6}$/);
    expect(await server.db.prisma.user.count({ where: { name: "Sitti" } })).toBe(0);
  });

  it("leaves off a phone number another account has, when the code went to the e-mail", async () => {
    const c = await server.signedUp({ name: "Pak Basri", email: "basri@contoh.id", phone: "0813 1111 2222", password: "panjang sekali ya" });
    expect((await c.request(`{ viewer { name } }`)).data.viewer).toEqual({ name: "Pak Basri" });
    expect(await server.db.prisma.user.findUnique({ where: { email: "basri@contoh.id" }, select: { phone: true } })).toEqual({ phone: null });
  });

  it("says so at the code when an account was made with the same address between the two steps", async () => {
    const first = server.client();
    await first.request(SIGN_UP, { i: { name: "Kembar Satu", email: "kembar@contoh.id", password: "panjang sekali ya" } });
    const firstCode = codeIn(await server.lastMessageTo("kembar@contoh.id"))!;
    // The same person signs up again in another tab and finishes there first.
    await server.signedUp({ name: "Kembar Dua", email: "kembar2@contoh.id", password: "panjang sekali ya" });
    await server.db.prisma.user.update({ where: { email: "kembar2@contoh.id" }, data: { email: "kembar@contoh.id" } });
    const late = await first.request(CONFIRM, { c: "kembar@contoh.id", k: firstCode });
    expect(late.data.confirmSignUp.errors).toMatchObject([{ field: "code", code: "account_exists", message: expect.stringContaining("Lupa kata sandi") }]);
  });
});

describe("the same work whether an account exists", () => {
  // The statements the database receives, in order, with their parameters left out: an account
  // that exists and one that does not take one code path, so neither timing nor answer differs.
  it("sign-up sends the same statements for an address with an account and one without", async () => {
    const ask = (email: string) => () => server.client().request(SIGN_UP, { i: { name: "Penguji", email, password: "panjang sekali" } });
    await ask("pemanasan@contoh.id")(); // the first request of a kind prepares statements
    const known = await recordStatements(server.db, ask("warga@demo.suara.id"));
    const unknown = await recordStatements(server.db, ask("belum.ada@contoh.id"));
    expect(known.length).toBeGreaterThan(3);
    expect(unknown).toEqual(known);
  });

  it("recovery sends the same statements for an address with an account and one without", async () => {
    const ask = (contact: string) => () =>
      server.client().request(`mutation($c: String) { requestAccountRecovery(input: { contact: $c }) { ok } }`, { c: contact });
    await ask("pemanasan@contoh.id")();
    const known = await recordStatements(server.db, ask("verifikator@demo.suara.id"));
    const unknown = await recordStatements(server.db, ask("tidak.ada.siapa@contoh.id"));
    expect(known.length).toBeGreaterThan(3);
    expect(unknown).toEqual(known);
  });

  it("a wrong recovery code sends the same statements for an address with an account and one without", async () => {
    const reset = (contact: string) => () =>
      server.client().request(`mutation($c: String, $k: String, $p: String) { resetPassword(input: { contact: $c, code: $k, password: $p }) { ok } }`, {
        c: contact,
        k: "000000",
        p: "kata sandi baru panjang",
      });
    await reset("pemanasan@contoh.id")();
    const known = await recordStatements(server.db, reset("verifikator@demo.suara.id"));
    const unknown = await recordStatements(server.db, reset("tidak.ada.siapa@contoh.id"));
    expect(unknown).toEqual(known);
  });
});

describe("claiming and my complaints", () => {
  it("moves a complaint filed without an account into the account that proves its PIN", async () => {
    const filed = (await server.client().request(FILE, { i: complaint })).data.submitComplaint;
    const resident = server.client();
    await server.signedUp({ name: "Ibu Hasnah", email: "hasnah@contoh.id", password: "sayur asem manis" }, resident);

    const wrong = await resident.request(
      `mutation($i: ClaimComplaintInput!) { claimComplaint(input: $i) { errors { field code } } }`,
      { i: { trackingCode: filed.complaint.trackingCode, accessSecret: "2222-2222" } },
    );
    expect(wrong.data.claimComplaint.errors).toEqual([{ field: "accessSecret", code: "no_match" }]);

    const claimed = await resident.request(
      `mutation($i: ClaimComplaintInput!) { claimComplaint(input: $i) { errors { field } complaint { trackingCode viewerIsReporter timeline { type } } } }`,
      { i: { trackingCode: filed.complaint.trackingCode, accessSecret: filed.accessSecret } },
    );
    expect(claimed.data.claimComplaint.complaint).toMatchObject({ viewerIsReporter: true, timeline: [{ type: "SUBMITTED" }, { type: "CLAIMED" }] });

    const mine = await resident.request(`{ myComplaints(first: 10) { edges { node { trackingCode } } } }`);
    expect(mine.data.myComplaints.edges).toEqual([{ node: { trackingCode: filed.complaint.trackingCode } }]);

    // Someone else with the PIN cannot take it away from that account.
    const other = server.client();
    await server.signedUp({ name: "Orang lain", email: "lain@contoh.id", password: "kata sandi lain" }, other);
    const again = await other.request(
      `mutation($i: ClaimComplaintInput!) { claimComplaint(input: $i) { errors { field code } } }`,
      { i: { trackingCode: filed.complaint.trackingCode, accessSecret: filed.accessSecret } },
    );
    expect(again.data.claimComplaint.errors).toEqual([{ field: "trackingCode", code: "already_claimed" }]);
  });

  it("needs a signed-in person", async () => {
    const res = await server.client().request(`{ myComplaints(first: 1) { edges { node { id } } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("rating", () => {
  const RATE = `mutation($i: RateComplaintInput!) { rateComplaint(input: $i) { errors { field code } complaint { rating ratingComment timeline { type note } } } }`;

  it("waits until the complaint is resolved, then takes one 1–5 rating that only the parties see", async () => {
    const filed = (await server.client().request(FILE, { i: { ...complaint, privacy: "PUBLIC" } })).data.submitComplaint;
    const input = { trackingCode: filed.complaint.trackingCode, accessSecret: filed.accessSecret, rating: 4, comment: "Cepat ditangani." };
    expect((await server.client().request(RATE, { i: input })).data.rateComplaint.errors).toEqual([{ field: "rating", code: "not_yet" }]);

    await server.db.prisma.complaint.update({ where: { id: filed.complaint.id }, data: { status: "RESOLVED" } });
    const bad = await server.client().request(RATE, { i: { ...input, rating: 6, comment: "x".repeat(1001) } });
    expect(bad.data.rateComplaint.errors.map((e: { field: string }) => e.field)).toEqual(["rating", "comment"]);

    const rated = await server.client().request(RATE, { i: input });
    expect(rated.data.rateComplaint.complaint).toMatchObject({ rating: 4, ratingComment: "Cepat ditangani." });
    expect(rated.data.rateComplaint.complaint.timeline.at(-1)).toEqual({ type: "RATED", note: "4/5 — Cepat ditangani." });
    expect((await server.client().request(RATE, { i: { ...input, rating: 1 } })).data.rateComplaint.errors).toEqual([{ field: "rating", code: "taken" }]);

    const publicView = await server.client().request(
      `query($c: String!) { complaint(trackingCode: $c) { rating ratingComment } }`,
      { c: filed.complaint.trackingCode },
    );
    expect(publicView.data.complaint).toEqual({ rating: null, ratingComment: null });

    const stranger = await server.client().request(RATE, { i: { ...input, accessSecret: null } });
    expect(stranger.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
