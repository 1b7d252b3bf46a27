// The photo step's work with JavaScript, for its component (+page.svelte, when a hydrated page's
// client opens it) and the plain script's part ($lib/plain/photos.ts, when it is loaded whole):
// each photo is made smaller on the phone (resize.ts, fetched when a photo is chosen), kept with the
// draft on the phone (IndexedDB) under the phone's id for it, and sent to /unggah under that id, so
// a retry sends the same photo, not a second one; without a connection the photos left stay on the
// phone and go later, with the report from the offline outbox if need be.
import { isNetworkFailure } from '$lib/network';
import { postUpload } from '$lib/offline/upload';
import type { LocalPhoto } from '$lib/offline/store';
import { lowDataOn } from '$lib/settings';
import { offlineStore } from '../local-draft';

/** A photo on this phone the server does not have yet (chosen offline, or deferred in low-data mode). */
export type PhonePhoto = Pick<LocalPhoto, 'id' | 'name' | 'description'>;

/** A photo the server refused (too large, not a photo…), in the server's words. */
export interface PhotoIssue {
	code: string;
	fileName: string;
	message: string;
}

/** How the shrinking helper is fetched: SvelteKit's chunk, or the plain script's part. */
export type Shrinker = () => Promise<typeof import('./resize')>;

export interface PhotoSender {
	/** Fetches the shrinking helper as soon as a photo is chosen (not before: most people send
	 * none), so an upload that happens offline a moment later does not need the network for it. */
	prepare(): void;
	/** Shrunk and kept on the phone only (low-data mode on a phone network). */
	keep(files: File[], description: string): Promise<void>;
	/** Shrunk, kept on the phone and sent one by one: what was stored and refused, or (the
	 * connection dropped) the photos left, kept on the phone. */
	send(files: File[], description: string, returnTo: string): Promise<{ stored: number; issues: PhotoIssue[] } | { left: File[] }>;
}

/** Changes the photos kept with the draft on the phone (nothing, when the phone keeps nothing). */
export async function changePhonePhotos(change: (photos: LocalPhoto[]) => LocalPhoto[]): Promise<void> {
	try {
		const { updateDraft } = await offlineStore();
		await updateDraft((d) => ({ ...d, photos: change(d.photos) }));
	} catch {
		// Storage refused (private mode), or nothing kept to change: the server's draft is the real one.
	}
}

export function photoSender(load: Shrinker): PhotoSender {
	let shrinker: Promise<typeof import('./resize') | null> | null = null;
	/** The phone's id for each chosen file, so a retry sends the same photo, not a second one. */
	const photoIds = new WeakMap<File, string>();

	function prepare() {
		// Offline the fetch fails: the photo then goes as chosen, and the next one tries again.
		shrinker ??= load().catch(() => {
			shrinker = null;
			return null;
		});
	}

	async function shrunk(file: File): Promise<{ blob: Blob; name: string }> {
		prepare();
		const module = await shrinker;
		// Without the helper the photo goes as chosen: the server makes it smaller anyway.
		return module ? module.shrinkPhoto(file) : { blob: file, name: file.name };
	}

	/** Keeps a shrunk photo with the draft on the phone; its id. */
	async function keepOne(file: File, description: string): Promise<{ id: string; blob: Blob; name: string }> {
		const { blob, name } = await shrunk(file);
		const known = photoIds.get(file);
		if (known) return { id: known, blob, name };
		const id = crypto.randomUUID();
		photoIds.set(file, id);
		// Storage refused: the photo still goes to the server now.
		await changePhonePhotos((photos) => [...photos, { id, blob, name, description, serverId: null }]);
		return { id, blob, name };
	}

	return {
		prepare,
		async keep(files, description) {
			for (const file of files) await keepOne(file, description);
		},
		async send(files, description, returnTo) {
			const issues: PhotoIssue[] = [];
			let stored = 0;
			const left = [...files];
			try {
				while (left.length > 0) {
					const { id, blob, name } = await keepOne(left[0]!, description);
					const response = await postUpload({ kembali: returnTo, keterangan: description, fotoId: id }, { blob, name });
					const answer = (await response.json()) as { photos: { id: string }[]; errors: PhotoIssue[] };
					if (answer.photos[0]) await markSent(id, answer.photos[0].id);
					// Refused (too large, wrong kind): not kept on the phone either.
					else await removeFromPhone((p) => p.id === id);
					stored += answer.photos.length;
					issues.push(...answer.errors);
					left.shift();
				}
			} catch (error) {
				if (!isNetworkFailure(error)) throw error;
				// Every photo chosen is kept on the phone, to go with the report later.
				for (const file of left) await keepOne(file, description);
				return { left };
			}
			return { stored, issues };
		}
	};
}

/** Marks a photo kept on the phone as the server's (`serverId`). */
export function markSent(id: string, serverId: string): Promise<void> {
	return changePhonePhotos((photos) => photos.map((p) => (p.id === id ? { ...p, serverId } : p)));
}

/** Forgets photos kept on the phone (removed by the person, refused, or removed on the server). */
export function removeFromPhone(match: (photo: LocalPhoto) => boolean): Promise<void> {
	return changePhonePhotos((photos) => photos.filter((p) => !match(p)));
}

/** The photos on this phone the server does not have yet (the consent slip is not one of them). */
export async function photosOnPhone(): Promise<PhonePhoto[]> {
	try {
		const draft = await (await offlineStore()).readDraft();
		return (draft?.photos ?? []).filter((p) => p.serverId === null && p.purpose !== 'slip').map(({ id, name, description }) => ({ id, name, description }));
	} catch {
		return [];
	}
}

/** Low-data mode, and not on Wi-Fi (or the browser does not say): photos wait on the phone. */
export function deferUpload(): boolean {
	if (!lowDataOn()) return false;
	const type = (navigator as Navigator & { connection?: { type?: string } }).connection?.type;
	return type !== 'wifi' && type !== 'ethernet';
}

/**
 * Records that the step is done (`lanjut`): where to go next, or null without a connection and
 * without the service worker. Offline with the worker there, the next step opens anyway, loaded
 * whole (`whole`: the worker answers it from its cache).
 */
export async function recordStepDone(next: string): Promise<{ to: string; whole: boolean } | null> {
	try {
		const response = await postUpload({ lanjut: next });
		return { to: ((await response.json()) as { next?: string }).next ?? next, whole: false };
	} catch (error) {
		if (!isNetworkFailure(error)) throw error;
		return navigator.serviceWorker?.controller ? { to: next, whole: true } : null;
	}
}
