// The consent slip's photo with JavaScript, for its component (SlipPhoto.svelte, when a hydrated
// page's client opens the step) and the plain script's part ($lib/plain/consent.ts, when it is
// loaded whole): made smaller on the phone (the photo step's resize.ts), kept with the draft there
// (IndexedDB, `purpose: 'slip'`, one a filing: a new one replaces the one before) under the phone's
// id for it, and sent to /unggah (tujuan=slip) under that id; without a connection it stays on the
// phone and the offline outbox sends it with the report.
import { isNetworkFailure } from '$lib/network';
import { offlineStore } from '../local-draft';
import { postUpload } from '$lib/offline/upload';
import { changePhonePhotos, markSent, removeFromPhone, type Shrinker } from '../foto/phone-photos';

/** The slip's photo the server holds (its thumbnail's address is bound to this viewer). */
export interface StoredSlip {
	id: string;
	fileName: string;
	thumbnailUrl: string;
	thumbnailWidth?: number | null;
	thumbnailHeight?: number | null;
}

/** What sending the slip did: stored (`slip` null when the server gave no thumbnail), refused (the
 * server's reason, or null: say it was damaged), or kept on the phone to go with the report. */
export type SlipSent = { stored: true; slip: StoredSlip | null } | { refused: string | null; fileName: string } | { onPhone: true };

async function shrunk(file: File, load: Shrinker): Promise<{ blob: Blob; name: string }> {
	try {
		return (await load()).shrinkPhoto(file);
	} catch {
		// The helper could not load (offline, not kept): the server makes it smaller anyway.
		return { blob: file, name: file.name };
	}
}

/** Shrinks, keeps on the phone in place of any slip before, and sends the slip's photo. */
export async function sendSlip(file: File, returnTo: string, load: Shrinker): Promise<SlipSent> {
	const { blob, name } = await shrunk(file, load);
	const id = crypto.randomUUID();
	// In place of any slip kept before: one a filing.
	await changePhonePhotos((photos) => [...photos.filter((p) => p.purpose !== 'slip'), { id, blob, name, description: '', serverId: null, purpose: 'slip' }]);
	let answer: { photos: Array<{ id: string; fileName: string; thumbnailUrl: string | null }>; errors: Array<{ message: string }> };
	try {
		const response = await postUpload({ kembali: returnTo, tujuan: 'slip', fotoId: id }, { blob, name });
		answer = (await response.json()) as typeof answer;
	} catch (failure) {
		if (!isNetworkFailure(failure)) throw failure;
		// Offline: it stays on the phone and goes with the report.
		return { onPhone: true };
	}
	const stored = answer.photos[0];
	if (!stored) {
		// Refused (too large, not a photo): not kept on the phone either.
		await removeFromPhone((p) => p.id === id);
		return { refused: answer.errors[0]?.message ?? null, fileName: name };
	}
	await markSent(id, stored.id);
	return { stored: true, slip: stored.thumbnailUrl ? { id: stored.id, fileName: stored.fileName, thumbnailUrl: stored.thumbnailUrl } : null };
}

/** Removes the slip's photo: the server's (`serverId`), then the phone's. False when the server
 * could not be reached (nothing is removed then). */
export async function removeSlip(serverId: string | null, returnTo: string): Promise<boolean> {
	if (serverId) {
		try {
			await postUpload({ kembali: returnTo, tujuan: 'slip', hapus: serverId });
		} catch {
			return false;
		}
	}
	await removeFromPhone((p) => p.purpose === 'slip');
	return true;
}

/** The slip's photo kept on this phone that the server does not have yet. */
export async function slipOnPhone(): Promise<{ id: string; name: string } | null> {
	try {
		const draft = await (await offlineStore()).readDraft();
		const kept = draft?.photos.find((p) => p.purpose === 'slip' && p.serverId === null);
		return kept ? { id: kept.id, name: kept.name } : null;
	} catch {
		return null;
	}
}
