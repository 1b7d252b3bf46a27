import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '$lib/i18n';
import { parseDictionaryPath } from '$lib/i18n/dictionary';
import { GET } from '../../routes/pesan/[berkas]/+server';
import { dictionaryFile } from './dictionary';

const get = (path: string, headers: Record<string, string> = {}) =>
	GET({ url: new URL(path, 'http://suara.test'), request: new Request(new URL(path, 'http://suara.test'), { headers }) } as Parameters<typeof GET>[0]);

describe('dictionaryFile', () => {
	it.each([
		['id', 'id', false],
		['id-mudah', 'id', true],
		['en', 'en', false]
	] as const)('%s holds what the layout would have sent, named by its content', (variant, locale, easy) => {
		const file = dictionaryFile(variant);
		expect(JSON.parse(file.body)).toEqual(messagesFor(locale, easy));
		expect(file.version).toBe(createHash('sha256').update(file.body).digest('hex').slice(0, 12));
		expect(parseDictionaryPath(file.path)).toEqual({ variant, version: file.version });
	});

	it('gives each variant its own name', () => {
		const names = new Set(['id', 'id-mudah', 'en'].map((v) => dictionaryFile(v as 'id').path));
		expect(names.size).toBe(3);
	});
});

describe('GET /pesan/<variant>.<version>.json', () => {
	it('serves the current version to be kept for a year', async () => {
		const file = dictionaryFile('en');
		const response = await get(file.path);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(await response.text()).toBe(file.body);
	});

	it("answers an older version's name with today's words, not to be kept", async () => {
		const response = await get('/pesan/id.000000000000.json');
		expect(response.headers.get('cache-control')).toBe('no-cache');
		expect(await response.text()).toBe(dictionaryFile('id').body);
	});

	it("asked again with today's tag, answers 304 without the words; with another tag, the words", async () => {
		const etag = (await get('/pesan/id.000000000000.json')).headers.get('etag');
		expect(etag).toBe(`"${dictionaryFile('id').version}"`);
		const again = await get('/pesan/id.000000000000.json', { 'if-none-match': `W/"x", ${etag}` });
		expect(again.status).toBe(304);
		expect(again.headers.get('cache-control')).toBe('no-cache');
		expect(await again.text()).toBe('');
		const changed = await get('/pesan/id.000000000000.json', { 'if-none-match': '"000000000000"' });
		expect(changed.status).toBe(200);
		expect(await changed.text()).toBe(dictionaryFile('id').body);
	});

	it('answers 404 for any other name', async () => {
		expect(() => get('/pesan/fr.000000000000.json')).toThrow(expect.objectContaining({ status: 404 }));
	});
});
