// Display settings (theme, text size, motion, easy-read, the presenter layout, low-data mode) and their cookie contract. Shared by the
// server, which renders them onto <html> before the first paint, and the browser, which applies a
// saved change without a reload. Only choices a person made are stored: no cookie means the
// device's own preference (`prefers-contrast`, `prefers-reduced-motion`) decides in CSS.
import { localeCookie, type Locale } from '../i18n/core';

/** Cookie names. Other code and tests depend on these exact names and values. */
export const settingCookies = {
	theme: 'tema',
	textSize: 'teks',
	motion: 'gerak',
	easyRead: 'mudah',
	presenting: 'presentasi',
	lowData: 'hemat'
} as const;

export const themes = ['standar', 'kontras'] as const;
export const textSizes = ['100', '125', '150', '200'] as const;
export const motions = ['kurangi', 'normal'] as const;
/** Low-data mode chosen on ('1') or off ('0'); no cookie: the device's data saver decides. */
export const lowDataChoices = ['1', '0'] as const;

export type Theme = (typeof themes)[number];
export type TextSize = (typeof textSizes)[number];
export type Motion = (typeof motions)[number];
export type LowDataChoice = (typeof lowDataChoices)[number];

export interface DisplaySettings {
	/** null: not chosen; `prefers-contrast: more` decides. */
	theme: Theme | null;
	/** null: not chosen; 100%. */
	textSize: TextSize | null;
	/** null: not chosen; `prefers-reduced-motion` decides. */
	motion: Motion | null;
	/** Easy-read Bahasa Indonesia. Only ever true together with the `id` language. */
	easyRead: boolean;
	/** The presenter layout for a projector: larger text, a plain explanation beside each question. */
	presenting: boolean;
	/** Low-data mode as chosen; null: not chosen, the device's data saver (Save-Data) decides. */
	lowDataChoice: LowDataChoice | null;
	/**
	 * Low-data mode is on (chosen, or not chosen and the device asks to save data): lists load no
	 * images, pages stay text-only, and photo uploads may wait (`data-hemat` on <html>).
	 */
	lowData: boolean;
}

export const defaultSettings: DisplaySettings = {
	theme: null,
	textSize: null,
	motion: null,
	easyRead: false,
	presenting: false,
	lowDataChoice: null,
	lowData: false
};

function pick<T extends string>(allowed: readonly T[], value: unknown): T | null {
	return allowed.find((a) => a === value) ?? null;
}

/**
 * Reads the settings from cookies; unknown values count as "not chosen". `deviceSavesData`: the
 * browser asks to save data (the `Save-Data: on` request header, `navigator.connection.saveData`).
 */
export function parseDisplaySettings(
	read: (name: string) => string | undefined,
	locale: Locale,
	deviceSavesData = false
): DisplaySettings {
	const lowDataChoice = pick(lowDataChoices, read(settingCookies.lowData));
	return {
		theme: pick(themes, read(settingCookies.theme)),
		textSize: pick(textSizes, read(settingCookies.textSize)),
		motion: pick(motions, read(settingCookies.motion)),
		easyRead: locale === 'id' && read(settingCookies.easyRead) === '1',
		presenting: read(settingCookies.presenting) === '1',
		lowDataChoice,
		lowData: lowDataChoice === null ? deviceSavesData : lowDataChoice === '1'
	};
}

/**
 * The language and the choices a person made, as `name=value` pairs joined by "; " (the shape of
 * a Cookie header, with the cookie names and values of the contract). The service worker fetches
 * the pages it keeps for offline use without cookies and sends this line instead, so a page shown
 * offline keeps the person's language, theme and text size. Device-decided values are left out.
 */
export function choicesLine(locale: Locale, settings: DisplaySettings): string {
	const pairs: [string, string | null][] = [
		[localeCookie, locale],
		[settingCookies.theme, settings.theme],
		[settingCookies.textSize, settings.textSize],
		[settingCookies.motion, settings.motion],
		[settingCookies.easyRead, settings.easyRead ? '1' : null],
		[settingCookies.presenting, settings.presenting ? '1' : null],
		[settingCookies.lowData, settings.lowDataChoice]
	];
	return pairs
		.filter((pair): pair is [string, string] => pair[1] !== null)
		.map(([name, value]) => `${name}=${value}`)
		.join('; ');
}

/**
 * Reads a line made by `choicesLine` (or anything else: it is a request header) by cookie name.
 * Only the names of the contract are read and `parseDisplaySettings`/`parseLocale` accept only known
 * values, so a made-up line can choose among the settings and nothing more.
 */
export function readChoicesLine(line: string | null | undefined): (name: string) => string | undefined {
	const values = new Map<string, string>();
	for (const part of (line ?? '').slice(0, 300).split(';')) {
		const at = part.indexOf('=');
		if (at > 0) values.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
	}
	return (name) => values.get(name);
}

/** The attributes on <html>, present only for choices a person made. */
export function htmlAttributes(settings: DisplaySettings): Record<string, string> {
	const attributes: Record<string, string> = {};
	if (settings.theme) attributes['data-tema'] = settings.theme;
	if (settings.textSize) attributes['data-teks'] = settings.textSize;
	if (settings.motion) attributes['data-gerak'] = settings.motion;
	if (settings.easyRead) attributes['data-mudah'] = '';
	if (settings.presenting) attributes['data-presentasi'] = '';
	if (settings.lowData) attributes['data-hemat'] = '';
	return attributes;
}

/** The same attributes as HTML source, each with a leading space (values come from fixed lists). */
export function htmlAttributeSource(settings: DisplaySettings): string {
	return Object.entries(htmlAttributes(settings))
		.map(([name, value]) => (value ? ` ${name}="${value}"` : ` ${name}`))
		.join('');
}

const attributeNames = ['data-tema', 'data-teks', 'data-gerak', 'data-mudah', 'data-presentasi', 'data-hemat'] as const;

/** The browser asks to save data (`navigator.connection.saveData`; Chromium on Android has it). */
export function deviceSavesData(): boolean {
	if (typeof navigator === 'undefined') return false;
	return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/** The settings with low-data mode on when it was not chosen and this device asks to save data. */
export function withDeviceDataSaver(settings: DisplaySettings): DisplaySettings {
	return settings.lowDataChoice === null && !settings.lowData && deviceSavesData()
		? { ...settings, lowData: true }
		: settings;
}

/**
 * Low-data mode is on for this page: the one place scripts ask (the outbox waits with photo
 * uploads on it). Reads <html>, which the server and the layout keep in step with the setting.
 */
export function lowDataOn(root: HTMLElement = document.documentElement): boolean {
	return root.hasAttribute('data-hemat');
}

/**
 * Once the scripts run: turns low-data mode on in <html> when nobody chose and the device asks to
 * save data but did not say so in the request (the server reads the `Save-Data` header).
 */
export function markDeviceDataSaver(root: HTMLElement, settings: DisplaySettings): void {
	if (withDeviceDataSaver(settings).lowData && !root.hasAttribute('data-hemat')) root.setAttribute('data-hemat', '');
}

/** Puts the settings and language on <html> in the browser, after a change saved with JavaScript. */
export function applyToRoot(root: HTMLElement, settings: DisplaySettings, locale: Locale): void {
	const wanted = htmlAttributes(withDeviceDataSaver(settings));
	for (const name of attributeNames) {
		const value = wanted[name];
		if (value === undefined) root.removeAttribute(name);
		else if (root.getAttribute(name) !== value) root.setAttribute(name, value);
	}
	if (root.lang !== locale) root.lang = locale;
}

// ---- The settings form ----------------------------------------------------------------------

/** The form value that means "as my phone or computer is set": the cookie is deleted. */
export const followDevice = 'perangkat';

export const languageChoices = ['id', 'id-mudah', 'en'] as const;
export type LanguageChoice = (typeof languageChoices)[number];

/** The language radio that matches the current language and easy-read setting. */
export function languageChoice(locale: Locale, settings: DisplaySettings): LanguageChoice {
	if (locale === 'en') return 'en';
	return settings.easyRead ? 'id-mudah' : 'id';
}

/** One cookie to set, or to delete (value null). */
export interface CookieChange {
	name: string;
	value: string | null;
}

type FormLike = { get(name: string): unknown };

/**
 * The cookie changes one submitted settings form asks for. A group missing from the form (or
 * with a value we do not know) leaves its cookie as it is.
 */
export function changesFromForm(form: FormLike): CookieChange[] {
	const changes: CookieChange[] = [];
	const tema = form.get(settingCookies.theme);
	if (tema === followDevice) changes.push({ name: settingCookies.theme, value: null });
	else if (pick(themes, tema)) changes.push({ name: settingCookies.theme, value: String(tema) });

	const teks = pick(textSizes, form.get(settingCookies.textSize));
	// 100% is what no cookie means: store nothing for it.
	if (teks) changes.push({ name: settingCookies.textSize, value: teks === '100' ? null : teks });

	const gerak = form.get(settingCookies.motion);
	if (gerak === followDevice) changes.push({ name: settingCookies.motion, value: null });
	else if (pick(motions, gerak)) changes.push({ name: settingCookies.motion, value: String(gerak) });

	const hemat = form.get(settingCookies.lowData);
	if (hemat === followDevice) changes.push({ name: settingCookies.lowData, value: null });
	else if (pick(lowDataChoices, hemat)) changes.push({ name: settingCookies.lowData, value: String(hemat) });

	const presentasi = form.get(settingCookies.presenting);
	// Off is what no cookie means: store nothing for it.
	if (presentasi === '1' || presentasi === '0') changes.push({ name: settingCookies.presenting, value: presentasi === '1' ? '1' : null });

	const language = pick(languageChoices, form.get('bahasa'));
	if (language) {
		changes.push({ name: localeCookie, value: language === 'en' ? 'en' : 'id' });
		changes.push({ name: settingCookies.easyRead, value: language === 'id-mudah' ? '1' : null });
	}
	return changes;
}

/** "Back to the defaults": forget every display choice. The language stays as it is. */
export function resetChanges(): CookieChange[] {
	return Object.values(settingCookies).map((name) => ({ name, value: null }));
}
