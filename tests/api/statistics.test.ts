// Open statistics and the feed of new public complaints through GraphQL, on a small data set filed
// and moved through the real workflow at known times: the figures are right, and unverified,
// rejected, rahasia and practice complaints never count and never appear in the feed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statisticsFactsReadings } from "../../server/src/services/use-cases/statistics-facts.ts";
import { recordStatements } from "../support/query-counter.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

const wita = (local: string) => new Date(`${local}+08:00`);
let clock = wita("2026-09-01T09:00:00");
let server: TestServer;
let pupr: string;
let roads: string;

const SOMBA_OPU = "73.06.08";
const BONTONOMPO = "73.06.01";
const SUBMIT = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field } complaint { id trackingCode } } }`;
const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field message } } }`;
const STATS = `query($f: PublicStatisticsFilter) { publicStatistics(filter: $f) {
  errors { field code message }
  statistics { from to districtCode districtName total answeredCount medianDaysToVerify medianDaysToFirstAnswer
    byKind { kind label count } byStatus { status count } byCategory { key name count } byDistrict { key name count }
    byAgency { agencyId shortName count answerDue answeredOnTime onTimePercent sentence } byMonth { month count }
    byChannel { channel label count } } } }`;
const FEED = `query($d: String, $c: ID) { publicComplaintFeed(districtCode: $d, categoryId: $c) { trackingCode title story districtName categoryName publishedAt } }`;

const at = (local: string) => {
  clock = wita(local);
};

async function file(local: string, input: Record<string, unknown>) {
  at(local);
  const res = await server.client().request(SUBMIT, {
    i: { kind: "PENGADUAN", title: "Jalan berlubang", story: "Lubang besar di jalan poros.", districtCode: SOMBA_OPU, privacy: "PUBLIC", reporterName: "Ibu Saenab", ...input },
  });
  expect(res.data.submitComplaint.errors).toEqual([]);
  return res.data.submitComplaint.complaint as { id: string; trackingCode: string };
}

/** Signs in again at each step: weeks pass between the steps, longer than a session lasts. */
async function act(as: "verifier" | "officer", local: string, complaintId: string, action: string, extra: Record<string, unknown> = {}) {
  at(local);
  const who = await server.signedIn(as === "verifier" ? "verifikator@demo.suara.id" : "petugas.pupr@demo.suara.id");
  const res = await who.request(ACT, { i: { complaintId, action, ...extra } });
  expect(res.errors).toBeUndefined();
  expect(res.data.actOnComplaint.errors).toEqual([]);
}

const codes: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  const ref = await server.client().request(`{ agencies { id shortName } categories { id slug } }`);
  pupr = ref.data.agencies.find((a: { shortName: string }) => a.shortName === "Dinas PUPR").id;
  roads = ref.data.categories.find((c: { slug: string }) => c.slug === "jalan-jembatan").id;

  // A: answered two days after it reached Dinas PUPR (on time).
  const a = await file("2026-09-07T10:00:00", { categoryId: roads, title: "Jalan A berlubang" });
  await act("verifier", "2026-09-08T10:00:00", a.id, "verify");
  await act("verifier", "2026-09-08T11:00:00", a.id, "dispose", { agencyId: pupr });
  await act("officer", "2026-09-10T10:00:00", a.id, "postFollowUp", { body: "Tim kami menambal minggu ini." });
  // B: anonymous, an aspiration, answered eleven working days late.
  const b = await file("2026-10-05T10:00:00", { kind: "ASPIRASI", privacy: "ANONYMOUS", categoryId: roads, title: "Usul trotoar B" });
  await act("verifier", "2026-10-08T10:00:00", b.id, "verify");
  await act("verifier", "2026-10-08T11:00:00", b.id, "dispose", { agencyId: pupr });
  await act("officer", "2026-10-26T10:00:00", b.id, "resolve", { body: "Trotoar sudah dibangun." });
  // C: another kecamatan, never answered, its deadline long past.
  const c = await file("2026-10-12T10:00:00", { districtCode: BONTONOMPO, title: "Jembatan C retak" });
  await act("verifier", "2026-10-14T10:00:00", c.id, "verify");
  await act("verifier", "2026-10-14T11:00:00", c.id, "dispose", { agencyId: pupr });
  // D: passed on this week, its deadline (23 November) still to come.
  const d = await file("2026-11-16T10:00:00", { title: "Selokan D tersumbat" });
  await act("verifier", "2026-11-16T12:00:00", d.id, "verify");
  await act("verifier", "2026-11-16T13:00:00", d.id, "dispose", { agencyId: pupr });
  // Never counted: still being checked, rahasia (even answered), turned away, practice.
  const e = await file("2026-11-17T10:00:00", { title: "Belum diperiksa E" });
  const f = await file("2026-10-06T10:00:00", { privacy: "CONFIDENTIAL", categoryId: roads, title: "Rahasia F" });
  await act("verifier", "2026-10-06T11:00:00", f.id, "verify");
  await act("verifier", "2026-10-06T12:00:00", f.id, "dispose", { agencyId: pupr });
  await act("officer", "2026-10-07T10:00:00", f.id, "postFollowUp", { body: "Ditangani." });
  const h = await file("2026-10-07T10:00:00", { title: "Ditolak H" });
  await act("verifier", "2026-10-07T11:00:00", h.id, "reject", { reason: "spam" });
  const practice = await server.db.prisma.complaint.create({
    data: {
      trackingCode: "LTH-STAT-01", accessSecretHash: "x", kind: "PENGADUAN", title: "Latihan G", story: "Latihan.", districtCode: SOMBA_OPU,
      categoryId: roads, agencyId: pupr, privacy: "PUBLIC", status: "DISPOSED", isSandbox: true, submittedAt: wita("2026-10-09T10:00:00"),
      timeline: { create: [{ type: "STATUS_CHANGED", toStatus: "VERIFIED", createdAt: wita("2026-10-09T11:00:00") }] },
    },
  });
  Object.assign(codes, { a: a.trackingCode, b: b.trackingCode, c: c.trackingCode, d: d.trackingCode, e: e.trackingCode, f: f.trackingCode, h: h.trackingCode, g: practice.trackingCode });
  // C came in by SMS and D from another application (the doors write the channel on filing); the
  // rahasia F and the practice G came by SMS too, and still never count.
  await server.db.prisma.complaint.updateMany({ where: { id: { in: [c.id, f.id, practice.id] } }, data: { channel: "SMS" } });
  await server.db.prisma.complaint.update({ where: { id: d.id }, data: { channel: "OPEN311" } });
  // The verifier redacted A's title: the feed shows the public text.
  await server.db.prisma.complaint.update({ where: { id: a.id }, data: { publicTitle: "Jalan [disamarkan] berlubang" } });
  at("2026-11-20T10:00:00");
  // Filing and the workflow never load the statistics' facts: only a reader of figures does.
  expect(statisticsFactsReadings(server.db).loads).toBe(0);
}, 240_000);
afterAll(() => server?.close());

async function stats(filter: Record<string, unknown> | null, client = server.client()) {
  const res = await client.request(STATS, { f: filter });
  expect(res.errors).toBeUndefined();
  return res.data.publicStatistics;
}

describe("publicStatistics on a known data set", () => {
  it("counts only verified public and anonymous complaints, never practice", async () => {
    const { errors, statistics: s } = await stats({ from: "2026-09", to: "2026-11" });
    expect(errors).toEqual([]);
    expect(s).toMatchObject({ from: "2026-09", to: "2026-11", districtCode: null, total: 4, answeredCount: 2 });
    expect(s.byKind).toEqual([
      { kind: "PENGADUAN", label: "Pengaduan", count: 3 },
      { kind: "ASPIRASI", label: "Aspirasi", count: 1 },
      { kind: "PERMINTAAN_INFORMASI", label: "Permintaan informasi", count: 0 },
    ]);
    expect(s.byStatus.filter((x: { count: number }) => x.count > 0)).toEqual([
      { status: "DISPOSED", count: 2 },
      { status: "IN_PROGRESS", count: 1 },
      { status: "RESOLVED", count: 1 },
    ]);
    expect(s.byStatus.map((x: { status: string }) => x.status)).not.toContain("SUBMITTED");
    expect(s.byStatus.map((x: { status: string }) => x.status)).not.toContain("REJECTED");
    expect(s.byMonth).toEqual([
      { month: "2026-09", count: 1 },
      { month: "2026-10", count: 2 },
      { month: "2026-11", count: 1 },
    ]);
    expect(s.byDistrict).toEqual([
      { key: SOMBA_OPU, name: "Somba Opu", count: 3 },
      { key: BONTONOMPO, name: "Bontonompo", count: 1 },
    ]);
    expect(s.byCategory).toEqual([
      { key: roads, name: "Jalan dan jembatan", count: 2 },
      { key: null, name: "Tanpa kategori", count: 2 },
    ]);
    expect(s.byChannel).toEqual([
      { channel: "WEB", label: "Web", count: 2 },
      { channel: "ASSISTED", label: "Dibantu Sahabat LAPOR!", count: 0 },
      { channel: "SMS", label: "SMS", count: 1 },
      { channel: "OPEN311", label: "Aplikasi lain (Open311)", count: 1 },
    ]);
  });

  it("answers on time per agency: only complaints whose deadline has come, in words", async () => {
    const { statistics: s } = await stats({ from: "2026-09", to: "2026-11" });
    // A on time; B late; C unanswered past its deadline; D's deadline still to come.
    expect(s.byAgency).toEqual([
      { agencyId: pupr, shortName: "Dinas PUPR", count: 4, answerDue: 3, answeredOnTime: 1, onTimePercent: 33, sentence: "Dinas PUPR menjawab 1 dari 3 laporan tepat waktu" },
    ]);
    const en = await stats({ from: "2026-09", to: "2026-11" }, server.client({ locale: "en" }));
    expect(en.statistics.byAgency[0].sentence).toBe("Dinas PUPR answered 1 of 3 complaints on time");
  });

  it("medians in days: to the verifier's check, and to the first public answer", async () => {
    const { statistics: s } = await stats({ from: "2026-09", to: "2026-11" });
    // Verified after 1, 3, 2 days and 2 hours: the median of four is halfway between 1 and 2.
    expect(s.medianDaysToVerify).toBe(1.5);
    // Answered after 3 (A) and 21 (B) days.
    expect(s.medianDaysToFirstAnswer).toBe(12);
  });

  it("one kecamatan, and one month", async () => {
    const { statistics: s } = await stats({ from: "2026-08", to: "2026-11", districtCode: BONTONOMPO });
    expect(s).toMatchObject({ total: 1, districtName: "Bontonompo", medianDaysToVerify: 2, medianDaysToFirstAnswer: null });
    expect(s.byAgency[0]).toMatchObject({ answerDue: 1, answeredOnTime: 0 });
    expect(s.byChannel.map((x: { count: number }) => x.count)).toEqual([0, 0, 1, 0]);
    const october = (await stats({ from: "2026-10", to: "2026-10" })).statistics;
    expect(october.total).toBe(2);
    expect(october.byMonth).toEqual([{ month: "2026-10", count: 2 }]);
  });

  it("by default the last twelve months, this one included", async () => {
    const { statistics: s } = await stats(null);
    expect(s).toMatchObject({ from: "2025-12", to: "2026-11", total: 4 });
    expect(s.byMonth).toHaveLength(12);
  });

  it("a wrong filter is an error on its field, in words", async () => {
    const res = await stats({ from: "2026-11", to: "2026-09", districtCode: "99.99" });
    expect(res.statistics).toBeNull();
    expect(res.errors.map((e: { field: string }) => e.field).sort()).toEqual(["districtCode", "from"]);
    expect(res.errors.find((e: { field: string }) => e.field === "from").message).toBe("Bulan awal harus sama dengan bulan akhir atau sebelumnya");
    expect((await stats({ from: "bulan lalu" })).errors).toMatchObject([{ field: "from", code: "invalid_date" }]);
  });
});

describe("publicComplaintFeed", () => {
  const listed = async (variables: Record<string, unknown> = {}) => {
    const res = await server.client().request(FEED, variables);
    expect(res.errors).toBeUndefined();
    return res.data.publicComplaintFeed as { trackingCode: string; title: string; story: string; districtName: string; categoryName: string | null; publishedAt: string }[];
  };

  it("lists the public complaints newest first, with the public text, and nothing else", async () => {
    const feed = await listed();
    expect(feed.map((e) => e.trackingCode)).toEqual([codes.d, codes.c, codes.b, codes.a]);
    for (const hidden of [codes.e, codes.f, codes.g, codes.h]) expect(feed.map((e) => e.trackingCode)).not.toContain(hidden);
    const a = feed.find((e) => e.trackingCode === codes.a)!;
    expect(a.title).toBe("Jalan [disamarkan] berlubang");
    expect(a.publishedAt).toBe(wita("2026-09-08T10:00:00").toISOString());
    expect(JSON.stringify(feed)).not.toContain("Ibu Saenab");
  });

  it("per kecamatan and per category", async () => {
    expect((await listed({ d: BONTONOMPO })).map((e) => e.trackingCode)).toEqual([codes.c]);
    expect((await listed({ c: roads })).map((e) => e.trackingCode)).toEqual([codes.b, codes.a]);
    expect((await listed({ d: SOMBA_OPU, c: roads })).map((e) => e.trackingCode)).toEqual([codes.b, codes.a]);
  });
});

// Last: it verifies E, which the cases above count as never checked.
describe("the figures kept between readers", () => {
  const marked = (statements: string[], text: string) => statements.filter((sql) => sql.includes(text)).length;

  it("come from facts loaded once, brought up to date by reading only the complaints that changed", async () => {
    // The complaints above were filed an hour ago as far as the facts can tell: a read of changes
    // reaches back only a minute before the newest change it has seen.
    await server.db.prisma.$executeRawUnsafe(`UPDATE "Complaint" SET "updatedAt" = "updatedAt" - interval '1 hour'`);
    const before = statisticsFactsReadings(server.db);
    expect(before.loads).toBe(1);

    let again: { total: number } | undefined;
    const unchanged = await recordStatements(server.db, async () => (again = (await stats({ from: "2026-09", to: "2026-11" })).statistics));
    expect(again!.total).toBe(4);
    expect(marked(unchanged, "GROUPING SETS")).toBe(0);
    expect(marked(unchanged, "statistics facts: every public complaint")).toBe(0);
    expect(marked(unchanged, "statistics facts: complaints changed since")).toBe(1);
    expect(statisticsFactsReadings(server.db).changedRows).toBe(before.changedRows);

    const e = await server.db.prisma.complaint.findUniqueOrThrow({ where: { trackingCode: codes.e }, select: { id: true } });
    await act("verifier", "2026-11-20T11:00:00", e.id, "verify");
    let after: { total: number; medianDaysToVerify: number; byStatus: { status: string; count: number }[] } | undefined;
    const changed = await recordStatements(server.db, async () => (after = (await stats({ from: "2026-09", to: "2026-11" })).statistics));
    expect(marked(changed, "GROUPING SETS")).toBe(0);
    expect(marked(changed, "statistics facts: every public complaint")).toBe(0);
    // E alone was read, and counts at once: five complaints, one of them just verified.
    expect(statisticsFactsReadings(server.db)).toEqual({ loads: 1, changedRows: before.changedRows + 1 });
    expect(after!.total).toBe(5);
    expect(after!.byStatus.find((x) => x.status === "VERIFIED")?.count).toBe(1);
    // E waited three days for its check (17 → 20 November): the workflow kept when, and the median moved with it.
    const kept = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: e.id }, select: { verifiedAt: true } });
    expect(kept.verifiedAt?.toISOString()).toBe(wita("2026-11-20T11:00:00").toISOString());
    expect(after!.medianDaysToVerify).toBe(2);

    // A change stamped before the newest one read, committed only now (a slower transaction):
    // still read, as the reads reach back further than a transaction may last.
    const d = await server.db.prisma.complaint.findUniqueOrThrow({ where: { trackingCode: codes.d }, select: { id: true } });
    await server.db.prisma.$executeRaw`UPDATE "Complaint" SET "status" = 'RESOLVED', "updatedAt" = ${new Date(Date.now() - 5_000)} WHERE "id" = ${d.id}`;
    const late = (await stats({ from: "2026-09", to: "2026-11" })).statistics;
    expect(late.byStatus.find((x: { status: string }) => x.status === "RESOLVED")?.count).toBe(2);
    expect(statisticsFactsReadings(server.db).loads).toBe(1);
  });
});
