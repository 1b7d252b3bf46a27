// The plain pages: pages the server renders whole, with no SvelteKit client (`csr = false`
// in each one's +page.server.ts) and one small script of their own (page.ts). A filing step is a
// question and a form that posts without JavaScript anyway; hydrating it cost every phone the
// framework's ~40 KiB of JavaScript before the question could be answered with scripts. The home
// page and the filing's start page are plain too (the latter's only script offers the filing kept
// on the phone), and so is the offline outbox, drawn from the phone by the plain script, and the
// check page, whose send goes through the offline outbox when it cannot go now, and the tracking
// form and page, whose forms post and whose news the script follows live, the photo step, whose
// photos the script shrinks, keeps on the phone and sends, and the consent step of a sahabat's
// filing, whose slip photo the script sends the same way and whose kept copy reads back the
// phone's answers. Two staff pages are plain too, for a sahabat's cheap phone as much as a
// resident's: the queue (links and a GET filter form) and the sahabat's dashboard, whose numbers
// the script follows live. On every plain page a signed-in person's new notifications are said and
// counted in the header (notify.ts), as LiveNotifications.svelte does on a hydrated one.
// A hydrated page that links to a plain one may still open it with its own client
// (SvelteKit's router knows every route): then the components render as on any hydrated page
// (rendering.ts), and no plain script runs. routes.test.ts checks this list against the routes' own `csr` settings.
import type { Step } from '../../routes/lapor/filing';
import { plainFeatures, type PlainFeature } from './features';

/** The filing steps that are plain pages (their form posts are kept by the service worker offline). */
export const plainSteps = ['jenis', 'kejadian', 'waktu', 'lokasi', 'kategori', 'instansi', 'privasi', 'kabar', 'persetujuan'] as const satisfies readonly Step[];
type PlainStep = (typeof plainSteps)[number];

/** Route ids (as SvelteKit names them) of the plain pages: the steps, and pages of links and plain forms. */
export const plainRoutes: readonly string[] = [
	'/',
	'/lapor',
	...plainSteps.map((step) => `/lapor/${step}`),
	'/lapor/foto',
	'/lapor/periksa',
	'/lapor/serupa',
	'/lapor/tertunda',
	'/lapor/untuk-warga',
	'/lapor/terkirim/[code]',
	'/lapor/terkirim/[code]/tentang-anda',
	'/lacak',
	'/lacak/[code]',
	'/kerja',
	'/sahabat'
];

export { plainFeatures, type PlainFeature };

export function isPlainRoute(routeId: string | null | undefined): boolean {
	return routeId != null && plainRoutes.includes(routeId);
}

/** The plain filing step a path is (`/lapor/jenis` → `jenis`), or null. */
export function plainStepOf(path: string): PlainStep | null {
	const match = /^\/lapor\/([a-z-]+)\/?$/.exec(path);
	const step = match?.[1];
	return plainSteps.find((s) => s === step) ?? null;
}

/** Attribute names the server writes for the plain script (one place, read by both). */
export const plainData = {
	/** On the step's form: the step, "1" when changing from the check page, "1" on a kept shell. */
	step: 'data-step',
	changing: 'data-changing',
	shell: 'data-shell',
	/** On the step's form: the sentence for a submit that cannot go (no connection, no worker). */
	offlineText: 'data-offline-text',
	/** On a kept shell: the back link and progress line of a sahabat's filing, and its banner. */
	assistedHref: 'data-assisted-href',
	assistedText: 'data-assisted-text',
	assistedBanner: 'data-assisted-banner',
	/** A part of the step written twice on a kept shell (AssistedSwap.svelte): the resident's, and the sahabat's in a <template>. */
	unassistedFields: 'data-unassisted-fields',
	assistedFields: 'data-assisted-fields',
	/** The header's line: offline, and the reports waiting (its link holds the sentence with {n}). */
	offlineStatus: 'data-offline-status',
	waitingText: 'data-waiting-text',
	/** The filing is sent: the copy kept on the phone is forgotten when the page opens. */
	forgetDraftNow: 'data-forget-draft-now',
	/** The receipt's buttons: copy (the code, and what is said when copied), print, read aloud (the sentence; `lang` beside it). */
	receiptCopy: 'data-receipt-copy',
	receiptCopied: 'data-receipt-copied',
	receiptActions: 'data-receipt-actions',
	receiptPrint: 'data-receipt-print',
	receiptPrintNote: 'data-receipt-print-note',
	receiptSpeak: 'data-receipt-speak',
	/** The start page: the offer of the filing kept on the phone (hidden until filled), its sentences ({time}, {n}), its way on. */
	phoneDraft: 'data-phone-draft',
	phoneSaved: 'data-phone-saved',
	phonePhotos: 'data-phone-photos',
	phoneContinue: 'data-phone-continue',
	/** The start page: "Hapus draf" (the sentence said once it is done), and the start button hidden while the offer shows. */
	discardDraft: 'data-discard-draft',
	startFiling: 'data-start-filing',
	/** The location step: each kecamatan's desa field in a <template> (the code; "" for none chosen). */
	villages: 'data-villages',
	/** On the empty one: the kecamatan whose list the server wrote in the page. */
	villagesShown: 'data-villages-shown',
	/** The location step's position: its section, the sentence found ({lat}, {lon}), the refusal, the buttons (what each says as it acts). */
	geo: 'data-geo',
	geoFound: 'data-geo-found',
	geoDenied: 'data-geo-denied',
	geoActions: 'data-geo-actions',
	geoUse: 'data-geo-use',
	geoClear: 'data-geo-clear',
	/** The offline outbox: the list (hidden until read), none, the list's frame; the words ({time}; the four announcements as JSON). */
	outbox: 'data-outbox',
	outboxEmpty: 'data-outbox-empty',
	outboxList: 'data-outbox-list',
	outboxUntitled: 'data-outbox-untitled',
	outboxMadeAt: 'data-outbox-made-at',
	outboxAnnounce: 'data-outbox-announce',
	/** The outbox's item <template>: its title, when made, each state's part, what shows online only, a button's action, a sentence to fill ({title}, {code}, {pin}, {reason}). */
	outboxItem: 'data-outbox-item',
	outboxTitle: 'data-outbox-title',
	outboxMade: 'data-outbox-made',
	outboxState: 'data-outbox-state',
	outboxOnline: 'data-outbox-online',
	outboxAction: 'data-outbox-action',
	outboxFill: 'data-outbox-fill',
	/** The check page: the answers' list, with what the script builds its rows from (JSON: the words,
	 * the server's answers and names, on a kept shell the names of every place); the notice that the
	 * phone's answers or photos show; on the send form, the button's word while sending and the
	 * sentence once the report waits in the offline outbox. */
	check: 'data-check',
	checkPhone: 'data-check-phone',
	checkSending: 'data-check-sending',
	checkQueued: 'data-check-queued',
	/** The tracking page followed live (LiveComplaint.svelte): the code, the PIN when the page has it,
	 * the two sentences said on news (JSON: a complaint's, a practice one's; {status}); the parts
	 * drawn again from the page fetched anew (then an event, `plainRedrawn`, from each new part). */
	live: 'data-live',
	liveSecret: 'data-live-secret',
	liveWords: 'data-live-words',
	livePart: 'data-live-part',
	/** On a live part holding forms: drawn again only while nothing in it is typed or focused. */
	liveForms: 'data-live-forms',
	/** The sahabat's dashboard followed live: on a hidden marker, the sentence said when its numbers
	 * move ({open}, {overdue}, {relay}); its parts are live parts. */
	dashboard: 'data-dashboard',
	/** For a signed-in person, on the header's link to the notifications: the sentence said on a new
	 * one ({title}), the unread count, and the link's two texts (JSON: none unread, {count} unread). */
	notify: 'data-notify',
	notifyCount: 'data-notify-count',
	notifyWords: 'data-notify-words',
	/** A table's box (DataTable.svelte): a region and a tab stop only while it scrolls, with its hint. */
	tableBox: 'data-table-box',
	/** The photo step: on a hidden element in its form, the part's words (JSON, photos.ts
	 * `PhotoWords`); the list of photos kept on the phone (hidden until drawn: its count, list and
	 * item <template>); "no photos yet"; each server photo's remove form; the outcome notice
	 * ("stored", "removed"). */
	photos: 'data-photos',
	keptPhotos: 'data-kept-photos',
	photosNone: 'data-photos-none',
	photoRemove: 'data-photo-remove',
	photoOutcome: 'data-photo-outcome',
	/** The consent step: on its read-back, on the kept shell only, what the part reads the phone's
	 * answers back with (JSON, consent.ts `ReadBackSource`), and the parts it draws again (opening,
	 * rows, audiences, hearBack, receipt). */
	readBack: 'data-read-back',
	readBackPart: 'data-read-back-part',
	/** The consent slip's photo: on its section, the part's words (JSON, consent.ts `SlipWords`);
	 * its parts (notice, phone, server, server-template, none, upload). */
	slip: 'data-slip',
	slipPart: 'data-slip-part',
	/** On a form whose post starts afresh ("Lapor untuk warga"): the filing kept on the phone goes first. */
	forgetDraft: 'data-forget-draft',
	/** The notice that a new version is ready, and its two buttons ("reload", "dismiss"). */
	updateNotice: 'data-update-notice',
	updateAction: 'data-update-action',
	/** On a character count: the field's limit, the pause before it is spoken, and its four sentences. */
	countLimit: 'data-count-limit',
	countDelay: 'data-count-delay',
	countWords: 'data-count-words',
	/** On the plain script's own tag: the person's language and display choices (settings `choicesLine`), for the worker. */
	choices: 'data-choices'
} as const;

/** Fired (bubbling) by a part of a plain page drawn again, so the script wires what is new in it
 * (a field's character count). */
export const plainRedrawn = 'suara:redrawn';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The plain page's <script> tag, with the person's choices for the worker (and the preload of the
 * route's own part, if it has one). `async`: the page is
 * whole without it, and its load never holds back DOMContentLoaded (a module script otherwise
 * waits for it, a long while on 3G); the script waits for the page's end itself.
 */
export function plainScriptTag(choices: string, routeId: string | null = null): string {
	const tag = `<script type="module" async src="${escapeAttribute(__PLAIN_SCRIPT__)}" ${plainData.choices}="${escapeAttribute(choices)}"></script>`;
	// The page's own part comes with the page, not after the script asked for it.
	const feature = (Object.keys(plainFeatures) as PlainFeature[]).find((name) => routeId !== null && plainFeatures[name] === routeId);
	return feature ? `${tag}<link rel="modulepreload" href="${escapeAttribute(__PLAIN_FEATURES__[feature])}">` : tag;
}
