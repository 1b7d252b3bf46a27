// The plain script's parts (routes.ts), apart: the build (web/plain-script.ts) and the budget test
// read this list without the rest of the web app.
/**
 * The plain script's parts that one page alone needs, and that page's route: each is a file of its
 * own (web/plain-script.ts) that the script imports when the page has it, and the page preloads.
 */
export const plainFeatures = {
	/** The check page: the phone's answers, the send through the offline outbox (check.ts). */
	check: '/lapor/periksa',
	/** The tracking page's news, live (live.ts). */
	live: '/lacak/[code]',
	/** The offline outbox's list (outbox.ts). */
	outbox: '/lapor/tertunda'
} as const;
export type PlainFeature = keyof typeof plainFeatures;
