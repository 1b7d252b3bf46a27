import { describe, expect, it } from 'vitest';
import { formText, textOf } from './form-data';

describe('reading a posted form', () => {
	const form = new FormData();
	form.set('title', '  Jalan rusak ');
	form.set('empty', '');
	form.set('photo', new File(['x'], 'x.jpg', { type: 'image/jpeg' }));

	it.each([
		['a text field, as typed (spaces kept)', 'title', '  Jalan rusak '],
		['an empty field', 'empty', ''],
		['an absent field', 'missing', ''],
		['a file where text was expected', 'photo', '']
	])('%s', (_case, name, expected) => {
		expect(textOf(form, name)).toBe(expected);
		expect(formText(form)(name)).toBe(expected);
	});
});
