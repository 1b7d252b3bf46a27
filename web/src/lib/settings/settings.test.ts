// The cookie contract of the display settings: parsing, the <html> attributes, and what a
// submitted settings form sets or deletes.
import { describe, expect, it } from 'vitest';
import {
	changesFromForm,
	choicesLine,
	defaultSettings,
	htmlAttributeSource,
	languageChoice,
	lowDataOn,
	markDeviceDataSaver,
	parseDisplaySettings,
	readChoicesLine,
	resetChanges,
	withDeviceDataSaver
} from './index';

const jar = (values: Record<string, string>) => (name: string) => values[name];
const form = (values: Record<string, string>) => new Map(Object.entries(values));

describe('parseDisplaySettings', () => {
	it('reads every choice', () => {
		expect(parseDisplaySettings(jar({ tema: 'kontras', teks: '150', gerak: 'kurangi', mudah: '1', presentasi: '1', hemat: '1' }), 'id')).toEqual({
			theme: 'kontras',
			textSize: '150',
			motion: 'kurangi',
			easyRead: true,
			presenting: true,
			lowDataChoice: '1',
			lowData: true
		});
	});

	it('treats missing and unknown values as not chosen', () => {
		expect(parseDisplaySettings(jar({}), 'id')).toEqual(defaultSettings);
		expect(parseDisplaySettings(jar({ tema: 'pink', teks: '300', gerak: 'x', mudah: 'yes', presentasi: 'ya', hemat: 'ya' }), 'id')).toEqual(
			defaultSettings
		);
	});

	it('only turns easy-read on for Bahasa Indonesia', () => {
		expect(parseDisplaySettings(jar({ mudah: '1' }), 'en').easyRead).toBe(false);
	});

	it('turns low-data mode on for a device that saves data, unless the person chose', () => {
		const device = (cookies: Record<string, string>) => parseDisplaySettings(jar(cookies), 'id', true);
		expect(device({})).toMatchObject({ lowDataChoice: null, lowData: true });
		expect(device({ hemat: '0' })).toMatchObject({ lowDataChoice: '0', lowData: false });
		expect(parseDisplaySettings(jar({ hemat: '1' }), 'en')).toMatchObject({ lowDataChoice: '1', lowData: true });
		expect(parseDisplaySettings(jar({}), 'id').lowData).toBe(false);
	});
});

describe('low-data mode in the browser', () => {
	const withSaveData = (saveData: boolean | undefined, run: () => void) => {
		const had = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
		Object.defineProperty(globalThis, 'navigator', { value: { connection: saveData === undefined ? undefined : { saveData } }, configurable: true });
		try {
			run();
		} finally {
			if (had) Object.defineProperty(globalThis, 'navigator', had);
			else delete (globalThis as { navigator?: unknown }).navigator;
		}
	};
	/** Just enough of <html> for the attribute helpers. */
	const root = () => {
		const attributes = new Map<string, string>();
		return {
			hasAttribute: (name: string) => attributes.has(name),
			setAttribute: (name: string, value: string) => void attributes.set(name, value),
			attributes
		} as unknown as HTMLElement & { attributes: Map<string, string> };
	};

	it('follows navigator.connection.saveData when nobody chose', () => {
		withSaveData(true, () => {
			expect(withDeviceDataSaver(defaultSettings).lowData).toBe(true);
			expect(withDeviceDataSaver({ ...defaultSettings, lowDataChoice: '0' }).lowData).toBe(false);
			const html = root();
			markDeviceDataSaver(html, defaultSettings);
			expect(lowDataOn(html)).toBe(true);
			const chosenOff = root();
			markDeviceDataSaver(chosenOff, { ...defaultSettings, lowDataChoice: '0' });
			expect(lowDataOn(chosenOff)).toBe(false);
		});
		withSaveData(false, () => expect(withDeviceDataSaver(defaultSettings).lowData).toBe(false));
		withSaveData(undefined, () => expect(withDeviceDataSaver(defaultSettings).lowData).toBe(false));
	});
});

describe('htmlAttributeSource', () => {
	it('writes only the choices made', () => {
		expect(htmlAttributeSource(defaultSettings)).toBe('');
		expect(
			htmlAttributeSource({ theme: 'kontras', textSize: '150', motion: 'kurangi', easyRead: true, presenting: true, lowDataChoice: '1', lowData: true })
		).toBe(' data-tema="kontras" data-teks="150" data-gerak="kurangi" data-mudah data-presentasi data-hemat');
		expect(htmlAttributeSource({ ...defaultSettings, motion: 'normal' })).toBe(' data-gerak="normal"');
	});
});

describe('changesFromForm', () => {
	it('stores what a person chose', () => {
		expect(changesFromForm(form({ tema: 'kontras', teks: '200', gerak: 'kurangi', hemat: '1', presentasi: '1', bahasa: 'id-mudah' }))).toEqual([
			{ name: 'tema', value: 'kontras' },
			{ name: 'teks', value: '200' },
			{ name: 'gerak', value: 'kurangi' },
			{ name: 'hemat', value: '1' },
			{ name: 'presentasi', value: '1' },
			{ name: 'lang', value: 'id' },
			{ name: 'mudah', value: '1' }
		]);
	});

	it('deletes a cookie for "as my device", for 100% text and for the normal layout', () => {
		expect(changesFromForm(form({ tema: 'perangkat', teks: '100', gerak: 'perangkat', hemat: 'perangkat', presentasi: '0', bahasa: 'en' }))).toEqual([
			{ name: 'tema', value: null },
			{ name: 'teks', value: null },
			{ name: 'gerak', value: null },
			{ name: 'hemat', value: null },
			{ name: 'presentasi', value: null },
			{ name: 'lang', value: 'en' },
			{ name: 'mudah', value: null }
		]);
	});

	it('leaves alone a group that is missing or has an unknown value', () => {
		expect(changesFromForm(form({ tema: 'merah', teks: '999', presentasi: 'ya', hemat: 'ya' }))).toEqual([]);
	});

	it('reset forgets every display choice but not the language', () => {
		expect(resetChanges().map((c) => c.name)).toEqual(['tema', 'teks', 'gerak', 'mudah', 'presentasi', 'hemat']);
		expect(resetChanges().every((c) => c.value === null)).toBe(true);
	});
});

describe('languageChoice', () => {
	it('matches the language radios', () => {
		expect(languageChoice('en', { ...defaultSettings, easyRead: false })).toBe('en');
		expect(languageChoice('id', { ...defaultSettings, easyRead: true })).toBe('id-mudah');
		expect(languageChoice('id', defaultSettings)).toBe('id');
	});
});

describe('choicesLine: the settings a shell kept for offline use is fetched with', () => {
	const chosen = parseDisplaySettings(jar({ tema: 'kontras', teks: '200', gerak: 'kurangi', mudah: '1', presentasi: '1', hemat: '0' }), 'id');
	it.each([
		['nothing chosen: the language only', 'id', defaultSettings, 'lang=id'],
		['English, Kontras tinggi', 'en', { ...defaultSettings, theme: 'kontras' }, 'lang=en; tema=kontras'],
		['every choice', 'id', chosen, 'lang=id; tema=kontras; teks=200; gerak=kurangi; mudah=1; presentasi=1; hemat=0'],
		// Low-data mode the device asked for (Save-Data) is the device's, not a choice: not sent.
		['low data from the device', 'id', { ...defaultSettings, lowData: true }, 'lang=id']
	] as const)('%s', (_name, locale, settings, line) => {
		expect(choicesLine(locale, settings)).toBe(line);
	});

	it('reads back to the same settings', () => {
		const read = readChoicesLine(choicesLine('id', chosen));
		expect(parseDisplaySettings(read, 'id')).toEqual(chosen);
		expect(read('lang')).toBe('id');
	});

	it('a made-up line chooses among the settings and nothing more', () => {
		const read = readChoicesLine(' tema = pink ; teks=200;;=x; sesi=abc; lang=fr');
		expect(parseDisplaySettings(read, 'id')).toEqual({ ...defaultSettings, textSize: '200' });
		expect(readChoicesLine(null)('tema')).toBeUndefined();
		expect(readChoicesLine('x'.repeat(10_000) + '; tema=kontras')('tema')).toBeUndefined();
	});
});
