// The tracking page followed live as a plain page, for the plain script (page.ts); what
// LiveComplaint.svelte does on a hydrated page, from what it writes there. News of the complaint
// comes over graphql-ws ($lib/live); the page is fetched anew and its live parts (the status, the
// details, the story with its photos, the history, and the forms that come and go with the state)
// are drawn again from it (redraw.ts), then one sentence is said. The forms are drawn again only
// when they come or go, and only while nothing in them is typed, chosen or focused, so nothing the
// person is doing is lost.
import { complaintUpdatedQuery, updateSentence, type ComplaintUpdated } from '$lib/live-complaint';
import { startNotify } from './notify';
import { redrawOnNews } from './redraw';
import { plainData } from './routes';

/** Also says and counts a signed-in person's new notifications when given the header's link (notify.ts), over the same connection. */
export function startLive(marker: HTMLElement, announce: (message: string) => void, notifications: HTMLElement | null = null): void {
	if (notifications) startNotify(notifications, announce);
	const trackingCode = marker.getAttribute(plainData.live) ?? '';
	const accessSecret = marker.getAttribute(plainData.liveSecret);
	let sentences: string[];
	try {
		sentences = JSON.parse(marker.getAttribute(plainData.liveWords) ?? '') as string[];
	} catch {
		return;
	}
	redrawOnNews<ComplaintUpdated>(complaintUpdatedQuery, { trackingCode, accessSecret }, (update) => updateSentence(sentences, update), announce);
}
