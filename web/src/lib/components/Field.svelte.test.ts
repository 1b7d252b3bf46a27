// Text fields and selects: label, then hint and error joined in aria-describedby in that order,
// aria-invalid with an error, and heard that way.
import { virtual } from '@guidepup/virtual-screen-reader';
import { cleanup } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { selectFieldEntry, textFieldEntry } from './catalogue';
import { testI18n } from './testing/i18n';
import { expectWellFormed, hearAll, renderExample } from './testing/render';

const i18n = testI18n();

afterEach(async () => {
	await virtual.stop();
	cleanup();
});

const titleHint = 'Tulis singkat, paling banyak 150 karakter. Contoh: Lampu jalan mati di depan SD.';

/** Exact phrase logs for the states that matter most. */
const heard: Record<string, string[]> = {
	'ex-textfield-empty': ['document', 'Judul laporan', 'textbox, Judul laporan, required', 'end of document'],
	'ex-textfield-error': [
		'document',
		'Judul laporan',
		'paragraph',
		titleHint,
		'end of paragraph',
		'paragraph',
		'Galat:',
		'Tulis judul laporan.',
		'end of paragraph',
		// Label, then hint and error (in that order), then invalid.
		`textbox, Judul laporan, ${titleHint} Galat: Tulis judul laporan., invalid, required`,
		'end of document'
	],
	'ex-textfield-optional': [
		'document',
		'Nomor HP',
		'(tidak wajib)',
		'paragraph',
		'Untuk dihubungi petugas jika perlu. Contoh: 0812 3456 7890.',
		'end of paragraph',
		'textbox, Nomor HP (tidak wajib), Untuk dihubungi petugas jika perlu. Contoh: 0812 3456 7890.',
		'end of document'
	],
	'ex-selectfield-error': [
		'document',
		'Kecamatan',
		'paragraph',
		'Galat:',
		'Pilih kecamatan.',
		'end of paragraph',
		'combobox, Kecamatan, Galat: Pilih kecamatan., has popup listbox, not expanded, invalid, required',
		'option, Pilih kecamatan, selected, position 1, set size 4',
		'option, Somba Opu, 73.06.08, not selected, position 2, set size 4',
		'option, Bajeng, 73.06.02, not selected, position 3, set size 4',
		'option, Bontomarannu, 73.06.09, not selected, position 4, set size 4',
		'end of combobox, Kecamatan, Galat: Pilih kecamatan., has popup listbox, not expanded, invalid, required',
		'end of document'
	]
};

describe.each([...textFieldEntry.examples, ...selectFieldEntry.examples])('$id', (example) => {
	const entry = example.id.startsWith('ex-textfield') ? textFieldEntry : selectFieldEntry;

	it('joins hint and error to the control, in that order', () => {
		renderExample(entry, example);
		expectWellFormed();
		const props = example.props(i18n);
		const control = document.getElementById(props.id)!;
		expect(document.querySelector(`label[for="${props.id}"]`)?.textContent).toContain(props.label);
		const expected = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean);
		expect(control.getAttribute('aria-describedby')).toBe(expected.length ? expected.join(' ') : null);
		expect(control.getAttribute('aria-invalid')).toBe(props.error ? 'true' : null);
		if (props.error) expect(document.getElementById(`${props.id}-error`)?.textContent).toContain(props.error);
	});

	it('is heard with its label, hint and error', async () => {
		renderExample(entry, example);
		const log = await hearAll();
		const expected = heard[example.id];
		if (expected) {
			expect(log).toEqual(expected);
		} else {
			const props = example.props(i18n);
			const control = log.find((p) => /^(textbox|combobox), /.test(p));
			expect(control).toContain(props.label);
			if (props.hint) expect(control).toContain(props.hint);
			if (props.error) expect(control).toContain(`Galat: ${props.error}`);
		}
	});
});
