// The message dictionary as a file of its own (/pesan/<variant>.<version>.json), fetched once by
// the browser and kept: the HTML of a page carries none of it. Before, every page sent the whole
// dictionary (1,400 keys, two thirds of a filing step's bytes) in its hydration data, even to a
// phone without JavaScript, which cannot use it, and again after each notification refreshed the
// layout. The server names the file by its content ($lib/server/dictionary.ts), so it is kept for
// a year and a new version is a new name; the service worker keeps it for the pages it keeps.
//
// Client-safe: names and the loader only, no dictionary in it.
import type { Locale } from './core';
import type { Messages } from './id';

/** The three dictionaries a page can use: Bahasa Indonesia, with the easy-read wording, English. */
export const dictionaryVariants = ['id', 'id-mudah', 'en'] as const;
export type DictionaryVariant = (typeof dictionaryVariants)[number];

export const dictionaryVariant = (locale: Locale, easyRead: boolean): DictionaryVariant =>
	locale === 'en' ? 'en' : easyRead ? 'id-mudah' : 'id';

export const dictionaryPath = (variant: DictionaryVariant, version: string): string => `/pesan/${variant}.${version}.json`;

/** What dictionaryPath makes: the variant, then a version of 12 hexadecimal digits. */
const pathPattern = `/pesan/(${dictionaryVariants.join('|')})\\.([0-9a-f]{12})\\.json`;

const wholePath = new RegExp(`^${pathPattern}$`);

/** `/pesan/id.3f2a9c01d4e5.json` → its variant and version; null for anything else. */
export function parseDictionaryPath(pathname: string): { variant: DictionaryVariant; version: string } | null {
	const match = wholePath.exec(pathname);
	return match ? { variant: match[1] as DictionaryVariant, version: match[2]! } : null;
}

/** The dictionary files a page names (its preload link), each once: what the service worker keeps with it. */
export function dictionaryPathsIn(html: string): string[] {
	return [...new Set(html.match(new RegExp(pathPattern, 'g')) ?? [])];
}

const loaded = new Map<string, Promise<Messages>>();
let first = true;

/**
 * The dictionary at `path`, fetched once per page session. The browser has it from its cache, or
 * from the fetch the page's preload link started with the HTML.
 *
 * When it cannot be had, the first call (the page waking up) never settles: the page stays as the
 * server rendered it, working as it does without JavaScript, as it would if the scripts had not
 * come. A later call (a client-side navigation that changed the language) fails, and SvelteKit
 * loads that page in full instead.
 */
export function loadDictionary(path: string): Promise<Messages> {
	const waking = first;
	first = false;
	let messages = loaded.get(path);
	if (!messages) {
		messages = fetch(path).then(async (response) => {
			if (!response.ok) throw new Error(`${path} answered ${response.status}`);
			return (await response.json()) as Messages;
		});
		loaded.set(path, messages);
		// A failed fetch is tried again next time.
		messages.catch(() => loaded.delete(path));
	}
	return waking ? messages.catch(() => new Promise<Messages>(() => {})) : messages;
}
