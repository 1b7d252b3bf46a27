// Locale helpers with no message dictionaries in them, so client code can import them without
// pulling both languages into the browser bundle (the current one is a file the browser fetches
// once: dictionary.ts).
export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'id';

/** Name of the cookie that holds the chosen language; the server reads the same cookie. */
export const localeCookie = 'lang';

export type Params = Record<string, string | number>;

export function parseLocale(value: unknown): Locale {
	return value === 'en' ? 'en' : defaultLocale;
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function format(template: string, params?: Params): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** The BCP 47 tag Intl formatters use for each language. */
const intlTags: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A date in words, in Gowa's time zone (WITA). Accepts ISO date-times and plain YYYY-MM-DD dates. */
export function formatDate(locale: Locale, value: string): string {
	let formatter = formatters.get(locale);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(intlTags[locale], {
			timeZone: 'Asia/Makassar',
			dateStyle: 'long'
		});
		formatters.set(locale, formatter);
	}
	// A plain date means that calendar day in Gowa; noon WITA keeps it on the same day.
	const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+08:00`) : new Date(value);
	return Number.isNaN(date.getTime()) ? value : formatter.format(date);
}

const numberFormatters = new Map<Locale, Intl.NumberFormat>();

/** A number as people write it in that language: 1.250,5 in Bahasa Indonesia, 1,250.5 in English. */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
	if (options) return new Intl.NumberFormat(intlTags[locale], options).format(value);
	let formatter = numberFormatters.get(locale);
	if (!formatter) {
		formatter = new Intl.NumberFormat(intlTags[locale]);
		numberFormatters.set(locale, formatter);
	}
	return formatter.format(value);
}
