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
  // The figures are reused while no complaint changes: these cases change one (a practice
  // complaint, outside every figure) before each request, so the page computes them again.
  const changed = `UPDATE "Complaint" SET "updatedAt" = now() WHERE id = (SELECT id FROM "Complaint" WHERE "isSandbox" LIMIT 1)`;
  return [
    all,
    one,
    { ...all, name: "/statistik (every kecamatan, just changed)", beforePage: changed },
    { ...one, name: "/statistik (one kecamatan, just changed)", beforePage: changed },
  ];
};
