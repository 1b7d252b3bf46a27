// Registers the service worker for every visitor and tells when a new version waits. Plain
// navigator.serviceWorker (no workbox-window): a few hundred bytes in every page's scripts.
import { skipWaitingMessage } from './policy';

/**
 * Registers /service-worker.js. `onWaiting` is called with a function that activates the waiting
 * new version and reloads this page once it has taken over; it is only ever called by the person
 * (the update notice's button), so nothing reloads by itself.
 */
export function registerServiceWorker(onWaiting: (activate: () => void) => void, dev = false): void {
	if (!('serviceWorker' in navigator)) return;
	const container = navigator.serviceWorker;
	let asked = false;
	container.addEventListener('controllerchange', () => {
		if (asked) location.reload();
	});
	const offer = (worker: ServiceWorker) =>
		onWaiting(() => {
			asked = true;
			worker.postMessage(skipWaitingMessage);
		});
	container
		.register('/service-worker.js', { type: dev ? 'module' : 'classic' })
		.then((registration) => {
			// A first install takes over by itself (nothing to replace); only a new version waits.
			if (registration.waiting && container.controller) offer(registration.waiting);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed' && container.controller) offer(worker);
				});
			});
		})
		.catch(() => undefined);
}
