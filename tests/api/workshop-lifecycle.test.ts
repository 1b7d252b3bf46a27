// A workshop's life through GraphQL and the scheduler: the trainer resets one participant or
// the room, ends the workshop; the scheduler ends it after 12 hours and purges its practice data
// after the grace period, keeping only the counts. Everything is scoped by workshop: real
// complaints, their timeline and audit entries, and another workshop's rows are untouched.
// And a room of 30 behind one address files practice complaints at once without touching the
// address's real budget.
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../server/src/context.ts";
import { DEVICE_COOKIE } from "../../server/src/services/use-cases/drafts.ts";
import { recordFiling } from "../../server/src/services/use-cases/filing-limits.ts";
import { purgeWorkshop } from "../../server/src/services/use-cases/workshop-lifecycle.ts";
import { tick } from "../../server/src/services/workers/scheduler.ts";
import { demoEmail } from "../support/demo.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";
import { addDraft, addParticipant, complaintWithEverything, createWorkshop, rowsOf, userByEmail } from "../support/workshop-factory.ts";

const H = 3_600_000;
let now = new Date("2027-02-01T01:00:00Z");
let server: TestServer;
let trainer: GqlClient;
let trainerId: string;
let sahabatId: string;
let residentId: string;
let sandboxAgency: string;
let realAgency: string;

beforeAll(async () => {
  server = await startTestServer({ now: () => now, env: { WORKSHOP_GRACE_HOURS: "72" } });
  trainer = await server.signedIn(demoEmail.trainer);
  trainerId = await userByEmail(server.db.prisma, demoEmail.trainer);
  sahabatId = await userByEmail(server.db.prisma, demoEmail.sahabat);
  residentId = await userByEmail(server.db.prisma, demoEmail.resident);
  sandboxAgency = (await server.db.prisma.agency.findFirstOrThrow({ where: { isSandbox: true } })).id;
  realAgency = (await server.db.prisma.agency.findFirstOrThrow({ where: { isSandbox: false } })).id;
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const RESET_ONE = `mutation($w: ID!, $p: ID!) { resetWorkshopParticipant(workshopId: $w, participantId: $p) { errors { field code message } removedComplaints participants } }`;
const RESET_ROOM = `mutation($w: ID!) { resetWorkshopRoom(workshopId: $w) { errors { field code message } removedComplaints participants } }`;
const END = `mutation($w: ID!) { endWorkshop(workshopId: $w) { errors { field code message } } }`;
const REPORT = `query($w: ID!) { workshopReport(workshopId: $w) { id title startsAt regionName phase endedAt purgeDueAt purgedAt kept counts { participants finished complaintsFiled errorsByStep { step count } } } }`;
const ROSTER = `query($w: ID!) { workshopRoster(workshopId: $w) { id open participants { id number displayName progress } } }`;

/** A room with participants, each with a draft (one with a photo) and practice complaints with everything. */
async function room(options: { participants?: number; startsAt?: Date } = {}) {
  const prisma = server.db.prisma;
  const workshop = await createWorkshop(prisma, { trainerId, startsAt: options.startsAt ?? now });
  const participants = [];
  const complaints: { id: string; files: string[] }[] = [];
  const files: string[] = [];
  for (let n = 1; n <= (options.participants ?? 3); n++) {
    const p = await addParticipant(prisma, workshop.id, { number: n, errorsByStep: { lokasi: n, kabar: 1 }, finished: n % 2 === 1 });
    participants.push(p);
    const draft = await addDraft(prisma, server.deps.uploadDir, p.id, { withPhoto: n === 1, at: now });
    files.push(...draft.files);
    const c = await complaintWithEverything(prisma, server.deps.uploadDir, { workshop: { id: workshop.id, participantId: p.id }, sahabatId, agencyId: sandboxAgency });
    complaints.push(c);
    files.push(...c.files);
  }
  return { workshop, participants, complaints, files };
}

/** Real rows (a resident's complaint with everything) to prove they are never touched. */
async function realComplaint() {
  return complaintWithEverything(server.db.prisma, server.deps.uploadDir, { reporterId: residentId, sahabatId, agencyId: realAgency });
}

async function realSnapshot(ids: string[]) {
  const prisma = server.db.prisma;
  return {
    rows: await rowsOf(prisma, ids),
    // Every real complaint, timeline entry and audit entry in the database, not only ours.
    allRealComplaints: (await prisma.complaint.findMany({ where: { isSandbox: false }, select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id),
    allRealTimeline: (await prisma.timelineEvent.findMany({ where: { complaint: { isSandbox: false } }, select: { id: true }, orderBy: { id: "asc" } })).map((e) => e.id),
    allAudit: (await prisma.auditLog.findMany({ where: { entityType: { not: "Workshop" } }, select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id),
  };
}

describe("reset", () => {
  it("one participant: their drafts, practice complaints, photos and everything on them go; progress and errors cleared; others untouched", async () => {
    const { workshop, participants, complaints, files } = await room();
    const real = await realComplaint();
    const before = await realSnapshot([real.id]);
    const [first, second] = participants;
    const othersBefore = await rowsOf(server.db.prisma, complaints.slice(1).map((c) => c.id));

    const res = await trainer.request(RESET_ONE, { w: workshop.id, p: first!.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.resetWorkshopParticipant).toEqual({ errors: [], removedComplaints: 1, participants: 1 });

    const gone = await rowsOf(server.db.prisma, [complaints[0]!.id]);
    expect({ ...gone, audit: [] }).toEqual({
      complaints: [], timeline: [], followUps: [], replies: [], attachments: [], copies: 0, follows: [], notifications: [],
      deliveries: [], deliveryAttempts: 0, sahabatTasks: 0, consents: [], relays: [], audit: [],
    });
    // Its photo, the draft's photo and their thumbnails are gone from disk.
    for (const file of [...complaints[0]!.files, ...files.filter((f) => !complaints.some((c) => c.files.includes(f))).slice(0, 2)]) expect(existsSync(file)).toBe(false);
    expect(await server.db.prisma.draft.count({ where: { workshopParticipantId: first!.id } })).toBe(0);
    const reset = await server.db.prisma.workshopParticipant.findUniqueOrThrow({ where: { id: first!.id } });
    expect(reset).toMatchObject({ progress: "joined", errorStep: null, errorField: null, errorAt: null, errorsByStep: {}, finishedAt: null, number: 1 });

    // The other participants keep everything, and so do the real rows.
    expect(await rowsOf(server.db.prisma, complaints.slice(1).map((c) => c.id))).toEqual(othersBefore);
    for (const file of complaints[1]!.files) expect(existsSync(file)).toBe(true);
    expect(await server.db.prisma.workshopParticipant.findUniqueOrThrow({ where: { id: second!.id } })).toMatchObject({ progress: "lokasi", errorsByStep: { lokasi: 2, kabar: 1 } });
    expect(await realSnapshot([real.id])).toEqual(before);
    for (const file of real.files) expect(existsSync(file)).toBe(true);

    // The reset is audited with the complaint ids it removed.
    const entry = await server.db.prisma.auditLog.findFirstOrThrow({ where: { entityType: "Workshop", entityId: workshop.id, action: "workshop.reset_participant" } });
    expect(entry).toMatchObject({ actorId: trainerId, data: { participantIds: [first!.id], complaintIds: [complaints[0]!.id] } });
  });

  it("the whole room: every participant starts over and stays in the room", async () => {
    const { workshop, participants, complaints, files } = await room({ participants: 4 });
    const res = await trainer.request(RESET_ROOM, { w: workshop.id });
    expect(res.data.resetWorkshopRoom).toEqual({ errors: [], removedComplaints: 4, participants: 4 });
    expect(await server.db.prisma.complaint.count({ where: { workshopId: workshop.id } })).toBe(0);
    expect(await server.db.prisma.draft.count({ where: { workshopParticipant: { workshopId: workshop.id } } })).toBe(0);
    for (const file of files) expect(existsSync(file)).toBe(false);
    const left = await server.db.prisma.workshopParticipant.findMany({ where: { workshopId: workshop.id } });
    expect(left.map((p) => p.id).sort()).toEqual(participants.map((p) => p.id).sort());
    expect(left.every((p) => p.progress === "joined" && p.finishedAt === null)).toBe(true);
    expect((await rowsOf(server.db.prisma, complaints.map((c) => c.id))).complaints).toEqual([]);
  });

  it("a participant of another workshop is not one to choose; another trainer's workshop is not found", async () => {
    const a = await room({ participants: 1 });
    const b = await room({ participants: 1 });
    const res = await trainer.request(RESET_ONE, { w: a.workshop.id, p: b.participants[0]!.id });
    expect(res.data.resetWorkshopParticipant.errors).toEqual([{ field: "participantId", code: "invalid_choice", message: "Pilih peserta dari daftar ruang ini" }]);
    expect(await server.db.prisma.complaint.count({ where: { workshopId: b.workshop.id } })).toBe(1);

    const other = await server.db.prisma.user.create({
      data: { name: "Pelatih Lain", email: "pelatih.lain@contoh.id", passwordHash: (await server.db.prisma.user.findUniqueOrThrow({ where: { id: trainerId } })).passwordHash, roles: { create: { role: "TRAINER" } } },
    });
    const otherTrainer = await server.signedIn(other.email!);
    for (const [query, vars] of [[RESET_ROOM, { w: a.workshop.id }], [END, { w: a.workshop.id }], [REPORT, { w: a.workshop.id }], [ROSTER, { w: a.workshop.id }]] as const) {
      const r = await otherTrainer.request(query, vars);
      expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    // A resident is not a trainer at all.
    const resident = await server.signedIn(demoEmail.resident);
    expect((await resident.request(RESET_ROOM, { w: a.workshop.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await server.db.prisma.complaint.count({ where: { workshopId: a.workshop.id } })).toBe(1);
  });
});

describe("end", () => {
  it("the trainer ends it: closed, the clock stopped, the roster says so, and an ended workshop refuses resets and a second end", async () => {
    const { workshop, participants } = await room({ participants: 2 });
    await server.db.prisma.workshop.update({ where: { id: workshop.id }, data: { clockRunning: true } });
    expect((await trainer.request(ROSTER, { w: workshop.id })).data.workshopRoster.open).toBe(true);

    expect((await trainer.request(END, { w: workshop.id })).data.endWorkshop.errors).toEqual([]);
    const ended = await server.db.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } });
    expect(ended).toMatchObject({ closedAt: now, clockRunning: false, purgedAt: null });
    expect((await trainer.request(ROSTER, { w: workshop.id })).data.workshopRoster.open).toBe(false);

    const refused = [{ field: "workshopId", code: "workshop_ended", message: "Pelatihan ini sudah berakhir. Data latihannya tidak bisa diubah lagi" }];
    expect((await trainer.request(RESET_ONE, { w: workshop.id, p: participants[0]!.id })).data.resetWorkshopParticipant.errors).toEqual(refused);
    expect((await trainer.request(RESET_ROOM, { w: workshop.id })).data.resetWorkshopRoom.errors).toEqual(refused);
    expect((await trainer.request(END, { w: workshop.id })).data.endWorkshop.errors).toEqual(refused);
    // Nothing was deleted by ending: the report still counts the live practice data.
    const report = (await trainer.request(REPORT, { w: workshop.id })).data.workshopReport;
    expect(report).toMatchObject({
      phase: "ENDED",
      kept: false,
      regionName: "Somba Opu",
      endedAt: now.toISOString(),
      purgeDueAt: new Date(now.getTime() + 72 * H).toISOString(),
      counts: { participants: 2, finished: 1, complaintsFiled: 2, errorsByStep: [{ step: "lokasi", count: 3 }, { step: "kabar", count: 2 }] },
    });
  });

  it("the scheduler ends a workshop 12 hours after it opened, once, and not one with time left", async () => {
    const old = await createWorkshop(server.db.prisma, { trainerId, startsAt: new Date(now.getTime() - 12 * H) });
    const young = await createWorkshop(server.db.prisma, { trainerId, startsAt: new Date(now.getTime() - 11 * H) });
    await server.db.prisma.workshop.update({ where: { id: old.id }, data: { clockRunning: true } });
    const first = await tick(server.deps);
    expect(first.endedWorkshops).toContain(old.id);
    expect(first.endedWorkshops).not.toContain(young.id);
    expect(await server.db.prisma.workshop.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ closedAt: old.endsAt, clockRunning: false });
    expect((await tick(server.deps)).endedWorkshops).not.toContain(old.id);
    expect(await server.db.prisma.auditLog.count({ where: { entityId: old.id, action: "workshop.end_by_time" } })).toBe(1);
    expect((await trainer.request(REPORT, { w: young.id })).data.workshopReport.phase).toBe("OPEN");
  });
});

describe("purge", () => {
  it("after the grace period: practice rows and files gone, counts kept, real rows and another workshop untouched", async () => {
    const target = await room({ participants: 3 });
    const other = await room({ participants: 2 });
    const real = await realComplaint();
    const realBefore = await realSnapshot([real.id]);
    const otherBefore = await rowsOf(server.db.prisma, other.complaints.map((c) => c.id));
    const otherParticipants = await server.db.prisma.workshopParticipant.findMany({ where: { workshopId: other.workshop.id }, orderBy: { id: "asc" } });
    const practiceAudit = (await rowsOf(server.db.prisma, target.complaints.map((c) => c.id))).audit;

    expect((await trainer.request(END, { w: target.workshop.id })).data.endWorkshop.errors).toEqual([]);
    // Within the grace period nothing is purged.
    now = new Date(now.getTime() + 71 * H);
    expect((await tick(server.deps)).purgedWorkshops).not.toContain(target.workshop.id);
    expect(await server.db.prisma.complaint.count({ where: { workshopId: target.workshop.id } })).toBe(3);

    now = new Date(now.getTime() + 1 * H);
    // The other room opened later and is still within its own grace period.
    await server.db.prisma.workshop.update({ where: { id: other.workshop.id }, data: { closedAt: new Date(now.getTime() - H) } });
    const result = await tick(server.deps);
    expect(result.purgedWorkshops).toContain(target.workshop.id);
    expect(result.purgedWorkshops).not.toContain(other.workshop.id);

    const gone = await rowsOf(server.db.prisma, target.complaints.map((c) => c.id));
    expect({ ...gone, audit: [] }).toEqual({
      complaints: [], timeline: [], followUps: [], replies: [], attachments: [], copies: 0, follows: [], notifications: [],
      deliveries: [], deliveryAttempts: 0, sahabatTasks: 0, consents: [], relays: [], audit: [],
    });
    // Audit entries are append-only, practice or real: they stay, and the purge names the complaints it removed.
    expect(gone.audit).toEqual(practiceAudit);
    const purgeEntry = await server.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: target.workshop.id, action: "workshop.purge" } });
    expect((purgeEntry.data as { complaintIds: string[] }).complaintIds.sort()).toEqual(target.complaints.map((c) => c.id).sort());
    for (const file of target.files) expect(existsSync(file)).toBe(false);
    expect(await server.db.prisma.workshopParticipant.count({ where: { workshopId: target.workshop.id } })).toBe(0);
    expect(await server.db.prisma.draft.count({ where: { workshopParticipantId: { in: target.participants.map((p) => p.id) } } })).toBe(0);

    const kept = await server.db.prisma.workshop.findUniqueOrThrow({ where: { id: target.workshop.id } });
    expect(kept.purgedAt).toEqual(now);
    // The counts, and the practice answers' figures (none answered: a total of 0 reads "< 5").
    const { inclusion, ...counts } = kept.summary as Record<string, unknown>;
    expect(counts).toEqual({ participants: 3, finished: 2, complaintsFiled: 3, errorsByStep: [{ step: "lokasi", count: 6 }, { step: "kabar", count: 3 }] });
    expect(inclusion).toMatchObject({ total: { value: null, publication: "SMALL" } });

    // Real rows and files, and the other workshop, exactly as before.
    expect(await realSnapshot([real.id])).toEqual({ ...realBefore, allAudit: realBefore.allAudit });
    for (const file of real.files) expect(existsSync(file)).toBe(true);
    expect(await rowsOf(server.db.prisma, other.complaints.map((c) => c.id))).toEqual(otherBefore);
    expect(await server.db.prisma.workshopParticipant.findMany({ where: { workshopId: other.workshop.id }, orderBy: { id: "asc" } })).toEqual(otherParticipants);
    for (const file of other.files) expect(existsSync(file)).toBe(true);

    // The report now reads the kept counts.
    trainer = await server.signedIn(demoEmail.trainer);
    const report = (await trainer.request(REPORT, { w: target.workshop.id })).data.workshopReport;
    expect(report).toMatchObject({ phase: "PURGED", kept: true, purgedAt: now.toISOString(), counts });
    // A second tick purges nothing again.
    expect((await tick(server.deps)).purgedWorkshops).toEqual([]);
  });

  it("two instances purging the same workshop at once delete and count it once", async () => {
    const { workshop, files } = await room({ participants: 2 });
    await server.db.prisma.workshop.update({ where: { id: workshop.id }, data: { closedAt: new Date(now.getTime() - 73 * H) } });
    const other = { ...server.deps };
    const results = await Promise.all([purgeWorkshop(server.deps, workshop.id), purgeWorkshop(other, workshop.id), purgeWorkshop(server.deps, workshop.id)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await server.db.prisma.auditLog.count({ where: { entityId: workshop.id, action: "workshop.purge" } })).toBe(1);
    expect((await server.db.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).summary).toMatchObject({ participants: 2, complaintsFiled: 2 });
    for (const file of files) expect(existsSync(file)).toBe(false);
  });

  it("a workshop not yet due is never purged, even when asked directly", async () => {
    const { workshop } = await room({ participants: 1 });
    expect(await purgeWorkshop(server.deps, workshop.id)).toBe(false);
    expect(await server.db.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).toMatchObject({ purgedAt: null, summary: null });
    expect(await server.db.prisma.complaint.count({ where: { workshopId: workshop.id } })).toBe(1);
  });
});

describe("abuse limits for a room", () => {
  const ROOM_ADDRESS = "203.0.113.50";
  const contextFor = (device: string, address = ROOM_ADDRESS) =>
    createContext(server.deps, { headers: { cookie: `${DEVICE_COOKIE}=${device}` }, socket: { remoteAddress: address } });

  it("30 participants behind one address file at once, and the address keeps its whole real budget", async () => {
    const { workshop } = await room({ participants: 0 });
    const participants = [];
    for (let n = 1; n <= 30; n++) participants.push(await addParticipant(server.db.prisma, workshop.id, { number: n }));
    const refusals = await Promise.all(
      participants.map(async (p, i) => recordFiling(await contextFor(`perangkat-peserta-${String(i).padStart(4, "0")}`), { channel: "WEB", practice: { workshopId: workshop.id, participantId: p.id } })),
    );
    expect(refusals.filter((r) => r !== null)).toEqual([]);

    // A resident on the same Wi-Fi still has the address's whole budget (30 an hour), not 30 less.
    const realResults = [];
    for (let i = 0; i < 31; i++) realResults.push(await recordFiling(await contextFor(`perangkat-warga-${String(i).padStart(6, "0")}`), { channel: "WEB" }));
    expect(realResults.slice(0, 30).every((r) => r === null)).toBe(true);
    expect(realResults[30]).toMatchObject({ field: "submit", code: "too_many_filings" });
  });

  it("a participant is budgeted on their own: past 10 an hour only they wait, not the room", async () => {
    const { workshop } = await room({ participants: 0 });
    const busy = await addParticipant(server.db.prisma, workshop.id, { number: 1 });
    const calm = await addParticipant(server.db.prisma, workshop.id, { number: 2 });
    const ctx = await contextFor("perangkat-sibuk-000000", "203.0.113.51");
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await recordFiling(ctx, { channel: "WEB", practice: { workshopId: workshop.id, participantId: busy.id } }));
    expect(results.slice(0, 10).every((r) => r === null)).toBe(true);
    expect(results[10]).toMatchObject({ code: "too_many_filings" });
    expect(await recordFiling(await contextFor("perangkat-tenang-00000", "203.0.113.51"), { channel: "WEB", practice: { workshopId: workshop.id, participantId: calm.id } })).toBeNull();
  });
});
