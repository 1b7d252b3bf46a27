// The cookies of the optional questions after filing: the ticket and the deletion code stay on
// the confirmation page's address (its questions page is below it), httpOnly, a day and an hour.
import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import {
	forgetInclusionTicket,
	getDeletionToken,
	getInclusionTicket,
	setDeletionToken,
	setInclusionTicket
} from './inclusion-cookies';

type Options = { maxAge?: number; httpOnly?: boolean; path?: string; sameSite?: string; secure?: boolean };

/** A cookie jar that keeps what was set and deleted, with the options given. */
function jar() {
	const values = new Map<string, string>();
	const log: { op: 'set' | 'delete'; name: string; options: Options }[] = [];
	const cookies = {
		set: (name: string, value: string, options: Options) => {
			values.set(name, value);
			log.push({ op: 'set', name, options });
		},
		delete: (name: string, options: Options) => {
			values.delete(name);
			log.push({ op: 'delete', name, options });
		},
		get: (name: string) => values.get(name)
	} as unknown as Cookies;
	return { cookies, log };
}

describe('the cookies of the questions after filing', () => {
	const code = 'GWA-7K3P-9Q';

	it('keep the ticket a day, on the confirmation page only, out of scripts', () => {
		const { cookies, log } = jar();
		setInclusionTicket(cookies, new URL('https://suara.test/lapor/periksa'), code, 'payload.signature');
		expect(getInclusionTicket(cookies, code)).toBe('payload.signature');
		expect(getInclusionTicket(cookies, 'GWA-0000-00')).toBeNull();
		expect(log[0]!.options).toEqual({ path: `/lapor/terkirim/${code}`, httpOnly: true, sameSite: 'lax', secure: true, maxAge: 86_400 });
	});

	it('forget the ticket on the same path, once answered or skipped', () => {
		const { cookies, log } = jar();
		const url = new URL('http://suara.test/lapor/terkirim/x');
		setInclusionTicket(cookies, url, code, 't');
		forgetInclusionTicket(cookies, url, code);
		expect(getInclusionTicket(cookies, code)).toBeNull();
		expect(log[1]).toMatchObject({ op: 'delete', name: log[0]!.name, options: { path: `/lapor/terkirim/${code}`, secure: false } });
	});

	it('keep the deletion code an hour at most, like the PIN', () => {
		const { cookies, log } = jar();
		setDeletionToken(cookies, new URL('http://suara.test/'), code, 'ABCD-EFGH-JKMN');
		expect(getDeletionToken(cookies, code)).toBe('ABCD-EFGH-JKMN');
		expect(log[0]!.options).toMatchObject({ path: `/lapor/terkirim/${code}`, httpOnly: true, maxAge: 3600 });
		// Not the ticket's cookie: answering forgets one and keeps the other.
		expect(getInclusionTicket(cookies, code)).toBeNull();
	});
});
