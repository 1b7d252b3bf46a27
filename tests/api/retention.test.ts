// Retention of contact details (UU PDP): the scheduler removes the reporter's phone and e-mail,
// the contact on its notifications and its followers without an account, once a complaint has
// been finished for RETENTION_CONTACT_DAYS; never earlier, never from an open complaint, and the
// complaint, its timeline and the reporter's name stay.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tick } from "../../server/src/services/workers/scheduler.ts";
import { demoEmail } from "../support/demo.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

const DAY = 86_400_000;
let now = new Date("2026-12-01T02:00:00Z");
let server: TestServer;
let verifier: GqlClient;

beforeAll(async () => {
  server = await startTestServer({ now: () => now, env: { RETENTION_CONTACT_DAYS: "30" } });
  verifier = await server.signedIn(demoEmail.verifier);
});
afterAll(() => server?.close());

let counter = 0;
async function file() {
  counter++;
  const reporter = server.client();
  const res = await reporter.request(
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret errors { field } complaint { id trackingCode } } }`,
    {
      i: {
        kind: "PENGADUAN", title: `Saluran mampet ${counter}`, story: "Air meluap ke jalan setiap hujan.", districtCode: "73.06.08", privacy: "PUBLIC",
        reporterName: "Daeng Sikki", reporterPhone: `0812 4444 00${String(counter).padStart(2, "0")}`, reporterEmail: `sikki${counter}@contoh.id`, contactPreference: "SMS",
      },
    },
  );
  expect(res.data.submitComplaint.errors).toEqual([]);
  const c = { id: res.data.submitComplaint.complaint.id as string, code: res.data.submitComplaint.complaint.trackingCode as string, secret: res.data.submitComplaint.accessSecret as string };
  // A neighbour follows it by e-mail, without an account.
  const follow = await server.client().request(`mutation($i: FollowComplaintInput!) { followComplaint(input: $i) { errors { code } } }`, {
    i: { trackingCode: c.code, accessSecret: c.secret, contact: `tetangga${counter}@contoh.id` },
  });
  expect(follow.data.followComplaint.errors).toEqual([]);
  return c;
}

const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field code } complaint { status } } }`;

async function contactsOf(id: string) {
  const c = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id }, select: { reporterName: true, reporterPhone: true, reporterEmail: true, title: true } });
  const notifications = await server.db.prisma.notification.count({ where: { complaintId: id, contact: { not: null } } });
  const followers = await server.db.prisma.follow.count({ where: { complaintId: id, contact: { not: null } } });
  const timeline = await server.db.prisma.timelineEvent.count({ where: { complaintId: id } });
  return { ...c, notifications, followers, timeline };
}

describe("contact details of finished complaints", () => {
  it("are removed RETENTION_CONTACT_DAYS after it finished, not a day sooner; an open complaint keeps them", async () => {
    const finished = await file();
    const open = await file();
    const rejected = await verifier.request(ACT, { i: { complaintId: finished.id, action: "reject", reason: "duplicate", note: "Sama dengan laporan lain." } });
    expect(rejected.data.actOnComplaint.complaint.status).toBe("REJECTED");
    await server.outbox.runOnce();
    const before = await contactsOf(finished.id);
    expect(before).toMatchObject({ reporterPhone: expect.stringMatching(/^\+62/), reporterEmail: expect.stringContaining("@"), followers: 1 });
    expect(before.notifications).toBeGreaterThan(0);

    now = new Date(now.getTime() + 29 * DAY);
    expect((await tick(server.deps)).forgottenContacts).toEqual([]);

    now = new Date(now.getTime() + 2 * DAY);
    expect((await tick(server.deps)).forgottenContacts).toEqual([finished.id]);
    expect(await contactsOf(finished.id)).toEqual({ ...before, reporterPhone: null, reporterEmail: null, notifications: 0, followers: 0 });
    expect((await contactsOf(open.id)).reporterPhone).not.toBeNull();
    const entry = await server.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: finished.id, action: "complaint.retention.contact" } });
    expect(entry.data).toEqual({ retentionDays: 30 });

    // Nothing is left to remove: the next tick does nothing.
    expect((await tick(server.deps)).forgottenContacts).toEqual([]);
  });
});
