import { describe, expect, it } from 'vitest';
import { steps } from '../../routes/lapor/filing';
import { filingSteps, isChoicesMessage, keepHeader, mayKeepShell, mayKeepTrackingPage, planNavigation, shellPaths, type ResponseFacts } from './policy';

const at = (path: string) => new URL(path, 'https://suara.example');

function response(over: Partial<Omit<ResponseFacts, 'headers'>> & { headers?: Record<string, string> } = {}): ResponseFacts {
	const headers = new Headers({ 'content-type': 'text/html; charset=utf-8', ...over.headers });
	return { status: 200, type: 'basic', redirected: false, ...over, headers };
}

describe('planNavigation', () => {
	it.each([
		['/', { kind: 'shell', key: '/' }],
		['/lapor', { kind: 'shell', key: '/lapor' }],
		['/lapor/', { kind: 'shell', key: '/lapor' }],
		['/lapor/jenis', { kind: 'shell', key: '/lapor/jenis' }],
		['/lapor/jenis?ubah=1', { kind: 'shell', key: '/lapor/jenis' }],
		['/lapor/periksa', { kind: 'shell', key: '/lapor/periksa' }],
		['/luring', { kind: 'shell', key: '/luring' }],
		['/lacak/GWA-7K3P-9Q', { kind: 'tracking', key: '/lacak/GWA-7K3P-9Q' }],
		['/lacak/GWA-7K3P-9Q?selesai=reply', { kind: 'tracking', key: '/lacak/GWA-7K3P-9Q' }],
		// The sahabat's consent step: a shell too, for a filing for a resident made offline.
		['/lapor/persetujuan', { kind: 'shell', key: '/lapor/persetujuan' }],
		['/lapor/untuk-warga', { kind: 'network' }],
		['/lapor/terkirim/GWA-7K3P-9Q', { kind: 'network' }],
		['/lacak', { kind: 'network' }],
		['/lacak/GWA-7K3P-9Q/foto', { kind: 'network' }],
		['/kerja', { kind: 'network' }],
		['/akun', { kind: 'network' }],
		['/masuk', { kind: 'network' }]
	] as const)('%s', (path, plan) => {
		expect(planNavigation(at(path))).toEqual(plan);
	});

	it('has a shell for every filing step of the journey', () => {
		expect([...filingSteps]).toEqual([...steps]);
		for (const step of steps) expect(shellPaths).toContain(`/lapor/${step}`);
	});
});

describe('mayKeepTrackingPage: only the public view', () => {
	it('keeps a page the server marked as the public view', () => {
		expect(mayKeepTrackingPage(response({ headers: { [keepHeader]: 'publik' } }))).toBe(true);
	});

	it.each([
		['no mark (shown with the PIN or to a signed-in person)', response()],
		['another mark', response({ headers: { [keepHeader]: 'pribadi' } })],
		['not found', response({ status: 404, headers: { [keepHeader]: 'publik' } })],
		['a server error', response({ status: 500, headers: { [keepHeader]: 'publik' } })],
		['the end of a redirect', response({ redirected: true, headers: { [keepHeader]: 'publik' } })],
		['opaque', response({ type: 'opaque', headers: { [keepHeader]: 'publik' } })],
		['not a page', response({ headers: { [keepHeader]: 'publik', 'content-type': 'application/json' } })]
	])('not %s', (_name, r) => {
		expect(mayKeepTrackingPage(r)).toBe(false);
	});
});

describe('mayKeepShell', () => {
	it('keeps a whole page and nothing else', () => {
		expect(mayKeepShell(response())).toBe(true);
		expect(mayKeepShell(response({ status: 303 }))).toBe(false);
		expect(mayKeepShell(response({ redirected: true }))).toBe(false);
		expect(mayKeepShell(response({ status: 500 }))).toBe(false);
		expect(mayKeepShell(response({ headers: { 'content-type': 'application/json' } }))).toBe(false);
	});
});

describe("isChoicesMessage: what the worker takes from a page as the person's choices", () => {
	it.each([
		[{ type: 'CHOICES', line: 'lang=en; tema=kontras' }, true],
		[{ type: 'CHOICES', line: '' }, true],
		[{ type: 'CHOICES', line: 'x'.repeat(301) }, false],
		[{ type: 'CHOICES', line: 42 }, false],
		[{ type: 'SKIP_WAITING' }, false],
		[null, false],
		['CHOICES', false]
	])('%j → %s', (data, expected) => {
		expect(isChoicesMessage(data)).toBe(expected);
	});
});
