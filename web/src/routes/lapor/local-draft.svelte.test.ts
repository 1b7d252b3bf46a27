// The answers kept on the phone: remembered as typed, put back only into fields the page left
// empty, never for hidden fields or files, forgotten after sending; an old localStorage copy is
// moved into the store once; the phone's answers read back as the pages and the server read them.
// The IndexedDB store is replaced by one in memory (the browser tests use the real one).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const memory = vi.hoisted(() => ({ draft: null as null | { fields: Record<string, string>; photos: unknown[]; savedAt: number } }));
vi.mock('$lib/offline/store', () => ({
	readDraft: async () => memory.draft,
	updateDraft: async (change: (d: NonNullable<typeof memory.draft>) => NonNullable<typeof memory.draft>) => {
		memory.draft = { ...change(memory.draft ?? { fields: {}, photos: [], savedAt: 0 }), savedAt: Date.now() };
	},
	clearDraft: async () => {
		memory.draft = null;
	}
}));

const { forgetLocal, localAnswers, localValues, phoneResumesAt, postedFields, rememberLocal, restoreLocal, offlineStore } = await import('./local-draft');

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

describe('phoneResumesAt', () => {
	it.each([
		{ fields: {}, assisted: false, at: '/lapor/jenis' },
		{ fields: { kind: 'PENGADUAN' }, assisted: false, at: '/lapor/kejadian' },
		{ fields: { kind: 'PENGADUAN', title: 'Lampu' }, assisted: false, at: '/lapor/waktu' },
		{ fields: { kind: 'PENGADUAN', title: 'Lampu', dateUnknown: 'true' }, assisted: false, at: '/lapor/lokasi' },
		// A title left empty is not an answer, whatever comes after it.
		{ fields: { kind: 'PENGADUAN', title: '', dateUnknown: 'true', districtCode: '73.06.08' }, assisted: false, at: '/lapor/kejadian' },
		// The photos are optional: the step after instansi is privasi.
		{ fields: { kind: 'A', title: 'T', dateUnknown: 'true', districtCode: 'D', categoryId: 'C', suggestedAgencyId: 'G' }, assisted: false, at: '/lapor/privasi' },
		{ fields: { kind: 'A', title: 'T', dateUnknown: 'true', districtCode: 'D', categoryId: 'C', suggestedAgencyId: 'G', privacy: 'PUBLIC', contactPreference: 'NONE' }, assisted: false, at: '/lapor/periksa' },
		// A sahabat's filing ends with the resident's consent.
		{ fields: { kind: 'A', title: 'T', dateUnknown: 'true', districtCode: 'D', categoryId: 'C', suggestedAgencyId: 'G', privacy: 'PUBLIC', contactPreference: 'NONE' }, assisted: true, at: '/lapor/persetujuan' },
		{ fields: { kind: 'A', title: 'T', dateUnknown: 'true', districtCode: 'D', categoryId: 'C', suggestedAgencyId: 'G', privacy: 'PUBLIC', contactPreference: 'NONE', consentMethod: 'SPOKEN' }, assisted: true, at: '/lapor/periksa' }
	])('$at', ({ fields, assisted, at }) => {
		expect(phoneResumesAt(fields as Record<string, string>, assisted)).toBe(at);
	});
});

describe('local draft', () => {
	beforeEach(() => {
		memory.draft = null;
	});

	it("reads a plain step's posted answers as the worker keeps them: no photo, no button, no marker", () => {
		const body = new FormData();
		body.append('title', 'Lampu mati');
		body.append('story', 'Sudah dua minggu.');
		body.append('ubah', '1');
		body.append('keterangan', 'foto jalan');
		body.append('foto', new Blob(['x']), 'jalan.png');
		expect(postedFields(body)).toEqual({ title: 'Lampu mati', story: 'Sudah dua minggu.' });
	});

	it('moves an old localStorage copy into the store once, then drops it', async () => {
		localStorage.setItem('suara.draf', JSON.stringify({ title: 'Dari dulu' }));
		await offlineStore();
		expect(localStorage.getItem('suara.draf')).toBeNull();
		expect(memory.draft?.fields).toEqual({ title: 'Dari dulu' });
	});

	it('puts answers back into an empty page (a page from the cache offline)', async () => {
		const typed = form(FIELDS);
		(typed.elements.namedItem('title') as HTMLInputElement).value = 'Lampu mati';
		(typed.elements.namedItem('story') as HTMLTextAreaElement).value = 'Sudah dua minggu.';
		(typed.querySelector('input[value=ASPIRASI]') as HTMLInputElement).checked = true;
		(typed.elements.namedItem('dateUnknown') as HTMLInputElement).checked = true;
		(typed.elements.namedItem('districtCode') as HTMLSelectElement).value = '73.06.08';
		await rememberLocal(typed);
		expect(Object.keys(memory.draft!.fields).sort()).toEqual(['dateUnknown', 'districtCode', 'kind', 'story', 'title']);

		const fresh = form(FIELDS);
		await restoreLocal(fresh);
		expect((fresh.elements.namedItem('title') as HTMLInputElement).value).toBe('Lampu mati');
		expect((fresh.elements.namedItem('story') as HTMLTextAreaElement).value).toBe('Sudah dua minggu.');
		expect((fresh.querySelector('input[value=ASPIRASI]') as HTMLInputElement).checked).toBe(true);
		expect((fresh.elements.namedItem('dateUnknown') as HTMLInputElement).checked).toBe(true);
		expect((fresh.elements.namedItem('districtCode') as HTMLSelectElement).value).toBe('73.06.08');
	});

	it("never overwrites what the server's draft put in the page", async () => {
		memory.draft = { fields: { title: 'Lama', kind: 'ASPIRASI' }, photos: [], savedAt: 0 };
		const page = form(FIELDS.replace('name="title" value=""', 'name="title" value="Dari server"').replace('value="PENGADUAN">', 'value="PENGADUAN" checked>'));
		await restoreLocal(page);
		expect((page.elements.namedItem('title') as HTMLInputElement).value).toBe('Dari server');
		expect((page.querySelector('input[value=ASPIRASI]') as HTMLInputElement).checked).toBe(false);
	});

	it('remembers an unticked box and a cleared field as empty, and is forgotten after sending', async () => {
		const page = form(FIELDS);
		(page.elements.namedItem('dateUnknown') as HTMLInputElement).checked = true;
		await rememberLocal(page);
		(page.elements.namedItem('dateUnknown') as HTMLInputElement).checked = false;
		await rememberLocal(page);
		expect(memory.draft!.fields.dateUnknown).toBe('');
		await forgetLocal();
		expect(memory.draft).toBeNull();
	});

	it('reads the phone answers back as the pages show them and as the server saves them', () => {
		const fields = { kind: 'PENGADUAN', title: 'Lampu mati', story: 'Gelap.', 'incidentDate-day': '3', 'incidentDate-month': '12', 'incidentDate-year': '2026', districtCode: '73.06.08', privacy: 'PUBLIC', contactPreference: 'NONE' };
		expect(localValues(fields)).toMatchObject({ kind: 'PENGADUAN', title: 'Lampu mati', incidentDay: '3', districtCode: '73.06.08', privacy: 'PUBLIC' });
		const answers = localAnswers(fields);
		expect(answers).toMatchObject({ kind: 'PENGADUAN', title: 'Lampu mati', story: 'Gelap.', incidentDate: '2026-12-03', districtCode: '73.06.08', privacy: 'PUBLIC', contactPreference: 'NONE' });
		// A step never opened on the phone sends nothing for it (the server's draft keeps its own).
		expect(answers).not.toHaveProperty('categoryId');
		expect(answers).not.toHaveProperty('consentGivenAt');
	});
});
