// "Who is being served" in figures: the answers grouped in SQL (kecamatan, channel, month and the
// raw answers: never a row, never an id) and handed to domain/inclusion/figures, which builds and
// suppresses the tables. Three readers, one rule: the public (/statistik, its CSV and JSON) gets a
// whole calendar year of finished months; staff get "this month" per kecamatan from a suppression
// run of its own; a trainer gets their workshop's practice answers. Practice
// answers (workshopId set) never count in public or staff figures. A read, so not audited.
import type { Context } from "../../context.ts";
import { WITA_OFFSET_MINUTES } from "../../domain/calendar/working-days.ts";
import {
  type AnswerGroup,
  buildFigures,
  chooseYear,
  type Cell,
  type Figures,
  monthsOfYear,
  type StaffMonth,
} from "../../domain/inclusion/figures.ts";
import { INCLUSION_CHANNELS } from "../../domain/inclusion/questions.ts";
import { monthOf } from "../../domain/inclusion/ticket.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;

export type Named = { code: string; name: string };

export type YearFigures = {
  year: number;
  /** The years a reader may choose, newest first. */
  years: number[];
  months: string[];
  districts: Named[];
  figures: Figures;
  generatedAt: Date;
};

const GROUP_BY = ["districtCode", "channel", "month", "seeing", "hearing", "walking", "remembering", "selfCare", "communicating", "ageBand", "gender"] as const;

/** The answers grouped by everything the tables count by: one row per distinct answer, with how many gave it. */
async function groups(prisma: PrismaClient | Tx, where: Prisma.InclusionAnswerWhereInput): Promise<AnswerGroup[]> {
  const rows = await prisma.inclusionAnswer.groupBy({ by: [...GROUP_BY], where, _count: { _all: true } });
  return rows.map(({ _count, ...row }) => ({ ...row, count: _count._all }));
}

async function regencyDistricts(ctx: Context): Promise<Named[]> {
  return ctx.prisma.region.findMany({
    where: { level: "DISTRICT", parentCode: ctx.deps.regencyCode },
    select: { code: true, name: true },
    orderBy: [{ name: "asc" }, { code: "asc" }],
  });
}

const memo = new WeakMap<Context, Map<number, { at: number; figures: Promise<YearFigures> }>>();
/** How long one request (or one subscription event) reuses its run. */
const REUSE_MS = 2_000;

/**
 * One calendar year's tables (the running year up to last month), and for the running year the
 * staff's month in a suppression run of its own. Computed once per request, so the staff summary and the public tables
 * read in one request are the same run; a subscription's context computes again after a moment.
 */
function yearFigures(ctx: Context, year: number): Promise<YearFigures> {
  let byYear = memo.get(ctx);
  if (!byYear) memo.set(ctx, (byYear = new Map()));
  const at = Date.now();
  const known = byYear.get(year);
  if (known && at - known.at < REUSE_MS) return known.figures;
  const figures = computeYear(ctx, year);
  byYear.set(year, { at, figures });
  return figures;
}

/** "2026-11" for "2026-12"; "2025-12" for "2026-01". */
function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

async function computeYear(ctx: Context, year: number): Promise<YearFigures> {
  const now = ctx.deps.now();
  const thisMonth = monthOf(now, WITA_OFFSET_MINUTES);
  const thisYear = Number(thisMonth.slice(0, 4));
  const running = year === thisYear;
  const [districts, answers, first] = await Promise.all([
    regencyDistricts(ctx),
    groups(ctx.prisma, { workshopId: null, month: { startsWith: `${year}-` } }),
    ctx.prisma.inclusionAnswer.findFirst({ where: { workshopId: null }, orderBy: { month: "asc" }, select: { month: true } }),
  ]);
  // The public tables hold finished months only: a month is published once it is over and then
  // changes only when someone deletes their answers, so comparing today's figures with
  // yesterday's cannot single out one new answer. The staff's month (the one under way) is a run
  // of its own over this month's answers alone, which no public table contains.
  const lastMonth = previousMonth(thisMonth);
  const months = monthsOfYear(year, running ? lastMonth : undefined);
  const figures = buildFigures({
    groups: running ? answers.filter((g) => g.month < thisMonth) : answers,
    rows: { district: districts.map((d) => d.code), channel: INCLUSION_CHANNELS, month: months },
    staffMonth: null,
  });
  if (running) {
    figures.staff = buildFigures({
      groups: answers.filter((g) => g.month === thisMonth),
      rows: { district: districts.map((d) => d.code), channel: INCLUSION_CHANNELS, month: [thisMonth] },
      staffMonth: thisMonth,
    }).staff;
  }
  const firstYear = Math.min(thisYear, first ? Number(first.month.slice(0, 4)) : thisYear);
  const years: number[] = [];
  for (let y = thisYear; y >= firstYear; y--) years.push(y);
  return { year, years, months, districts, figures, generatedAt: now };
}

export type FiguresResult = { figures: YearFigures | null; issues: FieldIssue[] };

/** The public figures of a calendar year (this year when none is asked for). */
export async function inclusionFigures(ctx: Context, input: { year?: number | null }): Promise<FiguresResult> {
  const thisYear = Number(monthOf(ctx.deps.now(), WITA_OFFSET_MINUTES).slice(0, 4));
  const { year, valid } = chooseYear(input.year, thisYear);
  if (!valid) return { figures: null, issues: [{ field: "year", code: "invalid_choice" }] };
  return { figures: await yearFigures(ctx, year), issues: [] };
}

// ───────────────────────────── the staff's month ─────────────────────────────

export type MonthLine = { code: string | null; name: string; withDisability: Cell; throughSahabat: Cell };
export type MonthSummary = { month: string; all: MonthLine; districts: MonthLine[] };

/**
 * This month per kecamatan (only `codes`, when given) and for the whole kabupaten: answers with
 * a disability and of those through a sahabat, from the month's own suppression run.
 */
export async function inclusionMonthSummary(ctx: Context, codes?: readonly string[]): Promise<MonthSummary> {
  const thisYear = Number(monthOf(ctx.deps.now(), WITA_OFFSET_MINUTES).slice(0, 4));
  const { figures, districts } = await yearFigures(ctx, thisYear);
  const staff = figures.staff as StaffMonth;
  const names = new Map(districts.map((d) => [d.code, d.name]));
  const regency = await ctx.prisma.region.findUnique({ where: { code: ctx.deps.regencyCode }, select: { name: true } });
  return {
    month: staff.month,
    all: { code: null, name: regency?.name ?? ctx.deps.regencyCode, ...staff.all },
    districts: staff.districts
      .filter((d) => codes === undefined || codes.includes(d.districtCode))
      .map((d) => ({ code: d.districtCode, name: names.get(d.districtCode) ?? d.districtCode, withDisability: d.withDisability, throughSahabat: d.throughSahabat })),
  };
}

// ───────────────────────────── a workshop's practice answers ─────────────────────────────

/** A workshop's practice answers by channel, suppressed the same way (while they exist). */
export async function workshopInclusionFigures(prisma: PrismaClient | Tx, workshopId: string): Promise<Figures> {
  return buildFigures({ groups: await groups(prisma, { workshopId }), rows: { channel: INCLUSION_CHANNELS } });
}
