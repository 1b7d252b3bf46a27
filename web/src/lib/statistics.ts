// The figures of open statistics as named sections of rows, in the order the page shows them: the
// page's charts and tables, the CSV and its e2e test all read these, so a table cell and its CSV
// line cannot say different things. Labels come from the API (kinds, statuses, names) or the
// message files, in the reader's language.
import { csvDocument, type CsvField } from '$lib/csv';
import type { Locale, Params } from '$lib/i18n/core';
import type { MessageKey } from '$lib/i18n/id';

/** What every section needs of the API's `PublicStatistics`. */
export type StatisticsFigures = {
	total: number;
	byKind: ReadonlyArray<{ kind: string; label: string; count: number }>;
	byStatus: ReadonlyArray<{ status: string; label: string; count: number }>;
	byMonth: ReadonlyArray<{ month: string; count: number }>;
	byChannel: ReadonlyArray<{ channel: string; label: string; count: number }>;
	byCategory: ReadonlyArray<{ key: string | null; name: string; count: number }>;
	byDistrict: ReadonlyArray<{ key: string | null; name: string; count: number }>;
	byAgency: ReadonlyArray<{
		agencyId: string | null;
		shortName: string;
		count: number;
		answerDue: number;
		answeredOnTime: number;
		onTimePercent: number | null;
	}>;
};

export const SECTIONS = ['kind', 'status', 'month', 'category', 'district', 'agency', 'channel'] as const;
export type Section = (typeof SECTIONS)[number];

export type FigureRow = {
	key: string;
	name: string;
	count: number;
	/** Agencies only: complaints that reached the answer deadline, and those answered by it. */
	due?: number;
	onTime?: number;
};

export type FigureSection = { section: Section; rows: FigureRow[] };

type Say = (key: MessageKey, params?: Params) => string;

/** "September 2026" / "Januari 2026" for a YYYY-MM month. */
export function monthName(locale: Locale, month: string): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(`${month}-01T00:00:00Z`)
	);
}

export function figureSections(s: StatisticsFigures, locale: Locale): FigureSection[] {
	return [
		{ section: 'kind', rows: s.byKind.map((k) => ({ key: k.kind, name: k.label, count: k.count })) },
		{ section: 'status', rows: s.byStatus.map((k) => ({ key: k.status, name: k.label, count: k.count })) },
		{ section: 'month', rows: s.byMonth.map((m) => ({ key: m.month, name: monthName(locale, m.month), count: m.count })) },
		{ section: 'category', rows: s.byCategory.map((c) => ({ key: c.key ?? '', name: c.name, count: c.count })) },
		{ section: 'district', rows: s.byDistrict.map((d) => ({ key: d.key ?? '', name: d.name, count: d.count })) },
		{
			section: 'agency',
			rows: s.byAgency.map((a) => ({ key: a.agencyId ?? '', name: a.shortName, count: a.count, due: a.answerDue, onTime: a.answeredOnTime }))
		},
		// Web, assisted by a sahabat, SMS, another application: every channel, zeros included.
		{ section: 'channel', rows: s.byChannel.map((c) => ({ key: c.channel, name: c.label, count: c.count })) }
	];
}

/** The largest row, for a chart's one-sentence summary; null when every row is zero. */
export function topRow(rows: readonly FigureRow[]): FigureRow | null {
	const best = rows.reduce<FigureRow | null>((a, b) => (a === null || b.count > a.count ? b : a), null);
	return best && best.count > 0 ? best : null;
}


/**
 * The sections as CSV: a header row, then one line per row of every table on the page, section
 * by section. UTF-8 with a byte-order mark, so spreadsheet programs read the names right.
 */
export function figuresCsv(sections: readonly FigureSection[], say: Say): string {
	const header = ['stats.csv.section', 'stats.csv.key', 'stats.csv.name', 'stats.csv.count', 'stats.csv.due', 'stats.csv.onTime'] as const;
	const lines: CsvField[][] = [header.map((k) => say(k))];
	for (const { section, rows } of sections) {
		const name = say(`stats.csv.${section}`);
		for (const row of rows) lines.push([name, row.key, row.name, row.count, row.due, row.onTime]);
	}
	return csvDocument(lines);
}
