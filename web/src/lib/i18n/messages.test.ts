// Fails when a message is missing, empty or extra in either language, or when the two languages
// disagree on the {placeholders} a message takes.
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { format, formatDate, parseLocale } from './core';

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
});
