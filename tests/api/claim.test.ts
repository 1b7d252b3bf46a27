// Claiming a complaint filed without an account: the rules, one row each. A wrong code and a
// wrong PIN answer alike; wrong PINs are limited per code and per account in the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTrackingCode, trackingPrefix } from "../../server/src/domain/complaint/tracking-code.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const FILE = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { trackingCode } } }`;
const CLAIM = `mutation($i: ClaimComplaintInput!) { claimComplaint(input: $i) { errors { field code message } complaint { trackingCode viewerIsReporter } } }`;
const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { errors { field } } }`;

let n = 0;
async function resident(): Promise<GqlClient> {
  const c = server.client();
  n += 1;
  await c.request(SIGN_UP, { i: { name: `Pengklaim ${n}`, email: `klaim${n}@contoh.id`, password: "kata sandi panjang" } });
  return c;
}

async function file(privacy = "ANONYMOUS", by: GqlClient = server.client()) {
  const res = await by.request(FILE, {
    i: { kind: "PENGADUAN", title: "Sampah menumpuk", story: "Belum diangkut dua minggu.", districtCode: "73.06.08", privacy },
  });
  return res.data.submitComplaint as { accessSecret: string; complaint: { trackingCode: string } };
}

describe("claim rules", () => {
  it.each([
    ["a wrong PIN", "wrongPin", [["accessSecret", "no_match"]]],
    ["a code that does not exist", "unknownCode", [["accessSecret", "no_match"]]],
    ["a PIN that is not a PIN at all", "garbage", [["accessSecret", "no_match"]]],
    ["the right PIN for a confidential complaint", "rightConfidential", []],
    ["the right PIN again for one's own complaint", "again", []],
    ["the right PIN for a complaint filed from another account", "othersAccount", [["trackingCode", "already_claimed"]]],
  ])("%s", async (_name, kind, expected) => {
    const me = await resident();
    const filed =
      kind === "othersAccount" ? await file("PUBLIC", await resident()) : await file(kind === "rightConfidential" ? "CONFIDENTIAL" : "ANONYMOUS");
    const trackingCode = kind === "unknownCode" ? "GWA-0000-00" : filed.complaint.trackingCode;
    const accessSecret = kind === "wrongPin" || kind === "unknownCode" ? "2222-2222" : kind === "garbage" ? "bukan pin" : filed.accessSecret;
    if (kind === "again") await me.request(CLAIM, { i: { trackingCode, accessSecret } });
    const res = await me.request(CLAIM, { i: { trackingCode, accessSecret } });
    expect(res.data.claimComplaint.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(expected);
    if (expected.length === 0) expect(res.data.claimComplaint.complaint).toEqual({ trackingCode, viewerIsReporter: true });
  });

  it("answers a wrong code and a wrong PIN with the same sentence", async () => {
    const me = await resident();
    const filed = await file();
    const wrongPin = await me.request(CLAIM, { i: { trackingCode: filed.complaint.trackingCode, accessSecret: "2222-2222" } });
    const wrongCode = await me.request(CLAIM, { i: { trackingCode: "GWA-0000-00", accessSecret: "2222-2222" } });
    expect(wrongPin.data.claimComplaint.errors).toEqual(wrongCode.data.claimComplaint.errors);
  });

  it("after 20 wrong PINs for one code even the right one waits, with the seconds in words", async () => {
    const filed = await file();
    for (let i = 0; i < 20; i++) {
      await (await resident()).request(CLAIM, { i: { trackingCode: filed.complaint.trackingCode, accessSecret: "3333-3333" } });
    }
    const res = await (await resident()).request(CLAIM, { i: { trackingCode: filed.complaint.trackingCode, accessSecret: filed.accessSecret } });
    expect(res.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(res.errors?.[0]?.message).toMatch(/Tunggu \d+ detik/);
  });

  it("after 30 wrong PINs one account waits, whatever the code", async () => {
    const me = await resident();
    // Well-formed codes (valid check character), most of which exist nowhere.
    const random = (k: number) => Math.floor(Math.random() * k);
    for (let i = 0; i < 30; i++) {
      await me.request(CLAIM, { i: { trackingCode: makeTrackingCode(trackingPrefix("73.06"), random), accessSecret: "4444-4444" } });
    }
    const filed = await file();
    const res = await me.request(CLAIM, { i: { trackingCode: filed.complaint.trackingCode, accessSecret: filed.accessSecret } });
    expect(res.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });

  it("needs a signed-in person", async () => {
    const filed = await file();
    const res = await server.client().request(CLAIM, { i: { trackingCode: filed.complaint.trackingCode, accessSecret: filed.accessSecret } });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
