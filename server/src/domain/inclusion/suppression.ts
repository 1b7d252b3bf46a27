// Small-cell suppression for the inclusion figures: a count under 5 is never published ("< 5"),
// and enough other counts are withheld that no total, difference or combination of published
// figures gives it back (secondary suppression). Pure and generic: the figures are a set of
// counts (cells and the totals printed beside them) and the sums that tie them together (a row's
// cells add up to its total; tables that print the same total share it), so the rule holds
// across every table published together, not only inside one.
//
// The audit is exact, not a rule of thumb: a withheld count can be recovered from the published
// ones exactly when its unit vector lies in the row space of the sums restricted to withheld
// counts; Gaussian elimination (reduced row echelon form) answers that. Withholding goes on, the
// smallest published count in a sum that still gives something away first, until nothing does.

/** Counts under this are primary-suppressed. */
export const MIN_PUBLISHED = 5;

/** SHOWN: published; SMALL: under 5, shown as "< 5"; HIDDEN: withheld so a small one stays unknown. */
export type Publication = "SHOWN" | "SMALL" | "HIDDEN";

/** The counts that add up: `sum` of `parts` equals `total` (each a count's key). */
export type Sum = { total: string; parts: readonly string[] };

export type Suppressed = ReadonlyMap<string, Publication>;

/**
 * Decides what is published: `counts` by key, `sums` the equations a reader could use.
 * Deterministic: the same counts give the same answer (ties broken by key).
 */
export function suppress(counts: ReadonlyMap<string, number>, sums: readonly Sum[]): Suppressed {
  const state = new Map<string, Publication>();
  for (const [key, value] of counts) state.set(key, value < MIN_PUBLISHED ? "SMALL" : "SHOWN");
  for (const sum of sums) for (const key of [sum.total, ...sum.parts]) if (!counts.has(key)) throw new Error(`sum names an unknown count: ${key}`);
  if (![...state.values()].some((p) => p === "SMALL")) return state;

  const lines = sums.map((sum) => [sum.total, ...sum.parts]);
  const withheld = (key: string) => state.get(key) !== "SHOWN";
  /** The smallest published count of a line (cells before totals at equal value, then by key). */
  const cheapest = (line: readonly string[], isTotal: (key: string) => boolean): string | undefined =>
    line
      .filter((key) => !withheld(key))
      .sort((a, b) => counts.get(a)! - counts.get(b)! || Number(isTotal(a)) - Number(isTotal(b)) || (a < b ? -1 : a > b ? 1 : 0))[0];
  const totals = new Set(sums.map((sum) => sum.total));
  const isTotal = (key: string) => totals.has(key);

  for (;;) {
    // 1. The cheap rule first: a sum with exactly one withheld count gives it back.
    let changed = false;
    for (const line of lines) {
      if (line.filter(withheld).length === 1) {
        const next = cheapest(line, isTotal);
        if (next !== undefined) {
          state.set(next, "HIDDEN");
          changed = true;
        }
      }
    }
    if (changed) continue;
    // 2. The exact audit: combinations of sums.
    const recovered = recoverable(state, sums);
    if (recovered.length === 0) return state;
    const next = recovered
      .flatMap((key) => lines.filter((line) => line.includes(key)))
      .map((line) => cheapest(line, isTotal))
      .filter((key): key is string => key !== undefined)
      .sort((a, b) => counts.get(a)! - counts.get(b)! || (a < b ? -1 : 1))[0];
    // Every sum it is in is withheld already, yet it is recoverable: withhold the smallest count
    // published anywhere in a sum with a withheld one (cannot happen with row-and-total tables,
    // kept so the loop always ends).
    const fallback =
      next ??
      lines
        .filter((line) => line.some(withheld))
        .map((line) => cheapest(line, isTotal))
        .filter((key): key is string => key !== undefined)
        .sort((a, b) => counts.get(a)! - counts.get(b)! || (a < b ? -1 : 1))[0];
    if (fallback === undefined) return state;
    state.set(fallback, "HIDDEN");
  }
}

/**
 * The withheld counts a reader can work out exactly from the published ones and the sums: those
 * whose unit vector is in the row space of the sums restricted to the withheld counts.
 */
export function recoverable(state: ReadonlyMap<string, Publication>, sums: readonly Sum[]): string[] {
  const hidden = [...state.keys()].filter((key) => state.get(key) !== "SHOWN").sort();
  const column = new Map(hidden.map((key, index) => [key, index]));
  const rows: number[][] = [];
  for (const sum of sums) {
    const row = new Array<number>(hidden.length).fill(0);
    let any = false;
    const add = (key: string, sign: number) => {
      const c = column.get(key);
      if (c !== undefined) {
        row[c]! += sign;
        any = true;
      }
    };
    add(sum.total, -1);
    for (const part of sum.parts) add(part, 1);
    if (any) rows.push(row);
  }
  // Reduced row echelon form (the coefficients are small integers; 1e-9 tells zero from not).
  const EPS = 1e-9;
  let pivotRow = 0;
  const pivots: number[] = [];
  for (let c = 0; c < hidden.length && pivotRow < rows.length; c++) {
    let best = -1;
    for (let r = pivotRow; r < rows.length; r++) if (Math.abs(rows[r]![c]!) > EPS && (best < 0 || Math.abs(rows[r]![c]!) > Math.abs(rows[best]![c]!))) best = r;
    if (best < 0) continue;
    [rows[pivotRow], rows[best]] = [rows[best]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    const scale = pivot[c]!;
    for (let k = c; k < pivot.length; k++) pivot[k]! /= scale;
    for (let r = 0; r < rows.length; r++) {
      if (r === pivotRow) continue;
      const factor = rows[r]![c]!;
      if (Math.abs(factor) <= EPS) continue;
      const row = rows[r]!;
      for (let k = c; k < row.length; k++) row[k]! -= factor * pivot[k]!;
    }
    pivots.push(c);
    pivotRow++;
  }
  const found: string[] = [];
  for (let r = 0; r < pivots.length; r++) {
    const row = rows[r]!;
    const c = pivots[r]!;
    if (row.every((value, k) => k === c || Math.abs(value) <= EPS)) found.push(hidden[c]!);
  }
  return found;
}

/** A table as printed: rows × columns of counts, each row's total, each column's total, the grand total. */
export type TableCounts = {
  /** Keys the table's counts are known by (shared keys make shared totals). */
  cellKey: (row: string, column: string) => string;
  rowTotalKey: (row: string) => string;
  columnTotalKey: (column: string) => string;
  totalKey: string;
  rows: readonly string[];
  columns: readonly string[];
  count: (row: string, column: string) => number;
};

/** The counts and sums of tables printed with their totals; totals with the same key are one count. */
export function tableSums(tables: readonly TableCounts[]): { counts: Map<string, number>; sums: Sum[] } {
  const counts = new Map<string, number>();
  const sums: Sum[] = [];
  const seen = new Set<string>();
  const sumOnce = (sum: Sum) => {
    const id = `${sum.total}=${[...sum.parts].sort().join("+")}`;
    if (seen.has(id)) return;
    seen.add(id);
    sums.push(sum);
  };
  const put = (key: string, value: number) => {
    const known = counts.get(key);
    if (known !== undefined && known !== value) throw new Error(`the count ${key} is ${known} in one table and ${value} in another`);
    counts.set(key, value);
  };
  for (const t of tables) {
    let total = 0;
    const columnTotals = new Map(t.columns.map((c) => [c, 0]));
    for (const row of t.rows) {
      let rowTotal = 0;
      for (const column of t.columns) {
        const value = t.count(row, column);
        put(t.cellKey(row, column), value);
        rowTotal += value;
        columnTotals.set(column, columnTotals.get(column)! + value);
      }
      put(t.rowTotalKey(row), rowTotal);
      total += rowTotal;
      sumOnce({ total: t.rowTotalKey(row), parts: t.columns.map((column) => t.cellKey(row, column)) });
    }
    for (const column of t.columns) {
      put(t.columnTotalKey(column), columnTotals.get(column)!);
      sumOnce({ total: t.columnTotalKey(column), parts: t.rows.map((row) => t.cellKey(row, column)) });
    }
    put(t.totalKey, total);
    sumOnce({ total: t.totalKey, parts: t.rows.map((row) => t.rowTotalKey(row)) });
    sumOnce({ total: t.totalKey, parts: t.columns.map((column) => t.columnTotalKey(column)) });
  }
  return { counts, sums };
}
