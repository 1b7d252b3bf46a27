// How many reports wait in the offline outbox, as the header shows it on every page: a number in
// localStorage (read without opening IndexedDB), and a channel on which the store, the service
// worker and other tabs say that it changed. Tiny on purpose: the header of every page, hydrated
// (OfflineStatus.svelte) or plain ($lib/plain/page.ts), loads it.

export const COUNT_KEY = 'suara.tertunda';
/** Pages and the service worker tell each other that the offline outbox changed. */
export const CHANNEL = 'suara-tertunda';

/** The count the last change left on this phone (0 when storage is refused). */
export function readWaiting(): number {
	try {
		return Number(localStorage.getItem(COUNT_KEY) ?? '0') || 0;
	} catch {
		return 0;
	}
}

/** Keeps the count for the next page to read (the worker has no localStorage of its own). */
export function rememberWaiting(waiting: number): void {
	try {
		if (typeof localStorage !== 'undefined') localStorage.setItem(COUNT_KEY, String(waiting));
	} catch {
		// Storage refused: the header shows the count it was told.
	}
}

/** Tells every open page and the worker the new count. */
export function tellWaiting(waiting: number): void {
	if (typeof BroadcastChannel !== 'function') return;
	const channel = new BroadcastChannel(CHANNEL);
	channel.postMessage({ waiting });
	channel.close();
}

/**
 * Calls `changed` with the count whenever the worker (Background Sync) or another tab changes the
 * outbox, and keeps it for the next page. Returns the way to stop listening.
 */
export function onWaiting(changed: (waiting: number) => void): () => void {
	if (typeof BroadcastChannel !== 'function') return () => {};
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event: MessageEvent<{ waiting?: number }>) => {
		if (typeof event.data?.waiting !== 'number') return;
		rememberWaiting(event.data.waiting);
		changed(event.data.waiting);
	};
	return () => channel.close();
}
