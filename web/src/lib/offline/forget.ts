// "Keluar" on what may be a shared phone: the page that opens after signing out removes the draft
// on the phone (answers, name, phone number, photos), the reports already sent (their PIN) and the
// tracking pages the service worker kept (public views, but a list of what this phone looked at).
// A report not sent yet stays in the offline outbox: removing it would lose it.
// The sign-out itself never waits for this: the server marks its answer with a short-lived cookie
// (routes/keluar) and the root layout calls forgetPhone when it sees it.
import { trackingCache } from '$lib/pwa/policy';

/** The cookie the sign-out sets for the next page (readable by scripts; no secret in it). */
export const forgetCookie = 'suara_lupakan';

/** Whether the page was opened right after signing out on this phone. */
export function askedToForget(cookies: string): boolean {
	return cookies.split(/;\s*/).includes(`${forgetCookie}=1`);
}

export async function forgetPhone(): Promise<void> {
	try {
		const store = await import('./store');
		await store.clearDraft();
		await store.forgetSent();
	} catch {
		// Nothing kept, or storage refused.
	}
	try {
		if ('caches' in globalThis) await caches.delete(trackingCache);
	} catch {
		// No cache storage here.
	}
	try {
		localStorage.removeItem('suara.draf');
	} catch {
		// Nothing to remove.
	}
	document.cookie = `${forgetCookie}=; Max-Age=0; Path=/; SameSite=Lax`;
}

/**
 * "Lupakan ponsel ini" (/lupakan), before its form is posted: everything Suara keeps on this phone
 * — the draft and the whole offline outbox (unsent reports too: the page says so), every cache of
 * the service worker, local and session storage, and the cookies scripts can reach. The server's
 * answer then clears the rest (Clear-Site-Data) and the httpOnly cookies.
 */
export async function forgetEverything(): Promise<void> {
	try {
		const store = await import('./store');
		await store.forgetEverything();
	} catch {
		// Nothing kept, or storage refused.
	}
	try {
		if ('caches' in globalThis) for (const name of await caches.keys()) await caches.delete(name);
	} catch {
		// No cache storage here.
	}
	for (const storage of ['localStorage', 'sessionStorage'] as const) {
		try {
			globalThis[storage]?.clear();
		} catch {
			// Storage refused.
		}
	}
	for (const cookie of document.cookie.split(/;\s*/)) {
		const name = cookie.split('=')[0];
		if (name) document.cookie = `${name}=; Max-Age=0; Path=/; SameSite=Lax`;
	}
}
