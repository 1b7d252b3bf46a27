// The catalogue and the gallery page built from it: every component has examples, every example
// renders, ids are unique across the whole gallery, and every link in it leads somewhere.
import { cleanup } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { id } from '$lib/i18n/id';
import Gallery from '../../routes/komponen/+page.svelte';
import { catalogue } from './catalogue';
import { expectWellFormed, renderComponent, renderExample } from './testing/render';

afterEach(() => cleanup());

describe('the catalogue', () => {
	it('names every component once, each with examples whose ids are unique', () => {
		expect(new Set(catalogue.map((e) => e.id)).size).toBe(catalogue.length);
		const exampleIds = catalogue.flatMap((e) => e.examples.map((x) => x.id));
		expect(new Set(exampleIds).size).toBe(exampleIds.length);
		for (const entry of catalogue) expect(entry.examples.length).toBeGreaterThan(0);
	});

	it.each(catalogue.flatMap((entry) => entry.examples.map((example) => ({ entry, example }))))(
		'$example.id renders in both languages',
		({ entry, example }) => {
			for (const locale of ['id', 'en'] as const) {
				renderExample(entry, example, locale);
				expectWellFormed();
				cleanup();
			}
		}
	);
});

describe('the gallery (/komponen)', () => {
	it('shows every component under an h2 and every state under an h3, with unique ids', () => {
		renderComponent(Gallery, {});
		expectWellFormed();
		expect(document.querySelector('h1')?.textContent).toBe(id['gallery.heading']);
		const h2 = [...document.querySelectorAll('section > h2')].map((h) => h.textContent);
		expect(h2).toEqual(catalogue.map((e) => id[e.name]));
		const h3 = document.querySelectorAll('section h3');
		expect(h3).toHaveLength(catalogue.reduce((n, e) => n + e.examples.length, 0));
	});

	it('has no link to a place that is not on the page', () => {
		renderComponent(Gallery, {});
		const targets = [...document.querySelectorAll('a[href^="#"]')].map((a) =>
			decodeURIComponent(a.getAttribute('href')!.slice(1))
		);
		expect(targets.length).toBeGreaterThan(catalogue.length);
		expect(targets.filter((t) => !document.getElementById(t))).toEqual([]);
	});

	it('does not move focus to any of its error summaries', () => {
		renderComponent(Gallery, {});
		expect(document.activeElement).toBe(document.body);
	});

	it('is in English for English readers', () => {
		renderComponent(Gallery, {}, 'en');
		expect(document.querySelector('h1')?.textContent).toBe(en['gallery.heading']);
		expect(document.title).toBe(`${en['gallery.title']} ${en['app.titleSuffix']}`);
	});
});
