// Live updates in the browser: one graphql-ws connection to /graphql, shared by every live
// component on the page. graphql-ws is loaded with a dynamic import the first time something
// subscribes, so pages that never go live (and the first paint of every page) do not carry it.
// The session cookie travels with the WebSocket handshake; the server checks access on
// subscribe and on every event, and closes the connection with 4401 when the session ends.
import type { Client } from 'graphql-ws/client';

let client: Promise<Client> | null = null;

/** Tracking codes an open page follows live; their news is announced there, not twice. */
export const watchedComplaints = new Set<string>();

function connect(): Promise<Client> {
	client ??= import('graphql-ws/client').then(({ createClient }) =>
		createClient({
			url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
			lazy: true,
			// Flaky 3G: keep trying, a little slower each time; 4401 (session ended) is final.
			retryAttempts: 20,
			shouldRetry: (event) => (event as CloseEvent | undefined)?.code !== 4401
		})
	);
	return client;
}

/**
 * Subscribes until the returned function is called. Errors (no access, session ended) end
 * the subscription quietly: the page still works by reloading.
 */
export function subscribe<T>(query: string, variables: Record<string, unknown>, onData: (data: T) => void): () => void {
	let stop: (() => void) | null = null;
	let stopped = false;
	void connect()
		.then((c) => {
			if (stopped) return;
			stop = c.subscribe<T>(
				{ query, variables },
				{
					next: (result) => {
						if (result.data) onData(result.data as T);
					},
					error: () => {},
					complete: () => {}
				}
			);
		})
		.catch(() => {});
	return () => {
		stopped = true;
		stop?.();
	};
}
