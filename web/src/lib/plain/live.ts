// The tracking page followed live as a plain page, for the plain script (page.ts); what
// LiveComplaint.svelte does on a hydrated page, from what it writes there. News of the complaint
// comes over graphql-ws ($lib/live); the page is fetched anew and its live parts (the status, the
// details, the story with its photos, the history) are drawn again from it, then one sentence is
// said. The forms are left as they are, so nothing typed is lost.
import { subscribe } from '$lib/live';
import { complaintUpdatedQuery, updateSentence, type ComplaintUpdated } from '$lib/live-complaint';
import { plainData } from './routes';

/** The page's live parts drawn again from the page as the server renders it now. */
async function redraw(): Promise<void> {
	const response = await fetch(location.pathname + location.search, { headers: { accept: 'text/html' }, cache: 'no-store' });
	if (!response.ok) return;
	const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
	for (const part of document.querySelectorAll<HTMLElement>(`[${plainData.livePart}]`)) {
		const name = part.getAttribute(plainData.livePart) ?? '';
		const next = fresh.querySelector(`[${plainData.livePart}="${CSS.escape(name)}"]`);
		if (next) part.replaceWith(document.importNode(next, true));
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
