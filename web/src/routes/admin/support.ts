// Small helpers the administrator's pages share: the error summary's links and the one-line note
// after a change (?selesai=…, so it also shows after a plain form post).
import type { FieldError } from '$lib/graphql';
import type { MessageKey } from '$lib/i18n';

export type { FieldError };
export { summaryOf } from '$lib/error-summary';

const DONE = [
	'created',
	'granted',
	'revoked',
	'disabled',
	'enabled',
	'agencySaved',
	'categorySaved',
	'routeSaved',
	'routeRemoved',
	'holidayAdded',
	'holidaySaved',
	'holidayRemoved',
	'keyRevoked'
] as const;
export type Done = (typeof DONE)[number];

/** The note to show after a change, from ?selesai=…; null for anything else. */
export function doneKey(url: URL): MessageKey | null {
	const value = url.searchParams.get('selesai');
	return value && (DONE as readonly string[]).includes(value) ? (`admin.done.${value}` as MessageKey) : null;
}

/** Where to go after a change: the page with the note. */
export const withDone = (path: string, done: Done): string => `${path}${path.includes('?') ? '&' : '?'}selesai=${done}`;

/** Day, month and year boxes as YYYY-MM-DD; odd values go through for the server to explain. */
export function composeDate(day: string, month: string, year: string): string {
	if (!day.trim() && !month.trim() && !year.trim()) return '';
	return `${year.trim()}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`;
}
