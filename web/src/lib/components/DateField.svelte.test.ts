// The date: day, month and year boxes in a fieldset with hint and error, numeric keyboards, and
// the browser's autofill for a date of birth.
import { virtual } from '@guidepup/virtual-screen-reader';
import { cleanup } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { dateFieldEntry } from './catalogue';
import { testI18n } from './testing/i18n';
import { expectWellFormed, hearAll, renderExample } from './testing/render';

const i18n = testI18n();
const dateHint = 'Contoh: 17 8 2026. Jika tidak ingat tanggal pastinya, kosongkan saja.';

afterEach(async () => {
	await virtual.stop();
	cleanup();
});

const heard: Record<string, string[]> = {
	'ex-datefield-error': [
		'document',
		`group, Kapan kejadiannya? (tidak wajib), ${dateHint} Galat: Tanggal kejadian tidak boleh di masa depan.`,
		'Kapan kejadiannya? (tidak wajib)',
		'Kapan kejadiannya?',
		'(tidak wajib)',
		'end, Kapan kejadiannya? (tidak wajib)',
		'paragraph',
		dateHint,
		'end of paragraph',
		'paragraph',
		'Galat:',
		'Tanggal kejadian tidak boleh di masa depan.',
		'end of paragraph',
		'Tanggal',
		'textbox, Tanggal, 17',
		'Bulan',
		'textbox, Bulan, 8',
		'Tahun',
		// Only the box that is wrong says so.
		'textbox, Tahun, 2099, invalid',
		`end of group, Kapan kejadiannya? (tidak wajib), ${dateHint} Galat: Tanggal kejadian tidak boleh di masa depan.`,
		'end of document'
	]
};

describe.each(dateFieldEntry.examples)('$id', (example) => {
	it('has three numeric boxes in a fieldset with the hint and error joined to it', () => {
		renderExample(dateFieldEntry, example);
		expectWellFormed();
		const props = example.props(i18n);
		const fieldset = document.querySelector('fieldset')!;
		expect(fieldset.querySelector('legend')?.textContent).toContain(props.legend);
		const described = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean);
		expect(fieldset.getAttribute('aria-describedby')).toBe(described.length ? described.join(' ') : null);
		const boxes = [...fieldset.querySelectorAll('input')];
		expect(boxes.map((b) => b.name)).toEqual(['day', 'month', 'year'].map((p) => `${props.id}-${p}`));
		expect(boxes[0]?.id).toBe(props.id);
		for (const box of boxes) expect(box.getAttribute('inputmode')).toBe('numeric');
		expect(boxes.map((b) => b.getAttribute('autocomplete'))).toEqual(
			props.autocomplete ? ['bday-day', 'bday-month', 'bday-year'] : ['off', 'off', 'off']
		);
		expect(boxes.map((b) => b.value)).toEqual([props.day ?? '', props.month ?? '', props.year ?? '']);
	});

	it('is heard as a group with its legend, hint and error, then each box', async () => {
		renderExample(dateFieldEntry, example);
		const log = await hearAll();
		const expected = heard[example.id];
		if (expected) return expect(log).toEqual(expected);
		const props = example.props(i18n);
		expect(log[1]?.startsWith(`group, ${props.legend}`)).toBe(true);
		if (props.hint) expect(log[1]).toContain(props.hint);
		expect(log.filter((p) => p.startsWith('textbox, '))).toHaveLength(3);
	});
});
