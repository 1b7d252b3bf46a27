// Small shared types and helpers for the components.

export interface ChoiceOption {
	value: string;
	label: string;
	hint?: string;
}

export interface OptionGroup {
	label: string;
	options: ChoiceOption[];
}

export interface SummaryItem {
	message: string;
	/** `#<field id>`; omitted when the error belongs to no single field. */
	href?: string;
}

/** One entry of a status timeline. Labels arrive already in the reader's language. */
export interface TimelineEvent {
	id: string;
	/** ISO date-time (or YYYY-MM-DD); shown as a date in words. */
	date: string;
	/** What happened, in words of its own (e.g. "Diterima oleh instansi"); without it the status says it. */
	title?: string | null;
	/** The status the complaint moved to; absent for a plain note. */
	status?: string | null;
	/** Who acted, e.g. "Dinas PUPR". */
	who?: string | null;
	note?: string | null;
}

/** A column of a DataTable. */
export interface TableColumn {
	/** Key of the value in each row. */
	key: string;
	label: string;
	/** Numbers are right-aligned and formatted for the reader's language. */
	numeric?: boolean;
	/** Cells in this column are row headers (`<th scope="row">`); normally the first column. */
	rowHeader?: boolean;
}

export type TableRow = Record<string, string | number | null | undefined>;

/** One bar of a Chart. */
export interface ChartDatum {
	label: string;
	value: number;
}

/** What a Field hands its control: hint id then error id, and whether it is invalid. */
export interface FieldControl {
	describedBy: string | undefined;
	invalid: 'true' | undefined;
}

/** Joins the ids that describe a control (hint, error), or undefined when there are none. */
export function describedBy(...ids: Array<string | false | undefined | null>): string | undefined {
	const joined = ids.filter(Boolean).join(' ');
	return joined || undefined;
}

/** The first error message of each field, keyed by input name (= the field's id). */
export function errorsByField(
	errors: ReadonlyArray<{ field: string; message: string }> | undefined
): Record<string, string> {
	const byField: Record<string, string> = {};
	for (const e of errors ?? []) byField[e.field] ??= e.message;
	return byField;
}
