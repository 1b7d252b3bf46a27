// The error summary's items from a form's errors: every page with a form builds its summary here.
import type { SummaryItem } from '$lib/components/types';

/** Which element a field's error links to: the ids of the fields the page has (each field's id is
 * its name), or a function from field name to element id (undefined: no single field). */
export type FieldTargets = readonly string[] | ((field: string) => string | undefined);

/** Errors as summary items; each links to its field, unless it belongs to no field on the page. */
export function summaryOf(
	errors: ReadonlyArray<{ field: string; message: string }> | null | undefined,
	fields: FieldTargets
): SummaryItem[] {
	const targetOf = typeof fields === 'function' ? fields : (field: string) => (fields.includes(field) ? field : undefined);
	return (errors ?? []).map((e) => {
		const target = e.field ? targetOf(e.field) : undefined;
		return { message: e.message, href: target ? `#${target}` : undefined };
	});
}
