// Revealing a hidden identity (issue #19): the reporter is told, when and why, by the way they
// hear of their complaint (their account, or the SMS they chose), and reads every reveal on their
// tracking page; each reveal needs its own reason and is audited again; the identity comes back
// only in the answer to the administrator. Who may reveal at all: privacy-matrix.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let admin: GqlClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signedIn("admin@demo.suara.id");
  // An arrangement for API tests only: a second factor given just now in the administrator's
  // session, as typing an authenticator code does (the browser journey goes through that page).
  await server.db.prisma.session.updateMany({ where: { user: { email: "admin@demo.suara.id" }, revokedAt: null }, data: { secondFactorAt: new Date() } });
});
afterAll(() => server?.close());

const FILE = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret errors { field code } complaint { id trackingCode } } }`;
const REVEAL = `mutation($i: RevealIdentityInput!) { revealIdentity(input: $i) { identity { name phone email hasAccount } errors { field code message } } }`;
const TRACK = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { reporterName reporterPhone identityReveals { revealedAt reason adminName } } }`;
const REASON = "Surat permintaan Kejaksaan Negeri Gowa no. 45/2026 tentang saksi perkara";
const AGAIN = "Permintaan lanjutan Kejaksaan Negeri Gowa no. 51/2026 untuk pemeriksaan saksi";

async function file(by: GqlClient, extra: Record<string, unknown>) {
  const res = await by.request(FILE, {
    i: { kind: "PENGADUAN", title: "Pungutan liar di kantor desa", story: "Petugas meminta uang untuk surat keterangan.", districtCode: "73.06.08", ...extra },
  });
  expect(res.data.submitComplaint.errors).toEqual([]);
  return { id: res.data.submitComplaint.complaint.id as string, code: res.data.submitComplaint.complaint.trackingCode as string, secret: res.data.submitComplaint.accessSecret as string };
}

describe("the reporter with an account", () => {
  it("is told in their notifications, reads both reveals on the tracking page, and the second is audited again", async () => {
    const resident = await server.signedIn("warga@demo.suara.id");
    const c = await file(resident, { privacy: "ANONYMOUS", reporterName: "Warga Demo" });

    const first = await admin.request(REVEAL, { i: { complaintId: c.id, reason: `  ${REASON}  ` } });
    expect(first.data.revealIdentity.errors).toEqual([]);
    expect(first.data.revealIdentity.identity).toMatchObject({ name: "Warga Demo", hasAccount: true });
    const second = await admin.request(REVEAL, { i: { complaintId: c.id, reason: AGAIN } });
    expect(second.data.revealIdentity.errors).toEqual([]);

    const audits = await server.db.prisma.auditLog.findMany({ where: { entityId: c.id, action: "complaint.revealIdentity" }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => (a.data as { reason: string }).reason)).toEqual([REASON, AGAIN]);

    // The reporter's own page: every reveal, newest first, never who.
    const mine = await resident.request(TRACK, { c: c.code });
    expect(mine.data.complaint.identityReveals).toEqual([
      { revealedAt: expect.any(String), reason: AGAIN, adminName: null },
      { revealedAt: expect.any(String), reason: REASON, adminName: null },
    ]);

    const list = await resident.request(`{ notifications(first: 20) { edges { node { title body trackingCode } } } }`);
    const told = (list.data.notifications.edges as { node: { title: string; body: string; trackingCode: string | null } }[])
      .map((e) => e.node)
      .filter((n) => n.title === "Identitas Anda dibuka");
    expect(told).toHaveLength(2);
    expect(told.map((n) => n.body).join("\n")).toContain(`alasan: ${REASON}`);
    expect(told[0]!.body).toMatch(new RegExp(`^Identitas Anda pada laporan ${c.code} dibuka oleh administrator pada \\d{1,2} \\S+ \\d{4}`));

    // The administrator's normal view keeps the identity hidden after both reveals.
    const view = await admin.request(TRACK, { c: c.code });
    expect(view.data.complaint).toMatchObject({ reporterName: null, reporterPhone: null });
    expect(view.data.complaint.identityReveals).toHaveLength(2);
  });
});

describe("the reporter without an account", () => {
  it("hears by the SMS they chose, with when and why", async () => {
    const c = await file(server.client(), { privacy: "CONFIDENTIAL", contactPreference: "SMS", reporterPhone: "0813 1111 2222" });
    const res = await admin.request(REVEAL, { i: { complaintId: c.id, reason: REASON } });
    expect(res.data.revealIdentity).toEqual({ identity: { name: null, phone: "+6281311112222", email: null, hasAccount: false }, errors: [] });
    const row = await server.db.prisma.notification.findFirstOrThrow({ where: { complaintId: c.id, title: "Identitas Anda dibuka" } });
    expect(row).toMatchObject({ contact: "+6281311112222", userId: null, deliveryPlannedAt: null });
    expect(row.body).toContain(`alasan: ${REASON}`);
    const tracked = await server.client().request(TRACK, { c: c.code, s: c.secret });
    expect(tracked.data.complaint.identityReveals).toEqual([{ revealedAt: expect.any(String), reason: REASON, adminName: null }]);
  });

  it("who left no contact: the administrator is told there is none; the tracking page still shows the reveal", async () => {
    const c = await file(server.client(), { privacy: "ANONYMOUS" });
    const res = await admin.request(REVEAL, { i: { complaintId: c.id, reason: REASON } });
    expect(res.data.revealIdentity).toEqual({ identity: { name: null, phone: null, email: null, hasAccount: false }, errors: [] });
    expect(await server.db.prisma.notification.count({ where: { complaintId: c.id, title: "Identitas Anda dibuka" } })).toBe(0);
    const tracked = await server.client().request(TRACK, { c: c.code, s: c.secret });
    expect(tracked.data.complaint.identityReveals).toHaveLength(1);
  });

  it("the reason's errors speak of the reveal, in English too", async () => {
    const c = await file(server.client(), { privacy: "ANONYMOUS" });
    const english = await server.signedIn("admin@demo.suara.id", { locale: "en" });
    await server.db.prisma.session.updateMany({ where: { user: { email: "admin@demo.suara.id" }, revokedAt: null }, data: { secondFactorAt: new Date() } });
    const res = await english.request(REVEAL, { i: { complaintId: c.id, reason: "court" } });
    expect(res.data.revealIdentity.errors).toEqual([
      { field: "reason", code: "too_short", message: "The reason is too short: at least 20 characters. Name the legal basis and the number of the written request" },
    ]);
  });
});
