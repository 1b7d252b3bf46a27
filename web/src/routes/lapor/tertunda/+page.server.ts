// The offline outbox: the list lives only on the phone, so the server loads nothing; the page
// reads it from IndexedDB. Offline it opens from the service worker's kept shell.

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;
