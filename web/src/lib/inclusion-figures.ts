// "Who is being served" as tables of text, for the page (/statistik), the trainer's report and the
// CSV alike, so a cell on screen and its CSV line cannot say different things: a published count
// as a number, a small one as "< 5", a withheld one as "disembunyikan" (the CSV keeps the count
// column empty then and says why in its publication column).
import { csvDocument, type CsvField } from '$lib/csv';
import type { Params } from '$lib/i18n/core';
import type { MessageKey } from '$lib/i18n/id';
import { monthName } from '$lib/statistics';
import type { Locale } from '$lib/i18n/core';

export type Publication = 'SHOWN' | 'SMALL' | 'HIDDEN';
export type FigureCell = { value: number | null; publication: Publication };
export type FigureTableData = {
	dimension: 'DISABILITY' | 'AGE_BAND' | 'GENDER';
	grouping: 'DISTRICT' | 'CHANNEL' | 'MONTH';
	columns: readonly string[];
	total: FigureCell;
	columnTotals: readonly FigureCell[];
	rows: ReadonlyArray<{ key: string; name?: string | null; total: FigureCell; cells: readonly FigureCell[] }>;
};

type Say = (key: MessageKey, params?: Params) => string;

const DIMENSION = { DISABILITY: 'disability', AGE_BAND: 'ageBand', GENDER: 'gender' } as const;
const GROUPING = { DISTRICT: 'district', CHANNEL: 'channel', MONTH: 'month' } as const;

export const dimensionLabel = (say: Say, d: FigureTableData['dimension']) => say(`inclusionFigures.dimension.${DIMENSION[d]}`);
export const groupingLabel = (say: Say, g: FigureTableData['grouping']) => say(`inclusionFigures.grouping.${GROUPING[g]}`);
export const rowHeaderLabel = (say: Say, g: FigureTableData['grouping']) => say(`inclusionFigures.rowHeader.${GROUPING[g]}`);
export const columnLabel = (say: Say, column: string) => say(`inclusionFigures.col.${column}` as MessageKey);

export function rowLabel(say: Say, locale: Locale, grouping: FigureTableData['grouping'], row: { key: string; name?: string | null }): string {
	if (grouping === 'CHANNEL') return say(`inclusionFigures.channel.${row.key}` as MessageKey);
	if (grouping === 'MONTH') return monthName(locale, row.key);
	return row.name ?? row.key;
}

/** A cell as text: the number (formatted by `number`), "< 5", or "disembunyikan". */
export function cellText(say: Say, number: (n: number) => string, cell: FigureCell): string {
	if (cell.publication === 'SMALL') return say('inclusionFigures.cell.small');
	if (cell.publication === 'HIDDEN' || cell.value === null) return say('inclusionFigures.cell.hidden');
	return number(cell.value);
}

export type TextTable = {
	id: string;
	dimension: FigureTableData['dimension'];
	grouping: FigureTableData['grouping'];
	caption: string;
	columns: { key: string; label: string; rowHeader?: boolean; numeric?: boolean }[];
	rows: Record<string, string>[];
};

/** A table for DataTable: the row header, one column per answer, the row's total; the last row the column totals. */
export function textTable(
	say: Say,
	locale: Locale,
	number: (n: number) => string,
	t: FigureTableData,
	caption: string
): TextTable {
	const columns = [
		{ key: 'row', label: rowHeaderLabel(say, t.grouping), rowHeader: true },
		...t.columns.map((c, i) => ({ key: `c${i}`, label: columnLabel(say, c), numeric: true })),
		{ key: 'total', label: say('inclusionFigures.sum'), numeric: true }
	];
	const line = (label: string, cells: readonly FigureCell[], total: FigureCell) => {
		const out: Record<string, string> = { row: label, total: cellText(say, number, total) };
		cells.forEach((c, i) => (out[`c${i}`] = cellText(say, number, c)));
		return out;
	};
	return {
		id: `terlayani-${t.dimension.toLowerCase()}-${t.grouping.toLowerCase()}`,
		dimension: t.dimension,
		grouping: t.grouping,
		caption,
		columns,
		rows: [...t.rows.map((r) => line(rowLabel(say, locale, t.grouping, r), r.cells, r.total)), line(say('inclusionFigures.sum'), t.columnTotals, t.total)]
	};
}


/**
 * The tables as CSV, one line per count: table, row key, row name, column, count, publication.
 * A small or withheld count has an empty count and SMALL or HIDDEN beside it; totals have the
 * row or column "TOTAL"/"JUMLAH". UTF-8 with a byte-order mark, like /statistik.csv.
 */
export function figuresCsv(tables: readonly FigureTableData[], say: Say, locale: Locale): string {
	const header = (['table', 'row', 'rowName', 'column', 'count', 'publication'] as const).map((k) => say(`inclusionFigures.csv.${k}`));
	const lines: CsvField[][] = [header];
	const sum = say('inclusionFigures.csv.total');
	const put = (table: string, row: string, rowName: string, column: string, cell: FigureCell) =>
		lines.push([table, row, rowName, column, cell.publication === 'SHOWN' ? cell.value : null, cell.publication]);
	for (const t of tables) {
		const name = `${DIMENSION[t.dimension]}_${GROUPING[t.grouping]}`;
		for (const r of t.rows) {
			const label = rowLabel(say, locale, t.grouping, r);
			t.columns.forEach((c, i) => put(name, r.key, label, c, r.cells[i]!));
			put(name, r.key, label, sum, r.total);
		}
		t.columns.forEach((c, i) => put(name, sum, say('inclusionFigures.sum'), c, t.columnTotals[i]!));
		put(name, sum, say('inclusionFigures.sum'), sum, t.total);
	}
	return csvDocument(lines);
}
