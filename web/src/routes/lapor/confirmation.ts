// The PIN for the confirmation page only: an httpOnly cookie scoped to that page's address, kept
// for an hour (the time to write the PIN down), so a reload or the phone's back button still
// shows it, no other page sees it, and the next person on a shared phone does not.
import type { Cookies } from '@sveltejs/kit';

const name = (trackingCode: string) => `pin_${trackingCode}`;
const path = (trackingCode: string) => `/lapor/terkirim/${encodeURIComponent(trackingCode)}`;

export function setConfirmationSecret(cookies: Cookies, url: URL, trackingCode: string, secret: string) {
	cookies.set(name(trackingCode), secret, {
		path: path(trackingCode),
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 60 * 60
	});
}

export function getConfirmationSecret(cookies: Cookies, trackingCode: string): string | null {
	return cookies.get(name(trackingCode)) || null;
}
