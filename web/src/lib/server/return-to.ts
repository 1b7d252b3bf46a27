// Where to send someone back to after a form post: only a path on this site.

const base = 'http://suara.invalid';

/** Returns the path if it is same-origin (starts with a single "/"), otherwise the fallback. */
export function safeReturnTo(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string' || value.length > 2000) return fallback;
	if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		return fallback;
	}
	if (url.origin !== base) return fallback;
	return url.pathname + url.search + url.hash;
}
