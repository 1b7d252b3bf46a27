// A signed-in person's new notifications on a plain page, for the plain script (page.ts); what
// LiveNotifications.svelte does on a hydrated one. Each new notification (notificationAdded over
// graphql-ws) is said once through the polite live region and counted in the header's link to the
// notifications. News about the complaint whose tracking page this is, is said by that page's own
// live part (live.ts), not twice.
import { format } from '$lib/i18n/core';
import { subscribe } from '$lib/live';
import { notificationAddedQuery, type NotificationAdded } from '$lib/live-notifications';
import { plainData } from './routes';

export function startNotify(link: HTMLElement, announce: (message: string) => void): void {
	const sentence = link.getAttribute(plainData.notify) ?? '';
	let unread = Number(link.getAttribute(plainData.notifyCount));
	let words: string[];
	try {
		words = JSON.parse(link.getAttribute(plainData.notifyWords) ?? '') as string[];
	} catch {
		return;
	}
	if (!Number.isFinite(unread)) unread = 0;
	const said = new Set<string>();
	subscribe<NotificationAdded>(notificationAddedQuery, {}, ({ notificationAdded: added }) => {
		if (said.has(added.id)) return;
		said.add(added.id);
		unread += 1;
		link.textContent = format(words[unread > 0 ? 1 : 0] ?? '', { count: unread });
		const followedHere =
			added.trackingCode !== null && document.querySelector(`[${plainData.live}="${CSS.escape(added.trackingCode)}"]`) !== null;
		if (!followedHere) announce(format(sentence, { title: added.title }));
	});
}
