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
