// The server's side of the service worker's shells and kept pages (see policy.ts).
import { getRequestEvent } from '$app/server';
import { keepHeader, keepPublic, shellHeader } from './policy';

/**
 * Is this request the service worker fetching a page's shell? It comes without cookies; the page
 * then renders with empty answers and reads or makes no draft.
 */
export function isShellRequest(): boolean {
	return getRequestEvent().request.headers.get(shellHeader) === '1';
}

/** Marks a tracking page rendered as the public view (no PIN, nobody signed in) as one the phone may keep. */
export function markPublicView(setHeaders: (headers: Record<string, string>) => void): void {
	setHeaders({ [keepHeader]: keepPublic });
}
