// "Who is being served" as published figures: the answers of one calendar year counted by
// disability status, age band and gender (each with "not stated"), per kecamatan, per channel and
// per month, every count suppressed with the others it could be worked out from. Pure: the use
// case groups the answers in SQL (by kecamatan, channel, month and the raw answer columns) and
// hands the groups here.
//
// Why all tables go through one suppression run: they print the same totals. A kecamatan's total
// is the same count in its disability, age and gender rows; the total of "with a disability" is
// the same count under the kecamatan, channel and month tables; there is one grand total. The keys
// below make those one count each, so `tableSums` ties every table to every other, and `suppress`
// withholds enough that no combination of anything published gives a small count back. The
// staff's "this month" table (kecamatan × channel, residents with a disability only) joins a run
// when `staffMonth` is given: its grand total is then that run's month cell "with a disability".
//
// Why whole calendar years only: two overlapping periods (January–June and January–July, say)
// published side by side differ by exactly one month's answers, and that difference would give a
// small count back that neither period shows. One fixed, non-overlapping period per table set
// keeps every equation a reader can write inside the audited run. (Comparing two days' versions
// of a growing table is a way around this that suppression cannot close: the use case publishes
// finished months only, and nothing finer than a month is stored.)
import { AGE_BANDS, type Answers, disabilityStatus, DISABILITY_STATUSES, GENDERS, INCLUSION_CHANNELS, type InclusionChannel } from "./questions.ts";
import { type Publication, type Sum, suppress, type Suppressed, tableSums, type TableCounts } from "./suppression.ts";

/** What the answers are counted by. */
export const FIGURE_DIMENSIONS = ["disability", "ageBand", "gender"] as const;
export type FigureDimension = (typeof FIGURE_DIMENSIONS)[number];

/** What the counts are shown per. */
export const FIGURE_GROUPINGS = ["district", "channel", "month"] as const;
export type FigureGrouping = (typeof FIGURE_GROUPINGS)[number];

/** An answer left empty (or a disability question left open): counted, never guessed. */
export const NOT_STATED = "NOT_STATED";

/** The columns of a dimension, "not stated" last. */
export const COLUMNS: Record<FigureDimension, readonly string[]> = {
  disability: DISABILITY_STATUSES,
  ageBand: [...AGE_BANDS, NOT_STATED],
  gender: [...GENDERS, NOT_STATED],
};

/** One group of identical answers as the database counts them. */
export type AnswerGroup = Answers & { districtCode: string; channel: InclusionChannel; month: string; count: number };

/** A published count: its value only when SHOWN; SMALL is "< 5", HIDDEN is withheld. */
export type Cell = { value: number | null; publication: Publication };

export type FigureRow = { key: string; cells: Cell[]; total: Cell };

export type FigureTable = {
  dimension: FigureDimension;
  grouping: FigureGrouping;
  columns: readonly string[];
  rows: FigureRow[];
  columnTotals: Cell[];
  total: Cell;
};

/** The staff's month: per kecamatan, answers with a disability and of those through a sahabat. */
export type StaffMonthRow = { districtCode: string; withDisability: Cell; throughSahabat: Cell };
export type StaffMonth = { month: string; districts: StaffMonthRow[]; all: { withDisability: Cell; throughSahabat: Cell } };

export type Figures = { total: Cell; tables: FigureTable[]; staff: StaffMonth | null };

/** The key of each dimension's column for one group. */
function columnOf(dimension: FigureDimension, group: AnswerGroup): string {
  switch (dimension) {
    case "disability":
      return disabilityStatus(group);
    case "ageBand":
      return group.ageBand ?? NOT_STATED;
    case "gender":
      return group.gender ?? NOT_STATED;
  }
}

function rowOf(grouping: FigureGrouping, group: AnswerGroup): string {
  return grouping === "district" ? group.districtCode : grouping === "channel" ? group.channel : group.month;
}

// Keys: a count's name in the joint run. Shared names are shared totals.
const cellKey = (g: FigureGrouping, row: string, d: FigureDimension, column: string) => `${g}:${row}|${d}:${column}`;
const rowTotalKey = (g: FigureGrouping, row: string) => `${g}:${row}`;
const columnTotalKey = (d: FigureDimension, column: string) => `${d}:${column}`;
const TOTAL = "total";

/** The staff table's grand total: the month's "with a disability" cell when the month table is published. */
function staffTotalKey(input: FigureInput, month: string): string {
  return input.rows.month?.includes(month) ? cellKey("month", month, "disability", "WITH_DISABILITY") : "staff";
}

export type FigureInput = {
  groups: readonly AnswerGroup[];
  /**
   * The groupings to publish and their rows, in order: every kecamatan of the kabupaten, the
   * channels, the months of the year. A group outside a published grouping's rows is left out of
   * every table, so all tables count the same answers.
   */
  rows: Partial<Record<FigureGrouping, readonly string[]>>;
  /** The month of the staff's summary (its kecamatan are `rows.district`), or none. */
  staffMonth?: string | null;
};

/** The joint run: every count by key, the sums that tie them, and what is published of each. */
export function figureRun(input: FigureInput): { counts: Map<string, number>; sums: Sum[]; state: Suppressed } {
  const { counts, sums } = tableSums(figureTables(input));
  return { counts, sums, state: suppress(counts, sums) };
}

/** The tables as counted, before suppression (their shared keys make shared totals). */
export function figureTables(input: FigureInput): TableCounts[] {
  const groupings = FIGURE_GROUPINGS.filter((g) => input.rows[g] !== undefined);
  const rowSets = new Map(groupings.map((g) => [g, new Set(input.rows[g])]));
  const groups = input.groups.filter((group) => groupings.every((g) => rowSets.get(g)!.has(rowOf(g, group))));

  // Counts by grouping row × dimension column, from the groups once.
  const tally = new Map<string, number>();
  const add = (key: string, n: number) => tally.set(key, (tally.get(key) ?? 0) + n);
  for (const group of groups) {
    for (const g of groupings) for (const d of FIGURE_DIMENSIONS) add(cellKey(g, rowOf(g, group), d, columnOf(d, group)), group.count);
  }
  const tables: TableCounts[] = groupings.flatMap((g) =>
    FIGURE_DIMENSIONS.map((d) => ({
      rows: input.rows[g]!,
      columns: COLUMNS[d],
      cellKey: (row: string, column: string) => cellKey(g, row, d, column),
      rowTotalKey: (row: string) => rowTotalKey(g, row),
      columnTotalKey: (column: string) => columnTotalKey(d, column),
      totalKey: TOTAL,
      count: (row: string, column: string) => tally.get(cellKey(g, row, d, column)) ?? 0,
    })),
  );

  const districts = input.rows.district;
  const staffMonth = input.staffMonth ?? null;
  if (staffMonth !== null && districts !== undefined) {
    const staff = new Map<string, number>();
    for (const group of groups) {
      if (group.month !== staffMonth || disabilityStatus(group) !== "WITH_DISABILITY") continue;
      const key = `${group.districtCode}|${group.channel}`;
      staff.set(key, (staff.get(key) ?? 0) + group.count);
    }
    tables.push({
      rows: districts,
      columns: INCLUSION_CHANNELS,
      cellKey: (row, column) => `staff:${row}|channel:${column}`,
      rowTotalKey: (row) => `staff:${row}`,
      columnTotalKey: (column) => `staff|channel:${column}`,
      // The month's "with a disability" cell of the public month table: one count.
      totalKey: staffTotalKey(input, staffMonth),
      count: (row, column) => staff.get(`${row}|${column}`) ?? 0,
    });
  }

  return tables;
}

/** The published tables and the staff's month, suppressed together. */
export function buildFigures(input: FigureInput): Figures {
  const groupings = FIGURE_GROUPINGS.filter((g) => input.rows[g] !== undefined);
  const districts = input.rows.district;
  const staffMonth = input.staffMonth ?? null;
  const { counts, state } = figureRun(input);
  const cell = (key: string): Cell => {
    const publication = state.get(key) ?? "HIDDEN";
    return { value: publication === "SHOWN" ? (counts.get(key) ?? 0) : null, publication };
  };

  const published: FigureTable[] = groupings.flatMap((g) =>
    FIGURE_DIMENSIONS.map((d) => ({
      dimension: d,
      grouping: g,
      columns: COLUMNS[d],
      rows: input.rows[g]!.map((row) => ({
        key: row,
        cells: COLUMNS[d].map((column) => cell(cellKey(g, row, d, column))),
        total: cell(rowTotalKey(g, row)),
      })),
      columnTotals: COLUMNS[d].map((column) => cell(columnTotalKey(d, column))),
      total: cell(TOTAL),
    })),
  );

  let staff: StaffMonth | null = null;
  if (staffMonth !== null && districts !== undefined) {
    const staffTotal = staffTotalKey(input, staffMonth);
    staff = {
      month: staffMonth,
      districts: districts.map((districtCode) => ({
        districtCode,
        withDisability: cell(`staff:${districtCode}`),
        throughSahabat: cell(`staff:${districtCode}|channel:SAHABAT`),
      })),
      all: { withDisability: cell(staffTotal), throughSahabat: cell("staff|channel:SAHABAT") },
    };
  }
  return { total: cell(TOTAL), tables: published, staff };
}

/** The months of a calendar year, January first; for the running year up to `throughMonth`. */
export function monthsOfYear(year: number, throughMonth?: string): string[] {
  const months: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, "0")}`;
    if (throughMonth !== undefined && month > throughMonth) break;
    months.push(month);
  }
  return months;
}

/** The earliest year offered: the service's first. */
export const FIRST_YEAR = 2024;

/** The year asked for, when it is a whole number from FIRST_YEAR to this one; otherwise this year. */
export function chooseYear(asked: number | null | undefined, thisYear: number): { year: number; valid: boolean } {
  if (asked === null || asked === undefined) return { year: thisYear, valid: true };
  if (!Number.isInteger(asked) || asked < FIRST_YEAR || asked > thisYear) return { year: thisYear, valid: false };
  return { year: asked, valid: true };
}

// ───────────────────────────── the staff's sentence ─────────────────────────────

/** A count as a sentence says it: the number, or "fewer than 5". */
export type Amount = { value: number } | { fewer: true };
export type MonthSentence =
  /** "{count} … , {sahabat} of them through a sahabat" */
  | { kind: "both"; count: Amount; sahabat: Amount }
  /** "{count} …" (with `note` when the sahabat count is withheld, none when the count is small) */
  | { kind: "total"; count: Amount; note: boolean }
  /** "{sahabat} … through a sahabat", the whole count withheld (with a note) */
  | { kind: "sahabat"; sahabat: Amount }
  /** Both withheld: only the note. */
  | { kind: "hidden" };

const amount = (cell: Cell): Amount | null => (cell.publication === "SHOWN" ? { value: cell.value! } : cell.publication === "SMALL" ? { fewer: true } : null);

/**
 * What a staff summary may say of a month: only published cells, a small one as "fewer than 5",
 * a withheld one left out with a note. When the whole count is small, the part through a sahabat
 * is smaller still and not said again.
 */
export function monthSentence(withDisability: Cell, throughSahabat: Cell): MonthSentence {
  const count = amount(withDisability);
  const sahabat = amount(throughSahabat);
  if (count && "fewer" in count) return { kind: "total", count, note: false };
  if (count && sahabat) return { kind: "both", count, sahabat };
  if (count) return { kind: "total", count, note: true };
  if (sahabat) return { kind: "sahabat", sahabat };
  return { kind: "hidden" };
}

// ───────────────────────────── kept after a workshop's purge ─────────────────────────────

const PUBLICATIONS = new Set(["SHOWN", "SMALL", "HIDDEN"]);

function parseCell(json: unknown): Cell | null {
  if (!json || typeof json !== "object") return null;
  const { value, publication } = json as Record<string, unknown>;
  if (typeof publication !== "string" || !PUBLICATIONS.has(publication)) return null;
  if (publication === "SHOWN") return typeof value === "number" && Number.isInteger(value) && value >= 0 ? { value, publication } : null;
  return { value: null, publication: publication as Cell["publication"] };
}

/**
 * Figures as kept in a workshop's summary (already suppressed: nothing withheld is stored), or
 * null when there are none or they do not read as figures.
 */
export function parseStoredFigures(json: unknown): Figures | null {
  if (!json || typeof json !== "object" || Array.isArray(json)) return null;
  const s = json as Record<string, unknown>;
  const total = parseCell(s.total);
  if (!total || !Array.isArray(s.tables)) return null;
  const tables: FigureTable[] = [];
  for (const t of s.tables as Record<string, unknown>[]) {
    if (!t || !FIGURE_DIMENSIONS.includes(t.dimension as FigureDimension) || !FIGURE_GROUPINGS.includes(t.grouping as FigureGrouping)) return null;
    const dimension = t.dimension as FigureDimension;
    const columns = COLUMNS[dimension];
    if (!Array.isArray(t.rows) || !Array.isArray(t.columnTotals)) return null;
    const rows: FigureRow[] = [];
    for (const r of t.rows as Record<string, unknown>[]) {
      const cells = Array.isArray(r?.cells) ? (r.cells as unknown[]).map(parseCell) : [];
      const rowTotal = parseCell(r?.total);
      if (typeof r?.key !== "string" || cells.length !== columns.length || cells.some((c) => c === null) || !rowTotal) return null;
      rows.push({ key: r.key, cells: cells as Cell[], total: rowTotal });
    }
    const columnTotals = (t.columnTotals as unknown[]).map(parseCell);
    const tableTotal = parseCell(t.total);
    if (columnTotals.length !== columns.length || columnTotals.some((c) => c === null) || !tableTotal) return null;
    tables.push({ dimension, grouping: t.grouping as FigureGrouping, columns, rows, columnTotals: columnTotals as Cell[], total: tableTotal });
  }
  return { total, tables, staff: null };
}
