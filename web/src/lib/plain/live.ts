// The tracking page followed live as a plain page, for the plain script (page.ts); what
// LiveComplaint.svelte does on a hydrated page, from what it writes there. News of the complaint
// comes over graphql-ws ($lib/live); the page is fetched anew and its live parts (the status, the
// details, the story with its photos, the history, and the forms that come and go with the state)
// are drawn again from it, then one sentence is said. The forms are drawn again only when they
// come or go, and only while nothing in them is typed, chosen or focused, so nothing the person is
// doing is lost.
import { subscribe } from '$lib/live';
import { complaintUpdatedQuery, updateSentence, type ComplaintUpdated } from '$lib/live-complaint';
import { plainData, plainRedrawn } from './routes';

/** A field whose value, choice or selection differs from what the page came with. */
function changed(field: Element): boolean {
	if (field instanceof HTMLInputElement) {
		return field.type === 'checkbox' || field.type === 'radio' ? field.checked !== field.defaultChecked : field.value !== field.defaultValue;
	}
	if (field instanceof HTMLTextAreaElement) return field.value !== field.defaultValue;
	if (field instanceof HTMLSelectElement) return Array.from(field.options).some((option) => option.selected !== option.defaultSelected);
	return false;
}

/** The forms a part holds, by where they post. */
const formsOf = (part: Element) => Array.from(part.querySelectorAll('form'), (form) => form.getAttribute('action')).join(' ');

/**
 * A part with forms is drawn again only when the forms themselves come or go (the rating form once
 * resolved, the reply form once closed), and only while the person is not in it: nothing typed or
 * chosen, no focus, no problem shown at a field (its text came back from the server).
 */
function mayRedrawForms(part: HTMLElement, next: Element): boolean {
	return (
		formsOf(part) !== formsOf(next) &&
		!part.contains(document.activeElement) &&
		!Array.from(part.querySelectorAll('input, textarea, select')).some((field) => changed(field) || field.getAttribute('aria-invalid') === 'true')
	);
}

/** The page's live parts drawn again from the page as the server renders it now. */
async function redraw(): Promise<void> {
	const response = await fetch(location.pathname + location.search, { headers: { accept: 'text/html' }, cache: 'no-store' });
	if (!response.ok) return;
	const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
	for (const part of document.querySelectorAll<HTMLElement>(`[${plainData.livePart}]`)) {
		const name = part.getAttribute(plainData.livePart) ?? '';
		const next = fresh.querySelector(`[${plainData.livePart}="${CSS.escape(name)}"]`);
		if (!next || (part.hasAttribute(plainData.liveForms) && !mayRedrawForms(part, next))) continue;
		const drawn = document.importNode(next, true);
		part.replaceWith(drawn);
		drawn.dispatchEvent(new Event(plainRedrawn, { bubbles: true }));
	}
}

export function startLive(marker: HTMLElement, announce: (message: string) => void): void {
	const trackingCode = marker.getAttribute(plainData.live) ?? '';
	const accessSecret = marker.getAttribute(plainData.liveSecret);
	let sentences: string[];
	try {
		sentences = JSON.parse(marker.getAttribute(plainData.liveWords) ?? '') as string[];
	} catch {
		return;
	}
	// One piece of news after the other: each is said once its page is drawn.
	let drawing = Promise.resolve();
	subscribe<ComplaintUpdated>(complaintUpdatedQuery, { trackingCode, accessSecret }, (update) => {
		drawing = drawing
			.then(redraw)
			.catch(() => {})
			.then(() => announce(updateSentence(sentences, update)));
	});
}
