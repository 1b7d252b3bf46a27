// The service worker, registered for every visitor ($lib/pwa/ServiceWorker.svelte):
// - precaches the app shell's files (the client JS and CSS of the start page, the filing steps,
//   the tracking page and the offline page, the icons and the web manifest; the list is chosen at
//   build time in vite.config.ts), so those pages start on a phone without a connection;
// - keeps the empty shells of the start page and the filing steps, with the message dictionaries
//   they name, fetched without cookies (in the person's language and display choices, which the
//   pages tell it), and tracking pages a person opened in their public view only (what may be kept: $lib/pwa/policy);
// - answers every page navigation network-first, offline with the kept page or the offline page;
// - keeps a plain step's form post that cannot reach the server in the draft on the phone, and
//   opens the next step ($lib/plain: those pages have no script that could);
// - shows a pushed notification and opens its complaint on tap. The push payload is what
//   services/channels/push.ts sends: { title, body, url, tag, lang }, decrypted by the browser.
// A new version waits until the person presses "Muat ulang" in the update notice: no forced reload.
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { version } from '$service-worker';
import { CacheExpiration } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import {
	choicesHeader,
	isChoicesMessage,
	mayKeepShell,
	mayKeepTrackingPage,
	offlinePath,
	planNavigation,
	shellCache,
	shellHeader,
	shellPaths,
	skipWaitingMessage,
	trackingCache,
	trackingKeep
} from '$lib/pwa/policy';
import { sendForSync, SYNC_TAG } from '$lib/offline/send';
import { dictionaryPathsIn, parseDictionaryPath } from '$lib/i18n/dictionary';
import { readDraft, updateDraft } from '$lib/offline/store';
import { plainStepOf } from '$lib/plain/routes';
import { postedFields } from './routes/lapor/local-draft';
import { neighbours } from './routes/lapor/filing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST?: Array<{ url: string; revision: string | null }> };
const sw = self;

// The shells of this version, kept apart from the previous version's: until this worker takes
// over, the pages of the old one still need the shells that name the old files.
const shells = `${shellCache}-${version}`;
// Opened tracking pages: the newest 20, none older than 30 days (a shared phone, little storage).
const trackingExpiry = new CacheExpiration(trackingCache, trackingKeep);

// The build writes the list in place of self.__WB_MANIFEST; `vite dev` serves this file unbuilt.
precacheAndRoute(self.__WB_MANIFEST ?? []);
cleanupOutdatedCaches();

// The person's language and display choices a version's shells were fetched with (a page sends
// them, see $lib/pwa/ServiceWorker.svelte), kept beside the shells: a worker is stopped often.
const choicesKey = '/__suara/tampilan';

/** The choices this version's shells hold, or (`anyVersion`, on install) the last ones kept. */
async function keptChoices(anyVersion = false): Promise<string> {
	const kept = await caches.match(choicesKey, anyVersion ? {} : { cacheName: shells });
	return (await kept?.text()) ?? '';
}

/**
 * Fetches one page's shell: no cookies (nobody's answers, nobody signed in), the shell header, and
 * the person's choices, so the page shown offline keeps their language, theme and text size.
 */
async function fetchShell(path: string, choices: string): Promise<Response> {
	const headers: Record<string, string> = { [shellHeader]: '1' };
	if (choices) headers[choicesHeader] = choices;
	const response = await fetch(new Request(path, { credentials: 'omit', cache: 'no-store', headers }));
	if (!mayKeepShell(response)) throw new Error(`Suara: shell ${path} answered ${response.status}`);
	return response;
}

/**
 * Fetches every shell into this version's cache, with the message dictionaries they name (all or
 * none: a failed one keeps the old set).
 */
async function fetchShells(choices: string): Promise<void> {
	// Each shell read as soon as it comes: a body left unread holds its connection, and the
	// precache downloads need them too.
	const fetched = await Promise.all(
		shellPaths.map(async (path) => {
			const response = await fetchShell(path, choices);
			const html = await response.text();
			return [path, new Response(html, response), dictionaryPathsIn(html)] as const;
		})
	);
	const named = [...new Set(fetched.flatMap(([, , paths]) => paths))];
	const dictionaries = await Promise.all(
		named.map(async (path) => {
			const response = await fetch(path);
			if (!response.ok) throw new Error(`Suara: ${path} answered ${response.status}`);
			return [path, new Response(await response.blob(), response)] as const;
		})
	);
	const cache = await caches.open(shells);
	await Promise.all([...fetched, ...dictionaries].map(([path, response]) => cache.put(path, response)));
	await cache.put(choicesKey, new Response(choices, { headers: { 'content-type': 'text/plain; charset=utf-8' } }));
}

sw.addEventListener('install', (event) => {
	event.waitUntil(keptChoices(true).then(fetchShells));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			await Promise.all(names.filter((n) => n.startsWith(`${shellCache}-`) && n !== shells).map((n) => caches.delete(n)));
			await sw.clients.claim();
		})()
	);
});

// Only when the person asks (the "Muat ulang" button): the new version takes over and the page reloads.
// A page's choices: when they differ from the ones the shells were fetched with, fetch them again.
sw.addEventListener('message', (event) => {
	const data = event.data as { type?: unknown } | null;
	if (data?.type === skipWaitingMessage.type) void sw.skipWaiting();
	else if (isChoicesMessage(data)) {
		const line = data.line;
		event.waitUntil(
			(async () => {
				if ((await keptChoices()) !== line) await fetchShells(line);
			})().catch(() => undefined)
		);
	}
});

async function offlinePage(): Promise<Response> {
	return (await caches.match(offlinePath, { cacheName: shells })) ?? Response.error();
}

registerRoute(
	({ request, url }) => request.mode === 'navigate' && url.origin === sw.location.origin,
	async ({ request, url }) => {
		const plan = planNavigation(url);
		let response: Response;
		try {
			response = await fetch(request);
		} catch {
			// No connection: what was kept for this page, else the offline page.
			if (plan.kind === 'tracking') await trackingExpiry.expireEntries();
			const kept =
				plan.kind === 'shell'
					? await caches.match(plan.key, { cacheName: shells })
					: plan.kind === 'tracking'
						? await caches.match(plan.key, { cacheName: trackingCache })
						: undefined;
			return kept ?? offlinePage();
		}
		if (plan.kind === 'tracking' && mayKeepTrackingPage(response)) {
			const cache = await caches.open(trackingCache);
			await cache.put(plan.key, response.clone());
			await trackingExpiry.updateTimestamp(plan.key);
			await trackingExpiry.expireEntries();
		}
		return response;
	}
);

// A plain step's form post (no SvelteKit client on the page, $lib/plain) that cannot reach the
// server: its answers join the draft on the phone and the next step opens, from its kept shell
// offline, as a hydrated step's script does. The offline outbox sends the filing later.
registerRoute(
	({ request, url }) => request.mode === 'navigate' && url.origin === sw.location.origin && plainStepOf(url.pathname) !== null,
	async ({ request, url }) => {
		const body = request.clone();
		try {
			return await fetch(request);
		} catch {
			const step = plainStepOf(url.pathname)!;
			const posted = await body.formData();
			const assisted = (await readDraft())?.assisted === true;
			await updateDraft((draft) => ({ ...draft, fields: { ...draft.fields, ...postedFields(posted) } }));
			const { next } = neighbours(step, posted.get('ubah') === '1', assisted);
			return Response.redirect(new URL(next, sw.location.origin).href, 303);
		}
	},
	'POST'
);

// A message dictionary: its name says its words, so any kept copy will do; otherwise the network,
// and the copy is kept with this version's shells (a page kept for offline use names it).
registerRoute(
	({ url }) => url.origin === sw.location.origin && parseDictionaryPath(url.pathname) !== null,
	async ({ request }) => {
		const kept = await caches.match(request.url);
		if (kept) return kept;
		const response = await fetch(request);
		if (response.ok) {
			const cache = await caches.open(shells);
			await cache.put(request.url, response.clone());
		}
		return response;
	}
);

type PushPayload = { title?: string; body?: string; url?: string; tag?: string; lang?: string };

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
sw.addEventListener('sync', (event) => {
	const sync = event as ExtendableEvent & { tag?: string };
	if (sync.tag === SYNC_TAG) sync.waitUntil(sendForSync());
});
