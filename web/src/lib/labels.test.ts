// The web shows the API's words for complaint kinds and statuses, never its own: no message file
// defines a label for an API value, no page lists the values by hand, and the helpers find a label
// (or fall back to the code, never to a blank).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../../tests/support/source-files';
import { en } from './i18n/en';
import { id } from './i18n/id';
import { idMudah } from './i18n/id-mudah';
import { isOpenStatus, kindChoices, kindLabel, openStatusChoices, type Labels } from './labels';

const KIND_VALUES = ['PENGADUAN', 'ASPIRASI', 'PERMINTAAN_INFORMASI'];
const STATUS_VALUES = ['SUBMITTED', 'VERIFIED', 'DISPOSED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'POSTPONED', 'OUT_OF_SCOPE', 'NOT_OUR_AUTHORITY', 'REJECTED', 'ARCHIVED'];

/** A key that labels an API value: kind.X, kind.X.hint, status.X, or any *.status.X. */
const labelKey = new RegExp(`(^|\\.)(kind\\.(${KIND_VALUES.join('|')})(\\.hint)?|status\\.(${STATUS_VALUES.join('|')}))$`);

const webSrc = path.resolve(import.meta.dirname, '..');
const sources = (dir: string) => sourceFiles(dir, /\.(ts|svelte)$/, /\.test\.ts$/);

describe('labels for kinds and statuses', () => {
	it.each([
		['id', id],
		['en', en],
		['id (easy-read)', idMudah]
	])('are not defined in the web messages (%s): they come from the API', (_name, messages) => {
		expect(Object.keys(messages).filter((k) => labelKey.test(k))).toEqual([]);
	});

	it('the check would catch one', () => {
		for (const key of ['kind.ASPIRASI', 'kind.PENGADUAN.hint', 'status.VERIFIED', 'staff.status.IN_PROGRESS']) {
			expect(labelKey.test(key), key).toBe(true);
		}
		for (const key of ['filing.start.ASPIRASI', 'account.track.next.VERIFIED', 'kind.required']) {
			expect(labelKey.test(key), key).toBe(false);
		}
	});

	it('are not listed by hand in any page or component', () => {
		const listed = (values: string[]) =>
			new RegExp(`\\[[^\\]]*'(${values.join('|')})'[^\\]]*'(${values.join('|')})'`);
		const offenders = sources(webSrc)
			.filter((file) => {
				const text = readFileSync(file, 'utf8');
				return listed(KIND_VALUES).test(text) || listed(STATUS_VALUES).test(text);
			})
			.map((file) => path.relative(webSrc, file));
		expect(offenders).toEqual([]);
	});
});

describe('label helpers', () => {
	const labels: Labels = {
		kinds: [
			{ kind: 'PENGADUAN', label: 'Pengaduan', hint: 'Ada masalah.' },
			{ kind: 'ASPIRASI', label: 'Aspirasi', hint: 'Ada usul.' }
		],
		statuses: [
			{ status: 'SUBMITTED', label: 'Terkirim', isOpen: true },
			{ status: 'CLOSED', label: 'Ditutup', isOpen: false }
		]
	};

	it.each([
		['PENGADUAN', 'Pengaduan'],
		['ASPIRASI', 'Aspirasi'],
		['LAINNYA', 'LAINNYA']
	])('kindLabel(%s) is %s', (kind, label) => {
		expect(kindLabel(labels, kind)).toBe(label);
	});

	it('offers the kinds in the API order, with or without hints', () => {
		expect(kindChoices(labels)).toEqual([
			{ value: 'PENGADUAN', label: 'Pengaduan', hint: 'Ada masalah.' },
			{ value: 'ASPIRASI', label: 'Aspirasi', hint: 'Ada usul.' }
		]);
		expect(kindChoices(labels, false)).toEqual([
			{ value: 'PENGADUAN', label: 'Pengaduan' },
			{ value: 'ASPIRASI', label: 'Aspirasi' }
		]);
	});

	it('offers only open statuses for a queue filter', () => {
		expect(openStatusChoices(labels)).toEqual([{ value: 'SUBMITTED', label: 'Terkirim' }]);
	});

	it.each([
		['SUBMITTED', true],
		['CLOSED', false],
		['UNKNOWN', false]
	])('isOpenStatus(%s) is %s', (status, open) => {
		expect(isOpenStatus(labels, status)).toBe(open);
	});
});
