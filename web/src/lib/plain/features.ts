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
	/** Shrinking a photo, once one is chosen (routes/lapor/foto/resize.ts). */
	shrink: null
} as const satisfies Record<string, string | null>;
export type PlainFeature = keyof typeof plainFeatures;
