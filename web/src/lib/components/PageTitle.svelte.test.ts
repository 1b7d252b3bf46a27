// The page title: "<page> – Suara", with "Galat:" / "Error:" first when the form has errors.
import { cleanup } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { pageTitleEntry } from './catalogue';
import { pageTitle } from './page-title';
import PageTitle from './PageTitle.svelte';
import { testI18n } from './testing/i18n';
import { renderComponent, renderExample } from './testing/render';

afterEach(() => cleanup());

const expected: Record<string, string> = {
	'ex-pagetitle-plain': 'Buat laporan – Suara',
	'ex-pagetitle-error': 'Galat: Buat laporan – Suara'
};

describe.each(pageTitleEntry.examples)('$id', (example) => {
	it('sets the document title', () => {
		renderExample(pageTitleEntry, example);
		expect(document.title).toBe(expected[example.id]);
	});

	it('is what the gallery shows for it', () => {
		const props = example.props(testI18n());
		expect(pageTitle(testI18n(), props.title, props.hasErrors)).toBe(expected[example.id]);
	});
});

it('says "Error:" in English', () => {
	renderComponent(PageTitle, { title: 'Make a report', hasErrors: true }, 'en');
	expect(document.title).toBe('Error: Make a report – Suara');
});
