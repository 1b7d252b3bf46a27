import { describe, expect, it } from 'vitest';
import { summaryOf } from './error-summary';

const errors = [
	{ field: 'email', message: 'Tulis alamat email Anda' },
	{ field: '', message: 'Laporan ini baru saja berubah' },
	{ field: 'unknown', message: 'Ada yang salah' }
];

describe('summaryOf', () => {
	it.each([
		['a list of field ids', ['email', 'password'] as const],
		['a function from field to id', (field: string) => (field === 'email' ? 'email' : undefined)]
	])('links an error to its field given %s, and no other', (_how, fields) => {
		expect(summaryOf(errors, fields)).toEqual([
			{ message: 'Tulis alamat email Anda', href: '#email' },
			{ message: 'Laporan ini baru saja berubah', href: undefined },
			{ message: 'Ada yang salah', href: undefined }
		]);
	});

	it('maps a field to an element with another id', () => {
		expect(summaryOf([{ field: 'quietFrom', message: 'Jam tidak sah' }], (f) => ({ quietFrom: 'tenang-mulai' })[f])).toEqual([
			{ message: 'Jam tidak sah', href: '#tenang-mulai' }
		]);
	});

	it('never links an error without a field, even when every field links to itself', () => {
		expect(summaryOf([{ field: '', message: 'x' }], (f) => f)).toEqual([{ message: 'x', href: undefined }]);
	});

	it.each([undefined, null, []])('is empty for %j', (none) => {
		expect(summaryOf(none, ['email'])).toEqual([]);
	});
});
