// The access secret (PIN) of a complaint, kept in an httpOnly cookie scoped to that complaint's
// tracking page so the reporter sees their whole report without typing it again.
import type { Cookies } from '@sveltejs/kit';

const maxAge = 30 * 24 * 60 * 60;

const name = (trackingCode: string) => `akses_${trackingCode}`;
const path = (trackingCode: string) => `/lacak/${encodeURIComponent(trackingCode)}`;

export function setAccessSecret(cookies: Cookies, url: URL, trackingCode: string, secret: string) {
	cookies.set(name(trackingCode), secret, {
		path: path(trackingCode),
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge
	});
}

export function getAccessSecret(cookies: Cookies, trackingCode: string): string | undefined {
	return cookies.get(name(trackingCode)) || undefined;
}
