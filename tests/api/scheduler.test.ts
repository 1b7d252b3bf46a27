// The scheduler with a fake clock: resolved complaints close themselves after 10 working days
// without a reply, overdue ones escalate, and a second tick changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tick } from "../../server/src/services/workers/scheduler.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let now = new Date("2026-11-30T01:00:00Z"); // Monday 09:00 WITA
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: () => now });
});
afterAll(() => server?.close());

async function file(title: string) {
  const res = await server.client().request(
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id } } }`,
    { i: { kind: "PENGADUAN", title, story: "Cerita.", districtCode: "73.06.08", privacy: "PUBLIC" } },
  );
  return res.data.submitComplaint.complaint.id as string;
}

describe("tick", () => {
  it("escalates a complaint not verified within 3 working days, once", async () => {
    const id = await file("Belum diverifikasi");
    now = new Date("2026-12-03T15:00:00Z"); // Thursday 23:00 WITA: still due today
    expect((await tick(server.deps)).escalated).not.toContain(id);
    now = new Date("2026-12-03T16:30:00Z"); // Friday 00:30 WITA: overdue
    expect((await tick(server.deps)).escalated).toContain(id);
    expect((await tick(server.deps)).escalated).not.toContain(id);
    const events = await server.db.prisma.timelineEvent.findMany({ where: { complaintId: id, type: "ESCALATED" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.visibility).toBe("STAFF");
  });

  it("closes a resolved complaint after 10 working days without a reply, and not before", async () => {
    now = new Date("2026-12-14T01:00:00Z"); // Monday
    const id = await file("Sudah selesai");
    const closeDueAt = new Date("2026-12-28T15:59:59.999Z"); // 10 working days (25 Dec is a holiday)
    await server.db.prisma.complaint.update({ where: { id }, data: { status: "RESOLVED", closeDueAt } });
    now = new Date("2026-12-28T15:00:00Z");
    expect((await tick(server.deps)).closed).not.toContain(id);
    now = new Date("2026-12-28T16:00:00Z");
    expect((await tick(server.deps)).closed).toContain(id);
    expect((await tick(server.deps)).closed).not.toContain(id);
    const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("CLOSED");
    expect(await server.db.prisma.timelineEvent.count({ where: { complaintId: id, toStatus: "CLOSED" } })).toBe(1);
  });
});
