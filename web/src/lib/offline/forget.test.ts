import { describe, expect, it } from 'vitest';
import { askedToForget, forgetCookie } from './forget';

describe('askedToForget', () => {
	it.each([
		[`${forgetCookie}=1`, true],
		[`tema=kontras; ${forgetCookie}=1; teks=200`, true],
		[`tema=kontras`, false],
		[`${forgetCookie}=`, false],
		[`x${forgetCookie}=1`, false],
		['', false]
	])('%j → %s', (cookies, expected) => {
		expect(askedToForget(cookies)).toBe(expected);
	});
});
