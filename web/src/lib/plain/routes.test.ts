import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPlainRoute, plainFeatures, plainRoutes, plainScriptTag, plainStepOf } from './routes';

describe('plain pages', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('are exactly the routes whose server module turns the client off', () => {
		const routes = path.resolve(import.meta.dirname, '../../routes');
		const withoutClient = readdirSync(routes, { recursive: true, encoding: 'utf8' })
			.filter((file) => path.basename(file) === '+page.server.ts')
			.filter((file) => /^export const csr = false;$/m.test(readFileSync(path.join(routes, file), 'utf8')))
			.map((file) => `/${path.dirname(file).split(path.sep).join('/')}`.replace(/^\/\.$/, '/'));
		expect(withoutClient.sort()).toEqual([...plainRoutes].sort());
	});

	it.each([
		['/lapor/jenis', 'jenis'],
		['/lapor/waktu/', 'waktu'],
		['/lapor/kejadian', 'kejadian'],
		['/lapor/lokasi', 'lokasi'],
		['/lapor/persetujuan', 'persetujuan'],
		['/lapor/foto', null],
		['/lapor', null],
		['/lapor/jenis/lagi', null],
		['/lapor/serupa', null],
		['/laporan/jenis', null]
	])('%s is the plain step %s', (pathname, step) => {
		expect(plainStepOf(pathname)).toBe(step);
	});

	it('knows a route id, and nothing for an unknown route', () => {
		expect(isPlainRoute('/lapor/kategori')).toBe(true);
		expect(isPlainRoute('/lapor/persetujuan')).toBe(true);
		expect(isPlainRoute('/masuk')).toBe(false);
		expect(isPlainRoute(null)).toBe(false);
	});

	it("writes its script's tag with the choices escaped", () => {
		vi.stubGlobal('__PLAIN_SCRIPT__', '/_app/immutable/plain-page.abc.js');
		expect(plainScriptTag('lang=en; tema=kontras')).toBe(
			'<script type="module" async src="/_app/immutable/plain-page.abc.js" data-choices="lang=en; tema=kontras"></script>'
		);
		expect(plainScriptTag('"><script>')).toContain('data-choices="&quot;>&lt;script>"');
	});

	it("preloads the route's own part of the script, and only there", () => {
		vi.stubGlobal('__PLAIN_SCRIPT__', '/_app/immutable/plain-page.abc.js');
		vi.stubGlobal('__PLAIN_FEATURES__', {
			check: '/_app/immutable/plain-check.1.js',
			live: '/_app/immutable/plain-live.2.js',
			outbox: '/_app/immutable/plain-outbox.3.js',
			photos: '/_app/immutable/plain-photos.4.js',
			shrink: '/_app/immutable/plain-shrink.5.js',
			consent: '/_app/immutable/plain-consent.6.js'
		});
		expect(plainScriptTag('', '/lacak/[code]')).toMatch(/<\/script><link rel="modulepreload" href="\/_app\/immutable\/plain-live\.2\.js">$/);
		expect(plainScriptTag('', '/lapor/periksa')).toContain('plain-check.1.js');
		expect(plainScriptTag('', '/lapor/persetujuan')).toContain('plain-consent.6.js');
		expect(plainScriptTag('', '/lapor/jenis')).not.toContain('modulepreload');
	});

	it('gives each part a plain route', () => {
		for (const route of Object.values(plainFeatures)) if (route !== null) expect(isPlainRoute(route)).toBe(true);
	});
});
