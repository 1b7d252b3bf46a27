// The error summary: an alert with a heading and a link per problem, focused when it appears or
// its problems change, as after an enhanced submit.
import { virtual } from '@guidepup/virtual-screen-reader';
import { cleanup } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { errorSummaryEntry } from './catalogue';
import ErrorSummary from './ErrorSummary.svelte';
import { testI18n } from './testing/i18n';
import { expectWellFormed, hearAll, renderComponent, renderExample } from './testing/render';

const i18n = testI18n();

afterEach(async () => {
	await virtual.stop();
	cleanup();
});

const heard: Record<string, string[]> = {
	'ex-errorsummary-one': [
		'document',
		'alert, Ada yang perlu diperbaiki',
		'heading, Ada yang perlu diperbaiki, level 2',
		'list',
		'listitem, level 1, position 1, set size 1',
		'link, Tulis judul laporan.',
		'end of listitem, level 1, position 1, set size 1',
		'end of list',
		'end of alert, Ada yang perlu diperbaiki',
		'end of document'
	],
	'ex-errorsummary-many': [
		'document',
		'alert, Ada yang perlu diperbaiki',
		'heading, Ada yang perlu diperbaiki, level 2',
		'list',
		'listitem, level 1, position 1, set size 4',
		'link, Pilih salah satu jawaban.',
		'end of listitem, level 1, position 1, set size 4',
		'listitem, level 1, position 2, set size 4',
		'link, Tulis judul laporan.',
		'end of listitem, level 1, position 2, set size 4',
		'listitem, level 1, position 3, set size 4',
		'link, Tanggal kejadian tidak boleh di masa depan.',
		'end of listitem, level 1, position 3, set size 4',
		'listitem, level 1, position 4, set size 4',
		// A problem that belongs to no single field is plain text.
		'Laporan belum terkirim. Coba kirim lagi.',
		'end of listitem, level 1, position 4, set size 4',
		'end of list',
		'end of alert, Ada yang perlu diperbaiki',
		'end of document'
	]
};

describe.each(errorSummaryEntry.examples)('$id', (example) => {
	it('is an alert with a heading and a link to each field', () => {
		renderExample(errorSummaryEntry, example);
		expectWellFormed();
		const props = example.props(i18n);
		const summary = document.querySelector('[data-error-summary]');
		expect(summary?.id).toBe(props.id);
		expect(summary?.getAttribute('role')).toBe('alert');
		expect(summary?.getAttribute('tabindex')).toBe('-1');
		const links = [...(summary?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
		expect(links).toEqual(props.items.filter((i) => i.href).map((i) => i.href));
		for (const href of links) expect(href).toMatch(/^#[\w-]+$/);
	});

	it('is heard as an alert, its heading and each problem', async () => {
		renderExample(errorSummaryEntry, example);
		expect(await hearAll()).toEqual(heard[example.id]);
	});

	it('takes focus when the page shows it (autofocus)', () => {
		renderExample(errorSummaryEntry, example);
		expect(document.activeElement).toBe(document.querySelector('[data-error-summary]'));
	});
});

describe('focus after an enhanced submit', () => {
	const items = (message: string) => [{ message, href: '#judul' }];

	it('focuses itself when problems appear, and again when they change', async () => {
		const { rerender } = renderComponent(ErrorSummary, { items: [] });
		const button = document.createElement('button');
		document.body.append(button);
		button.focus();

		await rerender({ component: ErrorSummary, shownProps: { items: items('Tulis judul laporan.') } });
		const summary = document.querySelector<HTMLElement>('[data-error-summary]');
		expect(document.activeElement).toBe(summary);

		button.focus();
		await rerender({ component: ErrorSummary, shownProps: { items: items('Judul terlalu panjang.') } });
		expect(document.activeElement).toBe(document.querySelector('[data-error-summary]'));
		button.remove();
	});

	it('leaves focus alone when the problems stay the same', async () => {
		const { rerender } = renderComponent(ErrorSummary, { items: items('Tulis judul laporan.') });
		const button = document.createElement('button');
		document.body.append(button);
		button.focus();
		await rerender({ component: ErrorSummary, shownProps: { items: items('Tulis judul laporan.') } });
		expect(document.activeElement).toBe(button);
		button.remove();
	});

	it('does not take focus where several are shown at once (the gallery)', async () => {
		const { rerender } = renderComponent(ErrorSummary, { items: [], focusOnShow: false });
		await rerender({
			component: ErrorSummary,
			shownProps: { items: items('Tulis judul laporan.'), focusOnShow: false }
		});
		expect(document.activeElement).toBe(document.body);
		expect(document.querySelector('[data-error-summary]')?.hasAttribute('autofocus')).toBe(false);
	});
});
