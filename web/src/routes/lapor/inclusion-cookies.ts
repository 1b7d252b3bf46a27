// "Who is being served": the filing's one-time ticket for the optional questions about the
// reporter, and, once answered, the code that deletes those answers. Both live in httpOnly cookies
// scoped to the confirmation page's address (and so also to its questions page below it), like
// the PIN in confirmation.ts: no other page sees them. The ticket lasts as long as the server
// accepts it (a day: time to answer later); the deletion code an hour, the time to write it down
// or print the receipt, so the next person on a shared phone does not see it.
import type { Cookies } from '@sveltejs/kit';

export const TICKET_COOKIE_MAX_AGE = 24 * 60 * 60;
export const DELETION_COOKIE_MAX_AGE = 60 * 60;

const ticketName = (trackingCode: string) => `tiket_${trackingCode}`;
const deletionName = (trackingCode: string) => `hapus_${trackingCode}`;
const path = (trackingCode: string) => `/lapor/terkirim/${encodeURIComponent(trackingCode)}`;

function scope(url: URL, trackingCode: string) {
	return { path: path(trackingCode), httpOnly: true, sameSite: 'lax' as const, secure: url.protocol === 'https:' };
}

export function setInclusionTicket(cookies: Cookies, url: URL, trackingCode: string, ticket: string) {
	cookies.set(ticketName(trackingCode), ticket, { ...scope(url, trackingCode), maxAge: TICKET_COOKIE_MAX_AGE });
}

export function getInclusionTicket(cookies: Cookies, trackingCode: string): string | null {
	return cookies.get(ticketName(trackingCode)) || null;
}

/** Answered or skipped: the questions are not offered again for this report. */
export function forgetInclusionTicket(cookies: Cookies, url: URL, trackingCode: string) {
	cookies.delete(ticketName(trackingCode), scope(url, trackingCode));
}

export function setDeletionToken(cookies: Cookies, url: URL, trackingCode: string, token: string) {
	cookies.set(deletionName(trackingCode), token, { ...scope(url, trackingCode), maxAge: DELETION_COOKIE_MAX_AGE });
}

export function getDeletionToken(cookies: Cookies, trackingCode: string): string | null {
	return cookies.get(deletionName(trackingCode)) || null;
}
