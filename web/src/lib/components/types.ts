// Small shared types for form components.

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
