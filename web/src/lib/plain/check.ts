// The check page as a plain page (routes.ts), for the plain script (page.ts): what
// routes/lapor/periksa/+page.svelte does when a hydrated page's client renders it.
// - The filing kept on the phone: its answers when the page came without the server's (the shell
//   kept for offline use, or a draft whose cookie is gone), and photos or the consent slip only on
//   the phone. Then the rows are drawn again (answers.ts `checkRows`, over the words the page
//   carries), the notice says where they come from, and on a shell of a sahabat's filing the way
//   back, the declaration and the button are the sahabat's.
// - The send: through the offline outbox when it cannot go now (no connection, the phone's answers,
//   photos still only on the phone); otherwise posted with fetch, and when that request fails on
//   the way (it may have arrived) the report goes into the outbox under the same request id, which
//   the server files once. Problems to fix: the form is posted the plain way, and the page comes
//   back with its error summary focused, as without JavaScript.
import { createI18n } from '$lib/i18n/create';
import type { Locale } from '$lib/i18n/core';
import type { MessageKey, Messages } from '$lib/i18n/id';
import type { Labels } from '$lib/labels';
import { checkView, type AnswerRow, type CheckPage } from '../../routes/lapor/answers';
import type { FilingValues } from '../../routes/lapor/filing';
import { phoneFiling, queueFiling } from '../../routes/lapor/local-draft';
import { plainData } from './routes';
import { drawTerms } from './terms';

/** What the check page writes for this script (the `data-check` attribute of its list, JSON). */
export interface CheckSource extends CheckPage {
	locale: Locale;
	/** The rows' messages (answers.ts `rowWords`). */
	words: Partial<Record<MessageKey, string>>;
	kinds: Labels['kinds'];
}

/** The list's rows drawn again, each a copy of the first one the server wrote, with its change link. */
function drawRows(list: HTMLElement, rows: AnswerRow[]): void {
	const model = list.querySelector<HTMLElement>('.answer');
	const line = model?.querySelector('.value p');
	if (!model || !line) return;
	drawTerms(list, model, rows, line, (item, row) => {
		const change = item.querySelector('.change a');
		change?.setAttribute('href', `/lapor/${row.step}?ubah=1`);
		const hidden = change?.querySelector('.visually-hidden');
		if (hidden) hidden.textContent = ` ${row.label}`;
	});
}

/** `showAssisted`: on a kept shell of a sahabat's filing, its way back and words become the sahabat's (page.ts). */
export function startCheck(list: HTMLElement, showAssisted: () => void): Promise<void> {
	let source: CheckSource;
	try {
		source = JSON.parse(list.getAttribute(plainData.check) ?? '') as CheckSource;
	} catch {
		return Promise.resolve();
	}
	const button = document.querySelector<HTMLButtonElement>(`button[${plainData.checkSending}]`);
	const form = button?.form;
	const status = form?.querySelector<HTMLElement>(`[${plainData.checkQueued}]`);
	const i18n = createI18n(() => ({ locale: source.locale, messages: source.words as Messages }));

	const labels = { kinds: source.kinds, statuses: [] };
	/** The phone's answers shown instead of the server's; the report must go through the outbox. */
	let fromPhone: FilingValues | null = null;
	let throughOutbox = false;
	const read = phoneFiling(source.values.assisted)
		.then((kept) => {
			const view = checkView(i18n, labels, source, kept);
			if (!view.throughOutbox) return;
			fromPhone = view.fromPhone ? view.values : null;
			throughOutbox = true;
			drawRows(list, view.rows);
			const notice = document.querySelector<HTMLElement>(`[${plainData.checkPhone}]`);
			if (notice) notice.hidden = false;
			if (source.shell && view.values.assisted) showAssisted();
		})
		.catch(() => {});

	if (!form || !button) return read;
	let sending = false;

	/** Into the offline outbox, sent from there; then the receipt (sent) or the outbox (waiting). */
	async function keep(): Promise<void> {
		const id = form!.elements.namedItem('clientRequestId');
		// The phone's answers are a report the server never saw this page's id for.
		const clientRequestId = fromPhone || !(id instanceof HTMLInputElement) ? crypto.randomUUID() : id.value;
		const to = await queueFiling(clientRequestId, fromPhone ?? source.values, () => {
			if (status) status.textContent = status.getAttribute(plainData.checkQueued);
		});
		location.assign(to);
	}

	async function send(): Promise<void> {
		if (!navigator.onLine || throughOutbox) return keep();
		let result: { type?: string; location?: string };
		try {
			const response = await fetch(form!.action, {
				method: 'POST',
				body: new FormData(form!),
				headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
			});
			result = (await response.json()) as typeof result;
		} catch {
			// No answer: the request may or may not have arrived; the outbox sends it again under the same id.
			return keep();
		}
		if (result.type === 'redirect' && result.location) location.assign(result.location);
		// Problems to fix: posted the plain way, the page comes back with them (the server files nothing twice).
		else HTMLFormElement.prototype.submit.call(form);
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (sending) return;
		sending = true;
		const words = button.textContent;
		button.setAttribute('aria-disabled', 'true');
		button.textContent = button.getAttribute(plainData.checkSending);
		// The page is left once it is sent or kept; if the phone could not keep it, the button is back.
		void read
			.then(send)
			.catch(() => {
				sending = false;
				button.removeAttribute('aria-disabled');
				button.textContent = words;
				if (status) status.textContent = form.getAttribute(plainData.offlineText);
			});
	});
	return read;
}
