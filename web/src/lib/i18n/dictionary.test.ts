import { afterEach, describe, expect, it, vi } from 'vitest';
import { dictionaryPath, dictionaryPathsIn, dictionaryVariant, parseDictionaryPath } from './dictionary';

describe('dictionary names', () => {
	it.each([
		['/pesan/id.0123456789ab.json', { variant: 'id', version: '0123456789ab' }],
		['/pesan/id-mudah.0123456789ab.json', { variant: 'id-mudah', version: '0123456789ab' }],
		['/pesan/en.fedcba987654.json', { variant: 'en', version: 'fedcba987654' }],
		['/pesan/fr.0123456789ab.json', null],
		['/pesan/id.0123456789AB.json', null],
		['/pesan/id.0123.json', null],
		['/pesan/id.0123456789ab.json/x', null],
		['/lapor/id.0123456789ab.json', null]
	])('%s → %j', (path, expected) => {
		expect(parseDictionaryPath(path)).toEqual(expected);
		if (expected) expect(dictionaryPath(expected.variant as 'id', expected.version)).toBe(path);
	});

	it.each([
		['id', false, 'id'],
		['id', true, 'id-mudah'],
		['en', false, 'en'],
		['en', true, 'en']
	] as const)('%s, easy-read %s → %s', (locale, easy, variant) => {
		expect(dictionaryVariant(locale, easy)).toBe(variant);
	});
});

describe('loadDictionary', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.resetModules();
	});
	const fresh = async () => (await import('./dictionary')).loadDictionary;
	const settled = (promise: Promise<unknown>) =>
		Promise.race([promise.then(() => 'resolved', () => 'rejected'), new Promise((r) => setTimeout(() => r('pending'), 50))]);

	it('fetches a dictionary once and answers later calls from the same fetch', async () => {
		const fetch = vi.fn(async () => Response.json({ 'app.name': 'Suara' }));
		vi.stubGlobal('fetch', fetch);
		const load = await fresh();
		expect(await load('/pesan/id.0123456789ab.json')).toEqual({ 'app.name': 'Suara' });
		expect(await load('/pesan/id.0123456789ab.json')).toEqual({ 'app.name': 'Suara' });
		expect(fetch).toHaveBeenCalledTimes(1);
	});

	it('waking up without it, the page stays as the server made it (never settles); later it fails and is tried again', async () => {
		let online = false;
		const fetch = vi.fn(async () => {
			if (!online) throw new TypeError('Failed to fetch');
			return Response.json({ 'app.name': 'Suara' });
		});
		vi.stubGlobal('fetch', fetch);
		const load = await fresh();
		expect(await settled(load('/pesan/id.0123456789ab.json'))).toBe('pending');
		expect(await settled(load('/pesan/id.0123456789ab.json'))).toBe('rejected');
		online = true;
		expect(await load('/pesan/id.0123456789ab.json')).toEqual({ 'app.name': 'Suara' });
	});

	it('an answer other than 200 is a failure', async () => {
		vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
		const load = await fresh();
		expect(await settled(load('/pesan/en.0123456789ab.json'))).toBe('pending');
		await expect(load('/pesan/en.0123456789ab.json')).rejects.toThrow(/404/);
	});
});

describe('dictionaryPathsIn', () => {
	it('finds the dictionary files a page names, each once, and nothing else', () => {
		const html =
			'<link rel="preload" href="/pesan/id-mudah.0123456789ab.json" as="fetch" crossorigin="anonymous">' +
			'<a href="/pesan/id-mudah.0123456789ab.json">x</a><a href="/pesan/en.fedcba987654.json">y</a>' +
			'<a href="/pesan/fr.0123456789ab.json">z</a><a href="/pesan/id.0123.json">w</a>';
		expect(dictionaryPathsIn(html)).toEqual(['/pesan/id-mudah.0123456789ab.json', '/pesan/en.fedcba987654.json']);
		expect(dictionaryPathsIn('<p>Tanpa kamus</p>')).toEqual([]);
	});
});
