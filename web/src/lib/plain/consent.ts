// The consent step of a sahabat's filing as a plain page (routes.ts), for the plain script
// (page.ts): what routes/lapor/persetujuan/+page.svelte and SlipPhoto.svelte do when a hydrated
// page's client renders them.
// - On the copy kept for offline use (rendered for nobody), the read-back is drawn again from the
//   answers kept on the phone (read-back.ts `consentReadBack`, over the words the page carries).
// - The slip's photo is sent as soon as it is chosen (phone-slip.ts: shrunk, kept on the phone,
//   sent), and the section changes in place (its thumbnail, the notice, a refusal at the field with
//   the focus there), so nothing typed above is lost or moved; without a connection it stays on
//   the phone, listed with its remove button, and goes with the report. "Lanjutkan" pressed while
//   the photo is on its way waits for it.
import { createI18n } from '$lib/i18n/create';
import { format, type Locale } from '$lib/i18n/core';
import type { MessageKey, Messages } from '$lib/i18n/id';
import type { Labels } from '$lib/labels';
import { phoneFiling } from '../../routes/lapor/local-draft';
import { removeSlip, sendSlip, slipOnPhone, type StoredSlip } from '../../routes/lapor/persetujuan/phone-slip';
import { consentReadBack, type ConsentPage } from '../../routes/lapor/read-back';
import { plainData } from './routes';
import { drawTerms } from './terms';

/** What the kept consent step writes for this part (JSON in `data-read-back`). */
export interface ReadBackSource extends ConsentPage {
	locale: Locale;
	/** The read-back's messages (read-back.ts `readBackWords`). */
	words: Partial<Record<MessageKey, string>>;
	kinds: Labels['kinds'];
}

/** What the slip's section writes for this part (JSON in `data-slip`); `damaged` has {fileName}. */
export interface SlipWords {
	/** The step's address (an upload's and a removal's way back without JavaScript). */
	returnTo: string;
	uploading: string;
	stored: string;
	onPhone: string;
	removed: string;
	empty: string;
	damaged: string;
	removeFailed: string;
}

/** The kept shell's read-back, from the phone's answers. */
async function readBackFromPhone(section: HTMLElement): Promise<void> {
	let source: ReadBackSource;
	try {
		source = JSON.parse(section.getAttribute(plainData.readBack) ?? '') as ReadBackSource;
	} catch {
		return;
	}
	const kept = await phoneFiling(true).catch(() => null);
	if (!kept?.answered) return;
	const i18n = createI18n(() => ({ locale: source.locale, messages: source.words as Messages }));
	const said = consentReadBack(i18n, { kinds: source.kinds, statuses: [] }, source, kept);
	const part = (name: string) => section.querySelector<HTMLElement>(`[${plainData.readBackPart}="${name}"]`);
	// Every answer row has a line: the model of a line for both lists.
	const line = part('rows')?.querySelector('dd p');
	if (!line) return;
	const opening = part('opening');
	if (opening) opening.textContent = said.opening;
	const rows = part('rows');
	const row = rows?.firstElementChild;
	if (rows && row) drawTerms(rows, row, said.rows, line);
	const audiences = part('audiences');
	const audienceList = audiences?.querySelector('dl');
	const audience = audienceList?.firstElementChild;
	if (audiences && audienceList && audience) {
		drawTerms(audienceList, audience, said.audiences, line);
		audiences.hidden = !said.privacyChosen;
	}
	const hearBack = part('hearBack');
	if (hearBack) hearBack.textContent = said.hearBack;
	const receipt = part('receipt');
	if (receipt) receipt.textContent = said.receipt;
}

/** The slip's photo: sent when chosen, removed, the one on the phone listed. */
function startSlip(section: HTMLElement, announce: (message: string) => void): Promise<void> {
	let words: SlipWords;
	try {
		words = JSON.parse(section.getAttribute(plainData.slip) ?? '') as SlipWords;
	} catch {
		return Promise.resolve();
	}
	const part = <T extends HTMLElement = HTMLElement>(name: string) => section.querySelector<T>(`[${plainData.slipPart}="${name}"]`);
	const notice = part('notice');
	const phone = part('phone');
	const none = part('none');
	const template = part<HTMLTemplateElement>('server-template');
	const upload = part<HTMLButtonElement>('upload');
	const input = section.querySelector<HTMLInputElement>('input[type="file"]');
	const error = section.querySelector<HTMLElement>('#slip-error');
	const form = section.closest('form');
	if (!input || !upload || !phone || !none || !template || !error || !form) return Promise.resolve();
	const shrinker = () => import(/* @vite-ignore */ __PLAIN_FEATURES__.shrink) as Promise<typeof import('../../routes/lapor/foto/resize')>;

	const done = (text: string | null) => {
		if (!notice) return;
		notice.textContent = text ?? '';
		notice.hidden = text === null;
		if (text) announce(text);
	};
	/** The slip's problem at its field (the field is described by it). */
	const issue = (text: string | null) => {
		error.textContent = text ?? '';
		error.hidden = text === null;
		input.closest('.field')?.classList.toggle('field-invalid', text !== null);
		input.setAttribute('aria-describedby', text === null ? 'slip-hint' : 'slip-hint slip-error');
		if (text === null) input.removeAttribute('aria-invalid');
		else input.setAttribute('aria-invalid', 'true');
	};
	/** The server's slip in place of the one shown (none: removed). */
	const showServer = (slip: StoredSlip | null) => {
		part('server')?.remove();
		if (!slip) return;
		const block = document.createElement('div');
		block.setAttribute(plainData.slipPart, 'server');
		block.append(template.content.cloneNode(true));
		const image = block.querySelector('img');
		image?.setAttribute('src', slip.thumbnailUrl);
		// Its size is not known just after an upload.
		image?.removeAttribute('width');
		image?.removeAttribute('height');
		const caption = block.querySelector('figcaption');
		if (caption) caption.textContent = slip.fileName;
		const remove = block.querySelector<HTMLButtonElement>('button[name="hapus"]');
		if (remove) remove.value = slip.id;
		none.before(block);
	};
	/** The slip on the phone, if the server does not have it yet; "none" when there is no slip at all. */
	const drawPhone = async () => {
		const kept = await slipOnPhone();
		phone.hidden = kept === null;
		const name = phone.querySelector('span');
		if (name) name.textContent = kept?.name ?? '';
		const server = part('server');
		if (server) server.hidden = kept !== null;
		none.hidden = kept !== null || server !== null;
	};

	let sending: Promise<void> | null = null;

	async function send(): Promise<void> {
		const file = input!.files?.[0];
		done(null);
		if (!file) {
			issue(words.empty);
			input!.focus();
			return;
		}
		issue(null);
		const label = upload!.textContent ?? '';
		upload!.setAttribute('aria-disabled', 'true');
		upload!.textContent = words.uploading;
		announce(words.uploading);
		try {
			const sent = await sendSlip(file, words.returnTo, shrinker);
			if ('stored' in sent) {
				input!.value = '';
				showServer(sent.slip);
				done(words.stored);
			} else if ('refused' in sent) {
				issue(sent.refused ?? format(words.damaged, { fileName: sent.fileName }));
				input!.focus();
			} else {
				// Offline: it stays on the phone and goes with the report (listed below).
				input!.value = '';
				announce(words.onPhone);
			}
		} catch {
			issue(format(words.damaged, { fileName: file.name }));
			input!.focus();
		} finally {
			upload!.removeAttribute('aria-disabled');
			upload!.textContent = label;
			await drawPhone();
		}
	}

	function sendNow(): void {
		if (sending) return;
		sending = send().finally(() => (sending = null));
	}

	async function remove(serverId: string | null): Promise<void> {
		done(null);
		if (!(await removeSlip(serverId, words.returnTo))) {
			issue(words.removeFailed);
			return;
		}
		showServer(null);
		await drawPhone();
		issue(null);
		done(words.removed);
		// The button pressed is gone: the way to choose a photo again has the focus.
		input!.focus();
	}

	input.addEventListener('change', () => {
		if (input.files?.length) sendNow();
	});
	section.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest('button') : null;
		if (!button) return;
		if (button === upload) {
			// Without JavaScript it posts the step's form to /unggah.
			event.preventDefault();
			sendNow();
		} else if (button.closest(`[${plainData.slipPart}="server"]`)) {
			event.preventDefault();
			void remove(button.value);
		} else if (button.closest(`[${plainData.slipPart}="phone"]`)) {
			void remove(null);
		}
	});
	// "Lanjutkan" while the photo is on its way: the step goes once it is stored (or kept).
	form.addEventListener('submit', (event) => {
		if (!sending) return;
		event.preventDefault();
		const submitter = event.submitter instanceof HTMLButtonElement ? event.submitter : null;
		void sending.then(() => form.requestSubmit(submitter));
	});
	return drawPhone();
}

export function startConsent(announce: (message: string) => void): Promise<void> {
	const readBack = document.querySelector<HTMLElement>(`[${plainData.readBack}]`);
	const slip = document.querySelector<HTMLElement>(`[${plainData.slip}]`);
	return Promise.all([readBack ? readBackFromPhone(readBack) : undefined, slip ? startSlip(slip, announce) : undefined]).then(() => undefined);
}
