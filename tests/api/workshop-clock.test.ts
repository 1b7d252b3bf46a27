// The fast clock of a workshop through GraphQL, on a real database: the trainer plays each step of
// a practice complaint through to resolved as the pretend verifier and agency; the timeline and
// the participant's in-app notification are what a real complaint gets, marked LATIHAN; nothing
// reaches the outbox (SMS, e-mail, Web Push, sahabat task) or staff who follow the kecamatan; a
// real complaint and another trainer's workshop are NOT_FOUND; the automatic script plays a due
// step once even when two ticks run at once, and stops for a closed workshop.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { clockTick } from "../../server/src/services/use-cases/workshop-clock.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";
import { addParticipant, createWorkshop, makePracticeComplaint } from "../support/workshop-factory.ts";

let server: TestServer;
let now = new Date("2026-12-07T02:00:00.000Z");
let trainer: GqlClient;
let trainerId: string;
let participantUserId: string;
let staffFollowerId: string;

const PLAY = `mutation($i: PlayWorkshopClockStepInput!) { playWorkshopClockStep(input: $i) { errors { field code } complaint { id status } } }`;
const SET = `mutation($i: SetWorkshopClockInput!) { setWorkshopClock(input: $i) { errors { field code } clock { running speed } } }`;
const CLOCK = `query($id: ID!) { workshopClock(workshopId: $id) { title running speed closed complaints { id trackingCode participantNumber status statusLabel nextStep nextStepLabel dueAt pretendDayLabel } } }`;

async function account(email: string, role: "TRAINER" | "RESIDENT" | "VERIFIER", regionCode: string | null = null) {
  return server.db.prisma.user.create({
    data: { name: `Akun ${email}`, email, passwordHash: await hashPassword("kata sandi uji"), roles: { create: [{ role, regionCode }] } },
  });
}

beforeAll(async () => {
  server = await startTestServer({ now: () => now });
  const prisma = server.db.prisma;
  const t = await account("pelatih.jam@contoh.id", "TRAINER");
  trainerId = t.id;
  trainer = await server.signedIn("pelatih.jam@contoh.id", { password: "kata sandi uji" });
  const participant = await account("peserta.jam@contoh.id", "RESIDENT");
  participantUserId = participant.id;
  // The participant has a phone, an e-mail and a device for Web Push: none of them may be used.
  await prisma.user.update({ where: { id: participant.id }, data: { phone: "+6281200000001" } });
  await prisma.pushSubscription.create({ data: { userId: participant.id, endpoint: "https://fcm.googleapis.com/fcm/send/latihan", p256dh: "x", auth: "y" } });
  // A verifier who follows the kecamatan: hears of real complaints there, never of practice ones.
  const staff = await account("verifikator.jam@contoh.id", "VERIFIER", "73.06");
  staffFollowerId = staff.id;
  await prisma.follow.create({ data: { userId: staff.id, regionCode: "73.06.08" } });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const later = (ms: number) => {
  now = new Date(now.getTime() + ms);
};

describe("the trainer plays the fast clock by hand", () => {
  it("plays each step through to resolved with the real timeline and an in-app LATIHAN notification, and nothing else", async () => {
    const prisma = server.db.prisma;
    const workshop = await createWorkshop(prisma, { trainerId: trainerId, startsAt: now });
    const p = await addParticipant(prisma, workshop.id, { number: 7, userId: participantUserId, progress: "finished" });
    const complaint = await makePracticeComplaint(prisma, p, now);
    // A participant without an account who asked for SMS: practice news never goes there.
    const anon = await addParticipant(prisma, workshop.id, { number: 8, progress: "finished" });
    const bySms = await makePracticeComplaint(prisma, anon, now, { reporterPhone: "+6281200000002" });

    const view = await trainer.request(CLOCK, { id: workshop.id });
    expect(view.errors).toBeUndefined();
    expect(view.data.workshopClock.complaints).toEqual([
      expect.objectContaining({ trackingCode: complaint.trackingCode, participantNumber: 7, status: "SUBMITTED", nextStep: "verify", dueAt: null, pretendDayLabel: "Hari ke-1 (pura-pura)" }),
      expect.objectContaining({ trackingCode: bySms.trackingCode, participantNumber: 8 }),
    ]);

    const expected = ["VERIFIED", "DISPOSED", "IN_PROGRESS", "RESOLVED"];
    for (const status of expected) {
      later(1000);
      const res = await trainer.request(PLAY, { i: { workshopId: workshop.id, complaintId: complaint.id } });
      expect(res.errors).toBeUndefined();
      expect(res.data.playWorkshopClockStep).toEqual({ errors: [], complaint: { id: complaint.id, status } });
      const res2 = await trainer.request(PLAY, { i: { workshopId: workshop.id, complaintId: bySms.id } });
      expect(res2.data.playWorkshopClockStep.errors).toEqual([]);
    }
    // Nothing is left to play.
    const done = await trainer.request(PLAY, { i: { workshopId: workshop.id, complaintId: complaint.id } });
    expect(done.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const row = await prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id }, include: { agency: true } });
    expect(row.agency?.isSandbox).toBe(true);
    expect(row.closeDueAt).not.toBeNull();

    const timeline = await prisma.timelineEvent.findMany({ where: { complaintId: complaint.id }, orderBy: { createdAt: "asc" } });
    expect(timeline.map((e) => [e.type, e.toStatus, e.actorId])).toEqual([
      ["SUBMITTED", "SUBMITTED", participantUserId],
      ["STATUS_CHANGED", "VERIFIED", trainerId],
      ["STATUS_CHANGED", "DISPOSED", trainerId],
      ["FOLLOW_UP", "IN_PROGRESS", trainerId],
      ["STATUS_CHANGED", "RESOLVED", trainerId],
    ]);
    expect(timeline[3]!.note).toMatch(/Contoh jawaban latihan/);
    const followUps = await prisma.followUp.findMany({ where: { complaintId: complaint.id } });
    expect(followUps).toHaveLength(2);
    expect(followUps.every((f) => f.agencyId === row.agencyId)).toBe(true);
    // Recorded as practice, with the trainer as actor.
    const audits = await prisma.auditLog.findMany({ where: { entityId: complaint.id } });
    expect(audits).toHaveLength(4);
    for (const a of audits) {
      expect(a.actorId).toBe(trainerId);
      expect(a.data).toMatchObject({ practice: true, workshopId: workshop.id });
    }

    // The participant hears of each step in the app, every notification says LATIHAN.
    const forParticipant = await prisma.notification.findMany({ where: { complaintId: complaint.id }, orderBy: { createdAt: "asc" } });
    expect(forParticipant.length).toBe(4);
    for (const n of forParticipant) {
      expect(n.userId).toBe(participantUserId);
      expect(n.contact).toBeNull();
      expect(n.title).toMatch(/^LATIHAN: /);
      expect(n.deliveryPlannedAt).not.toBeNull();
    }
    // Nobody else: not the staff following the kecamatan, not the SMS contact, not the trainer.
    expect(await prisma.notification.count({ where: { userId: staffFollowerId } })).toBe(0);
    expect(await prisma.notification.count({ where: { complaintId: bySms.id } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: trainerId } })).toBe(0);

    // The outbox finds nothing to send: no SMS, no e-mail, no Web Push, no sahabat task.
    await server.outbox.runOnce();
    const ids = (await prisma.notification.findMany({ where: { complaint: { isSandbox: true } }, select: { id: true } })).map((n) => n.id);
    expect(await prisma.delivery.count({ where: { notificationId: { in: ids } } })).toBe(0);
    expect(await prisma.sahabatTask.count({ where: { notificationId: { in: ids } } })).toBe(0);
  });

  it("the outbox refuses a practice row that reached it anyway, and sends nothing", async () => {
    const prisma = server.db.prisma;
    const n = await prisma.notification.findFirstOrThrow({ where: { complaint: { isSandbox: true }, userId: participantUserId } });
    await prisma.delivery.create({ data: { notificationId: n.id, channel: "PUSH", messageKey: `${n.id}.push`, nextAttemptAt: new Date(now.getTime() - 1000) } });
    await prisma.delivery.create({ data: { notificationId: n.id, channel: "SMS", messageKey: `${n.id}.sms`, nextAttemptAt: new Date(now.getTime() - 1000) } });
    await server.outbox.runOnce();
    const rows = await prisma.delivery.findMany({ where: { notificationId: n.id } });
    expect(rows).toHaveLength(2);
    for (const d of rows) {
      expect(d.status).toBe("DEAD");
      expect(d.lastError).toMatch(/LATIHAN/);
    }
  });

  it("never touches a real complaint, another workshop's complaint, or another trainer's workshop", async () => {
    const prisma = server.db.prisma;
    const mine = await createWorkshop(prisma, { trainerId: trainerId, startsAt: now });
    const p = await addParticipant(prisma, mine.id, { number: 1, userId: participantUserId, progress: "finished" });
    // A real complaint, even one that names the workshop.
    const real = await makePracticeComplaint(prisma, p, now, { sandbox: false });
    const refused = await trainer.request(PLAY, { i: { workshopId: mine.id, complaintId: real.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await prisma.complaint.findUniqueOrThrow({ where: { id: real.id } })).status).toBe("SUBMITTED");

    // Another trainer, and their workshop.
    const other = await account("pelatih.lain@contoh.id", "TRAINER");
    const otherClient = await server.signedIn("pelatih.lain@contoh.id", { password: "kata sandi uji" });
    const practice = await makePracticeComplaint(prisma, p, now);
    for (const [client, workshopId] of [[otherClient, mine.id]] as const) {
      const res = await client.request(PLAY, { i: { workshopId, complaintId: practice.id } });
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const view = await client.request(CLOCK, { id: workshopId });
      expect(view.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const set = await client.request(SET, { i: { workshopId, running: true } });
      expect(set.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    // My practice complaint through the other trainer's workshop id: still not found.
    const theirs = await createWorkshop(prisma, { trainerId: other.id, startsAt: now });
    const cross = await trainer.request(PLAY, { i: { workshopId: theirs.id, complaintId: practice.id } });
    expect(cross.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // Someone who is not a trainer at all.
    const resident = await server.signedIn("peserta.jam@contoh.id", { password: "kata sandi uji" });
    const res = await resident.request(PLAY, { i: { workshopId: mine.id, complaintId: practice.id } });
    expect(res.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED|NOT_FOUND/);
    expect((await prisma.complaint.findUniqueOrThrow({ where: { id: practice.id } })).status).toBe("SUBMITTED");
  });
});

describe("the automatic script", () => {
  it("checks the speed, plays each due step once even when two ticks run at once, and stops for a closed workshop", async () => {
    const prisma = server.db.prisma;
    const workshop = await createWorkshop(prisma, { trainerId: trainerId, startsAt: now });
    const p = await addParticipant(prisma, workshop.id, { number: 3, userId: participantUserId, progress: "finished" });
    const complaint = await makePracticeComplaint(prisma, p, now);

    const bad = await trainer.request(SET, { i: { workshopId: workshop.id, running: true, speed: 61 } });
    expect(bad.data.setWorkshopClock.errors).toEqual([{ field: "speed", code: "invalid_choice" }]);
    // 1440 pretend minutes a second: a pretend day per second.
    const set = await trainer.request(SET, { i: { workshopId: workshop.id, running: true, speed: 1440 } });
    expect(set.data.setWorkshopClock).toEqual({ errors: [], clock: { running: true, speed: 1440 } });
    const view = await trainer.request(CLOCK, { id: workshop.id });
    expect(view.data.workshopClock.complaints[0].dueAt).toBe(new Date(now.getTime() + 1000).toISOString());

    // Not due yet.
    later(500);
    expect((await clockTick(server.deps)).played).toEqual([]);
    // Due: two instances tick at once, the step is played once.
    later(600);
    const [a, b] = await Promise.all([clockTick(server.deps), clockTick(server.deps)]);
    expect([...a.played, ...b.played]).toEqual([{ complaintId: complaint.id, step: "verify" }]);
    expect(await prisma.timelineEvent.count({ where: { complaintId: complaint.id, toStatus: "VERIFIED" } })).toBe(1);
    // The next step counts from this one: passing on takes two pretend days.
    later(1500);
    expect((await clockTick(server.deps)).played).toEqual([]);
    later(600);
    const [c, d] = await Promise.all([clockTick(server.deps), clockTick(server.deps)]);
    expect([...c.played, ...d.played]).toEqual([{ complaintId: complaint.id, step: "dispose" }]);
    expect((await prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } })).status).toBe("DISPOSED");

    // Stopped: nothing plays.
    await trainer.request(SET, { i: { workshopId: workshop.id, running: false } });
    later(10_000);
    expect((await clockTick(server.deps)).played).toEqual([]);

    // Running again, but the workshop has ended: the clock stops and nothing plays.
    await trainer.request(SET, { i: { workshopId: workshop.id, running: true } });
    await prisma.workshop.update({ where: { id: workshop.id }, data: { closedAt: now } });
    const closed = await clockTick(server.deps);
    expect(closed.played).toEqual([]);
    expect(closed.stopped).toBe(1);
    expect((await prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).clockRunning).toBe(false);
    const playClosed = await trainer.request(PLAY, { i: { workshopId: workshop.id, complaintId: complaint.id } });
    expect(playClosed.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
