// Fails when a message is missing, empty or extra in either language, or when the two languages
// disagree on the {placeholders} a message takes.
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { idMudah } from './id-mudah';
import { format, formatDate, formatNumber, parseLocale } from './core';
import { explanationsFor, messagesFor, t } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message files', () => {
	const idKeys = Object.keys(id).sort();
	const enKeys = Object.keys(en).sort();

	it('have the same keys in Bahasa Indonesia and English', () => {
		expect(enKeys.filter((k) => !idKeys.includes(k))).toEqual([]);
		expect(idKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
	});

	it.each([
		['id', id as Record<string, unknown>],
		['en', en as Record<string, unknown>]
	])('has no empty message in %s', (_lang, messages) => {
		const empty = Object.entries(messages)
			.filter(([, v]) => typeof v !== 'string' || v.trim() === '')
			.map(([k]) => k);
		expect(empty).toEqual([]);
	});

	it('use the same placeholders in both languages', () => {
		const differ = idKeys.filter((k) => {
			const key = k as keyof typeof id;
			return placeholders(id[key]).join() !== placeholders(en[key]).join();
		});
		expect(differ).toEqual([]);
	});
});

describe('easy-read (Bahasa Indonesia mudah dibaca)', () => {
	const entries = Object.entries(idMudah) as Array<[string, string]>;
	const overlay = entries.filter(([k]) => !k.startsWith('explain.'));
	const explanations = entries.filter(([k]) => k.startsWith('explain.'));

	it('only rewords keys that exist in Bahasa Indonesia', () => {
		expect(overlay.map(([k]) => k).filter((k) => !(k in id))).toEqual([]);
	});

	it('keeps the placeholders of the standard wording', () => {
		const differ = overlay
			.filter(([k, v]) => placeholders(v).join() !== placeholders(id[k as keyof typeof id]).join())
			.map(([k]) => k);
		expect(differ).toEqual([]);
	});

	it('has no empty message, and explanations exist only in easy-read', () => {
		expect(entries.filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
		expect(explanations.length).toBeGreaterThan(0);
		expect(explanations.map(([k]) => k).filter((k) => k in id || k in en)).toEqual([]);
	});

	it('uses short sentences (at most 10 words each)', () => {
		const sentences = (text: string) => text.split(/(?<=[.?!:])\s+/).filter(Boolean);
		const words = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;
		const long = entries
			.filter(([, v]) => sentences(v).some((sentence) => words(sentence) > 10))
			.map(([k]) => k);
		expect(long).toEqual([]);
	});

	it('is looked up first when it is on, and only for Bahasa Indonesia', () => {
		const on = { locale: 'id' as const, settings: { easyRead: true } };
		expect(t(on, 'track.intro')).toBe(idMudah['track.intro']);
		expect(t(on, 'track.title')).toBe(id['track.title']);
		expect(t({ locale: 'id', settings: { easyRead: false } }, 'track.intro')).toBe(id['track.intro']);
		expect(messagesFor('en', true)).toBe(messagesFor('en', false));
		expect(explanationsFor('id', true)?.['explain.track']).toBe(idMudah['explain.track']);
		expect(explanationsFor('id', false)).toBeNull();
		expect(explanationsFor('en', true)).toBeNull();
	});
});

describe('helpers', () => {
	it('fills placeholders', () => {
		expect(format('Laporan {code}', { code: 'GWA-7K3P-9Q' })).toBe('Laporan GWA-7K3P-9Q');
		expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
	});

	it('defaults to Bahasa Indonesia', () => {
		expect(parseLocale('en')).toBe('en');
		expect(parseLocale('id')).toBe('id');
		expect(parseLocale('fr')).toBe('id');
		expect(parseLocale(undefined)).toBe('id');
	});

	it('formats dates in WITA', () => {
		// 23:30 UTC on 16 August is already 17 August in Gowa (UTC+8).
		expect(formatDate('id', '2026-08-16T23:30:00Z')).toBe('17 Agustus 2026');
		expect(formatDate('en', '2026-08-17')).toBe('17 August 2026');
	});

	it('formats numbers for the language', () => {
		expect(formatNumber('id', 1250.5)).toBe('1.250,5');
		expect(formatNumber('en', 1250.5)).toBe('1,250.5');
		expect(formatNumber('id', 0.25, { style: 'percent' })).toBe('25%');
	});
});
