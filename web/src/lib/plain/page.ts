// The one script of a plain page (routes.ts): a page the server rendered whole (a resident's, the
// staff queue, the sahabat's dashboard), which SvelteKit's client never loads. Built on its own
// (web/plain-script.ts), a few KiB. It does what the root layout and the page's components do with
// JavaScript on a hydrated page:
// - marks <html data-scripts="ready">, as the layout does once its scripts run;
// - low-data mode follows the phone's data saver when the person did not choose;
// - right after signing out on this phone, forgets the filing kept on it;
// - registers the service worker and tells it the person's choices (the pages it keeps are fetched
//   in them); a new version waits, and the notice offering it ("Muat ulang") shows and is spoken;
// - a field's character count follows typing (CharacterCount.svelte);
// - the header's line: offline, and how many reports wait in the offline outbox (sent now when the
//   connection is there);
// - the receipt after filing forgets the phone's copy, and offers copy, print and read aloud;
// - the start page offers the filing kept on the phone, and "Hapus draf" forgets it;
// - the check page shows the phone's answers when it came without the server's, and sends through
//   the offline outbox when it cannot send now (check.ts);
// - the tracking page follows its complaint's news live (live.ts);
// - the photo step shrinks, keeps and sends photos (photos.ts);
// - the consent step sends the slip's photo, and its kept copy reads back the phone's answers (consent.ts);
// - the sahabat's dashboard follows its numbers live (dashboard.ts);
// - a signed-in person's new notifications are said and counted in the header (notify.ts);
// - a table too wide for the screen becomes a region the keyboard can scroll (DataTable.svelte);
// - the offline outbox's list, read from the phone, sent and said as it moves (outbox.ts);
// - "Lapor untuk warga" forgets the filing kept on the phone before it starts a new one;
// - the location step's desa list follows the kecamatan, and the phone's position is asked for;
// - the step's answers are kept on the phone as typed, and put back into fields the page left
//   empty (a kept shell offline); on a kept shell of a sahabat's filing, its way back and progress;
// - a submit without a connection: the service worker keeps the answers and opens the next step
//   (src/service-worker.ts); with no worker in charge yet, the page stays and says so.
import { askedToForget, forgetPhone } from '$lib/offline/forget';
import { choicesMessageType, type ChoicesMessage } from '$lib/pwa/policy';
import { registerServiceWorker } from '$lib/pwa/register';
import { canSpeak, speak } from '$lib/speak';
import { markDeviceDataSaver, parseDisplaySettings, readChoicesLine } from '$lib/settings';
import { format, parseLocale } from '$lib/i18n/core';
import type { LocalDraft } from '$lib/offline/store';
import { onWaiting, readWaiting } from '$lib/offline/waiting';
import {
	assistedOnPhone,
	forgetLocal,
	keepAsTyped,
	offlineStore,
	phoneResumesAt,
	rememberAssisted,
	rememberLocal,
	restoreLocal,
	savedAtText
} from '../../routes/lapor/local-draft';
import { countSentence, lengthOf } from '$lib/components/char-count';
import { plainData, plainRedrawn, type PlainFeature } from './routes';

/** A part of the script that one page alone needs: a file of its own (routes.ts `plainFeatures`). */
const part = <T>(name: PlainFeature): Promise<T> => import(/* @vite-ignore */ __PLAIN_FEATURES__[name]) as Promise<T>;

const root = document.documentElement;

/** The header's line: offline, and the reports waiting in the offline outbox. */
function showStatus(waiting = readWaiting()): void {
	const status = document.querySelector<HTMLElement>(`[${plainData.offlineStatus}]`);
	if (!status) return;
	const offline = !navigator.onLine;
	const line = status.querySelector<HTMLElement>('.offline');
	const link = status.querySelector<HTMLAnchorElement>('a');
	if (line) line.hidden = !offline;
	if (link) {
		link.hidden = waiting === 0;
		link.textContent = format(link.getAttribute(plainData.waitingText) ?? '', { n: waiting });
	}
	status.hidden = !offline && waiting === 0;
}

function sendWaiting(): void {
	if (readWaiting() > 0 && navigator.onLine) void import('$lib/offline/send').then((m) => m.sendAll()).catch(() => {});
}

/** The frame every page has: settings, forgetting, the worker, the header's line. */
function startFrame(): void {
	const choices = document.querySelector(`script[${plainData.choices}]`)?.getAttribute(plainData.choices) ?? '';
	markDeviceDataSaver(root, parseDisplaySettings(readChoicesLine(choices), parseLocale(root.lang)));
	if (askedToForget(document.cookie)) void forgetPhone();

	// A new version waits until the person presses "Muat ulang" (ServiceWorker.svelte's notice).
	registerServiceWorker((activate) => {
		const notice = document.querySelector<HTMLElement>(`[${plainData.updateNotice}]`);
		if (!notice) return;
		notice.hidden = false;
		notice.querySelector(`[${plainData.updateAction}="reload"]`)?.addEventListener('click', activate);
		notice.querySelector(`[${plainData.updateAction}="dismiss"]`)?.addEventListener('click', () => (notice.hidden = true));
		announce(notice.querySelector('strong')?.textContent ?? '');
	});
	if ('serviceWorker' in navigator) {
		const message: ChoicesMessage = { type: choicesMessageType, line: choices };
		void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message));
	}

	showStatus();
	sendWaiting();
	window.addEventListener('online', () => {
		showStatus();
		sendWaiting();
	});
	window.addEventListener('offline', () => showStatus());
	window.addEventListener('storage', () => showStatus());
	// The worker (Background Sync) or another tab changed the outbox.
	onWaiting(showStatus);
}

/** A kept shell (rendered for nobody) of a sahabat's filing: its way back and progress say so. */
function showAssisted(): void {
	for (const element of document.querySelectorAll<HTMLElement>(`[${plainData.assistedHref}]`)) {
		element.setAttribute('href', element.getAttribute(plainData.assistedHref) ?? '');
	}
	for (const element of document.querySelectorAll<HTMLElement>(`[${plainData.assistedText}]`)) {
		element.textContent = element.getAttribute(plainData.assistedText);
	}
	for (const element of document.querySelectorAll<HTMLElement>(`[${plainData.assistedBanner}]`)) element.hidden = false;
	// The sahabat's words and choices in place of the resident's (AssistedSwap.svelte).
	for (const template of document.querySelectorAll<HTMLTemplateElement>(`template[${plainData.assistedFields}]`)) {
		const own = template.previousElementSibling;
		if (own?.hasAttribute(plainData.unassistedFields)) own.replaceWith(template.content.cloneNode(true));
		template.remove();
	}
}

/** The step's answers on the phone: put back into empty fields, then kept as they are. */
async function keepOnPhone(form: HTMLFormElement): Promise<void> {
	const shell = form.hasAttribute(plainData.shell);
	if (!shell && form.dataset.assisted === '1') void rememberAssisted();
	if (shell && (await assistedOnPhone())) showAssisted();
	// The page's answers (the server's draft, or the phone's copy for an empty page) are kept, so a
	// step opened and left as it was is on the phone too.
	await restoreLocal(form);
	await rememberLocal(form);
}

/** Says `message` once through the layout's polite live region (as $lib/announce.svelte does). */
function announce(message: string): void {
	const region = document.querySelector<HTMLElement>('[data-live-announcer]');
	if (!region) return;
	region.textContent = '';
	requestAnimationFrame(() => (region.textContent = message));
}

/** A field's character count (CharacterCount.svelte) follows typing; spoken after a pause. */
function startCount(count: HTMLElement): void {
	const field = document.getElementById(count.id.replace(/-count$/, ''));
	const status = document.getElementById(`${count.id}-status`);
	if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
	const limit = Number(count.getAttribute(plainData.countLimit));
	const delay = Number(count.getAttribute(plainData.countDelay));
	let words: string[];
	try {
		words = JSON.parse(count.getAttribute(plainData.countWords) ?? '[]') as string[];
	} catch {
		return;
	}
	const message = () => {
		const { text, over } = countSentence(lengthOf(field.value), limit, words);
		count.classList.toggle('char-count-over', over);
		return text;
	};
	// Text typed before the script arrived counts too.
	count.textContent = message();
	let timer: ReturnType<typeof setTimeout> | undefined;
	field.addEventListener('input', () => {
		count.textContent = message();
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (!status) return;
			status.textContent = count.textContent;
			// The polite region holds the same words now: the visible copy is not found twice.
			count.setAttribute('aria-hidden', 'true');
		}, delay);
	});
}

/** The location step: the desa list follows the kecamatan, and the phone's position on request. */
function startLocation(form: HTMLFormElement): void {
	const district = form.querySelector<HTMLSelectElement>('select[name="districtCode"]');
	const none = form.querySelector<HTMLTemplateElement>(`template[${plainData.villages}=""]`);
	if (district && none) {
		let shown = none.getAttribute(plainData.villagesShown) ?? '';
		const follow = () => {
			if (district.value === shown) return;
			const field = document.getElementById('villageCode')?.closest('.field');
			const list = form.querySelector<HTMLTemplateElement>(`template[${plainData.villages}="${CSS.escape(district.value)}"]`) ?? none;
			if (!field) return;
			field.replaceWith(list.content.cloneNode(true));
			shown = district.value;
		};
		// A change by hand, or the phone's copy put back (an input event); the browser may have put
		// back a choice before the script came.
		district.addEventListener('change', follow);
		district.addEventListener('input', follow);
		follow();
	}

	const section = form.querySelector<HTMLElement>(`[${plainData.geo}]`);
	const latitude = form.querySelector<HTMLInputElement>('input[name="latitude"]');
	const longitude = form.querySelector<HTMLInputElement>('input[name="longitude"]');
	if (!section || !latitude || !longitude) return;
	const found = section.querySelector<HTMLElement>(`[${plainData.geoFound}]`);
	const denied = section.querySelector<HTMLElement>(`[${plainData.geoDenied}]`);
	const actions = section.querySelector<HTMLElement>(`[${plainData.geoActions}]`);
	const use = section.querySelector<HTMLButtonElement>(`[${plainData.geoUse}]`);
	const clear = section.querySelector<HTMLButtonElement>(`[${plainData.geoClear}]`);
	const canLocate = 'geolocation' in navigator;
	const show = () => {
		const kept = latitude.value !== '' && longitude.value !== '';
		section.hidden = !(canLocate || kept || section.classList.contains('field-invalid'));
		if (found) {
			found.hidden = !kept;
			found.textContent = kept ? format(found.getAttribute(plainData.geoFound) ?? '', { lat: latitude.value, lon: longitude.value }) : '';
		}
		if (clear) clear.hidden = !kept;
	};
	const keep = (lat: string, lon: string) => {
		latitude.value = lat;
		longitude.value = lon;
		// Kept on the phone as an answer typed is.
		latitude.dispatchEvent(new Event('input', { bubbles: true }));
	};
	// The phone's copy put back into an empty page comes as an input event too.
	latitude.addEventListener('input', show);
	show();
	if (!canLocate || !actions || !use) return;
	actions.hidden = false;
	const useText = use.textContent ?? '';
	use.addEventListener('click', () => {
		if (use.getAttribute('aria-disabled') === 'true') return;
		const finding = use.getAttribute(plainData.geoUse) ?? '';
		use.setAttribute('aria-disabled', 'true');
		use.textContent = finding;
		if (denied) denied.hidden = true;
		announce(finding);
		const done = () => {
			use.removeAttribute('aria-disabled');
			use.textContent = useText;
		};
		navigator.geolocation.getCurrentPosition(
			(position) => {
				done();
				// Six decimals is about 10 cm: more would only be noise.
				keep(position.coords.latitude.toFixed(6), position.coords.longitude.toFixed(6));
				announce(found?.textContent ?? '');
			},
			() => {
				done();
				if (denied) denied.hidden = false;
				announce(denied?.textContent ?? '');
			},
			{ enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 }
		);
	});
	clear?.addEventListener('click', () => {
		keep('', '');
		// The button pressed is gone: the one that asks again has the focus.
		use.focus();
		announce(clear.getAttribute(plainData.geoClear) ?? '');
	});
}

/** The step's form: kept as typed; a submit with no connection and no worker stays and says so. */
function startForm(form: HTMLFormElement): Promise<void> {
	startLocation(form);
	const typed = keepAsTyped(form);
	// Leaving the page keeps what was typed last too.
	window.addEventListener('pagehide', typed.flush);
	// The photo step's form is its part's (photos.ts), which keeps the photos when there is no connection.
	const photos = form.querySelector(`[${plainData.photos}]`) !== null;
	form.addEventListener('submit', (event) => {
		typed.now();
		if (photos || navigator.onLine || navigator.serviceWorker?.controller) return;
		// No connection and no worker to keep the answers and open the next step: the browser would
		// show its own offline page. Stay here; what was typed is on the phone.
		event.preventDefault();
		const line = form.querySelector<HTMLElement>('[role="status"]');
		if (line) {
			line.textContent = form.getAttribute(plainData.offlineText);
			line.classList.add('notice');
		}
	});
	return keepOnPhone(form);
}

/** A form that starts a filing afresh: the one kept on the phone is forgotten before it posts. */
function startForgetting(form: HTMLFormElement): void {
	let forgotten = false;
	form.addEventListener('submit', (event) => {
		if (forgotten) return;
		event.preventDefault();
		void forgetLocal().finally(() => {
			forgotten = true;
			form.requestSubmit(event.submitter instanceof HTMLElement ? event.submitter : null);
		});
	});
}

/** The receipt after filing: the phone's copy goes; copy, print and read aloud where they can. */
function startReceipt(): void {
	if (document.querySelector(`[${plainData.forgetDraftNow}]`)) void forgetLocal();
	const copy = document.querySelector<HTMLElement>(`[${plainData.receiptCopy}]`);
	if (copy && typeof navigator.clipboard?.writeText === 'function') {
		copy.hidden = false;
		copy.querySelector('button')?.addEventListener('click', () => {
			navigator.clipboard.writeText(copy.getAttribute(plainData.receiptCopy) ?? '').then(
				() => announce(copy.getAttribute(plainData.receiptCopied) ?? ''),
				() => (copy.hidden = true)
			);
		});
	}
	const actions = document.querySelector<HTMLElement>(`[${plainData.receiptActions}]`);
	const print = document.querySelector<HTMLElement>(`[${plainData.receiptPrint}]`);
	const say = document.querySelector<HTMLElement>(`[${plainData.receiptSpeak}]`);
	if (print && typeof window.print === 'function') {
		print.hidden = false;
		print.addEventListener('click', () => window.print());
		// "Use the browser's Print menu" is for a page without scripts.
		document.querySelector(`[${plainData.receiptPrintNote}]`)?.remove();
	}
	if (say && canSpeak()) {
		say.hidden = false;
		say.addEventListener('click', () => speak(say.getAttribute(plainData.receiptSpeak) ?? '', say.lang));
	}
	if (actions) actions.hidden = !!print?.hidden && !!say?.hidden;
}

/**
 * A table's box (DataTable.svelte) that really scrolls sideways becomes a labelled region and a tab
 * stop with its hint shown, so keyboard users can scroll it; one that fits is neither.
 */
function startTableBox(box: HTMLElement): void {
	const hint = document.getElementById(box.getAttribute(plainData.tableBox) ?? '');
	const caption = box.querySelector('caption');
	const measure = () => {
		const overflows = box.scrollWidth > box.clientWidth + 1;
		if (hint) hint.hidden = !overflows;
		const shown: Array<[string, string | undefined]> = [
			['role', 'region'],
			['aria-labelledby', caption?.id],
			['aria-describedby', hint?.id],
			['tabindex', '0']
		];
		for (const [name, value] of shown) {
			if (overflows && value) box.setAttribute(name, value);
			else box.removeAttribute(name);
		}
	};
	measure();
	if (typeof ResizeObserver === 'undefined') window.addEventListener('resize', measure);
	else new ResizeObserver(measure).observe(box);
}

/**
 * The start page: the filing kept on the phone is offered back (when it was saved, its photos, the
 * step where it stops), and "Hapus draf" forgets it here and on the server without leaving the page.
 */
async function startPhoneDraft(): Promise<void> {
	const offer = document.querySelector<HTMLElement>(`[${plainData.phoneDraft}]`);
	const savedLines = document.querySelectorAll<HTMLElement>(`[${plainData.phoneSaved}]`);
	if (!offer && savedLines.length === 0) return;
	let draft: LocalDraft | null;
	try {
		draft = await (await offlineStore()).readDraft();
	} catch {
		return;
	}
	if (!draft || (Object.keys(draft.fields).length === 0 && draft.photos.length === 0)) return;
	const saved = savedAtText(draft.savedAt, root.lang);
	for (const line of savedLines) {
		line.textContent = format(line.getAttribute(plainData.phoneSaved) ?? '', { time: saved });
		line.hidden = false;
	}
	if (!offer) return;
	const photos = offer.querySelector<HTMLElement>(`[${plainData.phonePhotos}]`);
	if (photos && draft.photos.length > 0) photos.textContent = format(photos.getAttribute(plainData.phonePhotos) ?? '', { n: draft.photos.length });
	offer.querySelector(`[${plainData.phoneContinue}]`)?.setAttribute('href', phoneResumesAt(draft.fields, draft.assisted === true));
	const start = document.querySelector<HTMLElement>(`[${plainData.startFiling}]`);
	offer.hidden = false;
	if (start) start.hidden = true;

	const discard = offer.querySelector<HTMLFormElement>(`form[${plainData.discardDraft}]`);
	discard?.addEventListener('submit', (event) => {
		event.preventDefault();
		void (async () => {
			await forgetLocal();
			// The server's draft too, as the form's action does (a failed request leaves it to "Mulai").
			await fetch(discard.action, { method: 'POST', body: new FormData(discard), headers: { 'x-sveltekit-action': 'true' } }).catch(() => undefined);
			offer.remove();
			if (start) {
				start.hidden = false;
				// The button pressed is gone: the way on has the focus.
				start.querySelector('a')?.focus();
			}
			announce(discard.getAttribute(plainData.discardDraft) ?? '');
		})();
	});
}

function start(): void {
	startFrame();
	startReceipt();
	const parts: Promise<unknown>[] = [];
	if (document.querySelector(`[${plainData.outbox}]`)) parts.push(part<typeof import('./outbox')>('outbox').then((m) => m.startOutbox(announce)));
	for (const form of document.querySelectorAll<HTMLFormElement>(`form[${plainData.forgetDraft}]`)) startForgetting(form);
	for (const count of document.querySelectorAll<HTMLElement>(`[${plainData.countLimit}]`)) startCount(count);
	// A part drawn again (the tracking page's live forms) brings new fields to count.
	document.addEventListener(plainRedrawn, (event) => {
		if (!(event.target instanceof Element)) return;
		for (const count of event.target.querySelectorAll<HTMLElement>(`[${plainData.countLimit}]`)) startCount(count);
	});
	const form = document.querySelector<HTMLFormElement>(`form[${plainData.step}]`);
	// Signed in: new notifications are said and counted, over the one connection of the page's live
	// part when it has one (the tracking page's, the dashboard's), else with a part of their own.
	const notify = document.querySelector<HTMLElement>(`[${plainData.notify}]`);
	const live = document.querySelector<HTMLElement>(`[${plainData.live}]`);
	if (live) parts.push(part<typeof import('./live')>('live').then((m) => m.startLive(live, announce, notify)));
	const photos = document.querySelector<HTMLElement>(`[${plainData.photos}]`);
	if (photos) parts.push(part<typeof import('./photos')>('photos').then((m) => m.startPhotos(photos, announce)));
	if (document.querySelector(`[${plainData.slip}]`)) parts.push(part<typeof import('./consent')>('consent').then((m) => m.startConsent(announce)));
	const check = document.querySelector<HTMLElement>(`[${plainData.check}]`);
	if (check) parts.push(part<typeof import('./check')>('check').then((m) => m.startCheck(check, showAssisted)));
	const dashboard = document.querySelector<HTMLElement>(`[${plainData.dashboard}]`);
	if (dashboard) parts.push(part<typeof import('./dashboard')>('dashboard').then((m) => m.startDashboard(dashboard, announce, notify)));
	if (notify && !live && !dashboard) parts.push(part<typeof import('./notify')>('notify').then((m) => m.startNotify(notify, announce)));
	for (const box of document.querySelectorAll<HTMLElement>(`[${plainData.tableBox}]`)) startTableBox(box);
	// Ready once the parts are there too (a part that could not load leaves the page as the server wrote it).
	void Promise.all([startPhoneDraft(), form ? startForm(form) : undefined, ...parts.map((p) => p.catch(() => {}))]).finally(() => {
		root.dataset.scripts = 'ready';
	});
}

// Loaded `async` (routes.ts): the page may still be arriving.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
