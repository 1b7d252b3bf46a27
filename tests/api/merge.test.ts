// Likely duplicates and merging: a resident filing sees only open public complaints of the same
// desa and category whose text is alike (never a confidential, unverified, practice or merged one,
// and nothing during workshop practice); a verifier sees likely duplicates of a new complaint and
// merges one into the original: it is archived with a link, its follows and its reporter move to
// the original, and the reporter is told in words. Outside the verifier's region, into itself,
// into a confidential or a practice complaint: refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let verifier: GqlClient;
let roadId: string;
let lightId: string;
let village: string;
let otherVillage: string;
const SOMBA_OPU = "73.06.08";

beforeAll(async () => {
  server = await startTestServer();
  verifier = await server.signedIn("verifikator@demo.suara.id");
  const ref = await server.client().request(`{ categories { id slug } regions(parentCode: "${SOMBA_OPU}") { code } }`);
  const categories = ref.data.categories as { id: string; slug: string }[];
  roadId = categories.find((c) => c.slug === "jalan-jembatan")!.id;
  lightId = categories.find((c) => c.slug !== "jalan-jembatan")!.id;
  const villages = (ref.data.regions as { code: string }[]).map((r) => r.code);
  village = villages[0]!;
  otherVillage = villages[1]!;
});
afterAll(() => server?.close());

const FILE = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field code } accessSecret complaint { id trackingCode } } }`;
const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field code } } }`;
const SIMILAR = `query($d: String!, $v: String, $c: String!, $t: String, $s: String) {
  similarComplaints(districtCode: $d, villageCode: $v, categoryId: $c, title: $t, story: $s) { trackingCode title status statusLabel districtName villageName supportCount }
}`;
const DUPLICATES = `query($c: String!) { complaint(trackingCode: $c) { likelyDuplicates { trackingCode title } } }`;
const MERGE = `mutation($i: MergeComplaintInput!) { mergeComplaint(input: $i) { errors { field code message } complaint { trackingCode } } }`;
const FOLLOW = `mutation($i: FollowComplaintInput!) { followComplaint(input: $i) { following } }`;

type Filed = { id: string; trackingCode: string; secret: string };

async function file(title: string, extra: Record<string, unknown> = {}): Promise<Filed> {
  const res = await server.client().request(FILE, {
    i: { kind: "PENGADUAN", title, story: "Mohon segera diperbaiki.", districtCode: SOMBA_OPU, villageCode: village, categoryId: roadId, privacy: "PUBLIC", ...extra },
  });
  expect(res.data.submitComplaint.errors).toEqual([]);
  const { complaint, accessSecret } = res.data.submitComplaint;
  return { id: complaint.id, trackingCode: complaint.trackingCode, secret: accessSecret };
}

async function verify(c: Filed): Promise<void> {
  const res = await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
  expect(res.errors).toBeUndefined();
  expect(res.data.actOnComplaint.errors).toEqual([]);
}

async function fileVerified(title: string, extra: Record<string, unknown> = {}): Promise<Filed> {
  const c = await file(title, extra);
  await verify(c);
  return c;
}

async function staff(email: string, role: "VERIFIER" | "RESIDENT", regionCode?: string): Promise<GqlClient> {
  await server.db.prisma.user.create({
    data: { name: email, email, passwordHash: await hashPassword("kata sandi uji"), roles: { create: { role, regionCode: regionCode ?? null } } },
  });
  return server.signedIn(email, { password: "kata sandi uji" });
}

const draft = { t: "Jalan rusak berlubang dekat SD Inpres Bontoala", s: "" };
const similarTo = (client: GqlClient, extra: Record<string, unknown> = {}) =>
  client.request(SIMILAR, { d: SOMBA_OPU, v: village, c: roadId, ...draft, ...extra });

describe("similarComplaints: what a resident filing may be shown", () => {
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    const title = "Jalan berlubang di depan SD Inpres Bontoala";
    codes["public"] = (await fileVerified(title)).trackingCode;
    codes["anonymous"] = (await fileVerified(title, { privacy: "ANONYMOUS" })).trackingCode;
    codes["confidential"] = (await fileVerified(title, { privacy: "CONFIDENTIAL" })).trackingCode;
    codes["unverified"] = (await file(title)).trackingCode;
    const practice = await fileVerified(title);
    await server.db.prisma.complaint.update({ where: { id: practice.id }, data: { isSandbox: true } });
    codes["practice"] = practice.trackingCode;
    const merged = await fileVerified(title);
    const into = await server.db.prisma.complaint.findUniqueOrThrow({ where: { trackingCode: codes["public"]! } });
    await server.db.prisma.complaint.update({ where: { id: merged.id }, data: { mergedIntoId: into.id } });
    codes["merged"] = merged.trackingCode;
    const rejected = await file(title);
    await verifier.request(ACT, { i: { complaintId: rejected.id, action: "reject", reason: "duplicate" } });
    codes["rejected"] = rejected.trackingCode;
    codes["otherVillage"] = (await fileVerified(title, { villageCode: otherVillage })).trackingCode;
    codes["otherCategory"] = (await fileVerified(title, { categoryId: lightId })).trackingCode;
    // A redacted title: the public reads that, never the original.
    await server.db.prisma.complaint.update({ where: { trackingCode: codes["public"]! }, data: { publicTitle: "Jalan berlubang di depan SD Inpres Bontoala [disamarkan]" } });
  });

  it("shows only the open, verified, public and anonymous ones of the same desa and category", async () => {
    const res = await similarTo(server.client());
    expect(res.errors).toBeUndefined();
    const shown = res.data.similarComplaints as { trackingCode: string; title: string; statusLabel: string; villageName: string; supportCount: number }[];
    expect(shown.map((c) => c.trackingCode).sort()).toEqual([codes["public"], codes["anonymous"]].sort());
    const publicOne = shown.find((c) => c.trackingCode === codes["public"])!;
    expect(publicOne.title).toContain("[disamarkan]");
    expect(publicOne.statusLabel).toBeTruthy();
    expect(publicOne.villageName).toBeTruthy();
    expect(publicOne.supportCount).toBe(0);
  });

  it.each([
    ["a signed-in resident", () => staff(`warga${Math.random()}@contoh.id`, "RESIDENT")],
    // The filing page asks as whoever files, a verifier too: still only public complaints.
    ["the verifier", async () => verifier],
  ])("never shows confidential, unverified, practice, merged or closed ones to %s", async (_who, who) => {
    const shown = ((await similarTo(await who())).data.similarComplaints as { trackingCode: string }[]).map((c) => c.trackingCode);
    for (const hidden of ["confidential", "unverified", "practice", "merged", "rejected", "otherVillage", "otherCategory"]) {
      expect(shown).not.toContain(codes[hidden]);
    }
  });

  it("without a desa, looks in the whole kecamatan", async () => {
    const res = await similarTo(server.client(), { v: null });
    const shown = (res.data.similarComplaints as { trackingCode: string }[]).map((c) => c.trackingCode);
    expect(shown).toContain(codes["otherVillage"]);
    expect(shown).not.toContain(codes["confidential"]);
  });

  it("shows nothing for a different problem", async () => {
    const res = await similarTo(server.client(), { t: "Lampu jalan mati", s: "Gelap setiap malam" });
    expect(res.data.similarComplaints).toEqual([]);
  });

  it("shows nothing to a workshop participant: practice filing never meets real complaints", async () => {
    const trainer = await server.signedIn("pelatih@demo.suara.id");
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const created = await trainer.request(
      `mutation($i: CreateWorkshopInput!) { createWorkshop(input: $i) { errors { field } workshop { joinCode } } }`,
      { i: { title: "Belajar melapor", date: today, districtCode: SOMBA_OPU, locale: "id" } },
    );
    const participant = server.client();
    const joined = await participant.request(`mutation($c: String!) { joinWorkshop(code: $c) { errors { field } } }`, { c: created.data.createWorkshop.workshop.joinCode });
    expect(joined.data.joinWorkshop.errors).toEqual([]);
    expect((await similarTo(participant)).data.similarComplaints).toEqual([]);
  });
});

describe("merging a duplicate into the original", () => {
  it("archives it with a link, moves follows and the reporter to the original, and tells the reporter", async () => {
    const original = await fileVerified("Lampu jalan mati di Jl. Poros Malino dekat masjid", { categoryId: lightId });
    const duplicate = await file("Lampu penerangan jalan padam jl poros malino", {
      categoryId: lightId,
      contactPreference: "SMS",
      reporterPhone: "0812 3456 0101",
    });
    const both = await staff("warga.ikut@contoh.id", "RESIDENT");
    const one = await staff("warga.satu@contoh.id", "RESIDENT");
    await both.request(FOLLOW, { i: { trackingCode: original.trackingCode } });
    await both.request(FOLLOW, { i: { trackingCode: duplicate.trackingCode } });
    await one.request(FOLLOW, { i: { trackingCode: duplicate.trackingCode } });

    // The verifier's page lists the original as a likely duplicate of the new complaint.
    const listed = await verifier.request(DUPLICATES, { c: duplicate.trackingCode });
    expect(listed.data.complaint.likelyDuplicates.map((d: { trackingCode: string }) => d.trackingCode)).toContain(original.trackingCode);
    // Nobody else is shown it.
    expect((await one.request(DUPLICATES, { c: duplicate.trackingCode })).data.complaint.likelyDuplicates).toEqual([]);

    const asked = await verifier.request(MERGE, { i: { complaintId: duplicate.id, intoTrackingCode: original.trackingCode, validateOnly: true } });
    expect(asked.data.mergeComplaint.errors).toEqual([]);
    expect((await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: duplicate.id } })).status).toBe("SUBMITTED");

    const res = await verifier.request(MERGE, { i: { complaintId: duplicate.id, intoTrackingCode: original.trackingCode.toLowerCase() } });
    expect(res.errors).toBeUndefined();
    expect(res.data.mergeComplaint).toEqual({ errors: [], complaint: { trackingCode: original.trackingCode } });

    const merged = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: duplicate.id } });
    expect(merged.status).toBe("ARCHIVED");
    expect(merged.mergedIntoId).toBe(original.id);

    const follows = (id: string) => server.db.prisma.follow.findMany({ where: { complaintId: id }, select: { userId: true, contact: true } });
    expect(await follows(duplicate.id)).toEqual([]);
    const moved = await follows(original.id);
    const [bothId, oneId] = await Promise.all(
      ["warga.ikut@contoh.id", "warga.satu@contoh.id"].map(async (email) => (await server.db.prisma.user.findUniqueOrThrow({ where: { email } })).id),
    );
    expect(moved.filter((f) => f.userId === bothId)).toHaveLength(1);
    expect(moved.filter((f) => f.userId === oneId)).toHaveLength(1);
    expect(moved.filter((f) => f.contact === "+6281234560101")).toHaveLength(1);
    expect(moved).toHaveLength(3);

    const events = await server.db.prisma.timelineEvent.findMany({ where: { type: "MERGED" }, orderBy: { createdAt: "asc" } });
    const onDuplicate = events.find((e) => e.complaintId === duplicate.id)!;
    expect(onDuplicate).toMatchObject({ visibility: "PUBLIC", fromStatus: "SUBMITTED", toStatus: "ARCHIVED" });
    expect(onDuplicate.note).toContain(original.trackingCode);
    expect(events.find((e) => e.complaintId === original.id)).toMatchObject({ visibility: "STAFF" });

    // The reporter, without an account, hears by SMS (a notification row the delivery outbox sends),
    // in words, with the original's code; so do its followers.
    const told = await server.db.prisma.notification.findMany({ where: { complaintId: duplicate.id, eventId: onDuplicate.id } });
    const reporterNote = told.find((n) => n.contact === "+6281234560101");
    expect(reporterNote?.title).toMatch(/digabung/i);
    expect(reporterNote?.body).toContain(original.trackingCode);
    expect(told.map((n) => n.userId).filter(Boolean).sort()).toEqual([bothId, oneId].sort());
    // The staff record on the original is nobody's news.
    expect(await server.db.prisma.notification.count({ where: { complaintId: original.id } })).toBe(0);

    // The duplicate's page says where it went; its timeline reads "merged" for the reporter.
    const page = await server.client().request(
      `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { status mergedIntoCode timeline { entry note } } }`,
      { c: duplicate.trackingCode, s: duplicate.secret },
    );
    expect(page.data.complaint.status).toBe("ARCHIVED");
    expect(page.data.complaint.mergedIntoCode).toBe(original.trackingCode);
    expect(page.data.complaint.timeline.map((e: { entry: string }) => e.entry)).toContain("merged");
    // Anyone with the code alone learns where it went too.
    expect((await server.client().request(`query($c: String!) { complaint(trackingCode: $c) { mergedIntoCode } }`, { c: duplicate.trackingCode })).data.complaint.mergedIntoCode).toBe(original.trackingCode);

    // Merged once: again is refused (archived is not a status the archive rule starts from).
    const again = await verifier.request(MERGE, { i: { complaintId: duplicate.id, intoTrackingCode: original.trackingCode } });
    expect(again.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("a reporter with an account follows the original afterwards", async () => {
    const reporter = await staff("pelapor.akun@contoh.id", "RESIDENT");
    const original = await fileVerified("Jembatan kayu patah di Bontoala");
    const filed = await reporter.request(FILE, {
      i: { kind: "PENGADUAN", title: "Jembatan kayu patah", story: "Anak sekolah memutar jauh.", districtCode: SOMBA_OPU, villageCode: village, categoryId: roadId, privacy: "ANONYMOUS" },
    });
    const duplicate = filed.data.submitComplaint.complaint as { id: string };
    expect((await verifier.request(MERGE, { i: { complaintId: duplicate.id, intoTrackingCode: original.trackingCode } })).data.mergeComplaint.errors).toEqual([]);
    const reporterId = (await server.db.prisma.user.findUniqueOrThrow({ where: { email: "pelapor.akun@contoh.id" } })).id;
    expect(await server.db.prisma.follow.count({ where: { complaintId: original.id, userId: reporterId } })).toBe(1);
    const inApp = await reporter.request(`{ notifications(first: 5) { edges { node { title body } } } }`);
    expect(inApp.errors).toBeUndefined();
    const titles = (inApp.data.notifications.edges as { node: { title: string; body: string } }[]).map((e) => e.node);
    expect(titles.some((n) => /digabung/i.test(n.title) && n.body.includes(original.trackingCode))).toBe(true);
  });

  it("moves the duplicate's supports to the original, each person once, and counts its reporter", async () => {
    const original = await fileVerified("Gorong-gorong tersumbat di Bontoala");
    const duplicate = await fileVerified("Gorong-gorong tersumbat", { reporterPhone: "0812 7777 1234", contactPreference: "SMS" });
    const both = await staff("dukung.dua@contoh.id", "RESIDENT");
    const onlyDuplicate = await staff("dukung.satu@contoh.id", "RESIDENT");
    const SUPPORT = `mutation($c: String!) { supportComplaint(input: { trackingCode: $c }) { supportCount errors { code } } }`;
    for (const [client, code] of [[both, original.trackingCode], [both, duplicate.trackingCode], [onlyDuplicate, duplicate.trackingCode]] as const) {
      expect((await client.request(SUPPORT, { c: code })).data.supportComplaint.errors).toEqual([]);
    }
    expect((await verifier.request(MERGE, { i: { complaintId: duplicate.id, intoTrackingCode: original.trackingCode } })).data.mergeComplaint.errors).toEqual([]);
    const rows = await server.db.prisma.complaint.findMany({ where: { id: { in: [original.id, duplicate.id] } }, select: { id: true, supportCount: true } });
    // "both" once, "onlyDuplicate", and the duplicate's reporter by their phone.
    expect(rows.find((r) => r.id === original.id)!.supportCount).toBe(3);
    expect(await server.db.prisma.support.count({ where: { complaintId: original.id } })).toBe(3);
    expect(rows.find((r) => r.id === duplicate.id)!.supportCount).toBe(0);
    expect(await server.db.prisma.support.count({ where: { complaintId: duplicate.id } })).toBe(0);
  });

  it.each([
    ["into itself", "self"],
    ["into a confidential complaint", "confidential"],
    ["into a practice complaint", "practice"],
    ["into a complaint that does not exist", "missing"],
  ])("refuses merging %s", async (_what, target) => {
    const duplicate = await file("Jalan berlubang depan pasar");
    let code = duplicate.trackingCode;
    if (target === "confidential") code = (await fileVerified("Jalan berlubang depan pasar", { privacy: "CONFIDENTIAL" })).trackingCode;
    if (target === "practice") {
      const practice = await fileVerified("Jalan berlubang depan pasar");
      await server.db.prisma.complaint.update({ where: { id: practice.id }, data: { isSandbox: true } });
      code = practice.trackingCode;
    }
    if (target === "missing") code = "GWA-0000-00";
    const res = await verifier.request(MERGE, { i: { complaintId: duplicate.id, intoTrackingCode: code } });
    expect(res.errors).toBeUndefined();
    const expected = { self: "merge_self", confidential: "merge_confidential", practice: "merge_practice", missing: "merge_not_found" }[target];
    expect(res.data.mergeComplaint.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([["intoTrackingCode", expected]]);
    expect((await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: duplicate.id } })).status).toBe("SUBMITTED");
  });

  it("refuses a verifier outside the duplicate's region, and a resident", async () => {
    const original = await fileVerified("Saluran air tersumbat di Bontoala");
    const duplicate = await file("Saluran air tersumbat dekat Bontoala");
    const elsewhere = await staff("verif.bontonompo@contoh.id", "VERIFIER", "73.06.01");
    const resident = await staff("warga.biasa@contoh.id", "RESIDENT");
    for (const who of [elsewhere, resident]) {
      const res = await who.request(MERGE, { i: { complaintId: duplicate.id, intoTrackingCode: original.trackingCode } });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await who.request(DUPLICATES, { c: duplicate.trackingCode })).data.complaint.likelyDuplicates).toEqual([]);
    }
    expect((await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: duplicate.id } })).status).toBe("SUBMITTED");
  });

  it("a verifier cannot merge into a complaint outside their region (it answers as not found)", async () => {
    const inGowa = await staff("verif.sombaopu@contoh.id", "VERIFIER", SOMBA_OPU);
    const elsewhere = await server.client().request(FILE, {
      i: { kind: "PENGADUAN", title: "Jalan berlubang", story: "Dalam.", districtCode: "73.06.01", categoryId: roadId, privacy: "PUBLIC" },
    });
    const duplicate = await file("Jalan berlubang");
    const res = await inGowa.request(MERGE, { i: { complaintId: duplicate.id, intoTrackingCode: elsewhere.data.submitComplaint.complaint.trackingCode } });
    expect(res.data.mergeComplaint.errors.map((e: { code: string }) => e.code)).toEqual(["merge_not_found"]);
  });
});
