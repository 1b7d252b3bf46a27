// Open statistics: the public complaints of a period (and a kecamatan) grouped by kind, category,
// kecamatan, agency, status, month and the channel they came in through, with the medians and the
// answers on time, counted in memory from facts kept as complaints change (statistics-facts.ts,
// domain/statistics/aggregate.ts); STATISTICS_SQL is the same grouping in one statement, the
// reference they are tested against and the bare query the benchmark times. domain/statistics
// turns the rows into figures, and this names what the figures are about. The feed of new public
// complaints is here too. Which complaints count is asked of the privacy module
// (`publiclyReadable`); practice complaints and duplicates merged into another never count. A
// read, so not audited.
import type { Context } from "../../context.ts";
import { publiclyReadable } from "../../domain/privacy/privacy.ts";
import {
  buildFigures,
  type Dimension,
  type Figures,
  type GroupRow,
  parsePeriod,
  type Period,
  type TotalsRow,
  workingDayIndex,
} from "../../domain/statistics/statistics.ts";
import { DEADLINES } from "../../domain/calendar/working-days.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { type AggregateInput, aggregateStatistics } from "../../domain/statistics/aggregate.ts";
import type { StatisticsFacts } from "../../domain/statistics/facts.ts";
import { loadCalendar } from "./calendar.ts";
import { referenceData } from "./reference-data.ts";
import { arrayLiteral, currentStatisticsFacts, publicScopeParams } from "./statistics-facts.ts";

export type StatisticsFilter = { from?: string | null; to?: string | null; districtCode?: string | null };

export type Named<K> = { key: K; name: string | null };
export type PublicStatistics = Figures & {
  period: Period;
  districtCode: string | null;
  districtName: string | null;
  generatedAt: Date;
  names: { category: Map<string, string>; district: Map<string, string>; agency: Map<string, { name: string; shortName: string }> };
};

/** The one grouping query: the same text the benchmark times bare (tests/bench/lib/public-square-statistics-cases.ts). */
export const STATISTICS_SQL = `
WITH cal AS (
  SELECT t.d::date AS d, t.n FROM unnest($6::text::text[], $7::text::int[]) AS t(d, n)
),
pub AS (
  SELECT c.kind::text AS kind, c."categoryId" AS category, c."districtCode" AS district, c."agencyId" AS agency,
         c.status::text AS status, c.channel::text AS channel,
         to_char(c."submittedAt" + $9::int * interval '1 minute', 'YYYY-MM') AS month,
         c."submittedAt" AS submitted,
         -- The first check, passing on and public answer, kept on the complaint by the workflow.
         c."verifiedAt" AS verified, c."disposedAt" AS disposed, c."firstAnswerAt" AS answered
  FROM "Complaint" c
  WHERE NOT c."isSandbox" AND c."mergedIntoId" IS NULL
    AND c.privacy = ANY($1::text::"Privacy"[]) AND c.status = ANY($2::text::"ComplaintStatus"[])
    AND c."submittedAt" >= $3::timestamp AND c."submittedAt" < $4::timestamp
    AND ($5::text IS NULL OR c."districtCode" = $5::text)
),
measured AS (
  SELECT b.*,
         b.answered IS NOT NULL AND ce.n - cs.n < $10::int AS on_time,
         b.disposed IS NOT NULL AND (b.answered IS NOT NULL OR (SELECT n FROM cal WHERE d = $8::date - 1) - cs.n >= $10::int) AS due
  FROM pub b
  LEFT JOIN cal cs ON cs.d = (b.disposed + $9::int * interval '1 minute')::date
  LEFT JOIN cal ce ON ce.d = (b.answered + $9::int * interval '1 minute')::date - 1
),
medians AS (
  SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM verified - submitted) / 86400) AS verify,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered - submitted) / 86400) AS answer
  FROM measured
)
SELECT CASE GROUPING(kind, category, district, agency, status, month, channel)
         WHEN 63 THEN 'kind' WHEN 95 THEN 'category' WHEN 111 THEN 'district'
         WHEN 119 THEN 'agency' WHEN 123 THEN 'status' WHEN 125 THEN 'month' WHEN 126 THEN 'channel' ELSE 'total' END AS dimension,
       COALESCE(kind, category, district, agency, status, month, channel) AS key,
       count(*)::int AS count,
       (count(*) FILTER (WHERE due))::int AS answer_due,
       (count(*) FILTER (WHERE due AND on_time))::int AS on_time,
       count(verified)::int AS verified_count,
       count(answered)::int AS answered_count,
       -- The medians are of the whole period only: asked once beside the grouping (an ordered
       -- aggregate in it would sort every group of every set, and rule out hashing the sets).
       CASE WHEN GROUPING(kind, category, district, agency, status, month, channel) = 127 THEN (SELECT verify FROM medians) END AS median_verify,
       CASE WHEN GROUPING(kind, category, district, agency, status, month, channel) = 127 THEN (SELECT answer FROM medians) END AS median_answer
FROM measured
GROUP BY GROUPING SETS ((kind), (category), (district), (agency), (status), (month), (channel), ())
`;

export type SqlRow = {
  dimension: Dimension | "total";
  key: string | null;
  count: number;
  answer_due: number;
  on_time: number;
  verified_count: number;
  answered_count: number;
  median_verify: number | null;
  median_answer: number | null;
};

/** The statement's parameters, in order ($1…$10), arrays as array literals (publicScopeParams says why). */
export function statisticsParams(period: Period, districtCode: string | null, index: { dates: readonly string[]; counts: readonly number[] }, today: string, utcOffsetMinutes: number): unknown[] {
  return [
    ...publicScopeParams(),
    period.from.toISOString(),
    period.to.toISOString(),
    districtCode,
    arrayLiteral(index.dates),
    arrayLiteral(index.counts),
    today,
    utcOffsetMinutes,
    DEADLINES.agencyFollowUp,
  ];
}

/** The statement's rows as the figures take them (the reference the facts in memory are tested against). */
export function rowsFromSql(rows: readonly SqlRow[]): { groups: GroupRow[]; totals: TotalsRow } {
  const groups: GroupRow[] = rows
    .filter((r) => r.dimension !== "total")
    .map((r) => ({ dimension: r.dimension as Dimension, key: r.key, count: Number(r.count), answerDue: Number(r.answer_due), answeredOnTime: Number(r.on_time) }));
  const total = rows.find((r) => r.dimension === "total");
  const days = (value: number | null | undefined) => (value === null || value === undefined ? null : Number(value));
  return {
    groups,
    totals: {
      count: Number(total?.count ?? 0),
      verifiedCount: Number(total?.verified_count ?? 0),
      answeredCount: Number(total?.answered_count ?? 0),
      medianDaysToVerify: days(total?.median_verify),
      medianDaysToFirstAnswer: days(total?.median_answer),
    },
  };
}

// ─────────────── the figures, from the facts kept in memory ───────────────
// The grouping reads every public complaint of the period: 250–320 ms at 100,000 complaints on the
// embedded database, paid again after every change. Instead the facts of every public complaint
// are kept in memory and brought up to date as complaints change (statistics-facts.ts), and one
// pass over them gives the same rows (domain/statistics/aggregate.ts). The rows are also kept per
// period and kecamatan while the facts do not change, so a reader of unchanged figures does not
// count again.

type Rows = { groups: GroupRow[]; totals: TotalsRow };
type Kept = { facts: StatisticsFacts; version: number; rows: Rows };
const KEPT_LIMIT = 64;
const kept = new WeakMap<object, Map<string, Kept>>();

/** The group rows and totals of a period (and a kecamatan), from the facts as of this call. */
export async function statisticsRows(ctx: Context, input: AggregateInput): Promise<Rows> {
  const facts = await currentStatisticsFacts(ctx);
  let cache = kept.get(ctx.deps.db);
  if (!cache) kept.set(ctx.deps.db, (cache = new Map()));
  const key = JSON.stringify(statisticsParams(input.period, input.districtCode, input.index, input.today, input.utcOffsetMinutes));
  const hit = cache.get(key);
  if (hit && hit.facts === facts && hit.version === facts.version) return hit.rows;
  const rows = aggregateStatistics(facts, input);
  cache.delete(key);
  cache.set(key, { facts, version: facts.version, rows });
  // The oldest entry goes first (a Map keeps insertion order).
  if (cache.size > KEPT_LIMIT) cache.delete(cache.keys().next().value!);
  return rows;
}

export type StatisticsResult = { statistics: PublicStatistics | null; issues: FieldIssue[] };

export async function publicStatistics(ctx: Context, filter: StatisticsFilter): Promise<StatisticsResult> {
  const now = ctx.deps.now();
  const calendar = await loadCalendar(ctx.prisma, now.getTime());
  // Kecamatan, categories and agencies are checked and named from the reference data in memory.
  const reference = await referenceData(ctx.prisma, now.getTime());
  const { period, issues } = parsePeriod(filter, now, calendar.utcOffsetMinutes);
  const districtCode = filter.districtCode?.trim() || null;
  const found = districtCode === null ? undefined : reference.regions.get(districtCode);
  const district = found?.level === "DISTRICT" ? found : null;
  if (districtCode !== null && !district) issues.push({ field: "districtCode", code: "invalid_choice" });
  if (!period || issues.length > 0) return { statistics: null, issues };

  // Disposals, answers and today all lie between the period's start and now.
  const index = workingDayIndex(period.from, now, calendar);
  const today = new Date(now.getTime() + calendar.utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
  const { groups, totals } = await statisticsRows(ctx, { period, districtCode, index, today, utcOffsetMinutes: calendar.utcOffsetMinutes });
  const figures = buildFigures(groups, totals, period, publiclyReadable().statuses);

  const named = <T, N>(list: { key: string | null }[], lookup: ReadonlyMap<string, T>, name: (found: T) => N) =>
    new Map(list.flatMap(({ key }) => (key !== null && lookup.has(key) ? [[key, name(lookup.get(key)!)] as const] : [])));
  return {
    issues: [],
    statistics: {
      ...figures,
      period,
      districtCode,
      districtName: district?.name ?? null,
      generatedAt: now,
      names: {
        // Categories are named in the reader's language, as everywhere in the API.
        category: named(figures.byCategory, reference.categories, (c) => (ctx.locale === "en" ? c.nameEn : c.nameId)),
        district: named(figures.byDistrict, reference.regions, (d) => d.name),
        agency: named(figures.byAgency, reference.agencies, (a) => ({ name: a.name, shortName: a.shortName })),
      },
    },
  };
}

// ───────────────────────────── the feed of new public complaints ─────────────────────────────

export type FeedFilter = { districtCode?: string | null; categoryId?: string | null; first?: number | null };

export type FeedEntry = {
  id: string;
  trackingCode: string;
  kind: string;
  /** What the public reads: the verifier's redacted text where there is one. */
  title: string;
  story: string;
  categoryName: string | null;
  districtName: string;
  villageName: string | null;
  submittedAt: Date;
  /** When it became public (the verifier's check); the filing time if the timeline lacks it. */
  publishedAt: Date;
};

export const FEED_MAX = 50;

/** The newest public complaints, newest filed first, optionally of one kecamatan and one category. */
export async function publicComplaintFeed(ctx: Context, filter: FeedFilter): Promise<FeedEntry[]> {
  const scope = publiclyReadable();
  const first = Math.min(Math.max(filter.first ?? 20, 0), FEED_MAX);
  const rows = await ctx.prisma.complaint.findMany({
    where: {
      isSandbox: false,
      privacy: { in: scope.privacies },
      status: { in: scope.statuses },
      ...(filter.districtCode ? { districtCode: filter.districtCode } : {}),
      ...(filter.categoryId ? { categoryId: filter.categoryId } : {}),
    },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: first,
    select: {
      id: true,
      trackingCode: true,
      kind: true,
      title: true,
      story: true,
      publicTitle: true,
      publicStory: true,
      submittedAt: true,
      category: { select: { nameId: true, nameEn: true } },
      district: { select: { name: true } },
      village: { select: { name: true } },
      timeline: { where: { type: "STATUS_CHANGED", toStatus: "VERIFIED" }, orderBy: { createdAt: "asc" }, take: 1, select: { createdAt: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    trackingCode: r.trackingCode,
    kind: r.kind,
    title: r.publicTitle ?? r.title,
    story: r.publicStory ?? r.story,
    categoryName: r.category ? (ctx.locale === "en" ? r.category.nameEn : r.category.nameId) : null,
    districtName: r.district.name,
    villageName: r.village?.name ?? null,
    submittedAt: r.submittedAt,
    publishedAt: r.timeline[0]?.createdAt ?? r.submittedAt,
  }));
}
