// The offline outbox on a plain page (/lapor/tertunda, as its component does when hydrated): the
// reports this phone keeps until they can be sent, each in its state, from IndexedDB. An item's
// markup comes from the page's <template> with every state; the parts of other states are dropped
// and the sentences filled in. An item is redrawn only when what it shows changed, so a button
// keeps its focus while another report moves on. A change of state is said once (the last one to
// change, several at once would talk over each other).
import { outboxStates, type OutboxState } from '$lib/offline/rules';
import type { OutboxItem } from '$lib/offline/store';
import * as store from '$lib/offline/store';
import * as sender from '$lib/offline/send';
import { onWaiting } from '$lib/offline/waiting';
import { format } from '$lib/i18n/core';
import { savedAtText } from '../../routes/lapor/local-draft';
import { plainData } from './routes';

export function startOutbox(announce: (message: string) => void): void {
	const frame = document.querySelector<HTMLElement>(`[${plainData.outbox}]`);
	const template = document.querySelector<HTMLTemplateElement>(`template[${plainData.outboxItem}]`);
	const empty = frame?.querySelector<HTMLElement>(`[${plainData.outboxEmpty}]`);
	const listFrame = frame?.querySelector<HTMLElement>(`[${plainData.outboxList}]`);
	const list = listFrame?.querySelector('ul');
	if (!frame || !template || !empty || !listFrame || !list) return;
	const untitled = frame.getAttribute(plainData.outboxUntitled) ?? '';
	const madeAt = frame.getAttribute(plainData.outboxMadeAt) ?? '';
	let said: string[] = [];
	try {
		said = JSON.parse(frame.getAttribute(plainData.outboxAnnounce) ?? '[]') as string[];
	} catch {
		// Nothing is said; the list still shows.
	}
	/** Each item's state as last shown, to say only what changed. */
	const seen = new Map<string, OutboxState>();
	const titleOf = (item: OutboxItem) => item.title || untitled;
	const wordsOf = (item: OutboxItem): Record<string, string> => ({
		title: titleOf(item),
		code: item.trackingCode ?? '',
		pin: item.pin ?? '',
		reason: item.lastError ?? ''
	});
	/** What an item shows, to redraw it only when that changes. */
	const shownOf = (item: OutboxItem) => JSON.stringify([item.state, wordsOf(item), navigator.onLine]);

	function draw(item: OutboxItem): HTMLLIElement {
		const li = (template!.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
		const words = wordsOf(item);
		li.dataset.state = item.state;
		li.querySelector(`[${plainData.outboxTitle}]`)!.textContent = words.title!;
		li.querySelector(`[${plainData.outboxMade}]`)!.textContent = format(madeAt, { time: savedAtText(item.createdAt, document.documentElement.lang) });
		for (const part of li.querySelectorAll(`[${plainData.outboxState}]`)) {
			if (part.getAttribute(plainData.outboxState) !== item.state) part.remove();
		}
		for (const element of li.querySelectorAll(`[${plainData.outboxFill}]`)) element.textContent = format(element.getAttribute(plainData.outboxFill) ?? '', words);
		// No PIN kept (an item sent before PINs were kept): no line for it.
		if (!item.pin) li.querySelector(`[${plainData.outboxFill}*="{pin}"]`)?.remove();
		if (!navigator.onLine) li.querySelector(`[${plainData.outboxOnline}]`)?.remove();
		const track = li.querySelector<HTMLAnchorElement>('a');
		if (track) track.href = `/lapor/terkirim/${encodeURIComponent(item.trackingCode ?? '')}`;
		for (const button of li.querySelectorAll<HTMLButtonElement>(`[${plainData.outboxAction}]`)) {
			const action = button.getAttribute(plainData.outboxAction);
			button.addEventListener('click', () => {
				if (action === 'send') void sendNow();
				else if (action === 'retry') void sender.retry(item.clientRequestId).then(refresh);
				else if (action === 'remove') void remove(item.clientRequestId);
			});
		}
		li.dataset.shown = shownOf(item);
		li.dataset.id = item.clientRequestId;
		return li;
	}

	async function refresh(): Promise<void> {
		let items: OutboxItem[];
		try {
			items = await store.listOutbox();
		} catch {
			return;
		}
		const changed = items.filter((item) => seen.get(item.clientRequestId) !== item.state);
		for (const item of items) seen.set(item.clientRequestId, item.state);
		const drawn = new Map(Array.from(list!.children as HTMLCollectionOf<HTMLLIElement>, (li) => [li.dataset.id, li]));
		items.forEach((item, index) => {
			const old = drawn.get(item.clientRequestId);
			drawn.delete(item.clientRequestId);
			const li = old && old.dataset.shown === shownOf(item) ? old : draw(item);
			if (old && li !== old) old.replaceWith(li);
			if (list!.children[index] !== li) list!.insertBefore(li, list!.children[index] ?? null);
		});
		for (const gone of drawn.values()) gone.remove();
		frame!.hidden = false;
		empty!.hidden = items.length > 0;
		listFrame!.hidden = items.length === 0;
		const last = changed[0];
		if (last) announce(format(said[outboxStates.indexOf(last.state)] ?? '', wordsOf(last)));
	}

	async function sendNow(): Promise<void> {
		await sender.sendAll().catch(() => 0);
		await refresh();
	}

	async function remove(id: string): Promise<void> {
		await store.removeItem(id).catch(() => {});
		seen.delete(id);
		await refresh();
		// The button pressed is gone: back to the page's heading.
		document.querySelector<HTMLElement>('h1')?.focus();
	}

	onWaiting(() => void refresh());
	window.addEventListener('online', () => void refresh());
	window.addEventListener('offline', () => void refresh());
	void refresh().then(() => {
		if (navigator.onLine && Array.from(seen.values()).includes('waiting')) void sendNow();
	});
}
