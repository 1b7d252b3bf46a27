// One post to /unggah, the photo step's and the consent step's form action, asking for its answer
// as JSON: for a photo sent from the step (a component, a plain part), its removal, the step's
// "Lanjutkan", and each photo of a report the offline outbox sends (in a page or in the service
// worker: no window, document or Svelte here).

/** Posts `fields`, then the photo if any; a request that cannot reach the server throws. */
export function postUpload(fields: Record<string, string>, photo?: { blob: Blob; name: string }): Promise<Response> {
	const body = new FormData();
	for (const [name, value] of Object.entries(fields)) body.append(name, value);
	if (photo) body.append('foto', photo.blob, photo.name);
	return fetch('/unggah', { method: 'POST', body, headers: { accept: 'application/json' } });
}
