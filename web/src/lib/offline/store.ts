// What this phone keeps of a filing, in IndexedDB (idb): the draft (every answer as typed, the
// photos already shrunk, when it was saved) and the offline outbox, the phone's queue of reports waiting
// to be sent. Works in a page and in the service worker. A draft older than DRAFT_DAYS is dropped
// when the store opens; a sent item too. The number of items still to send is mirrored in
// localStorage (a number only) so the header can show it without opening the database.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { rememberWaiting, tellWaiting } from './waiting';
import { isExpired, isPending, nextStatus, recovered, type OutboxEvent, type OutboxStatus } from './rules';

/** A photo kept on the phone: already shrunk; `serverId` once the draft on the server has it. */
export interface LocalPhoto {
	id: string;
	blob: Blob;
	name: string;
	description: string;
	serverId: string | null;
	/** The photo of the consent slip a resident signed (a sahabat's filing); absent: evidence. */
	purpose?: 'slip';
}

export interface LocalDraft {
	/** Form field name → value, as the step pages post them. */
	fields: Record<string, string>;
	photos: LocalPhoto[];
	savedAt: number;
	/** A sahabat's filing for a resident ("Lapor untuk warga"): the journey ends with consent. */
	assisted?: boolean;
}

export interface OutboxItem extends OutboxStatus {
	clientRequestId: string;
	/** The whole filing as the server's draft answers. */
	answers: Record<string, string | boolean | null>;
	/** The step the answers are saved under (the journey's last). */
	step: string;
	/** Photos the server does not have yet. */
	photos: LocalPhoto[];
	title: string;
	createdAt: number;
	updatedAt: number;
}

interface Schema extends DBSchema {
	draft: { key: string; value: LocalDraft };
	outbox: { key: string; value: OutboxItem };
}

const DRAFT_KEY = 'current';

let opened: Promise<IDBPDatabase<Schema>> | null = null;

function db(): Promise<IDBPDatabase<Schema>> {
	opened ??= openDB<Schema>('suara', 1, {
		upgrade(database) {
			database.createObjectStore('draft');
			database.createObjectStore('outbox', { keyPath: 'clientRequestId' });
		}
	}).then(async (database) => {
		await dropExpired(database);
		return database;
	});
	return opened;
}

async function dropExpired(database: IDBPDatabase<Schema>) {
	const now = Date.now();
	const draft = await database.get('draft', DRAFT_KEY);
	if (draft && isExpired(draft.savedAt, now)) await database.delete('draft', DRAFT_KEY);
	for (const item of await database.getAll('outbox')) {
		if (item.state === 'sent' && isExpired(item.updatedAt, now)) await database.delete('outbox', item.clientRequestId);
	}
}

export async function readDraft(): Promise<LocalDraft | null> {
	return (await (await db()).get('draft', DRAFT_KEY)) ?? null;
}

/** Changes the draft in one transaction (two tabs typing do not lose each other's answers). */
export async function updateDraft(change: (draft: LocalDraft) => LocalDraft): Promise<void> {
	const tx = (await db()).transaction('draft', 'readwrite');
	const current = (await tx.store.get(DRAFT_KEY)) ?? { fields: {}, photos: [], savedAt: Date.now() };
	await tx.store.put({ ...change(current), savedAt: Date.now() }, DRAFT_KEY);
	await tx.done;
}

export async function clearDraft(): Promise<void> {
	await (await db()).delete('draft', DRAFT_KEY);
}

export async function listOutbox(): Promise<OutboxItem[]> {
	const items = await (await db()).getAll('outbox');
	const now = Date.now();
	return items.map((item) => ({ ...item, ...recovered(item, now) })).sort((a, b) => b.createdAt - a.createdAt);
}

/** Puts a filing in the offline outbox. */
export async function enqueue(item: Omit<OutboxItem, keyof OutboxStatus | 'createdAt' | 'updatedAt'>): Promise<void> {
	const now = Date.now();
	await (await db()).put('outbox', {
		...item,
		state: 'waiting',
		attempts: 0,
		lastError: null,
		trackingCode: null,
		pin: null,
		createdAt: now,
		updatedAt: now
	});
	await changed();
}

/** Moves an item by `event` (rules.ts) in one transaction; the item as it is now, or null. */
export async function move(clientRequestId: string, event: OutboxEvent): Promise<OutboxItem | null> {
	const tx = (await db()).transaction('outbox', 'readwrite');
	const item = await tx.store.get(clientRequestId);
	if (!item) return null;
	const current = { ...item, ...recovered(item, Date.now()) };
	const next = nextStatus(current, event);
	const moved = next === current ? current : { ...current, ...next, updatedAt: Date.now() };
	// Arrived: the photos and answers are on the server now, the phone keeps only what to show.
	if (moved.state === 'sent') Object.assign(moved, { photos: [], answers: {} });
	await tx.store.put(moved);
	await tx.done;
	await changed();
	return moved;
}

export async function removeItem(clientRequestId: string): Promise<void> {
	await (await db()).delete('outbox', clientRequestId);
	await changed();
}

/** Removes the reports that arrived (with their PIN): "keluar" on a shared phone. */
export async function forgetSent(): Promise<void> {
	const database = await db();
	for (const item of await database.getAll('outbox')) {
		if (item.state === 'sent') await database.delete('outbox', item.clientRequestId);
	}
	await changed();
}

/** "Lupakan ponsel ini": the draft and every item of the offline outbox, sent or not. */
export async function forgetEverything(): Promise<void> {
	const database = await db();
	const tx = database.transaction(['draft', 'outbox'], 'readwrite');
	await tx.objectStore('draft').clear();
	await tx.objectStore('outbox').clear();
	await tx.done;
	await changed();
}

/** Tells the header (localStorage count) and every open page and the worker (a channel). */
async function changed(): Promise<void> {
	const waiting = (await (await db()).getAll('outbox')).filter((item) => isPending(item.state)).length;
	rememberWaiting(waiting);
	tellWaiting(waiting);
}
