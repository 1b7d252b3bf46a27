// The access secret (PIN) of a complaint, kept in an httpOnly cookie scoped to that complaint's
// tracking page so the reporter sees their whole report without typing it again. It lasts as
// long as the task, one hour, not weeks: phones in a village are often shared, and the next
// person to pick this one up must not open the report.
import type { Cookies } from '@sveltejs/kit';

export const ACCESS_COOKIE_MAX_AGE = 60 * 60;
const maxAge = ACCESS_COOKIE_MAX_AGE;

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
