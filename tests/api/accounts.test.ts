// Accounts are optional: sign up with an e-mail or a phone, sign in with either, claim a
// complaint filed without an account, list "my complaints", and rate once resolved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { user { name roles } errors { field code message } } }`;
const SIGN_IN = `mutation($e: String, $p: String) { signIn(input: { email: $e, password: $p }) { user { name } errors { field code } } }`;
const FILE = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { id trackingCode } } }`;
const complaint = { kind: "PENGADUAN", title: "Air keruh", story: "Air PDAM keruh seminggu.", districtCode: "73.06.08", privacy: "ANONYMOUS" };

describe("sign-up and sign-in", () => {
  it("creates a resident with a phone number only, signs in at once, and again later with the phone", async () => {
    const browser = server.client();
    const created = await browser.request(SIGN_UP, { i: { name: "Daeng Ngai", phone: "0813 1111 2222", password: "rumah di tepi sungai" } });
    expect(created.data.signUp).toEqual({ user: { name: "Daeng Ngai", roles: ["RESIDENT"] }, errors: [] });
    expect((await browser.request(`{ viewer { name } }`)).data.viewer).toEqual({ name: "Daeng Ngai" });
    const later = await server.client().request(SIGN_IN, { e: "+62 813-1111-2222", p: "rumah di tepi sungai" });
    expect(later.data.signIn).toEqual({ user: { name: "Daeng Ngai" }, errors: [] });
  });

  it("says an e-mail is taken at its field, and checks the rest", async () => {
    const res = await server.client().request(SIGN_UP, { i: { name: "", email: "warga@demo.suara.id", password: "pendek" } });
    expect(res.data.signUp.user).toBeNull();
    expect(res.data.signUp.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["name", "required"],
      ["password", "too_short"],
    ]);
    const taken = await server.client().request(SIGN_UP, { i: { name: "Sitti", email: "WARGA@demo.suara.id", password: "panjang sekali" } });
    expect(taken.data.signUp.errors).toMatchObject([{ field: "email", code: "taken", message: expect.stringContaining("sudah punya akun") }]);
  });
});

describe("claiming and my complaints", () => {
  it("moves a complaint filed without an account into the account that proves its PIN", async () => {
    const filed = (await server.client().request(FILE, { i: complaint })).data.submitComplaint;
    const resident = server.client();
    await resident.request(SIGN_UP, { i: { name: "Ibu Hasnah", email: "hasnah@contoh.id", password: "sayur asem manis" } });

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
    await other.request(SIGN_UP, { i: { name: "Orang lain", email: "lain@contoh.id", password: "kata sandi lain" } });
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
