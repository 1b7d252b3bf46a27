// GET /pesan/<variant>.<version>.json: one message dictionary ($lib/i18n/dictionary.ts). The
// current version is kept for a year (its name changes with its words). An older version's name,
// asked by a page from before an update (one the service worker kept), gets today's words, not
// kept: the page still wakes up, with at worst a newer sentence. Its tag is today's version, so a
// browser asking again gets "304 Not Modified" until the words change.
import { error } from '@sveltejs/kit';
import { parseDictionaryPath } from '$lib/i18n/dictionary';
import { dictionaryFile } from '$lib/server/dictionary';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, request }) => {
	const asked = parseDictionaryPath(url.pathname);
	if (!asked) error(404);
	const file = dictionaryFile(asked.variant);
	const headers = {
		'cache-control': asked.version === file.version ? 'public, max-age=31536000, immutable' : 'no-cache',
		etag: `"${file.version}"`
	};
	const known = request.headers.get('if-none-match')?.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
	if (known?.includes(headers.etag) || known?.includes('*')) return new Response(null, { status: 304, headers });
	return new Response(file.body, { headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
};
