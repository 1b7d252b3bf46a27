// @vitest-environment jsdom
// Focus after client-side navigation: error summary first, else the <h1>, never left on <body>,
// and never taken from an element that already has it.
import { afterEach, describe, expect, it } from 'vitest';
import { focusAfterNavigation } from './focus';

const to = (href: string) => ({ url: new URL(href, 'http://suara.test') }) as never;

function render(html: string) {
	document.body.innerHTML = html;
	(document.activeElement as HTMLElement | null)?.blur();
}

afterEach(() => {
	document.body.innerHTML = '';
});

describe('focusAfterNavigation', () => {
	it('puts focus on the h1 of the new page and gives it back its plain state on blur', () => {
		render('<header><a href="/">Suara</a></header><main><h1>Lacak laporan</h1></main>');
		focusAfterNavigation({ type: 'link', to: to('/lacak') });
		const h1 = document.querySelector('h1')!;
		expect(document.activeElement).toBe(h1);
		expect(h1.getAttribute('tabindex')).toBe('-1');
		h1.blur();
		expect(h1.hasAttribute('tabindex')).toBe(false);
	});

	it('prefers the error summary', () => {
		render(
			'<main><h1>Buat laporan</h1><div data-error-summary tabindex="-1" role="alert">Ada yang perlu diperbaiki</div></main>'
		);
		focusAfterNavigation({ type: 'goto', to: to('/lapor') });
		expect(document.activeElement).toBe(document.querySelector('[data-error-summary]'));
	});

	it('goes to the #fragment target when the URL has one', () => {
		render('<main><h1>Laporan</h1><h2 id="riwayat">Riwayat</h2></main>');
		focusAfterNavigation({ type: 'link', to: to('/lacak/GWA#riwayat') });
		expect(document.activeElement?.id).toBe('riwayat');
	});

	it('leaves focus alone when something already took it', () => {
		render('<main><h1>Buat laporan</h1><input id="title" /></main>');
		const input = document.getElementById('title')!;
		input.focus();
		focusAfterNavigation({ type: 'goto', to: to('/lapor') });
		expect(document.activeElement).toBe(input);
	});

	it('does nothing on the first page load', () => {
		render('<main><h1>Beranda</h1></main>');
		focusAfterNavigation({ type: 'enter', to: to('/') });
		expect(document.activeElement).toBe(document.body);
	});

	it('falls back to <main> when a page has no h1', () => {
		render('<main id="main" tabindex="-1"><p>Tidak ada judul</p></main>');
		focusAfterNavigation({ type: 'popstate', to: to('/x') });
		expect(document.activeElement).toBe(document.querySelector('main'));
	});
});
