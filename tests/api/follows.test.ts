// Following: an account with one click, a resident without an account with code + PIN + contact,
// never a complaint the follower may not see; staff and sahabat follow areas within their scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const FILE = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { id trackingCode } } }`;
const FOLLOW = `mutation($i: FollowComplaintInput!) { followComplaint(input: $i) { following byDefault errors { field code message } } }`;
const UNFOLLOW = `mutation($i: FollowComplaintInput!) { unfollowComplaint(input: $i) { following byDefault errors { field code } } }`;
const IS_FOLLOWING = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { isFollowing viewerFollowsByDefault } }`;
const base = { kind: "PENGADUAN", title: "Lampu jalan mati", story: "Gelap sejak minggu lalu.", districtCode: "73.06.08" };

async function file(privacy: string, by: GqlClient = server.client()) {
  const res = await by.request(FILE, { i: { ...base, privacy } });
  return res.data.submitComplaint as { accessSecret: string; complaint: { id: string; trackingCode: string } };
}

let n = 0;
async function resident(): Promise<GqlClient> {
  n += 1;
  return server.signedUp({ name: `Warga ${n}`, email: `warga${n}@ikut.id`, password: "kata sandi panjang" });
}

async function demo(email: string): Promise<GqlClient> {
  return server.signedIn(email);
}

const rows = (complaintId: string) => server.db.prisma.follow.findMany({ where: { complaintId }, select: { userId: true, contact: true } });

describe("an account follows a complaint", () => {
  it("with one click, once however often it clicks, and can stop", async () => {
    const filed = await file("PUBLIC");
    const me = await resident();
    const code = filed.complaint.trackingCode;
    expect((await me.request(IS_FOLLOWING, { c: code })).data.complaint).toEqual({ isFollowing: false, viewerFollowsByDefault: false });
    const [a, b] = await Promise.all([
      me.request(FOLLOW, { i: { trackingCode: code } }),
      me.request(FOLLOW, { i: { trackingCode: code } }),
    ]);
    expect(a.data.followComplaint).toEqual({ following: true, byDefault: false, errors: [] });
    expect(b.data.followComplaint.following).toBe(true);
    expect(await rows(filed.complaint.id)).toHaveLength(1);
    expect((await me.request(IS_FOLLOWING, { c: code })).data.complaint.isFollowing).toBe(true);

    expect((await me.request(UNFOLLOW, { i: { trackingCode: code } })).data.unfollowComplaint).toEqual({ following: false, byDefault: false, errors: [] });
    expect(await rows(filed.complaint.id)).toHaveLength(0);
    expect((await me.request(IS_FOLLOWING, { c: code })).data.complaint.isFollowing).toBe(false);
  });

  it("is told the reporter's account follows its own complaint already, and no row is made", async () => {
    const me = await resident();
    const filed = await file("ANONYMOUS", me);
    const res = await me.request(FOLLOW, { i: { trackingCode: filed.complaint.trackingCode } });
    expect(res.data.followComplaint).toEqual({ following: true, byDefault: true, errors: [] });
    expect(await rows(filed.complaint.id)).toHaveLength(0);
    expect((await me.request(IS_FOLLOWING, { c: filed.complaint.trackingCode })).data.complaint).toEqual({ isFollowing: true, viewerFollowsByDefault: true });
    const stop = await me.request(UNFOLLOW, { i: { trackingCode: filed.complaint.trackingCode } });
    expect(stop.data.unfollowComplaint).toEqual({ following: true, byDefault: true, errors: [] });
  });
});

describe("nobody follows what they may not see", () => {
  it.each([
    ["an account, no PIN", { signedIn: true, pin: "none" }, "NOT_FOUND"],
    ["an account, a wrong PIN", { signedIn: true, pin: "wrong" }, "no_match"],
    ["no account, a wrong PIN", { signedIn: false, pin: "wrong" }, "no_match"],
    ["an account, the right PIN", { signedIn: true, pin: "right" }, "ok"],
    ["no account, the right PIN", { signedIn: false, pin: "right" }, "ok"],
  ])("a confidential complaint, %s → %s", async (_name, who, expected) => {
    const filed = await file("CONFIDENTIAL");
    const client = who.signedIn ? await resident() : server.client();
    const accessSecret = who.pin === "right" ? filed.accessSecret : who.pin === "wrong" ? "9999-9999" : null;
    const res = await client.request(FOLLOW, {
      i: { trackingCode: filed.complaint.trackingCode, accessSecret, contact: who.signedIn ? null : "0812 7777 0001" },
    });
    if (expected === "NOT_FOUND") {
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    } else if (expected === "no_match") {
      expect(res.data.followComplaint.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([["accessSecret", "no_match"]]);
    } else {
      expect(res.data.followComplaint.following).toBe(true);
    }
    expect(await rows(filed.complaint.id)).toHaveLength(expected === "ok" ? 1 : 0);
  });

  it("answers a code that does not exist like a wrong PIN", async () => {
    const res = await server.client().request(FOLLOW, { i: { trackingCode: "GWA-0000-00", accessSecret: "1234-5678", contact: "warga@contoh.id" } });
    expect(res.data.followComplaint.errors.map((e: { code: string }) => e.code)).toEqual(["no_match"]);
  });

  it("an agency officer cannot follow a confidential complaint of another agency", async () => {
    const filed = await file("CONFIDENTIAL");
    const officer = await demo("petugas.pupr@demo.suara.id");
    const res = await officer.request(FOLLOW, { i: { trackingCode: filed.complaint.trackingCode } });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("a verifier in scope may follow a confidential complaint", async () => {
    const filed = await file("CONFIDENTIAL");
    const verifier = await demo("verifikator@demo.suara.id");
    expect((await verifier.request(FOLLOW, { i: { trackingCode: filed.complaint.trackingCode } })).data.followComplaint.following).toBe(true);
  });
});

describe("a resident without an account follows with code, PIN and a contact", () => {
  it.each([
    [{ contact: "", accessSecret: "x" }, [["contact", "required"]]],
    [{ contact: "12", accessSecret: "x" }, [["contact", "invalid_phone"]]],
    [{ contact: "a@", accessSecret: "x" }, [["contact", "invalid_email"]]],
    [{ contact: "0812 7777 0002", accessSecret: "" }, [["accessSecret", "required"]]],
    [{ contact: "0812 7777 0002" }, [["accessSecret", "required"]]],
  ])("%j → %j", async (input, expected) => {
    const filed = await file("PUBLIC");
    const res = await server.client().request(FOLLOW, { i: { trackingCode: filed.complaint.trackingCode, ...input } });
    expect(res.data.followComplaint.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(expected);
  });

  it("stores the contact in one normal form, once, and lets it stop with the PIN", async () => {
    const filed = await file("PUBLIC");
    const i = { trackingCode: filed.complaint.trackingCode, accessSecret: filed.accessSecret };
    const anon = server.client();
    expect((await anon.request(FOLLOW, { i: { ...i, contact: "0812-7777-0003" } })).data.followComplaint.following).toBe(true);
    expect((await anon.request(FOLLOW, { i: { ...i, contact: "+62 812 7777 0003" } })).data.followComplaint.following).toBe(true);
    expect(await rows(filed.complaint.id)).toEqual([{ userId: null, contact: "+6281277770003" }]);
    expect((await anon.request(UNFOLLOW, { i: { ...i, contact: "081277770003" } })).data.unfollowComplaint.following).toBe(false);
    expect(await rows(filed.complaint.id)).toEqual([]);
  });

  it("a rate-limited PIN says so as a GraphQL error the form can show", async () => {
    const filed = await file("PUBLIC");
    const anon = server.client();
    for (let i = 0; i < 20; i++) {
      await anon.request(FOLLOW, { i: { trackingCode: filed.complaint.trackingCode, accessSecret: "0000-0000", contact: "warga@contoh.id" } });
    }
    const res = await anon.request(FOLLOW, { i: { trackingCode: filed.complaint.trackingCode, accessSecret: filed.accessSecret, contact: "warga@contoh.id" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(res.errors?.[0]?.message).toMatch(/Tunggu \d+ detik/);
  });
});

describe("areas: staff and sahabat, within their scope", () => {
  const AREAS = `{ areaFollows { regions { code following } categories { id following } } }`;
  const SET = `mutation($i: SetAreaFollowsInput!) { setAreaFollows(input: $i) { errors { field code } follows { regions { code following } categories { id following } } } }`;

  it.each([
    ["a resident", null, "FORBIDDEN"],
    ["nobody signed in", undefined, "UNAUTHENTICATED"],
  ])("%s may not", async (_name, email, code) => {
    const client = email === null ? await resident() : server.client();
    expect((await client.request(AREAS)).errors?.[0]?.extensions?.code).toBe(code);
  });

  it("a sahabat sees only their own kecamatan, and saves exactly what is ticked", async () => {
    const sahabat = await demo("sahabat@demo.suara.id");
    const scope = await server.db.prisma.userRole.findMany({ where: { role: "SAHABAT", user: { email: "sahabat@demo.suara.id" } } });
    const areas = (await sahabat.request(AREAS)).data.areaFollows;
    expect(areas.regions.map((r: { code: string }) => r.code).sort()).toEqual(scope.map((s) => s.regionCode).sort());
    const [first] = areas.regions;
    const [cat] = areas.categories;
    const saved = await sahabat.request(SET, { i: { regionCodes: [first.code], categoryIds: [cat.id] } });
    expect(saved.data.setAreaFollows.errors).toEqual([]);
    expect(saved.data.setAreaFollows.follows.regions.filter((r: { following: boolean }) => r.following)).toEqual([{ code: first.code, following: true }]);
    const cleared = await sahabat.request(SET, { i: { regionCodes: [], categoryIds: [cat.id] } });
    expect(cleared.data.setAreaFollows.follows.regions.some((r: { following: boolean }) => r.following)).toBe(false);
    expect(await server.db.prisma.follow.count({ where: { user: { email: "sahabat@demo.suara.id" } } })).toBe(1);

    const outside = await sahabat.request(SET, { i: { regionCodes: ["73.71.01"], categoryIds: ["nope"] } });
    expect(outside.data.setAreaFollows.errors).toEqual([
      { field: "regionCodes", code: "invalid_choice" },
      { field: "categoryIds", code: "invalid_choice" },
    ]);
  });

  it("a verifier of the regency may follow any of its kecamatan", async () => {
    const verifier = await demo("verifikator@demo.suara.id");
    const regions = (await verifier.request(AREAS)).data.areaFollows.regions;
    expect(regions.length).toBeGreaterThan(5);
    expect(regions.every((r: { code: string }) => r.code.startsWith("73.06."))).toBe(true);
  });
});
