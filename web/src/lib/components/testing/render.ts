// Test-only helpers: render a catalogue example, hear it through the virtual screen reader, and
// check the markup every example must get right (unique ids, references that resolve).
import { virtual } from '@guidepup/virtual-screen-reader';
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { expect } from 'vitest';
import type { Locale } from '$lib/i18n/core';
import type { CatalogueEntry, Example } from '../catalogue';
import Harness from './Harness.svelte';
import { testI18n } from './i18n';

export function renderComponent(
	component: Component<any>,
	props: Record<string, unknown>,
	locale: Locale = 'id'
) {
	return render(Harness, { component, shownProps: props, locale });
}

export function renderExample(entry: CatalogueEntry, example: Example<any>, locale: Locale = 'id') {
	return renderComponent(entry.component, { ...example.props(testI18n(locale)) }, locale);
}

/**
 * Moves the virtual screen reader through the whole document, one item at a time, and returns
 * everything it said. Bounded: stops at the end of the document or after `max` steps.
 */
export async function hearAll(max = 150): Promise<string[]> {
	await virtual.start({ container: document.body });
	for (let step = 0; step < max; step++) {
		await virtual.next();
		if ((await virtual.lastSpokenPhrase()) === 'end of document') break;
	}
	return virtual.spokenPhraseLog();
}

/** Ids are unique, and every id that markup refers to exists. */
export function expectWellFormed(root: ParentNode = document.body): void {
	const ids = [...root.querySelectorAll('[id]')].map((el) => el.id);
	expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'duplicate ids').toEqual([]);
	const refs = [...root.querySelectorAll('[aria-describedby], [aria-labelledby], label[for]')].flatMap(
		(el) =>
			['aria-describedby', 'aria-labelledby', 'for'].flatMap((attr) =>
				(el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)
			)
	);
	const missing = refs.filter((id) => !document.getElementById(id));
	expect(missing, 'references to ids that do not exist').toEqual([]);
}
