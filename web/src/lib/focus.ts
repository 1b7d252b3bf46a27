// Where keyboard and screen-reader focus goes after a client-side navigation. SvelteKit leaves it
// on <body>, which makes a screen reader start again from the top of the page and a keyboard user
// tab through the whole header again. The root layout calls this from `afterNavigate`.
import type { AfterNavigate } from '@sveltejs/kit';

/** The error summary of a form with problems (the components mark it with this attribute). */
const errorSummarySelector = '[data-error-summary], #error-summary';

/** The element a person should land on in a page just shown: its error summary, else its heading. */
export function pageFocusTarget(root: ParentNode): HTMLElement | null {
	return (
		root.querySelector<HTMLElement>(errorSummarySelector) ??
		root.querySelector<HTMLElement>('main h1') ??
		root.querySelector<HTMLElement>('main')
	);
}

/**
 * Focuses an element even if it is not focusable by itself (a heading): it gets tabindex="-1"
 * until it loses focus again, so a later click on the heading does not select it.
 */
export function focusElement(element: HTMLElement): void {
	if (!element.hasAttribute('tabindex') && element.tabIndex < 0) {
		element.setAttribute('tabindex', '-1');
		element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
	}
	// SvelteKit has already scrolled (to the top, or back to where the person was).
	element.focus({ preventScroll: true });
}

/**
 * After a navigation (not the first page load): if nothing took focus yet, put it on the URL's
 * #fragment target, else the error summary, else the page's <h1>. Focus already placed by
 * someone else (an autofocused error summary, a form's own handler, `keepFocus`) is left alone.
 */
export function focusAfterNavigation(
	navigation: Pick<AfterNavigate, 'type' | 'to'>,
	doc: Document = document
): void {
	if (navigation.type === 'enter') return;
	const active = doc.activeElement;
	if (active && active !== doc.body && active !== doc.documentElement) return;

	const hash = navigation.to?.url.hash.slice(1);
	const fragment = hash ? doc.getElementById(decodeURIComponent(hash)) : null;
	const target = fragment ?? pageFocusTarget(doc);
	if (target) focusElement(target);
}
