import { describe, expect, it } from 'vitest';
import { spellForSpeech } from './speak';
import { filingEn, filingId } from './i18n/sections/filing';

const id = filingId['speech.letters'].split(',');
const en = filingEn['speech.letters'].split(',');

describe('spellForSpeech', () => {
	it.each([
		['GWA-7K3P-9Q', id, 'strip', 'ge, we, a, strip, 7, ka, 3, pe, strip, 9, ki'],
		['gwa-7k3p-9q', en, 'dash', 'G, W, A, dash, 7, K, 3, P, dash, 9, Q'],
		['ABCD-2345', id, 'strip', 'a, be, ce, de, strip, 2, 3, 4, 5'],
		['  XYZ v ', id, 'strip', 'eks, ye, zet, ve']
	])('%s', (code, letters, dash, spoken) => expect(spellForSpeech(code, letters, dash)).toBe(spoken));

	it('has a name for each of the 26 letters in both languages', () => {
		expect(id).toHaveLength(26);
		expect(en).toHaveLength(26);
	});
});
