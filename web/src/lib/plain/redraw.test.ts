// @vitest-environment jsdom
// A plain page's live parts drawn again from the page fetched anew (the tracking page's news, the
// sahabat's dashboard): what changed is drawn, what did not stays the very same element, the focus
// stays on the same link, and a part with forms waits while the person is in it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { redraw } from './redraw';
import { plainRedrawn } from './routes';

/** The page as the server renders it now, answered to the part's fetch. */
function serverSends(main: string): void {
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response(`<!doctype html><html><body><main>${main}</main></body></html>`, { status: 200 }))
	);
}

const part = (name: string, inner: string, forms = false) =>
	`<section data-live-part="${name}"${forms ? ' data-live-forms' : ''}>${inner}</section>`;
const partNamed = (name: string) => document.querySelector<HTMLElement>(`[data-live-part="${name}"]`)!;

// jsdom has no CSS.escape; the browsers the script runs in all do. Enough of it for these names.
beforeEach(() => {
	if (typeof CSS === 'undefined' || !CSS.escape) vi.stubGlobal('CSS', { escape: (value: string) => value.replace(/["\\.]/g, '\\$&') });
});

afterEach(() => {
	vi.unstubAllGlobals();
	document.body.innerHTML = '';
});

describe('redraw', () => {
	it('draws a changed part again, keeps an unchanged one as it is, and tells the page what is new', async () => {
		document.body.innerHTML = `<main>${part('relay', '<p>1 pesan</p>')}${part('district-73.06.04', '<p>2 laporan</p>')}</main>`;
		const unchanged = partNamed('relay');
		const redrawn: string[] = [];
		document.addEventListener(plainRedrawn, (event) => redrawn.push((event.target as Element).getAttribute('data-live-part')!));
		serverSends(`${part('relay', '<p>1 pesan</p>')}${part('district-73.06.04', '<p>3 laporan</p>')}`);
		await redraw();
		expect(partNamed('relay')).toBe(unchanged);
		expect(partNamed('district-73.06.04').textContent).toBe('3 laporan');
		expect(redrawn).toEqual(['district-73.06.04']);
	});

	it('gives the focus to the same link in the new copy of its part', async () => {
		document.body.innerHTML = `<main>${part('district', '<p>2 terlambat</p><a href="/kerja/GWA-1">GWA-1</a><a href="/kerja/GWA-2">GWA-2</a>')}</main>`;
		document.querySelector<HTMLElement>('a[href="/kerja/GWA-2"]')!.focus();
		serverSends(part('district', '<p>1 terlambat</p><a href="/kerja/GWA-2">GWA-2</a>'));
		await redraw();
		expect(partNamed('district').textContent).toContain('1 terlambat');
		expect(document.activeElement).toBe(document.querySelector('a[href="/kerja/GWA-2"]'));
	});

	it('leaves a part with forms while something in it is typed, and draws it once its forms change and nobody is in it', async () => {
		const reply = '<form action="?/reply"><textarea name="message"></textarea></form>';
		const rating = '<form action="?/rate"><input type="radio" name="stars" value="5"></form>';
		document.body.innerHTML = `<main>${part('actions', reply, true)}</main>`;
		document.querySelector('textarea')!.value = 'Setengah jawaban';
		serverSends(part('actions', rating, true));
		await redraw();
		expect(document.querySelector('textarea')!.value).toBe('Setengah jawaban');

		document.querySelector('textarea')!.value = '';
		await redraw();
		expect(document.querySelector('form')!.getAttribute('action')).toBe('?/rate');
	});

	it('leaves the page as it is when the server does not answer with it', async () => {
		document.body.innerHTML = `<main>${part('relay', '<p>1 pesan</p>')}</main>`;
		vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 503 })));
		await redraw();
		expect(partNamed('relay').textContent).toBe('1 pesan');
	});
});
