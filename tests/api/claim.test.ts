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

let n = 0;
async function resident(): Promise<GqlClient> {
  n += 1;
  return server.signedUp({ name: `Pengklaim ${n}`, email: `klaim${n}@contoh.id`, password: "kata sandi panjang" });
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

describe("claiming a complaint a sahabat filed for the resident", () => {
  it("makes it the resident's own, on the timeline and audited; the filer keeps relaying until the resident withdraws them", async () => {
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    const filed = (
      await sahabat.request(
        `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret errors { field } complaint { id trackingCode } } }`,
        {
          i: {
            kind: "PENGADUAN", title: "Air PDAM mati tiga hari", story: "Sejak Senin air tidak mengalir.", districtCode: "73.06.08",
            privacy: "CONFIDENTIAL", reporterName: "Hasnah", assisted: true, consentMethod: "SPOKEN", consentReadBack: true,
          },
        },
      )
    ).data.submitComplaint;
    expect(filed.errors).toEqual([]);
    const trackingCode = filed.complaint.trackingCode;
    const before = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: filed.complaint.id } });
    expect(before).toMatchObject({ channel: "ASSISTED", reporterId: null });
    expect(before.sahabatId).not.toBeNull();

    // The sahabat holds no PIN of their own and cannot make it theirs.
    const bySahabat = await sahabat.request(CLAIM, { i: { trackingCode, accessSecret: "2222-2222" } });
    expect(bySahabat.data.claimComplaint.errors.map((e: { code: string }) => e.code)).toEqual(["no_match"]);

    const me = await resident();
    const res = await me.request(CLAIM, { i: { trackingCode, accessSecret: filed.accessSecret } });
    expect(res.data.claimComplaint).toEqual({ errors: [], complaint: { trackingCode, viewerIsReporter: true } });
    const after = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: filed.complaint.id }, include: { timeline: true } });
    const account = await server.db.prisma.user.findUniqueOrThrow({ where: { email: `klaim${n}@contoh.id` } });
    expect(after).toMatchObject({ reporterId: account.id, sahabatId: before.sahabatId, channel: "ASSISTED" });
    expect(after.timeline.map((e) => e.type)).toEqual(["SUBMITTED", "CLAIMED"]);
    expect(await server.db.prisma.auditLog.count({ where: { entityId: filed.complaint.id, action: "complaint.claim", actorId: account.id } })).toBe(1);

    // In the resident's "Laporan saya" with the claim on its timeline; still not the sahabat's own.
    const mine = await me.request(`{ myComplaints(first: 50) { edges { node { trackingCode sahabatAccess timeline { entry } } } } }`);
    const node = mine.data.myComplaints.edges.map((e: { node: { trackingCode: string } }) => e.node).find((c: { trackingCode: string }) => c.trackingCode === trackingCode);
    expect(node).toEqual({ trackingCode, sahabatAccess: "FILER", timeline: [{ entry: "submitted" }, { entry: "claimed" }] });
    const sahabatsOwn = await sahabat.request(`{ myComplaints(first: 50) { edges { node { trackingCode } } } }`);
    expect(sahabatsOwn.data.myComplaints.edges).not.toContainEqual({ node: { trackingCode } });

    // The account (no PIN needed now) withdraws the filer's access.
    const withdrawn = await me.request(`mutation($i: WithdrawSahabatAccessInput!) { withdrawSahabatAccess(input: $i) { complaint { sahabatAccess } } }`, { i: { trackingCode } });
    expect(withdrawn.data.withdrawSahabatAccess.complaint.sahabatAccess).toBe("WITHDRAWN");
    expect((await sahabat.request(`query($c: String!) { complaint(trackingCode: $c) { reporterName } }`, { c: trackingCode })).data.complaint).toBeNull();
  });
});
