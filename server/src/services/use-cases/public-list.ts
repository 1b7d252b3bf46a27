// The public list (/laporan): what the privacy rules let anyone read (publiclyReadable), never
// practice or merged-away complaints; filtered, searched with PostgreSQL full-text search in the
// 'indonesian' configuration over the indexed public text, sorted and paged. One SQL query for the
// page's rows and one for the count, whatever the filter; the count is kept until a complaint
// changes. The filter is checked against, and the rows' places and categories named from, the
// reference data held in memory.
import type { Context } from "../../context.ts";
import { workingDaysUntil } from "../../domain/calendar/working-days.ts";
import { holderOf, type Status } from "../../domain/complaint/status.ts";
import { publiclyReadable } from "../../domain/privacy/privacy.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { loadCalendar } from "./calendar.ts";
import { COMPLAINTS_VERSION_SQL, complaintsVersion, versionOf } from "./complaints-version.ts";
import { referenceData } from "./reference-data.ts";

export const PUBLIC_PAGE_SIZE = 20;
/** Words typed into the search: a sentence is plenty, and a longer one cannot be indexed usefully. */
export const SEARCH_MAX = 200;
const KINDS = ["PENGADUAN", "ASPIRASI", "PERMINTAAN_INFORMASI"] as const;
export const PUBLIC_SORTS = ["NEWEST", "MOST_SUPPORTED"] as const;
export type PublicSort = (typeof PUBLIC_SORTS)[number];

/** As typed into the page's GET form: loosely typed, every value checked here. */
export type PublicListInput = {
  district?: string | null;
  village?: string | null;
  category?: string | null;
  kind?: string | null;
  status?: string | null;
  search?: string | null;
  sort?: PublicSort | null;
  page?: number | null;
};

export type PublicRow = {
  id: string;
  trackingCode: string;
  /** The public text: the verifier's redacted title when there is one. */
  title: string;
  kind: string;
  status: Status;
  submittedAt: Date;
  supportCount: number;
  districtCode: string;
  districtName: string;
  villageCode: string | null;
  villageName: string | null;
  categoryId: string | null;
  categoryName: string | null;
  /** Working days since it was filed (Asia/Makassar, holidays skipped). */
  waitedWorkingDays: number;
  /** Someone (the verifier, an agency) still owes it a step: "waiting"; otherwise it was answered. */
  waiting: boolean;
};

export type PublicListResult = {
  rows: PublicRow[];
  totalCount: number;
  /** More match than COUNT_CAP: totalCount is the cap, and only the first MAX_PAGES pages are shown. */
  countCapped: boolean;
  page: number;
  pageCount: number;
  issues: FieldIssue[];
};

/**
 * The SQL condition for "anyone may read it in the list": the privacy rules' modes and statuses,
 * real (not practice) and not merged into another complaint. Shared by the list, its count and
 * the live count, so they can never disagree.
 */
export function publicListCondition(alias = "c"): Prisma.Sql {
  const { privacies, statuses } = publiclyReadable();
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${a}."isSandbox" = false AND ${a}."mergedIntoId" IS NULL
    AND ${a}."privacy" IN (${Prisma.join(privacies.map((p) => Prisma.sql`${p}::"Privacy"`))})
    AND ${a}."status" IN (${Prisma.join(statuses.map((s) => Prisma.sql`${s}::"ComplaintStatus"`))})`;
}

/**
 * The public text's words: a column PostgreSQL generates from the redacted title and story where
 * there are some (migration public_text_column), GIN-indexed for rare words and cheap to test row
 * by row when a common word is read newest first.
 */
const PUBLIC_TEXT = Prisma.sql`c."publicText"`;

export type CheckedFilter = {
  district: string | null;
  village: string | null;
  category: string | null;
  kind: string | null;
  status: string | null;
  search: string | null;
};

/** Checks each filter value against what exists; a wrong one is a field issue, never ignored silently. */
async function checkFilter(ctx: Context, input: PublicListInput): Promise<{ filter: CheckedFilter; issues: FieldIssue[] }> {
  const issues: FieldIssue[] = [];
  const clean = (v: string | null | undefined) => v?.trim() || null;
  const filter: CheckedFilter = {
    district: clean(input.district),
    village: clean(input.village),
    category: clean(input.category),
    kind: clean(input.kind),
    status: clean(input.status),
    search: clean(input.search),
  };
  // Checked against the reference data held in memory (a filter costs no query).
  const reference = await referenceData(ctx.prisma, ctx.deps.now().getTime());
  const district = filter.district ? reference.regions.get(filter.district) : undefined;
  if (filter.district && district?.level !== "DISTRICT") issues.push({ field: "district", code: "invalid_choice" });
  const village = filter.village ? reference.regions.get(filter.village) : undefined;
  if (filter.village && village?.level !== "VILLAGE") issues.push({ field: "village", code: "invalid_choice" });
  else if (village && district?.level === "DISTRICT" && village.parentCode !== district.code) issues.push({ field: "village", code: "not_in_district" });
  if (filter.category && !reference.categories.has(filter.category)) issues.push({ field: "category", code: "invalid_choice" });
  if (filter.kind && !(KINDS as readonly string[]).includes(filter.kind)) issues.push({ field: "kind", code: "invalid_choice" });
  if (filter.status && !(publiclyReadable().statuses as string[]).includes(filter.status)) issues.push({ field: "status", code: "invalid_choice" });
  if (filter.search && filter.search.length > SEARCH_MAX) {
    issues.push({ field: "search", code: "too_long", params: { max: SEARCH_MAX, length: filter.search.length } });
  }
  return { filter, issues };
}

/** The filter's own conditions (beside the public rule), each on the indexed columns as they are. */
function filterParts(filter: CheckedFilter): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filter.district) parts.push(Prisma.sql`c."districtCode" = ${filter.district}`);
  if (filter.village) parts.push(Prisma.sql`c."villageCode" = ${filter.village}`);
  if (filter.category) parts.push(Prisma.sql`c."categoryId" = ${filter.category}`);
  if (filter.kind) parts.push(Prisma.sql`c."kind" = ${filter.kind}::"ComplaintKind"`);
  if (filter.status) parts.push(Prisma.sql`c."status" = ${filter.status}::"ComplaintStatus"`);
  if (filter.search) parts.push(Prisma.sql`${PUBLIC_TEXT} @@ websearch_to_tsquery('indonesian', ${filter.search})`);
  return parts;
}

function whereOf(filter: CheckedFilter): Prisma.Sql {
  return Prisma.join([publicListCondition(), ...filterParts(filter)], " AND ");
}

type RawRow = Omit<PublicRow, "districtName" | "villageName" | "categoryName" | "waitedWorkingDays" | "waiting"> & {
  /** The newest change to any complaint, read with the rows (the kept count is checked against it). */
  version: Date | string | null;
};

/** Past this many the list says "more than 1,000" and shows the first 50 pages: narrow it to see the rest. */
export const COUNT_CAP = 1000;
export const MAX_PAGES = COUNT_CAP / PUBLIC_PAGE_SIZE;

const SORT_KEY: Record<PublicSort, { columns: Prisma.Sql; outer: Prisma.Sql }> = {
  NEWEST: { columns: Prisma.sql`c."submittedAt" DESC, c."id" DESC`, outer: Prisma.sql`p."submittedAt" DESC, p."id" DESC` },
  MOST_SUPPORTED: {
    columns: Prisma.sql`c."supportCount" DESC, c."submittedAt" DESC, c."id" DESC`,
    outer: Prisma.sql`p."supportCount" DESC, p."submittedAt" DESC, p."id" DESC`,
  },
};

/**
 * The ids, in order, of one page. Two shapes, the same rows: a narrow filter (a place, a category,
 * words) lets PostgreSQL find the few matches by their indexes and sort them; the broad list
 * (everything, or a kind or a status) reads each public privacy × status pair newest (or most
 * supported) first from the index on (isSandbox, privacy, status, submittedAt|supportCount) and
 * stops after the page, instead of sorting every public complaint for 20 of them.
 */
function pageSql(filter: CheckedFilter, sort: PublicSort, offset: number): Prisma.Sql {
  const { columns } = SORT_KEY[sort];
  const pick = Prisma.sql`SELECT c."id", c."submittedAt", c."supportCount" FROM "Complaint" c`;
  const narrow = Boolean(filter.district || filter.village || filter.category || filter.search);
  if (narrow) {
    return Prisma.sql`${pick} WHERE ${whereOf(filter)} ORDER BY ${columns} LIMIT ${PUBLIC_PAGE_SIZE} OFFSET ${offset}`;
  }
  const { privacies, statuses } = publiclyReadable();
  const pairs = privacies.flatMap((privacy) =>
    statuses.filter((status) => !filter.status || status === filter.status).map((status) => Prisma.sql`(${privacy}::"Privacy", ${status}::"ComplaintStatus")`),
  );
  const rest = filterParts({ ...filter, status: null });
  const perPair = (condition: Prisma.Sql, order: Prisma.Sql) => Prisma.sql`
    SELECT p."id", p."submittedAt", p."supportCount"
    FROM (VALUES ${Prisma.join(pairs)}) AS k("privacy", "status")
    CROSS JOIN LATERAL (
      ${pick}
      WHERE c."isSandbox" = false AND c."privacy" = k."privacy" AND c."status" = k."status" AND c."mergedIntoId" IS NULL
        AND ${Prisma.join([condition, ...rest], " AND ")}
      ORDER BY ${order} LIMIT ${offset + PUBLIC_PAGE_SIZE}
    ) p`;
  const outer = SORT_KEY[sort].outer;
  if (sort === "NEWEST") {
    return Prisma.sql`${perPair(Prisma.sql`true`, columns)} ORDER BY ${outer} LIMIT ${PUBLIC_PAGE_SIZE} OFFSET ${offset}`;
  }
  // Most supported: the supported ones by their count (few, from the supportCount index), then the
  // many with no support yet newest first (from the submittedAt index), instead of sorting every
  // unsupported complaint by date to break their tie.
  return Prisma.sql`
    SELECT * FROM (
      (${perPair(Prisma.sql`c."supportCount" > 0`, columns)})
      UNION ALL
      (${perPair(Prisma.sql`c."supportCount" = 0`, SORT_KEY.NEWEST.columns)})
    ) p ORDER BY ${outer} LIMIT ${PUBLIC_PAGE_SIZE} OFFSET ${offset}`;
}

/**
 * The page's rows (their place and category are named from the reference data in memory), each
 * with the complaints' version, so that checking the kept count costs no statement of its own.
 */
function publicRowsSql(filter: CheckedFilter, sort: PublicSort, offset: number): Prisma.Sql {
  return Prisma.sql`
    WITH page AS (${pageSql(filter, sort, offset)})
    SELECT c."id", c."trackingCode", coalesce(c."publicTitle", c."title") AS "title", c."kind"::text AS "kind",
           c."status"::text AS "status", c."submittedAt", c."supportCount", c."districtCode", c."villageCode", c."categoryId",
           ${COMPLAINTS_VERSION_SQL} AS "version"
    FROM page p
    JOIN "Complaint" c ON c."id" = p."id"
    ORDER BY ${SORT_KEY[sort].outer}`;
}

/** The list's condition for a filter as typed, or what is wrong with it. */
export async function publicWhere(ctx: Context, input: PublicListInput): Promise<{ where: Prisma.Sql; issues: [] } | { where: null; issues: FieldIssue[] }> {
  const { filter, issues } = await checkFilter(ctx, input);
  return issues.length ? { where: null, issues } : { where: whereOf(filter), issues: [] };
}

// ─────────────── counts, kept per filter while no complaint has changed ───────────────
// Every visitor of the same list (the first page, a kecamatan, a word) asks the same count; it
// only moves when a complaint does, and every such write updates the complaint row. So a count is
// kept per filter with the newest `updatedAt` of any complaint (one indexed read) it was made
// after, and made again once that moves; readers asking at once share one count. Kept at most
// five minutes, as two writers committing out of order could otherwise hide one change.

type KeptCount = { version: string; at: number; count: Promise<number> };
const KEPT_COUNTS_LIMIT = 256;
const KEPT_COUNT_MAX_AGE_MS = 5 * 60_000;
const keptCounts = new WeakMap<object, Map<string, KeptCount>>();

/** How many complaints match, stopping one past COUNT_CAP; `version` when the caller read it already. */
async function matchingCount(ctx: Context, filter: CheckedFilter, knownVersion: string | null): Promise<number> {
  let kept = keptCounts.get(ctx.deps.db);
  if (!kept) keptCounts.set(ctx.deps.db, (kept = new Map()));
  const key = JSON.stringify(filter);
  const version = knownVersion ?? (await complaintsVersion(ctx.prisma));
  const now = Date.now();
  const hit = kept.get(key);
  if (hit && hit.version === version && now - hit.at < KEPT_COUNT_MAX_AGE_MS) return hit.count;
  const count = ctx.prisma
    .$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS "count" FROM (SELECT 1 FROM "Complaint" c WHERE ${whereOf(filter)} LIMIT ${COUNT_CAP + 1}) AS matching`
    .then((rows) => rows[0]?.count ?? 0);
  const entry: KeptCount = { version, at: now, count };
  kept.delete(key);
  kept.set(key, entry);
  if (kept.size > KEPT_COUNTS_LIMIT) kept.delete(kept.keys().next().value!);
  count.catch(() => {
    if (kept.get(key) === entry) kept.delete(key);
  });
  return count;
}

export async function listPublicComplaints(ctx: Context, input: PublicListInput): Promise<PublicListResult> {
  const { filter, issues } = await checkFilter(ctx, input);
  // No list shows more than MAX_PAGES pages: a page past that is never read.
  const askedPage = Number.isInteger(input.page) && input.page! >= 1 ? Math.min(input.page!, MAX_PAGES) : 1;
  if (issues.length) return { rows: [], totalCount: 0, countCapped: false, page: 1, pageCount: 1, issues };
  const sort = input.sort ?? "NEWEST";
  // The asked page first: a first page that is not full is the whole list and counts itself.
  // Otherwise the count stops one past the cap: exact below it, "more than 1,000" above (a full
  // count of tens of thousands costs more than the page itself, for a number nobody pages through).
  const rowsOf = (page: number) => ctx.prisma.$queryRaw<RawRow[]>(publicRowsSql(filter, sort, (page - 1) * PUBLIC_PAGE_SIZE));
  let raw = await rowsOf(askedPage);
  const counted =
    askedPage === 1 && raw.length < PUBLIC_PAGE_SIZE ? raw.length : await matchingCount(ctx, filter, raw.length ? versionOf(raw[0]!.version) : null);
  const countCapped = counted > COUNT_CAP;
  const totalCount = Math.min(counted, COUNT_CAP);
  const pageCount = Math.min(MAX_PAGES, Math.max(1, Math.ceil(totalCount / PUBLIC_PAGE_SIZE)));
  // A page past the end (a bookmark from when there were more) shows the last one.
  const page = Math.min(askedPage, pageCount);
  if (page !== askedPage) raw = totalCount === 0 ? [] : await rowsOf(page);
  const now = ctx.deps.now();
  const calendar = raw.length ? await loadCalendar(ctx.prisma, now.getTime()) : null;
  const reference = await referenceData(ctx.prisma, now.getTime());
  const rows = raw.map(({ version: _version, ...row }) => {
    const holder = holderOf(row.status);
    const category = row.categoryId === null ? undefined : reference.categories.get(row.categoryId);
    return {
      ...row,
      districtName: reference.regions.get(row.districtCode)?.name ?? "",
      villageName: row.villageCode === null ? null : (reference.regions.get(row.villageCode)?.name ?? null),
      categoryName: category ? (ctx.locale === "en" ? category.nameEn : category.nameId) : null,
      waitedWorkingDays: Math.max(0, workingDaysUntil(row.submittedAt, now, calendar!)),
      waiting: holder === "VERIFIER" || holder === "AGENCY",
    };
  });
  return { rows, totalCount, countCapped, page, pageCount, issues: [] };
}

/**
 * Whether this complaint is in the list with this filter now and was verified since `since`
 * (a new row for a page opened then). One lookup by id: cheap on every queue event.
 */
export async function isNewlyPublic(ctx: Context, where: Prisma.Sql, complaintId: string, since: Date): Promise<boolean> {
  const rows = await ctx.prisma.$queryRaw<unknown[]>`
    SELECT 1 FROM "Complaint" c
    WHERE c."id" = ${complaintId} AND ${where}
      AND EXISTS (SELECT 1 FROM "TimelineEvent" t WHERE t."complaintId" = c."id" AND t."toStatus" = 'VERIFIED'::"ComplaintStatus" AND t."createdAt" >= ${since})`;
  return rows.length > 0;
}
