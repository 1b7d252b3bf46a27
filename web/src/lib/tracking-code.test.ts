import { describe, expect, it } from 'vitest';
import { normaliseTrackingCode, spellTrackingCode } from './tracking-code';

describe('normaliseTrackingCode', () => {
	it.each([
		['GWA-7K3P-9Q', 'GWA-7K3P-9Q'],
		['gwa7k3p9q', 'GWA-7K3P-9Q'],
		['  gwa 7k3p 9q ', 'GWA-7K3P-9Q'],
		['GWA–7K3P–9Q', 'GWA-7K3P-9Q'],
		['abc', 'ABC'],
		['x-y z', 'X-YZ']
	])('%s → %s', (input, expected) => {
		expect(normaliseTrackingCode(input)).toBe(expected);
	});
});

it('is idempotent, so the tracking page never redirects in a loop', () => {
	for (const input of ['gwa7k3p9q', ' x-y z ', 'ß-ﬀ', 'abc–def', 'Ä']) {
		const once = normaliseTrackingCode(input);
		expect(normaliseTrackingCode(once)).toBe(once);
	}
});

it('spells a code group by group', () => {
	expect(spellTrackingCode('GWA-7K3P-9Q')).toBe('G W A – 7 K 3 P – 9 Q');
});
