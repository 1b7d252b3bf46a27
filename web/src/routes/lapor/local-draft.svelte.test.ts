// The copy of the answers kept on the phone: remembered as typed, put back only into fields the
// page left empty, never for hidden fields or files, and forgotten after sending.
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetLocal, rememberLocal, restoreLocal } from './local-draft';

function form(html: string): HTMLFormElement {
	document.body.innerHTML = `<form>${html}</form>`;
	return document.querySelector('form')!;
}

const FIELDS = `
	<input name="title" value="">
	<textarea name="story"></textarea>
	<input type="radio" name="kind" value="PENGADUAN"><input type="radio" name="kind" value="ASPIRASI">
	<input type="checkbox" name="dateUnknown" value="true">
	<select name="districtCode"><option value=""></option><option value="73.06.08">Somba Opu</option></select>
	<input type="hidden" name="ubah" value="1">
	<input type="file" name="foto">`;

describe('local draft', () => {
	beforeEach(() => {
		localStorage.clear();
	});

	it('puts answers back into an empty page (a refresh while offline)', () => {
		const typed = form(FIELDS);
		(typed.elements.namedItem('title') as HTMLInputElement).value = 'Lampu mati';
		(typed.elements.namedItem('story') as HTMLTextAreaElement).value = 'Sudah dua minggu.';
		(typed.querySelector('input[value=ASPIRASI]') as HTMLInputElement).checked = true;
		(typed.elements.namedItem('dateUnknown') as HTMLInputElement).checked = true;
		(typed.elements.namedItem('districtCode') as HTMLSelectElement).value = '73.06.08';
		rememberLocal(typed);
		expect(Object.keys(JSON.parse(localStorage.getItem('suara.draf')!)).sort()).toEqual(
			['dateUnknown', 'districtCode', 'kind', 'story', 'title']
		);

		const fresh = form(FIELDS);
		restoreLocal(fresh);
		expect((fresh.elements.namedItem('title') as HTMLInputElement).value).toBe('Lampu mati');
		expect((fresh.elements.namedItem('story') as HTMLTextAreaElement).value).toBe('Sudah dua minggu.');
		expect((fresh.querySelector('input[value=ASPIRASI]') as HTMLInputElement).checked).toBe(true);
		expect((fresh.elements.namedItem('dateUnknown') as HTMLInputElement).checked).toBe(true);
		expect((fresh.elements.namedItem('districtCode') as HTMLSelectElement).value).toBe('73.06.08');
	});

	it("never overwrites what the server's draft put in the page", () => {
		localStorage.setItem('suara.draf', JSON.stringify({ title: 'Lama', kind: 'ASPIRASI' }));
		const page = form(FIELDS.replace('name="title" value=""', 'name="title" value="Dari server"').replace(
			'value="PENGADUAN">',
			'value="PENGADUAN" checked>'
		));
		restoreLocal(page);
		expect((page.elements.namedItem('title') as HTMLInputElement).value).toBe('Dari server');
		expect((page.querySelector('input[value=ASPIRASI]') as HTMLInputElement).checked).toBe(false);
	});

	it('remembers an unticked box and a cleared field as empty', () => {
		const page = form(FIELDS);
		(page.elements.namedItem('dateUnknown') as HTMLInputElement).checked = true;
		rememberLocal(page);
		(page.elements.namedItem('dateUnknown') as HTMLInputElement).checked = false;
		rememberLocal(page);
		expect(JSON.parse(localStorage.getItem('suara.draf')!).dateUnknown).toBe('');
	});

	it('is forgotten after sending, and survives broken storage', () => {
		localStorage.setItem('suara.draf', '{not json');
		const page = form(FIELDS);
		expect(() => restoreLocal(page)).not.toThrow();
		rememberLocal(page);
		forgetLocal();
		expect(localStorage.getItem('suara.draf')).toBeNull();
	});
});
