// Open statistics (/statistik): the period asked for, the working-day index the answer deadline
// is counted with, and turning the database's group rows into the figures the page shows. Pure:
// the use case reads the rows (grouped in SQL, so 100,000 complaints cost one pass) and names
// categories, kecamatan and agencies. Which complaints count is the privacy module's answer
// (`publiclyReadable`), never decided here.
import { addWorkingDays, type Calendar, isWorkingDay, localDate } from "../calendar/working-days.ts";
import { DEADLINES } from "../calendar/working-days.ts";
import { STATUSES, type Status } from "../complaint/status.ts";
import { KINDS } from "../complaint/submission.ts";
import type { FieldIssue } from "../shared/field-issue.ts";

export type Kind = (typeof KINDS)[number];

/** What the figures are grouped by. */
export const DIMENSIONS = ["kind", "category", "district", "agency", "status", "month", "channel"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The doors a complaint comes in through, in the order the figures list them (the database's Channel). */
export const CHANNELS = ["WEB", "ASSISTED", "SMS", "OPEN311"] as const;
export type ChannelKey = (typeof CHANNELS)[number];

/** One group as the database counts it: complaints, and of those whose answer deadline has come, how many were answered in time. */
export type GroupRow = { dimension: Dimension; key: string | null; count: number; answerDue: number; answeredOnTime: number };

/** The whole set at once: medians are in days (fractions kept), null when nothing was measured. */
export type TotalsRow = {
  count: number;
  verifiedCount: number;
  answeredCount: number;
  medianDaysToVerify: number | null;
  medianDaysToFirstAnswer: number | null;
};

/** A period of whole months, local time: from the first instant of `fromMonth` to before the first of the month after `toMonth`. */
export type Period = { fromMonth: string; toMonth: string; from: Date; to: Date };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** At most ten years in one request: a longer series is no longer one chart. */
export const MAX_MONTHS = 120;
/** Without a period: the last twelve months, this one included. */
export const DEFAULT_MONTHS = 12;

function monthIndex(month: string): number {
  const [, y, m] = MONTH.exec(month)!;
  return Number(y) * 12 + Number(m) - 1;
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The first instant of a local month, as a UTC instant. */
export function monthStartInstant(month: string, utcOffsetMinutes: number): Date {
  return new Date(Date.parse(`${month}-01T00:00:00Z`) - utcOffsetMinutes * 60_000);
}

/** Every month from `fromMonth` to `toMonth`, both included, in order. */
export function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const months: string[] = [];
  for (let i = monthIndex(fromMonth); i <= monthIndex(toMonth); i++) months.push(monthOf(i));
  return months;
}

/**
 * The period from the filter's months (YYYY-MM, either may be left out): the default ends this
 * month and starts eleven months before the end. A wrong month, a start after the end, or a span
 * longer than MAX_MONTHS is an issue on its field.
 */
export function parsePeriod(
  input: { from?: string | null; to?: string | null },
  now: Date,
  utcOffsetMinutes: number,
): { period: Period | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const from = input.from?.trim() || null;
  const to = input.to?.trim() || null;
  if (from !== null && !MONTH.test(from)) issues.push({ field: "from", code: "invalid_date" });
  if (to !== null && !MONTH.test(to)) issues.push({ field: "to", code: "invalid_date" });
  if (issues.length > 0) return { period: null, issues };
  const thisMonth = localDate(now, utcOffsetMinutes).slice(0, 7);
  const toMonth = to ?? (from !== null && monthIndex(from) > monthIndex(thisMonth) ? from : thisMonth);
  const fromMonth = from ?? monthOf(monthIndex(toMonth) - (DEFAULT_MONTHS - 1));
  if (monthIndex(fromMonth) > monthIndex(toMonth)) return { period: null, issues: [{ field: "from", code: "invalid_choice" }] };
  if (monthIndex(toMonth) - monthIndex(fromMonth) + 1 > MAX_MONTHS) {
    return { period: null, issues: [{ field: "from", code: "too_far", params: { max: MAX_MONTHS } }] };
  }
  return {
    period: {
      fromMonth,
      toMonth,
      from: monthStartInstant(fromMonth, utcOffsetMinutes),
      to: monthStartInstant(monthOf(monthIndex(toMonth) + 1), utcOffsetMinutes),
    },
    issues: [],
  };
}

// ───────────────────────────── the answer deadline ─────────────────────────────

/**
 * An agency answers on time when its first public answer comes by the end of the
 * DEADLINES.agencyFollowUp-th working day after the day it received the complaint: the same
 * deadline the workflow sets at disposal (deadline.ts).
 */
export function answeredOnTime(disposedAt: Date, answeredAt: Date, calendar: Calendar): boolean {
  return answeredAt <= addWorkingDays(disposedAt, DEADLINES.agencyFollowUp, calendar);
}

/**
 * For every local date from `from`'s to `to`'s, how many working days there are up to and
 * including it (counted from the day before `from`). The database counts deadlines with this
 * table instead of knowing weekends and holidays itself: see `onTimeByIndex`.
 */
export function workingDayIndex(from: Date, to: Date, calendar: Calendar): { dates: string[]; counts: number[] } {
  const dates: string[] = [];
  const counts: number[] = [];
  const last = localDate(to, calendar.utcOffsetMinutes);
  let date = localDate(new Date(from.getTime() - 86_400_000), calendar.utcOffsetMinutes);
  let count = 0;
  for (;;) {
    if (isWorkingDay(date, calendar)) count++;
    dates.push(date);
    counts.push(count);
    if (date >= last) break;
    date = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  }
  return { dates, counts };
}

/**
 * `answeredOnTime` by the index, as the SQL computes it: the answer's local date may come no
 * later than the deadline's day, so fewer than the deadline's working days may lie between the
 * disposal's date (excluded) and the day before the answer (included). Null outside the index.
 */
export function onTimeByIndex(index: ReadonlyMap<string, number>, disposedDate: string, answeredDate: string): boolean | null {
  const dayBefore = new Date(Date.parse(`${answeredDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const start = index.get(disposedDate);
  const end = index.get(dayBefore);
  if (start === undefined || end === undefined) return null;
  return end - start < DEADLINES.agencyFollowUp;
}

// ───────────────────────────── figures ─────────────────────────────

export type Count<K> = { key: K; count: number };
export type AgencyFigure = Count<string | null> & {
  /** Complaints passed to the agency whose answer deadline has come (answered or not). */
  answerDue: number;
  answeredOnTime: number;
  /** answeredOnTime ÷ answerDue, null when nothing was due yet. */
  onTimeShare: number | null;
};

export type Figures = {
  total: number;
  verifiedCount: number;
  answeredCount: number;
  medianDaysToVerify: number | null;
  medianDaysToFirstAnswer: number | null;
  /** Every kind, in the order filing offers them, zeros included. */
  byKind: Count<Kind>[];
  /** Every status a public complaint can be in, in workflow order, zeros included. */
  byStatus: Count<Status>[];
  /** Most first; null (no category, no agency yet) last. */
  byCategory: Count<string | null>[];
  byDistrict: Count<string>[];
  byAgency: AgencyFigure[];
  /** Every month of the period, zeros included, oldest first. */
  byMonth: Count<string>[];
  /** Every channel (web, assisted, SMS, Open311), in that order, zeros included. */
  byChannel: Count<ChannelKey>[];
};

/** Days rounded to one decimal, as the page says them. */
function days(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.round(value * 10) / 10;
}

const mostFirst = <K extends string | null>(a: Count<K>, b: Count<K>) =>
  b.count - a.count || (a.key ?? "\uffff").localeCompare(b.key ?? "\uffff");

/**
 * The figures from the group rows: every dimension in a fixed order (kinds and statuses as the
 * workflow lists them, months in time, the rest most first), zeros where a chart needs every bar.
 */
export function buildFigures(
  groups: readonly GroupRow[],
  totals: TotalsRow,
  period: Period,
  countedStatuses: readonly Status[],
): Figures {
  const of = (dimension: Dimension) => groups.filter((g) => g.dimension === dimension);
  const countOf = (dimension: Dimension, key: string | null) =>
    of(dimension).reduce((sum, g) => (g.key === key ? sum + g.count : sum), 0);
  const ranked = (dimension: Dimension) => of(dimension).map((g) => ({ key: g.key, count: g.count })).filter((g) => g.count > 0).sort(mostFirst);
  return {
    total: totals.count,
    verifiedCount: totals.verifiedCount,
    answeredCount: totals.answeredCount,
    medianDaysToVerify: days(totals.medianDaysToVerify),
    medianDaysToFirstAnswer: days(totals.medianDaysToFirstAnswer),
    byKind: KINDS.map((key) => ({ key, count: countOf("kind", key) })),
    byStatus: STATUSES.filter((s) => countedStatuses.includes(s)).map((key) => ({ key, count: countOf("status", key) })),
    byCategory: ranked("category"),
    byDistrict: ranked("district").filter((g): g is Count<string> => g.key !== null),
    byAgency: of("agency")
      .filter((g) => g.count > 0)
      .map((g) => ({
        key: g.key,
        count: g.count,
        answerDue: g.answerDue,
        answeredOnTime: g.answeredOnTime,
        onTimeShare: g.answerDue > 0 ? g.answeredOnTime / g.answerDue : null,
      }))
      .sort(mostFirst),
    byMonth: monthsBetween(period.fromMonth, period.toMonth).map((key) => ({ key, count: countOf("month", key) })),
    byChannel: CHANNELS.map((key) => ({ key, count: countOf("channel", key) })),
  };
}
