// "Keluar" on what may be a shared phone: before the sign-out form goes, the draft on the phone
// (answers, name, phone number, photos) and the reports already sent (their PIN) are removed.
// So are the tracking pages the service worker kept (public views, but a list of what this phone
// looked at). A report not sent yet stays in the offline outbox: removing it would lose it.
import { trackingCache } from '$lib/pwa/policy';

export async function forgetPhone(event: SubmitEvent): Promise<void> {
	const form = event.currentTarget as HTMLFormElement;
	event.preventDefault();
	try {
		const store = await import('./store');
		await store.clearDraft();
		await store.forgetSent();
	} catch {
		// Nothing kept, or storage refused: sign out all the same.
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
	// submit() does not run this handler again.
	form.submit();
}
