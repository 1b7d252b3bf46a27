// Sends the offline outbox: each waiting filing's photos to /unggah (one a request, under the phone's id
// for it, so a photo sent again is the same photo), then its answers and its clientRequestId to
// /lapor/tertunda/kirim, which files it once (the server knows a second try of the same request
// and answers with the same code and PIN). Runs in a page (the `online` event, the next visit,
// "Coba lagi") and in the service worker (Background Sync); one lock keeps two tabs, or a page and
// the worker, from sending at the same time. No window, document or Svelte here.
import { listOutbox, move, type OutboxItem } from './store';
import { postUpload } from './upload';

/** The tag the page registers for Background Sync, and the worker listens for. */
export const SYNC_TAG = 'suara-tertunda';
const LOCK = 'suara-tertunda';

/** Why an item is still waiting or failed: the server's sentence, or null for "no connection". */
type Outcome = { ok: true; trackingCode: string; pin: string | null } | { ok: false; offline: boolean; reason: string };

async function sendOne(item: OutboxItem): Promise<Outcome> {
	try {
		for (const photo of item.photos) {
			const slip = photo.purpose === 'slip';
			const response = await postUpload(
				{
					fotoId: photo.id,
					keterangan: photo.description,
					kembali: slip ? '/lapor/persetujuan' : '/lapor/foto',
					...(slip ? { tujuan: 'slip' } : {})
				},
				{ blob: photo.blob, name: photo.name }
			);
			const answer = (await response.json()) as { photos: unknown[]; errors: { message: string }[] };
			if (answer.photos.length === 0) return { ok: false, offline: false, reason: answer.errors[0]?.message ?? String(response.status) };
		}
		const response = await fetch('/lapor/tertunda/kirim', {
			method: 'POST',
			body: JSON.stringify({ clientRequestId: item.clientRequestId, step: item.step, answers: item.answers }),
			headers: { accept: 'application/json', 'content-type': 'application/json' }
		});
		if (response.status >= 500) return { ok: false, offline: true, reason: String(response.status) };
		const answer = (await response.json()) as { trackingCode?: string; pin?: string | null; errors?: { message: string }[] };
		if (answer.trackingCode) return { ok: true, trackingCode: answer.trackingCode, pin: answer.pin ?? null };
		return { ok: false, offline: false, reason: answer.errors?.map((e) => e.message).join(' ') || String(response.status) };
	} catch (error) {
		// fetch rejects with a TypeError when there is no connection (or it drops half-way).
		return { ok: false, offline: true, reason: error instanceof Error ? error.message : String(error) };
	}
}

async function sendWaiting(): Promise<number> {
	let sent = 0;
	for (const item of await listOutbox()) {
		if (item.state !== 'waiting') continue;
		const started = await move(item.clientRequestId, { type: 'start' });
		if (started?.state !== 'sending') continue;
		const outcome = await sendOne(started);
		if (outcome.ok) {
			await move(item.clientRequestId, { type: 'sent', trackingCode: outcome.trackingCode, pin: outcome.pin });
			sent++;
		} else {
			await move(item.clientRequestId, { type: outcome.offline ? 'offline' : 'refused', reason: outcome.reason });
			// No connection: the rest would fail the same way; they go together when it is back.
			if (outcome.offline) break;
		}
	}
	return sent;
}

/**
 * Sends every waiting item, unless another tab or the worker is sending already (then it returns
 * 0 at once: that one will send them). The number sent.
 */
export async function sendAll(): Promise<number> {
	const locks = (globalThis.navigator as Navigator | undefined)?.locks;
	if (!locks) return sendWaiting();
	return locks.request(LOCK, { ifAvailable: true }, async (lock) => (lock ? sendWaiting() : 0));
}

/** "Coba lagi": a failed item waits again and is sent now. */
export async function retry(clientRequestId: string): Promise<number> {
	await move(clientRequestId, { type: 'retry' });
	return sendAll();
}

/**
 * For Background Sync in the service worker: sends, and fails while something still waits, so
 * the browser tries again later by itself.
 */
export async function sendForSync(): Promise<void> {
	await sendAll();
	if ((await listOutbox()).some((item) => item.state === 'waiting' || item.state === 'sending')) {
		throw new Error('Suara: reports still waiting for a connection');
	}
}
