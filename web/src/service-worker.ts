// The service worker: shows a pushed notification and opens its complaint on tap. Nothing is
// cached yet (offline filing will add that). The payload is what services/channels/push.ts sends:
// { title, body, url, tag, lang }, decrypted by the browser.
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
const sw = self as unknown as ServiceWorkerGlobalScope;

type PushPayload = { title?: string; body?: string; url?: string; tag?: string; lang?: string };

sw.addEventListener('install', () => void sw.skipWaiting());
sw.addEventListener('activate', (event) => event.waitUntil(sw.clients.claim()));

sw.addEventListener('push', (event) => {
	let payload: PushPayload = {};
	try {
		payload = (event.data?.json() ?? {}) as PushPayload;
	} catch {
		payload = { body: event.data?.text() ?? '' };
	}
	// A same-origin path only: a push cannot send the person to another site.
	const url = typeof payload.url === 'string' && payload.url.startsWith('/') && !payload.url.startsWith('//') ? payload.url : '/';
	event.waitUntil(
		sw.registration.showNotification(payload.title || 'Suara', {
			body: payload.body ?? '',
			tag: payload.tag,
			lang: payload.lang,
			data: { url }
		})
	);
});

sw.addEventListener('notificationclick', (event) => {
	event.notification.close();
	const target = new URL((event.notification.data as { url?: string } | null)?.url ?? '/', sw.location.origin).href;
	event.waitUntil(
		(async () => {
			const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const same = open.find((c) => c.url === target);
			if (same) return same.focus();
			return sw.clients.openWindow(target);
		})()
	);
});

// ─── Offline outbox (web/src/lib/offline/send.ts) ───────────────────────────────────────────────
// Background Sync, where the browser has it: the page registers the tag when it keeps a report on
// the phone; the browser wakes this worker when the connection is back, even with the page
// closed. The sender takes the same lock as the pages, so a report is never sent twice at once;
// while one still waits the promise fails, and the browser tries again later.
import { sendForSync, SYNC_TAG } from '$lib/offline/send';

(self as unknown as ServiceWorkerGlobalScope).addEventListener('sync', (event) => {
	const sync = event as ExtendableEvent & { tag?: string };
	if (sync.tag === SYNC_TAG) sync.waitUntil(sendForSync());
});
