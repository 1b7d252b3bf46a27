// Was a finding: the PIN cookie lived 30 days on shared phones.
import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { setAccessSecret } from './access-cookie';
import { setConfirmationSecret } from '../../routes/lapor/confirmation';

function recorder() {
	const set: { name: string; options: { maxAge?: number; httpOnly?: boolean; path?: string } }[] = [];
	const cookies = { set: (name: string, _value: string, options: object) => set.push({ name, options }) } as unknown as Cookies;
	return { cookies, set };
}

describe('cookies that carry a PIN', () => {
	it('last an hour at most, and only on the page that needs them', () => {
		const { cookies, set } = recorder();
		const url = new URL('http://suara.test/lacak');
		setAccessSecret(cookies, url, 'GWA-7K3P-9Q', '1234-5678');
		setConfirmationSecret(cookies, url, 'GWA-7K3P-9Q', '1234-5678');
		expect(set).toHaveLength(2);
		for (const { options } of set) {
			expect(options.maxAge).toBeGreaterThan(0);
			expect(options.maxAge).toBeLessThanOrEqual(3600);
			expect(options.httpOnly).toBe(true);
		}
		expect(set.map((c) => c.options.path)).toEqual(['/lacak/GWA-7K3P-9Q', '/lapor/terkirim/GWA-7K3P-9Q']);
	});
});
