// Case handling end to end through the API: a verifier verifies and passes a complaint to an
// agency, its officer follows up and resolves, the reporter rates; everyone else is refused
// with a clear reason, and deadlines move in working days.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let verifier: GqlClient;
let officer: GqlClient;
let agencies: { id: string; shortName: string; isSandbox: boolean }[];

// Monday 30 November 2026, 09:00 WITA.
let now = new Date("2026-11-30T01:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => now });
  verifier = await server.signedIn("verifikator@demo.suara.id");
  officer = await server.signedIn("petugas.pupr@demo.suara.id");
  agencies = [
    ...(await verifier.request(`{ agencies { id shortName isSandbox } }`)).data.agencies,
    ...(await verifier.request(`{ agencies(sandbox: true) { id shortName isSandbox } }`)).data.agencies,
  ];
});
afterAll(() => server?.close());

const agency = (shortName: string) => agencies.find((a) => a.shortName.includes(shortName))!;
const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) {
  errors { field code message }
  complaint { status statusLabel followUpDueAt: verifyDueAt agency { shortName } timeline { type toStatus note } } } }`;
const VIEW = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) {
  id status availableActions { action label } timeline { type toStatus note } } }`;

async function file() {
  const res = await server.client().request(
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { id trackingCode } } }`,
    { i: { kind: "PENGADUAN", title: "Jembatan putus", story: "Jembatan kayu di dusun putus.", districtCode: "73.06.06", privacy: "PUBLIC", reporterName: "Pak Baso" } },
  );
  return { id: res.data.submitComplaint.complaint.id as string, code: res.data.submitComplaint.complaint.trackingCode as string, secret: res.data.submitComplaint.accessSecret as string };
}

describe("the whole handling of a complaint", () => {
  it("verify → dispose → follow up → resolve → rate, each by the right person, each on the timeline", async () => {
    const c = await file();
    const offered = (await verifier.request(VIEW, { c: c.code })).data.complaint.availableActions.map((a: { action: string }) => a.action);
    expect(offered).toEqual(["verify", "postpone", "markOutOfScope", "addNote", "reject", "archive"]);

    expect((await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } })).data.actOnComplaint.complaint.status).toBe("VERIFIED");

    const missing = await verifier.request(ACT, { i: { complaintId: c.id, action: "dispose" } });
    expect(missing.data.actOnComplaint.errors).toMatchObject([{ field: "agencyId", code: "required" }]);
    const sandbox = await verifier.request(ACT, { i: { complaintId: c.id, action: "dispose", agencyId: agencies.find((a) => a.isSandbox)!.id } });
    expect(sandbox.data.actOnComplaint.errors).toMatchObject([{ field: "agencyId", code: "invalid_choice" }]);

    const disposed = await verifier.request(ACT, {
      i: { complaintId: c.id, action: "dispose", agencyId: agency("PUPR").id, copyAgencyIds: [agency("BPBD").id] },
    });
    expect(disposed.data.actOnComplaint.complaint).toMatchObject({ status: "DISPOSED", agency: { shortName: expect.stringContaining("PUPR") } });
    const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: c.id }, include: { copies: true } });
    // Five working days after Monday 30 November: Mon 7 December, end of day WITA.
    expect(row.followUpDueAt?.toISOString()).toBe("2026-12-07T15:59:59.999Z");
    expect(row.copies.map((x) => x.agencyId)).toEqual([agency("BPBD").id]);

    // The verifier cannot answer for the agency; the officer can.
    const wrongActor = await verifier.request(ACT, { i: { complaintId: c.id, action: "resolve", body: "Selesai." } });
    expect(wrongActor.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: expect.stringContaining("tidak berwenang") });

    now = new Date("2026-12-01T01:00:00Z");
    const followUp = await officer.request(ACT, { i: { complaintId: c.id, action: "postFollowUp", body: "Tim sudah meninjau lokasi." } });
    expect(followUp.data.actOnComplaint.complaint.status).toBe("IN_PROGRESS");
    await officer.request(ACT, { i: { complaintId: c.id, action: "addNote", body: "Anggaran dari pos darurat." } });
    const resolved = await officer.request(ACT, { i: { complaintId: c.id, action: "resolve", body: "Jembatan sudah diperbaiki." } });
    expect(resolved.data.actOnComplaint.complaint.status).toBe("RESOLVED");

    // The public sees the answers but not the internal note.
    const publicView = await server.client().request(VIEW, { c: c.code });
    expect(publicView.data.complaint.timeline.map((e: { note: string | null }) => e.note)).not.toContain("Anggaran dari pos darurat.");
    expect(publicView.data.complaint.timeline.map((e: { note: string | null }) => e.note)).toContain("Jembatan sudah diperbaiki.");
    expect(publicView.data.complaint.availableActions).toEqual([]);

    // The reporter, with the PIN, may reopen or close, and rate.
    const reporterView = await server.client().request(VIEW, { c: c.code, s: c.secret });
    expect(reporterView.data.complaint.availableActions.map((a: { action: string }) => a.action)).toEqual(["close", "reopen"]);
    const rated = await server.client().request(
      `mutation($i: RateComplaintInput!) { rateComplaint(input: $i) { errors { field } complaint { rating } } }`,
      { i: { trackingCode: c.code, accessSecret: c.secret, rating: 5 } },
    );
    expect(rated.data.rateComplaint.complaint.rating).toBe(5);
    const closed = await server.client().request(ACT, { i: { trackingCode: c.code, accessSecret: c.secret, action: "close" } });
    expect(closed.data.actOnComplaint.complaint.status).toBe("CLOSED");
    expect(await server.db.prisma.auditLog.count({ where: { entityId: c.id } })).toBeGreaterThanOrEqual(8);
  });

  it("hides a complaint from an officer of another agency as if it did not exist", async () => {
    const c = await file();
    await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
    await verifier.request(ACT, { i: { complaintId: c.id, action: "dispose", agencyId: agency("Dinkes").id } });
    const res = await officer.request(ACT, { i: { complaintId: c.id, action: "resolve", body: "x" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("escalates to the administrator after the second return as not our authority", async () => {
    const c = await file();
    await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
    for (let round = 1; round <= 2; round++) {
      await verifier.request(ACT, { i: { complaintId: c.id, action: "dispose", agencyId: agency("PUPR").id } });
      const noNote = await officer.request(ACT, { i: { complaintId: c.id, action: "returnNotOurAuthority" } });
      expect(noNote.data.actOnComplaint.errors).toMatchObject([{ field: "note", code: "required" }]);
      const back = await officer.request(ACT, { i: { complaintId: c.id, action: "returnNotOurAuthority", note: "Jalan provinsi." } });
      expect(back.data.actOnComplaint.complaint.status).toBe("NOT_OUR_AUTHORITY");
      const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } });
      expect(row.returnCount).toBe(round);
      expect(row.escalatedAt !== null).toBe(round === 2);
      expect(row.agencyId).toBeNull();
    }
  });

  it("pauses the verification clock while postponed", async () => {
    now = new Date("2026-11-30T01:00:00Z"); // Monday: due Thursday 3 December
    const c = await file();
    const before = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } });
    expect(before.verifyDueAt?.toISOString()).toBe("2026-12-03T15:59:59.999Z");
    now = new Date("2026-12-01T01:00:00Z"); // Tuesday: two working days left
    await verifier.request(ACT, { i: { complaintId: c.id, action: "postpone", note: "Mohon kirim foto lokasi." } });
    now = new Date("2026-12-08T01:00:00Z"); // a week later the reporter answers
    const resumed = await server.client().request(ACT, { i: { trackingCode: c.code, accessSecret: c.secret, action: "resume" } });
    expect(resumed.data.actOnComplaint.complaint.status).toBe("SUBMITTED");
    const after = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } });
    // Tuesday 8 December + the two working days that were left: Thursday 10 December.
    expect(after.verifyDueAt?.toISOString()).toBe("2026-12-10T15:59:59.999Z");
  });

  it("needs a reason from the list to reject, and tells the reporter why", async () => {
    const c = await file();
    const bad = await verifier.request(ACT, { i: { complaintId: c.id, action: "reject" } });
    expect(bad.data.actOnComplaint.errors).toMatchObject([{ field: "reason", code: "required" }]);
    const ok = await verifier.request(ACT, { i: { complaintId: c.id, action: "reject", reason: "duplicate", note: "Lihat GWA-2345-65." } });
    expect(ok.data.actOnComplaint.complaint.status).toBe("REJECTED");
    const reporter = await server.client().request(VIEW, { c: c.code, s: c.secret });
    expect(reporter.data.complaint.timeline.at(-1).note).toBe("Sama dengan laporan lain — Lihat GWA-2345-65.");
  });
});

describe("what a handling page is told, in the order of the work", () => {
  const ACTIONS_OF = `query($c: String!) { complaint(trackingCode: $c) {
    availableActions { action order isPrimary isDestructive } } }`;
  type Option = { action: string; order: number; isPrimary: boolean; isDestructive: boolean };
  const optionsOf = async (client: GqlClient, code: string): Promise<Option[]> =>
    (await client.request(ACTIONS_OF, { c: code })).data.complaint.availableActions;

  it("lists the actions in order with one primary per status, reject and archive destructive", async () => {
    now = new Date("2026-11-30T01:00:00Z");
    const c = await file();
    const submitted = await optionsOf(verifier, c.code);
    expect(submitted.map((o) => o.action)).toEqual(["verify", "postpone", "markOutOfScope", "addNote", "reject", "archive"]);
    expect(submitted.map((o) => o.order)).toEqual([...submitted.map((o) => o.order)].sort((a, b) => a - b));
    expect(submitted.filter((o) => o.isPrimary).map((o) => o.action)).toEqual(["verify"]);
    expect(submitted.filter((o) => o.isDestructive).map((o) => o.action)).toEqual(["reject", "archive"]);

    await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
    const verified = await optionsOf(verifier, c.code);
    expect(verified[0]).toMatchObject({ action: "dispose", isPrimary: true, isDestructive: false });
    expect(verified.filter((o) => o.isPrimary)).toHaveLength(1);

    await verifier.request(ACT, { i: { complaintId: c.id, action: "dispose", agencyId: agency("PUPR").id } });
    const disposed = await optionsOf(officer, c.code);
    expect(disposed.filter((o) => o.isPrimary).map((o) => o.action)).toEqual(["acknowledge"]);
    expect(disposed[0]!.action).toBe("acknowledge");
  });

  it("checks a destructive action without taking it when asked to validate only", async () => {
    const c = await file();
    const missing = await verifier.request(ACT, { i: { complaintId: c.id, action: "reject", validateOnly: true } });
    expect(missing.data.actOnComplaint.errors).toMatchObject([{ field: "reason", code: "required" }]);
    const fine = await verifier.request(ACT, { i: { complaintId: c.id, action: "reject", reason: "spam", validateOnly: true } });
    expect(fine.data.actOnComplaint.errors).toEqual([]);
    const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.status).toBe("SUBMITTED");
    expect(await server.db.prisma.timelineEvent.count({ where: { complaintId: c.id } })).toBe(1);
  });

  it("shows the running deadline of whoever holds the complaint, after verification and while the agency works", async () => {
    const DEADLINE = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) {
      status deadline { kind dueAt isOverdue isPaused workingDaysLeft label } } }`;
    now = new Date("2026-11-30T01:00:00Z"); // Monday
    const c = await file();
    const seen = async () => (await server.client().request(DEADLINE, { c: c.code, s: c.secret })).data.complaint;

    await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
    // Still the verifier's: three working days from filing, until it reaches an agency.
    expect(await seen()).toMatchObject({ status: "VERIFIED", deadline: { kind: "dispose", dueAt: "2026-12-03T15:59:59.999Z", isPaused: false } });

    await verifier.request(ACT, { i: { complaintId: c.id, action: "postpone", note: "Mohon foto lokasinya." } });
    expect(await seen()).toMatchObject({ status: "POSTPONED", deadline: { kind: "verify", isPaused: true, workingDaysLeft: 3, label: "Berhenti sementara, sisa 3 hari kerja" } });
    await server.client().request(ACT, { i: { trackingCode: c.code, accessSecret: c.secret, action: "resume" } });
    await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });

    await verifier.request(ACT, { i: { complaintId: c.id, action: "dispose", agencyId: agency("PUPR").id } });
    expect(await seen()).toMatchObject({ status: "DISPOSED", deadline: { kind: "followUp", dueAt: "2026-12-07T15:59:59.999Z" } });
    await officer.request(ACT, { i: { complaintId: c.id, action: "acknowledge" } });
    expect((await seen()).deadline).toMatchObject({ kind: "followUp", dueAt: "2026-12-07T15:59:59.999Z" });

    now = new Date("2026-12-02T01:00:00Z"); // Wednesday: the agency answers, the next word is due in five working days
    await officer.request(ACT, { i: { complaintId: c.id, action: "postFollowUp", body: "Tim meninjau lokasi Kamis." } });
    expect(await seen()).toMatchObject({ status: "IN_PROGRESS", deadline: { kind: "followUp", dueAt: "2026-12-09T15:59:59.999Z", isOverdue: false } });

    // Handed back as not their authority: the verifier has three working days to re-route it.
    await officer.request(ACT, { i: { complaintId: c.id, action: "returnNotOurAuthority", note: "Jalan provinsi." } });
    expect(await seen()).toMatchObject({ status: "NOT_OUR_AUTHORITY", deadline: { kind: "dispose", dueAt: "2026-12-07T15:59:59.999Z" } });
  });

  it("gives the agency receiving a complaint its own words in the history, apart from the disposal", async () => {
    const c = await file();
    await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
    await verifier.request(ACT, { i: { complaintId: c.id, action: "dispose", agencyId: agency("PUPR").id } });
    await officer.request(ACT, { i: { complaintId: c.id, action: "acknowledge" } });
    const HISTORY = `query($c: String!) { complaint(trackingCode: $c) { timeline { entry summary staff: summary(audience: STAFF) } } }`;
    const publicView = (await server.client().request(HISTORY, { c: c.code })).data.complaint.timeline;
    expect(publicView.map((e: { entry: string }) => e.entry)).toEqual(["submitted", "verified", "disposed", "acknowledged"]);
    expect(publicView.map((e: { summary: string }) => e.summary)).toEqual([
      "Laporan dikirim",
      "Diperiksa dan diterima petugas",
      "Diteruskan ke instansi",
      "Diterima oleh instansi",
    ]);
    const staffView = (await officer.request(HISTORY, { c: c.code })).data.complaint.timeline;
    expect(staffView.map((e: { staff: string }) => e.staff)).toEqual(["Laporan masuk", "Diverifikasi", "Diteruskan ke instansi", "Diterima oleh instansi"]);
  });
});
