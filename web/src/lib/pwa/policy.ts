// What the service worker may keep on the phone, and what it answers a page with offline. Pure
// (no Workbox, no DOM): the worker (src/service-worker.ts) and the server pages share the names,
// and policy.test.ts tables the decisions.
//
// Three kinds of pages are kept, each in its own cache:
// - shells: the start page, the filing steps (a sahabat's consent step too), the check-answers
//   page, the offline outbox and the offline page,
//   fetched by the worker itself without cookies and with the shell header, so the server renders
//   them empty (no answers, no draft made, nobody signed in). Offline, the page a person asked for
//   is answered with its shell and the page fills it from the draft on the phone.
// - tracking pages a person opened, network-first, and only responses the server marked as the
//   public view (no PIN, nobody signed in): a page shown with the PIN is never stored.
// - everything else is not kept: offline it gets the offline page.
// The message dictionaries the kept pages name ($lib/i18n/dictionary.ts) are kept with the shells,
// and answered from any cache first: a dictionary's name says its words.

/** Sent by the worker when it fetches a shell; the server then renders the page empty. */
export const shellHeader = 'x-suara-cangkang';
/** Sent with the shell header: the person's language and display choices (settings `choicesLine`). */
export const choicesHeader = 'x-suara-tampilan';
/** Set by the server on a tracking page rendered as the public view, the only one that may be kept. */
export const keepHeader = 'x-suara-simpan';
export const keepPublic = 'publik';

/** Cache names; the version part changes when what they hold changes shape. */
export const shellCache = 'suara-cangkang-v1';
export const trackingCache = 'suara-lacak-v1';
/** How many opened tracking pages a phone keeps, and for how long: a phone may be shared and small. */
export const trackingKeep = { maxEntries: 20, maxAgeSeconds: 30 * 24 * 60 * 60 } as const;

/** The offline page (its own route). */
export const offlinePath = '/luring';

/** The filing steps (web/src/routes/lapor/filing.ts `steps`; policy.test.ts keeps them equal). */
export const filingSteps = ['jenis', 'kejadian', 'waktu', 'lokasi', 'kategori', 'instansi', 'foto', 'privasi', 'kabar'] as const;
/** The last step of a sahabat's filing for a resident ("Lapor untuk warga"): consent. */
export const consentStep = 'persetujuan';

/** The offline outbox (web/src/lib/offline): where a report sent offline waits, read from the phone. */
export const outboxPath = '/lapor/tertunda';

/** Every page the worker keeps as a shell, by path. */
export const shellPaths: readonly string[] = [
	'/',
	'/lapor',
	...filingSteps.map((s) => `/lapor/${s}`),
	`/lapor/${consentStep}`,
	'/lapor/periksa',
	offlinePath,
	outboxPath
];

/** A tracking page's path: /lacak/<code> (the code as typed; the server normalises it). */
const trackingPath = /^\/lacak\/[A-Za-z0-9-]{1,40}$/;

export type NavigationPlan =
	/** Network first; offline, the shell kept under this path. */
	| { kind: 'shell'; key: string }
	/** Network first, keeping the public view; offline, the kept copy if there is one. */
	| { kind: 'tracking'; key: string }
	/** Network only; offline, the offline page. */
	| { kind: 'network' };

/** How the worker answers a page navigation to this same-origin URL. */
export function planNavigation(url: URL): NavigationPlan {
	const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
	if (shellPaths.includes(path)) return { kind: 'shell', key: path };
	// A tracking page with its query (?selesai=…, ?baru=1) is the same page: kept once, by path.
	if (trackingPath.test(path)) return { kind: 'tracking', key: path };
	return { kind: 'network' };
}

/** The parts of a response the decision looks at (a Response has them all). */
export interface ResponseFacts {
	status: number;
	type: string;
	redirected: boolean;
	headers: { get(name: string): string | null };
}

/**
 * May this tracking page's response be stored on the phone? Only a whole page (200, same-origin,
 * not the end of a redirect) that the server marked as the public view.
 */
export function mayKeepTrackingPage(response: ResponseFacts): boolean {
	return (
		response.status === 200 &&
		response.type === 'basic' &&
		!response.redirected &&
		response.headers.get(keepHeader) === keepPublic &&
		(response.headers.get('content-type') ?? '').startsWith('text/html')
	);
}

/** May this shell response be kept? A whole HTML page rendered as a shell. */
export function mayKeepShell(response: ResponseFacts): boolean {
	return (
		response.status === 200 &&
		response.type === 'basic' &&
		!response.redirected &&
		(response.headers.get('content-type') ?? '').startsWith('text/html')
	);
}

/** Messages between the pages and the worker. */
export const skipWaitingMessage = { type: 'SKIP_WAITING' } as const;
/** A page tells the worker the person's choices; when they changed, it fetches the shells again. */
export const choicesMessageType = 'CHOICES';
export type ChoicesMessage = { type: typeof choicesMessageType; line: string };

/** Is this message a page's choices line (a string of a sane length)? */
export function isChoicesMessage(data: unknown): data is ChoicesMessage {
	const message = data as Partial<ChoicesMessage> | null;
	return message?.type === choicesMessageType && typeof message.line === 'string' && message.line.length <= 300;
}
