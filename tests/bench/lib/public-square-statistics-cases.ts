// The statistics page's case for the public-square benchmark: the GraphQL document /statistik
// sends (web/src/lib/server/statistics.ts, the same fields), for all of the kabupaten and for one
// kecamatan, beside the bare SQL that reads the same figures: the use case's own grouping
// statement with its parameters, without GraphQL, Prisma's client or the naming queries.
import { WITA_OFFSET_MINUTES } from "../../../server/src/domain/calendar/working-days.ts";
import { parsePeriod, workingDayIndex } from "../../../server/src/domain/statistics/statistics.ts";
import { STATISTICS_SQL, statisticsParams } from "../../../server/src/services/use-cases/statistics.ts";
import type { BenchCase, CaseBuilder } from "./public-square-case.ts";

/** What the page asks (web/src/lib/server/statistics.ts). */
const PAGE_QUERY = `
  query PublicStatistics($filter: PublicStatisticsFilter, $parentCode: String!) {
    publicStatistics(filter: $filter) {
      errors { field code message }
      statistics {
        from to districtCode districtName generatedAt total answeredCount
        medianDaysToVerify medianDaysToFirstAnswer
        byKind { kind label count }
        byStatus { status label count }
        byMonth { month count }
        byCategory { key name count }
        byDistrict { key name count }
        byAgency { agencyId name shortName count answerDue answeredOnTime onTimePercent sentence }
      }
    }
    regions(parentCode: $parentCode) { code name }
    categories { id name }
  }`;

/**
 * The bare statement's parameters for the page's default period (the last twelve months) as of
 * now. Holidays are left out of the working-day index here (the bench has no calendar at hand):
 * the same amount of work for the database, a day's difference at most in a few deadlines.
 */
function bareParams(districtCode: string | null): unknown[] {
  const now = new Date();
  const calendar = { utcOffsetMinutes: WITA_OFFSET_MINUTES, isHoliday: () => false };
  const { period } = parsePeriod({}, now, WITA_OFFSET_MINUTES);
  if (!period) throw new Error("the default period is always valid");
  const index = workingDayIndex(period.from, now, calendar);
  const today = new Date(now.getTime() + WITA_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
  return statisticsParams(period, districtCode, index, today, WITA_OFFSET_MINUTES);
}

export const cases: CaseBuilder = (facts) => {
  const all: BenchCase = {
    name: "/statistik (last 12 months, every kecamatan)",
    query: PAGE_QUERY,
    variables: { filter: { from: null, to: null, districtCode: null }, parentCode: "73.06" },
    bareSql: STATISTICS_SQL,
    bareParams: bareParams(null),
  };
  const one: BenchCase = {
    name: "/statistik (last 12 months, one kecamatan)",
    query: PAGE_QUERY,
    variables: { filter: { from: null, to: null, districtCode: facts.districtCode }, parentCode: "73.06" },
    bareSql: STATISTICS_SQL,
    bareParams: bareParams(facts.districtCode),
  };
  // Before each request these cases move a figure: one public complaint of the kecamatan, filed in
  // the last twelve months, goes from passed on to in progress or back (both public statuses, so
  // it still counts, under another status), and its updatedAt moves as every write's does. The
  // page must then count again: the benchmark times the figures right after a change.
  const changed = `
    UPDATE "Complaint" SET "updatedAt" = now() AT TIME ZONE 'UTC',
      "status" = CASE WHEN "status" = 'IN_PROGRESS' THEN 'DISPOSED' ELSE 'IN_PROGRESS' END::"ComplaintStatus"
    WHERE "id" = (
      SELECT "id" FROM "Complaint"
      WHERE NOT "isSandbox" AND "mergedIntoId" IS NULL AND "privacy" = 'PUBLIC' AND "status" IN ('DISPOSED', 'IN_PROGRESS')
        AND "districtCode" = '${facts.districtCode.replaceAll("'", "''")}' AND "submittedAt" > now() - interval '6 months'
      ORDER BY "id" LIMIT 1)`;
  return [
    all,
    one,
    { ...all, name: "/statistik (every kecamatan, just changed)", beforePage: changed },
    { ...one, name: "/statistik (one kecamatan, just changed)", beforePage: changed },
  ];
};
