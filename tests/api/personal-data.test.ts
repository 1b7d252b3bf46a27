// A resident's rights over their data: the download holds everything of theirs and nothing of
// anyone else's; the erasure erases the account and the reporter's identity, keeps the complaint
// with a tombstone on its timeline, ends every session and deletes the answers whose codes were
// given; a wrong password changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const PASSWORD = "kata sandi panjang sekali";
const DATA = `{ myData }`;
const ERASE = `mutation($i: EraseMyDataInput!) { eraseMyData(input: $i) { ok complaints errors { field code message } } }`;
const SUBMIT = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret inclusionTicket errors { field } complaint { id trackingCode } } }`;
const ANSWER = `mutation($i: InclusionAnswersInput!) { answerInclusionQuestions(input: $i) { deletionToken errors { field } } }`;

let made = 0;
async function resident(name: string) {
  made++;
  const email = `hak${made}.${Date.now()}@contoh.id`;
  const phone = `0813 5555 ${String(1000 + made).padStart(4, "0")}`;
  const client = await server.signedUp({ name, email, phone, password: PASSWORD });
  return { email, phone, client };
}

async function file(client: GqlClient, title: string, reporterName: string, reporterPhone: string) {
  const res = await client.request(SUBMIT, {
    i: { kind: "PENGADUAN", title, story: `Cerita ${title}`, districtCode: "73.06.08", privacy: "PUBLIC", showReporterName: true, reporterName, reporterPhone },
  });
  expect(res.data.submitComplaint.errors).toEqual([]);
  return res.data.submitComplaint as { accessSecret: string; inclusionTicket: string; complaint: { id: string; trackingCode: string } };
}

async function data(client: GqlClient) {
  const res = await client.request(DATA);
  expect(res.errors).toBeUndefined();
  return JSON.parse(res.data.myData);
}

describe("myData", () => {
  it("needs an account", async () => {
    const res = await server.client().request(DATA);
    expect(res.errors?.[0]?.extensions?.code).toBeTruthy();
  });

  it("holds the account, sessions, follows and their complaints with the timeline as the reporter sees it; nothing of others", async () => {
    const me = await resident("Ibu Rahmawati Data");
    const other = await resident("Pak Tetangga Lain");
    const mine = await file(me.client, "Lampu jalan mati di lorong", "Ibu Rahmawati Data", me.phone);
    const theirs = await file(other.client, "Selokan tersumbat di pasar", "Pak Tetangga Lain", other.phone);
    const followed = await me.client.request(`mutation($i: FollowComplaintInput!) { followComplaint(input: $i) { following errors { field } } }`, { i: { trackingCode: theirs.complaint.trackingCode } });
    expect(followed.data.followComplaint.following).toBe(true);
    // A staff note on my complaint: the reporter never reads it.
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    await verifier.request(`mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, {
      i: { complaintId: mine.complaint.id, action: "addNote", body: "Catatan internal rahasia petugas" },
    });

    const doc = await data(me.client);
    expect(doc.account).toMatchObject({ name: "Ibu Rahmawati Data", email: me.email, roles: ["RESIDENT"] });
    expect(doc.sessions).toHaveLength(1);
    expect(doc.sessions[0].current).toBe(true);
    expect(doc.complaints).toHaveLength(1);
    const c = doc.complaints[0];
    expect(c).toMatchObject({ trackingCode: mine.complaint.trackingCode, title: "Lampu jalan mati di lorong", reporterName: "Ibu Rahmawati Data" });
    expect(c.reporterPhone).toMatch(/^\+62/);
    expect(c.timeline.length).toBeGreaterThan(0);
    const text = JSON.stringify(doc);
    expect(text).not.toContain("Catatan internal rahasia petugas");
    expect(text).not.toContain("Pak Tetangga Lain");
    expect(text).not.toContain(other.email);
    expect(text).not.toContain("Selokan tersumbat");
    // The verifier's name never appears: who acted is a role.
    expect(text).not.toMatch(/verifikator@demo/);
    expect(doc.follows.map((f: { complaint: string | null }) => f.complaint)).toContain(theirs.complaint.trackingCode);
  });
});

describe("eraseMyData", () => {
  it("refuses a wrong or missing password at the field and changes nothing", async () => {
    const me = await resident("Daeng Salah Sandi");
    const mine = await file(me.client, "Jembatan goyang", "Daeng Salah Sandi", me.phone);
    const empty = (await me.client.request(ERASE, { i: { password: "" } })).data.eraseMyData;
    expect(empty.errors).toEqual([expect.objectContaining({ field: "password", code: "required" })]);
    const wrong = (await me.client.request(ERASE, { i: { password: "bukan sandi saya" } })).data.eraseMyData;
    expect(wrong.ok).toBe(false);
    expect(wrong.errors).toEqual([expect.objectContaining({ field: "password", code: "invalid_credentials" })]);
    expect(wrong.errors[0].message).toMatch(/Tidak ada yang dihapus/);
    const badCode = (await me.client.request(ERASE, { i: { password: PASSWORD, deletionCodes: "bukan-kode" } })).data.eraseMyData;
    expect(badCode.errors).toEqual([expect.objectContaining({ field: "deletionCodes", code: "invalid_code" })]);
    const unknownCode = (await me.client.request(ERASE, { i: { password: PASSWORD, deletionCodes: "ABCD-EFGH-JKMN" } })).data.eraseMyData;
    expect(unknownCode.errors).toEqual([expect.objectContaining({ field: "deletionCodes", code: "no_match" })]);

    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: me.email } });
    expect(user.disabledAt).toBeNull();
    expect(user.name).toBe("Daeng Salah Sandi");
    const complaint = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: mine.complaint.id } });
    expect(complaint.reporterName).toBe("Daeng Salah Sandi");
    expect(await server.db.prisma.timelineEvent.count({ where: { complaintId: mine.complaint.id, type: "REPORTER_ERASED" } })).toBe(0);
    expect((await me.client.request(`{ viewer { id } }`)).data.viewer).not.toBeNull();
  });

  it("refuses a staff account: an administrator closes it", async () => {
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    const res = (await verifier.request(ERASE, { i: { password: "x" } })).data.eraseMyData;
    expect(res.errors).toEqual([expect.objectContaining({ field: "password", code: "staff_account" })]);
  });

  it("erases the account and identity, keeps the complaint with a tombstone, ends every session, deletes the answers given by code", async () => {
    const me = await resident("Ibu Hapus Semua");
    const second = await server.signedIn(me.email, { password: PASSWORD });
    const mine = await file(me.client, "Sampah menumpuk di sungai", "Ibu Hapus Semua", me.phone);
    const answered = (await me.client.request(ANSWER, { i: { ticket: mine.inclusionTicket, seeing: "SOME", ageBand: "FROM_30_TO_44" } })).data.answerInclusionQuestions;
    expect(answered.errors).toEqual([]);
    const answersBefore = await server.db.prisma.inclusionAnswer.count();
    const settings = await me.client.request(`mutation($i: NotificationSettingsInput!) { updateNotificationSettings(input: $i) { ok errors { field } } }`, {
      i: { channels: ["EMAIL"], quietHours: false },
    });
    expect(settings.data.updateNotificationSettings.ok).toBe(true);
    const userId = (await server.db.prisma.user.findUniqueOrThrow({ where: { email: me.email } })).id;

    const res = (await me.client.request(ERASE, { i: { password: PASSWORD, deletionCodes: answered.deletionToken.toLowerCase() } })).data.eraseMyData;
    expect(res).toEqual({ ok: true, complaints: 1, errors: [] });

    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ name: "", email: null, phone: null, passwordHash: null });
    expect(user.disabledAt).not.toBeNull();
    expect(await server.db.prisma.session.count({ where: { userId } })).toBe(0);
    expect(await server.db.prisma.follow.count({ where: { userId } })).toBe(0);
    expect(await server.db.prisma.notification.count({ where: { userId } })).toBe(0);
    expect(await server.db.prisma.notificationPreference.count({ where: { userId } })).toBe(0);
    expect(await server.db.prisma.inclusionAnswer.count()).toBe(answersBefore - 1);

    const complaint = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: mine.complaint.id } });
    expect(complaint).toMatchObject({ reporterId: null, reporterName: null, reporterPhone: null, reporterEmail: null, contactPreference: "NONE", title: "Sampah menumpuk di sungai" });
    const tombstone = await server.db.prisma.timelineEvent.findFirstOrThrow({ where: { complaintId: mine.complaint.id, type: "REPORTER_ERASED" } });
    expect(tombstone.visibility).toBe("PUBLIC");
    // Append-only: the filing's entry is still there.
    expect(await server.db.prisma.timelineEvent.count({ where: { complaintId: mine.complaint.id, type: "SUBMITTED" } })).toBe(1);

    // Both sessions ended; the account cannot sign in again.
    expect((await me.client.request(`{ viewer { id } }`)).data.viewer).toBeNull();
    expect((await second.request(`{ viewer { id } }`)).data.viewer).toBeNull();
    const signIn = await server.client().request(`mutation($i: SignInInput!) { signIn(input: $i) { errors { code } } }`, { i: { email: me.email, password: PASSWORD } });
    expect(signIn.data.signIn.errors).not.toEqual([]);

    // The PIN still opens the complaint: the tombstone in words, no name anywhere.
    const tracked = await server.client().request(
      `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { reporterName reporterPhone timeline { entry summary } } }`,
      { c: mine.complaint.trackingCode, s: mine.accessSecret },
    );
    expect(tracked.data.complaint.reporterName).toBeNull();
    expect(tracked.data.complaint.reporterPhone).toBeNull();
    expect(tracked.data.complaint.timeline.map((e: { entry: string }) => e.entry)).toContain("reporterErased");
    expect(tracked.data.complaint.timeline.map((e: { summary: string }) => e.summary)).toContain("Identitas dan kontak pelapor dihapus atas permintaan pelapor");

    // An administrator reading the trail sees the erased account in words, never a blank name.
    const admin = server.client();
    await server.signInOn(admin, "admin@demo.suara.id");
    const trail = await admin.request(`{ auditEntries(first: 100) { edges { node { action actor { id name } actorLabel } } } }`);
    if (!trail.data) throw new Error(JSON.stringify(trail.errors));
    const byThem = trail.data.auditEntries.edges.map((e: { node: unknown }) => e.node).filter((n: { actor: { id: string } | null }) => n.actor?.id === userId);
    expect(byThem.length).toBeGreaterThan(0);
    for (const entry of byThem) expect(entry).toMatchObject({ actor: { name: "Akun yang sudah dihapus" }, actorLabel: "Akun yang sudah dihapus" });
    const account = await admin.request(`query($id: ID!) { adminUser(id: $id) { name disabledAt } }`, { id: userId });
    expect(account.data.adminUser).toMatchObject({ name: "Akun yang sudah dihapus", disabledAt: expect.any(String) });

    // The audit says it happened, without what was erased.
    const entries = await server.db.prisma.auditLog.findMany({ where: { action: { in: ["account.erased", "complaint.reporter_erased"] }, entityId: { in: [userId, mine.complaint.id] } } });
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toMatch(/Hapus Semua|contoh\.id|\+62/);
  });
});
