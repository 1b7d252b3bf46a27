// The choices of the questions about the reporter: a posted value outside them is caught before
// anything is sent; an empty one is "not stated".
import { describe, expect, it } from 'vitest';
import { INCLUSION_FIELDS, unknownChoices } from './inclusion';

const blank = Object.fromEntries(INCLUSION_FIELDS.map((field) => [field, ''])) as Record<(typeof INCLUSION_FIELDS)[number], string>;

describe('unknownChoices', () => {
	it('accepts empty answers and the choices of each question', () => {
		expect(unknownChoices(blank)).toEqual([]);
		expect(unknownChoices({ ...blank, seeing: 'A_LOT', communicating: 'CANNOT', ageBand: 'FROM_60', gender: 'FEMALE' })).toEqual([]);
	});

	it('names each question whose value is not one of its own choices', () => {
		// An age band is not a difficulty, and a difficulty is not a gender.
		expect(unknownChoices({ ...blank, walking: 'FROM_60', gender: 'NONE', hearing: 'SOME', selfCare: 'sedikit' })).toEqual(['walking', 'selfCare', 'gender']);
	});
});
