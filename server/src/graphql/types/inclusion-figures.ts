// "Who is being served" as figures over GraphQL: the public year (inclusionFigures), the staff's
// month per kecamatan (on the sahabat dashboard, and inclusionMonthSummary for verifiers and
// administrators), and a workshop's practice answers on the trainer's report. Only suppressed
// cells ever leave: a value only where it is published, "< 5" and withheld cells as null with
// their publication. Never an answer row.
import { type Context, hasRole } from "../../context.ts";
import type { Cell, FigureRow, FigureTable, Figures } from "../../domain/inclusion/figures.ts";
import { type Amount, monthSentence } from "../../domain/inclusion/figures.ts";
import { say } from "../../i18n/say.ts";
import { inclusionFigures, inclusionMonthSummary, type MonthLine, type MonthSummary, type YearFigures } from "../../services/use-cases/inclusion-figures.ts";
import type { WorkshopReport } from "../../services/use-cases/workshop-lifecycle.ts";
import { builder } from "../builder.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";
import { District } from "./sahabat-dashboard.ts";
import { Report } from "./workshop-lifecycle.ts";

const Publication = builder.enumType("InclusionPublication", {
  description: "SHOWN: the count is published; SMALL: under 5, shown as \"< 5\"; HIDDEN: withheld so that no total or difference gives a small count back.",
  values: ["SHOWN", "SMALL", "HIDDEN"] as const,
});

const Dimension = builder.enumType("InclusionDimension", {
  description: "What the answers are counted by: disability status (Washington Group), age band, gender; each with NOT_STATED.",
  values: { DISABILITY: { value: "disability" }, AGE_BAND: { value: "ageBand" }, GENDER: { value: "gender" } } as const,
});

const Grouping = builder.enumType("InclusionGrouping", {
  description: "What the counts are shown per: kecamatan, channel (SELF, SAHABAT, SMS, OTHER) or month (YYYY-MM).",
  values: { DISTRICT: { value: "district" }, CHANNEL: { value: "channel" }, MONTH: { value: "month" } } as const,
});

export const InclusionCell = builder.objectRef<Cell>("InclusionCell").implement({
  description: "One published count.",
  fields: (t) => ({
    value: t.int({ nullable: true, description: "The count when SHOWN; null when SMALL (\"< 5\") or HIDDEN.", resolve: (c) => (c.publication === "SHOWN" ? c.value : null) }),
    publication: t.field({ type: Publication, resolve: (c) => c.publication }),
  }),
});

type RowShape = FigureRow & { name: string | null };

const Row = builder.objectRef<RowShape>("InclusionFigureRow").implement({
  fields: (t) => ({
    key: t.exposeString("key", { description: "The kecamatan's code, the channel or the month (YYYY-MM)." }),
    name: t.exposeString("name", { nullable: true, description: "The kecamatan's name (kecamatan rows only)." }),
    cells: t.field({ type: [InclusionCell], description: "In the order of the table's columns.", resolve: (r) => r.cells }),
    total: t.field({ type: InclusionCell, resolve: (r) => r.total }),
  }),
});

type TableShape = FigureTable & { names: ReadonlyMap<string, string> };

const Table = builder.objectRef<TableShape>("InclusionFigureTable").implement({
  fields: (t) => ({
    dimension: t.field({ type: Dimension, resolve: (x) => x.dimension }),
    grouping: t.field({ type: Grouping, resolve: (x) => x.grouping }),
    columns: t.stringList({
      description: "Column keys: disability WITH_DISABILITY, WITHOUT_DISABILITY, NOT_STATED; age bands or genders, then NOT_STATED.",
      resolve: (x) => [...x.columns],
    }),
    rows: t.field({ type: [Row], resolve: (x) => x.rows.map((r) => ({ ...r, name: x.names.get(r.key) ?? null })) }),
    columnTotals: t.field({ type: [InclusionCell], resolve: (x) => x.columnTotals }),
    total: t.field({ type: InclusionCell, resolve: (x) => x.total }),
  }),
});

const tablesOf = (figures: Figures, names: ReadonlyMap<string, string>): TableShape[] => figures.tables.map((t) => ({ ...t, names }));

const YearRef = builder.objectRef<YearFigures>("InclusionFigures").implement({
  description: "One calendar year of the optional answers about who files (practice answers never count), every count suppressed together.",
  fields: (t) => ({
    year: t.exposeInt("year"),
    years: t.intList({ description: "The years there are figures for, newest first.", resolve: (y) => y.years }),
    months: t.stringList({ description: "The year's months so far, YYYY-MM.", resolve: (y) => y.months }),
    generatedAt: t.expose("generatedAt", { type: "DateTime" }),
    total: t.field({ type: InclusionCell, description: "Everyone who answered in the year.", resolve: (y) => y.figures.total }),
    tables: t.field({
      type: [Table],
      description: "Disability, age band and gender, each per kecamatan, channel and month.",
      resolve: (y) => tablesOf(y.figures, new Map(y.districts.map((d) => [d.code, d.name]))),
    }),
  }),
});

const YearResult = builder.objectRef<{ figures: YearFigures | null; errors: FieldErrorShape[] }>("InclusionFiguresResult").implement({
  fields: (t) => ({
    figures: t.field({ type: YearRef, nullable: true, description: "Null when the year is not one there can be figures for.", resolve: (r) => r.figures }),
    errors: t.field({ type: [FieldError], resolve: (r) => r.errors }),
  }),
});

// ───────────────────────────── the staff's month ─────────────────────────────

function amountText(ctx: Context, amount: Amount): string {
  return "fewer" in amount ? say(ctx, "inclusionFigures.fewerThan5") : String(amount.value);
}

function sentenceOf(ctx: Context, line: Pick<MonthLine, "withDisability" | "throughSahabat">): { sentence: string; note: string | null } {
  const s = monthSentence(line.withDisability, line.throughSahabat);
  switch (s.kind) {
    case "both":
      return { sentence: say(ctx, "inclusionFigures.month.both", { count: amountText(ctx, s.count), sahabat: amountText(ctx, s.sahabat) }), note: null };
    case "total":
      return { sentence: say(ctx, "inclusionFigures.month.total", { count: amountText(ctx, s.count) }), note: s.note ? say(ctx, "inclusionFigures.month.sahabatHidden") : null };
    case "sahabat":
      return { sentence: say(ctx, "inclusionFigures.month.sahabat", { sahabat: amountText(ctx, s.sahabat) }), note: say(ctx, "inclusionFigures.month.totalHidden") };
    case "hidden":
      return { sentence: say(ctx, "inclusionFigures.month.hidden"), note: null };
  }
}

const Line = builder.objectRef<MonthLine>("InclusionMonthLine").implement({
  description: "This month in one kecamatan (or the whole kabupaten): answers from residents with a disability, and of those through a sahabat.",
  fields: (t) => ({
    districtCode: t.string({ nullable: true, description: "null: the whole kabupaten.", resolve: (l) => l.code }),
    name: t.exposeString("name"),
    withDisability: t.field({ type: InclusionCell, resolve: (l) => l.withDisability }),
    throughSahabat: t.field({ type: InclusionCell, resolve: (l) => l.throughSahabat }),
    sentence: t.string({
      description: "In plain words, e.g. 'Bulan ini 12 laporan dari warga dengan disabilitas, 9 di antaranya lewat Sahabat LAPOR!'.",
      resolve: (l, _a, ctx) => sentenceOf(ctx, l).sentence,
    }),
    note: t.string({ nullable: true, description: "Why a number is left out of the sentence, when one is.", resolve: (l, _a, ctx) => sentenceOf(ctx, l).note }),
  }),
});

const MonthRef = builder.objectRef<MonthSummary>("InclusionMonthSummary").implement({
  description: "This month's answers with a disability, per kecamatan and for the kabupaten, suppressed together with the public figures.",
  fields: (t) => ({
    month: t.exposeString("month", { description: "YYYY-MM, local time." }),
    kabupaten: t.field({ type: Line, resolve: (m) => m.all }),
    districts: t.field({ type: [Line], resolve: (m) => m.districts }),
  }),
});

builder.objectField(District, "inclusion", (t) =>
  t.field({
    type: Line,
    description: "This month in this kecamatan: answers from residents with a disability, and of those through a sahabat (suppressed).",
    resolve: async (d, _a, ctx) => (await inclusionMonthSummary(ctx, [d.districtCode])).districts[0]!,
  }),
);

builder.queryFields((t) => ({
  inclusionFigures: t.field({
    type: YearResult,
    description: "Public: who files, in figures for one calendar year (this year when left out). Only suppressed counts, never an answer.",
    args: { year: t.arg.int() },
    resolve: async (_r, { year }, ctx) => {
      const { figures, issues } = await inclusionFigures(ctx, { year });
      return { figures, errors: toFieldErrors(ctx, issues) };
    },
  }),
  inclusionMonthSummary: t.field({
    type: MonthRef,
    description: "Verifiers and administrators: this month's answers with a disability in every kecamatan of the kabupaten (suppressed).",
    authScopes: (_r, _a, ctx) => hasRole(ctx, "VERIFIER") || hasRole(ctx, "ADMINISTRATOR"),
    resolve: (_r, _a, ctx) => inclusionMonthSummary(ctx),
  }),
}));

// ───────────────────────────── a workshop's practice answers ─────────────────────────────

const WorkshopFigures = builder.objectRef<Figures>("WorkshopInclusionFigures").implement({
  description: "The workshop's practice answers by channel, suppressed like the public figures.",
  fields: (t) => ({
    total: t.field({ type: InclusionCell, resolve: (f) => f.total }),
    tables: t.field({ type: [Table], description: "Disability, age band and gender per channel.", resolve: (f) => tablesOf(f, new Map()) }),
  }),
});

builder.objectField(Report, "inclusion", (t) =>
  t.field({
    type: WorkshopFigures,
    nullable: true,
    description: "The practice answers of the workshop (kept suppressed after the purge); null for one purged before they were kept.",
    resolve: (r: WorkshopReport) => r.inclusion,
  }),
);
