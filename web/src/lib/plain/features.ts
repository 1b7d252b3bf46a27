// The plain script's parts (routes.ts), apart: the build (web/plain-script.ts) and the budget test
// read this list without the rest of the web app.
/**
 * The plain script's parts that one page alone needs, and that page's route: each is a file of its
 * own (web/plain-script.ts) that the script imports when the page has it, and the page preloads.
 * A part without a route is fetched only when a person does what needs it (as a dynamic import of
 * SvelteKit's is), so no page counts it.
 */
export const plainFeatures = {
	/** The check page: the phone's answers, the send through the offline outbox (check.ts). */
	check: '/lapor/periksa',
	/** The tracking page's news, live (live.ts). */
	live: '/lacak/[code]',
	/** The offline outbox's list (outbox.ts). */
	outbox: '/lapor/tertunda',
	/** The photo step: photos shrunk, kept on the phone and sent (photos.ts). */
	photos: '/lapor/foto',
	/** The consent step: the read-back from the phone offline, the slip's photo (consent.ts). */
	consent: '/lapor/persetujuan',
	/** The sahabat's dashboard, live (dashboard.ts). */
	dashboard: '/sahabat',
	/** A signed-in person's new notifications, said and counted in the header (notify.ts): on a plain
	 * page without a live part of its own (the tracking page's and the dashboard's do it too, over
	 * their one connection), fetched once the page is there. */
	notify: null,
	/** Shrinking a photo, once one is chosen (routes/lapor/foto/resize.ts). */
	shrink: null
} as const satisfies Record<string, string | null>;
export type PlainFeature = keyof typeof plainFeatures;

/** The plain pages only a signed-in person opens whose notifications come with the notifications'
 * own part (the staff queue; the sahabat's dashboard has them in its part): the byte budget counts
 * it there. */
export const signedInPlainRoutes = ['/kerja'] as const;
