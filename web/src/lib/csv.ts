// CSV as the downloads write it (/statistik.csv, /statistik/terlayani.csv): fields quoted only
// when they must be, CRLF line ends, and a byte-order mark so spreadsheet programs read the names
// as UTF-8. An empty field is null or undefined.

export type CsvField = string | number | null | undefined;

export function csvCell(value: CsvField): string {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The lines (the header first) as one CSV document. */
export function csvDocument(lines: ReadonlyArray<readonly CsvField[]>): string {
	return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
