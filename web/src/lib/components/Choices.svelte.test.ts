// Radios, checkboxes and a single checkbox: a group named by its legend, with the group's hint
// and error joined to it, each option's hint joined to its option, and targets of 44 px.
import { virtual } from '@guidepup/virtual-screen-reader';
import { cleanup } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { checkboxEntry, checkboxesEntry, radiosEntry } from './catalogue';
import { testI18n } from './testing/i18n';
import { expectWellFormed, hearAll, renderExample } from './testing/render';
import type { ChoiceOption } from './types';

const i18n = testI18n();

afterEach(async () => {
	await virtual.stop();
	cleanup();
});

const answers = [
	['Ya, sudah beres', 'Tidak perlu ada yang dikerjakan lagi.'],
	['Sebagian', 'Masih ada yang belum dikerjakan.'],
	['Belum', 'Masalahnya masih sama.']
] as const;
const radio = (index: number, checked = false) => {
	const [label, hint] = answers[index]!;
	return [
		`radio, ${label}, ${hint}, ${checked ? 'checked' : 'not checked'}, position ${index + 1}, set size 3`,
		label,
		'paragraph',
		hint,
		'end of paragraph'
	];
};

const heard: Record<string, string[]> = {
	'ex-radios-empty': [
		'document',
		'group, Apakah masalahnya sudah beres?',
		'Apakah masalahnya sudah beres?',
		...radio(0),
		...radio(1),
		...radio(2),
		'end of group, Apakah masalahnya sudah beres?',
		'end of document'
	],
	'ex-radios-error': [
		'document',
		'group, Apakah masalahnya sudah beres?, Galat: Pilih salah satu jawaban.',
		'Apakah masalahnya sudah beres?',
		'paragraph',
		'Galat:',
		'Pilih salah satu jawaban.',
		'end of paragraph',
		...radio(0),
		...radio(1),
		...radio(2),
		'end of group, Apakah masalahnya sudah beres?, Galat: Pilih salah satu jawaban.',
		'end of document'
	],
	'ex-radios-checked': [
		'document',
		'group, Apakah masalahnya sudah beres?',
		'Apakah masalahnya sudah beres?',
		...radio(0),
		...radio(1, true),
		...radio(2),
		'end of group, Apakah masalahnya sudah beres?',
		'end of document'
	],
	'ex-checkboxes-error': [
		'document',
		'group, Bagaimana petugas boleh menghubungi Anda?, Pilih semua yang sesuai. Galat: Pilih paling sedikit satu cara.',
		'Bagaimana petugas boleh menghubungi Anda?',
		'paragraph',
		'Pilih semua yang sesuai.',
		'end of paragraph',
		'paragraph',
		'Galat:',
		'Pilih paling sedikit satu cara.',
		'end of paragraph',
		'checkbox, SMS, Ke nomor HP Anda., not checked',
		'SMS',
		'paragraph',
		'Ke nomor HP Anda.',
		'end of paragraph',
		'checkbox, WhatsApp, not checked',
		'WhatsApp',
		'checkbox, E-mail, not checked',
		'E-mail',
		'end of group, Bagaimana petugas boleh menghubungi Anda?, Pilih semua yang sesuai. Galat: Pilih paling sedikit satu cara.',
		'end of document'
	],
	'ex-checkbox-error': [
		'document',
		'paragraph',
		'Galat:',
		'Tulis nama Anda jika nama boleh ditampilkan.',
		'end of paragraph',
		'checkbox, Tampilkan nama saya pada laporan, Hanya berlaku untuk laporan Publik. Galat: Tulis nama Anda jika nama boleh ditampilkan., checked, invalid',
		'Tampilkan nama saya pada laporan',
		'paragraph',
		'Hanya berlaku untuk laporan Publik.',
		'end of paragraph',
		'end of document'
	]
};

describe.each([...radiosEntry.examples, ...checkboxesEntry.examples])('$id', (example) => {
	const entry = example.id.startsWith('ex-radios') ? radiosEntry : checkboxesEntry;
	const type = entry === radiosEntry ? 'radio' : 'checkbox';

	it('is a fieldset named by its legend, each option joined to its own hint', () => {
		renderExample(entry, example);
		expectWellFormed();
		const props = example.props(i18n);
		const fieldset = document.querySelector('fieldset')!;
		expect(fieldset.querySelector('legend')?.textContent).toContain(props.legend);
		const described = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean);
		expect(fieldset.getAttribute('aria-describedby')).toBe(described.length ? described.join(' ') : null);
		const inputs = [...fieldset.querySelectorAll<HTMLInputElement>(`input[type="${type}"]`)];
		expect(inputs.map((i) => i.value)).toEqual(props.options.map((o: ChoiceOption) => o.value));
		// The first option carries the group's id, so an error summary link lands on it.
		expect(inputs[0]?.id).toBe(props.id);
		props.options.forEach((option: ChoiceOption, index: number) => {
			const input = inputs[index]!;
			const hintIds = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
			expect(hintIds.map((id) => document.getElementById(id)?.textContent)).toEqual(
				option.hint ? [option.hint] : []
			);
			expect(document.querySelector(`label[for="${input.id}"]`)?.textContent).toBe(option.label);
		});
	});

	it('is heard as a group with its legend', async () => {
		renderExample(entry, example);
		const log = await hearAll();
		const expected = heard[example.id];
		if (expected) return expect(log).toEqual(expected);
		const props = example.props(i18n);
		expect(log[1]).toMatch(new RegExp(`^group, ${props.legend.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
		expect(log.filter((p) => p.startsWith(`${type}, `))).toHaveLength(props.options.length);
	});

	it('can be chosen by clicking its label, not only the box', async () => {
		renderExample(entry, example);
		const props = example.props(i18n);
		const last = props.options.length - 1;
		const label = document.querySelectorAll('fieldset label')[last] as HTMLLabelElement;
		const input = document.getElementById(label.htmlFor) as HTMLInputElement;
		const before = input.checked;
		await userEvent.click(label);
		expect(input.checked).toBe(type === 'radio' ? true : !before);
	});
});

describe.each(checkboxEntry.examples)('$id', (example) => {
	it('joins its hint, then its error, to the box', () => {
		renderExample(checkboxEntry, example);
		expectWellFormed();
		const props = example.props(i18n);
		const box = document.getElementById(props.id) as HTMLInputElement;
		expect(box.type).toBe('checkbox');
		expect(box.checked).toBe(!!props.checked);
		const ids = (box.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
		expect(ids.map((id) => document.getElementById(id)?.textContent?.trim())).toEqual(
			[props.hint, props.error && `Galat: ${props.error}`].filter(Boolean)
		);
		expect(box.getAttribute('aria-invalid')).toBe(props.error ? 'true' : null);
	});

	it('is heard as a checkbox with its label', async () => {
		renderExample(checkboxEntry, example);
		const log = await hearAll();
		const expected = heard[example.id];
		if (expected) return expect(log).toEqual(expected);
		expect(log.some((p) => p.startsWith(`checkbox, ${example.props(i18n).label}`))).toBe(true);
	});
});
