import { describe, expect, it } from 'vitest';
import { composeDate, doneKey, summaryOf, withDone } from './support';

describe('composeDate', () => {
	it.each([
		['1', '3', '2027', '2027-03-01'],
		['31', '12', '2027', '2027-12-31'],
		[' 9 ', ' 8 ', ' 2027 ', '2027-08-09'],
		['', '', '', ''],
		// Odd or partial input goes through for the server to explain.
		['31', '2', '2027', '2027-02-31'],
		['10', '', '2027', '2027-00-10']
	])('%s %s %s → %s', (day, month, year, expected) => expect(composeDate(day, month, year)).toBe(expected));
});

describe('doneKey and withDone', () => {
	it.each([
		['/admin/libur?selesai=holidayAdded', 'admin.done.holidayAdded'],
		['/admin/libur?tahun=2027&selesai=holidayRemoved', 'admin.done.holidayRemoved'],
		['/admin/libur?selesai=anything', null],
		['/admin/libur', null]
	])('%s → %s', (path, expected) => expect(doneKey(new URL(path, 'http://x'))).toBe(expected));

	it('adds the note to a path with or without a query', () => {
		expect(withDone('/admin/pengguna/1', 'granted')).toBe('/admin/pengguna/1?selesai=granted');
		expect(withDone('/admin/libur?tahun=2027', 'holidayAdded')).toBe('/admin/libur?tahun=2027&selesai=holidayAdded');
	});
});

describe('summaryOf', () => {
	it('links errors to their fields, and not the ones about no single field', () => {
		const errors = [
			{ field: 'grantRole', code: 'required', message: 'Pilih peran' },
			{ field: 'grant', code: 'self_lockout', message: 'Tidak bisa' }
		];
		expect(summaryOf(errors, ['grantRole'])).toEqual([
			{ message: 'Pilih peran', href: '#grantRole' },
			{ message: 'Tidak bisa', href: undefined }
		]);
	});
});
