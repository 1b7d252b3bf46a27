// A plain page's live parts (elements marked `data-live-part`) drawn again from the page as the
// server renders it now, for the tracking page's news (live.ts) and the sahabat's dashboard
// (dashboard.ts). A part whose markup did not change is left as it is. A part holding forms is
// drawn again only when the forms themselves come or go and the person is not in it; any other
// part that had the focus gives it to the same link, button or field in its new copy.
import { subscribe } from '$lib/live';
import { plainData, plainRedrawn } from './routes';

/** A field whose value, choice or selection differs from what the page came with. */
function changed(field: Element): boolean {
	if (field instanceof HTMLInputElement) {
		return field.type === 'checkbox' || field.type === 'radio' ? field.checked !== field.defaultChecked : field.value !== field.defaultValue;
	}
	if (field instanceof HTMLTextAreaElement) return field.value !== field.defaultValue;
	if (field instanceof HTMLSelectElement) return Array.from(field.options).some((option) => option.selected !== option.defaultSelected);
	return false;
}

/** The forms a part holds, by where they post. */
const formsOf = (part: Element) => Array.from(part.querySelectorAll('form'), (form) => form.getAttribute('action')).join(' ');

/**
 * A part with forms is drawn again only when the forms themselves come or go (the rating form once
 * resolved, the reply form once closed), and only while the person is not in it: nothing typed or
 * chosen, no focus, no problem shown at a field (its text came back from the server).
 */
function mayRedrawForms(part: HTMLElement, next: Element): boolean {
	return (
		formsOf(part) !== formsOf(next) &&
		!part.contains(document.activeElement) &&
		!Array.from(part.querySelectorAll('input, textarea, select')).some((field) => changed(field) || field.getAttribute('aria-invalid') === 'true')
	);
}

/** The element in a part's new copy that stands where the focused one stood: by id, else by link. */
function counterpart(focused: Element, drawn: Element): HTMLElement | null {
	if (focused.id) return drawn.querySelector<HTMLElement>(`#${CSS.escape(focused.id)}`);
	const href = focused.getAttribute('href');
	return href === null ? null : drawn.querySelector<HTMLElement>(`a[href="${CSS.escape(href)}"]`);
}

/** Fetches the page anew and draws its live parts again; resolves once they are drawn. */
export async function redraw(): Promise<void> {
	const response = await fetch(location.pathname + location.search, { headers: { accept: 'text/html' }, cache: 'no-store' });
	if (!response.ok) return;
	const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
	for (const part of document.querySelectorAll<HTMLElement>(`[${plainData.livePart}]`)) {
		const name = part.getAttribute(plainData.livePart) ?? '';
		const next = fresh.querySelector(`[${plainData.livePart}="${CSS.escape(name)}"]`);
		if (!next || next.innerHTML === part.innerHTML) continue;
		if (part.hasAttribute(plainData.liveForms) && !mayRedrawForms(part, next)) continue;
		const focused = part.contains(document.activeElement) ? document.activeElement : null;
		const drawn = document.importNode(next, true);
		part.replaceWith(drawn);
		if (focused) counterpart(focused, drawn)?.focus();
		drawn.dispatchEvent(new Event(plainRedrawn, { bubbles: true }));
	}
}

/**
 * Follows a subscription: on each piece of news the live parts are drawn again, then `say(news)`
 * is announced, one piece after the other (each said once its page is drawn; a fetch that fails
 * still says it).
 */
export function redrawOnNews<T>(query: string, variables: Record<string, unknown>, say: (news: T) => string, announce: (message: string) => void): void {
	let drawing = Promise.resolve();
	subscribe<T>(query, variables, (news) => {
		drawing = drawing
			.then(redraw)
			.catch(() => {})
			.then(() => announce(say(news)));
	});
}
