// The open statistics counted in memory (facts kept as complaints change, one pass over them)
// agree with the grouping statement they replaced (STATISTICS_SQL, kept as the reference): the
// same group rows and totals for generated complaints of every kind, status, privacy, practice or
// not, merged or not, with and without their kept times, filed across month ends, weekends and
// holidays, for several periods and kecamatan, and again after complaints change (verified, made
// rahasia, merged, answered, filed) and the facts read only those changes.
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createContext } from "../../server/src/context.ts";
import type { Calendar } from "../../server/src/domain/calendar/working-days.ts";
import { isPubliclyReadable, type Privacy } from "../../server/src/domain/privacy/privacy.ts";
import { STATUSES, type Status } from "../../server/src/domain/complaint/status.ts";
import { KINDS } from "../../server/src/domain/complaint/submission.ts";
import { CHANNELS, type GroupRow, parsePeriod, type TotalsRow, workingDayIndex } from "../../server/src/domain/statistics/statistics.ts";
import { rowsFromSql, type SqlRow, STATISTICS_SQL, statisticsParams, statisticsRows } from "../../server/src/services/use-cases/statistics.ts";
import { statisticsFactsReadings } from "../../server/src/services/use-cases/statistics-facts.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const OFFSET = 480;
const wita = (local: string) => new Date(`${local}+08:00`).getTime();
const DAY = 86_400_000;
const NOW = new Date(wita("2026-03-20T10:00:00"));
// Christmas, New Year and Chinese New Year fall inside the generated filings' months.
const HOLIDAYS = new Set(["2025-12-25", "2026-01-01", "2026-02-17"]);
const calendar: Calendar = { utcOffsetMinutes: OFFSET, isHoliday: (d) => HOLIDAYS.has(d) };
const PERIODS = [
  { from: "2025-11", to: "2026-03" },
  { from: "2025-12", to: "2025-12" },
  { from: "2026-01", to: "2026-02" },
  {},
];

let server: TestServer;
let districts: string[];
let categories: string[];
let agencies: string[];
let original: string;
let filed = 0;

beforeAll(async () => {
  server = await startTestServer({ now: () => NOW });
  const prisma = server.db.prisma;
  districts = (await prisma.region.findMany({ where: { level: "DISTRICT" }, orderBy: { code: "asc" }, take: 3, select: { code: true } })).map((r) => r.code);
  categories = (await prisma.category.findMany({ orderBy: { id: "asc" }, take: 3, select: { id: true } })).map((c) => c.id);
  agencies = (await prisma.agency.findMany({ orderBy: { id: "asc" }, take: 3, select: { id: true } })).map((a) => a.id);
  // The complaint duplicates are merged into.
  original = (await prisma.complaint.create({ data: complaintData(draftOf({ status: "SUBMITTED" })) })).id;
}, 120_000);
afterAll(() => server?.close());

type Draft = {
  kind: (typeof KINDS)[number];
  privacy: Privacy;
  status: Status;
  channel: (typeof CHANNELS)[number];
  practice: boolean;
  merged: boolean;
  district: number;
  category: number | null;
  agency: number | null;
  submittedAt: number;
  toVerify: number | null;
  toDispose: number | null;
  toAnswer: number | null;
};

function draftOf(over: Partial<Draft>): Draft {
  return { kind: "PENGADUAN", privacy: "PUBLIC", status: "SUBMITTED", channel: "WEB", practice: false, merged: false, district: 0, category: null, agency: null, submittedAt: NOW.getTime() - 30 * DAY, toVerify: null, toDispose: null, toAnswer: null, ...over };
}

function complaintData(d: Draft) {
  const disposedAt = d.toDispose === null ? null : d.submittedAt + d.toDispose;
  return {
    trackingCode: `GEN-${String(filed++).padStart(5, "0")}`,
    accessSecretHash: "x",
    kind: d.kind,
    title: "Jalan rusak",
    story: "Jalan rusak di depan pasar.",
    districtCode: districts[d.district]!,
    categoryId: d.category === null ? null : categories[d.category]!,
    agencyId: d.agency === null ? null : agencies[d.agency]!,
    privacy: d.privacy,
    status: d.status,
    channel: d.channel,
    isSandbox: d.practice,
    mergedIntoId: d.merged ? original : null,
    submittedAt: new Date(d.submittedAt),
    verifiedAt: d.toVerify === null ? null : new Date(d.submittedAt + d.toVerify),
    disposedAt: disposedAt === null ? null : new Date(disposedAt),
    // An answer counts from the passing on when there was one; the data may also hold one without.
    firstAnswerAt: d.toAnswer === null ? null : new Date((disposedAt ?? d.submittedAt) + d.toAnswer),
  };
}

// Filed from mid-October to the end of March, some exactly at a month's first instant (local) or
// just before it; checked, passed on and answered after minutes to weeks (past today too).
const monthEdges = ["2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"].flatMap((d) => [wita(`${d}T00:00:00`), wita(`${d}T00:00:00`) - 1]);
const draft: fc.Arbitrary<Draft> = fc.record({
  kind: fc.constantFrom(...KINDS),
  privacy: fc.constantFrom<Privacy>("PUBLIC", "PUBLIC", "ANONYMOUS", "CONFIDENTIAL"),
  status: fc.constantFrom(...STATUSES),
  channel: fc.constantFrom(...CHANNELS),
  practice: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  merged: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  district: fc.integer({ min: 0, max: 2 }),
  category: fc.option(fc.integer({ min: 0, max: 2 }), { freq: 4 }),
  agency: fc.option(fc.integer({ min: 0, max: 2 }), { freq: 4 }),
  submittedAt: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: wita("2025-10-15T00:00:00"), max: wita("2026-03-31T23:59:59") }) }, { weight: 1, arbitrary: fc.constantFrom(...monthEdges) }),
  toVerify: fc.option(fc.integer({ min: 0, max: 12 * DAY }), { freq: 3 }),
  toDispose: fc.option(fc.integer({ min: 0, max: 15 * DAY }), { freq: 3 }),
  toAnswer: fc.option(fc.integer({ min: 0, max: 25 * DAY }), { freq: 2 }),
});

type Rows = { groups: GroupRow[]; totals: TotalsRow };
const sorted = (rows: Rows) => ({
  groups: [...rows.groups].sort((a, b) => `${a.dimension}|${a.key}`.localeCompare(`${b.dimension}|${b.key}`)),
  totals: { ...rows.totals, medianDaysToVerify: null, medianDaysToFirstAnswer: null },
});

/** Every period × every kecamatan (and all of them, and one without complaints): the figures in memory are the statement's. */
async function expectAgreement(): Promise<void> {
  const ctx = await createContext(server.deps, { headers: {}, socket: { remoteAddress: "127.0.0.1" } });
  for (const filter of PERIODS) {
    const { period } = parsePeriod(filter, NOW, OFFSET);
    const index = workingDayIndex(period!.from, NOW, calendar);
    const today = new Date(NOW.getTime() + OFFSET * 60_000).toISOString().slice(0, 10);
    for (const districtCode of [null, ...districts, "73.06.99"]) {
      const params = statisticsParams(period!, districtCode, index, today, OFFSET);
      const reference = rowsFromSql(await server.db.prisma.$queryRawUnsafe<SqlRow[]>(STATISTICS_SQL, ...params));
      const inMemory = await statisticsRows(ctx, { period: period!, districtCode, index, today, utcOffsetMinutes: OFFSET });
      const where = `${JSON.stringify(filter)} ${districtCode ?? "every kecamatan"}`;
      expect(sorted(inMemory), where).toEqual(sorted(reference));
      // Days as fractions: the database divides in numeric, JavaScript in binary.
      for (const median of ["medianDaysToVerify", "medianDaysToFirstAnswer"] as const) {
        if (reference.totals[median] === null) expect(inMemory.totals[median], `${where} ${median}`).toBeNull();
        else expect(inMemory.totals[median], `${where} ${median}`).toBeCloseTo(reference.totals[median]!, 9);
      }
    }
  }
}

const isPublic = (c: { privacy: Privacy; status: Status; isSandbox: boolean; mergedIntoId: string | null }) => !c.isSandbox && c.mergedIntoId === null && isPubliclyReadable(c);

it("equal the grouping statement's rows, for generated complaints and after each batch of changes", async () => {
  const prisma = server.db.prisma;
  await fc.assert(
    fc.asyncProperty(fc.array(draft, { minLength: 100, maxLength: 200 }), async (drafts) => {
      const first = filed;
      await prisma.complaint.createMany({ data: drafts.map(complaintData) });
      await expectAgreement();

      const batch = await prisma.complaint.findMany({
        where: { trackingCode: { gte: `GEN-${String(first).padStart(5, "0")}` } },
        orderBy: { trackingCode: "asc" },
        select: { id: true, privacy: true, status: true, isSandbox: true, mergedIntoId: true, submittedAt: true, disposedAt: true, firstAnswerAt: true },
      });
      const publicOnes = batch.filter(isPublic);
      // Verified by the desk (becomes public when it was PUBLIC or ANONYMOUS).
      const unchecked = batch.find((c) => c.status === "SUBMITTED" && !c.isSandbox && c.mergedIntoId === null);
      if (unchecked) await prisma.complaint.update({ where: { id: unchecked.id }, data: { status: "VERIFIED", verifiedAt: new Date(unchecked.submittedAt.getTime() + 2 * DAY) } });
      const [secret, merged, mergedOpen] = publicOnes;
      // Made rahasia: no longer public.
      if (secret) await prisma.complaint.update({ where: { id: secret.id }, data: { privacy: "CONFIDENTIAL" } });
      // Merged as mergeComplaint does (archived), and one merged keeping a public status: neither counts.
      if (merged) await prisma.complaint.update({ where: { id: merged.id }, data: { status: "ARCHIVED", mergedIntoId: original } });
      if (mergedOpen) await prisma.complaint.update({ where: { id: mergedOpen.id }, data: { mergedIntoId: original } });
      // Answered: due now, and on time or not by its dates.
      const waiting = publicOnes.slice(3).find((c) => c.disposedAt !== null && c.firstAnswerAt === null);
      if (waiting) await prisma.complaint.update({ where: { id: waiting.id }, data: { status: "IN_PROGRESS", firstAnswerAt: new Date(waiting.disposedAt!.getTime() + 3 * DAY) } });
      // A new one filed and checked at once.
      await prisma.complaint.create({ data: complaintData(draftOf({ status: "VERIFIED", district: 1, submittedAt: wita("2026-01-05T08:00:00"), toVerify: DAY })) });
      await expectAgreement();
    }),
    { numRuns: 3, endOnFailure: true },
  );
  // Loaded once; every batch and change after that was read as a change.
  expect(statisticsFactsReadings(server.db).loads).toBe(1);
}, 240_000);
