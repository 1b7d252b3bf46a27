// Reads and writes the display-setting cookies on the server (contract in ./index.ts).
import type { Cookies } from '@sveltejs/kit';
import { localeCookie, parseLocale, type Locale } from '$lib/i18n';
import { parseDisplaySettings, readChoicesLine, type CookieChange, type DisplaySettings } from './index';

const oneYear = 365 * 24 * 60 * 60;

/**
 * The language and display settings of this request (including cookies set during it). With the
 * request's headers, a browser sending `Save-Data: on` gets low-data mode unless the person chose.
 */
export function readSettings(cookies: Cookies, headers?: Headers): { locale: Locale; settings: DisplaySettings } {
	const locale = parseLocale(cookies.get(localeCookie));
	const savesData = headers?.get('save-data')?.trim().toLowerCase() === 'on';
	return { locale, settings: parseDisplaySettings((name) => cookies.get(name), locale, savesData) };
}

/**
 * The same, for a page's shell fetched by the service worker: it comes without cookies and says
 * the person's choices in a header instead (`choicesLine`), so the kept page shows in them.
 */
export function readShellSettings(headers: Headers, header: string): { locale: Locale; settings: DisplaySettings } {
	const read = readChoicesLine(headers.get(header));
	const locale = parseLocale(read(localeCookie));
	const savesData = headers.get('save-data')?.trim().toLowerCase() === 'on';
	return { locale, settings: parseDisplaySettings(read, locale, savesData) };
}

/** Sets or deletes each cookie: path /, one year, SameSite=Lax, not readable by page scripts. */
export function writeChanges(cookies: Cookies, changes: CookieChange[], url: URL): void {
	const options = {
		path: '/',
		sameSite: 'lax',
		httpOnly: true,
		secure: url.protocol === 'https:'
	} as const;
	for (const { name, value } of changes) {
		if (value === null) cookies.delete(name, options);
		else cookies.set(name, value, { ...options, maxAge: oneYear });
	}
}

/**
 * A one-time note that the settings were saved, for the page a plain (no-JavaScript) form post
 * returns to; the layout shows it once and deletes it. With JavaScript the live region says it.
 */
export const savedNoteCookie = 'tampilan-disimpan';

export function setSavedNote(cookies: Cookies, url: URL): void {
	cookies.set(savedNoteCookie, '1', {
		path: '/',
		sameSite: 'lax',
		httpOnly: true,
		secure: url.protocol === 'https:',
		maxAge: 60
	});
}

/** True once after a plain form post saved the settings; deletes the note. */
export function takeSavedNote(cookies: Cookies, secure: boolean): boolean {
	if (cookies.get(savedNoteCookie) !== '1') return false;
	cookies.delete(savedNoteCookie, { path: '/', secure });
	return true;
}
