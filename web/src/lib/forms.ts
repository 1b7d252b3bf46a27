// Client helpers for forms enhanced with `use:enhance`: the form still works without JavaScript.
import { tick } from 'svelte';
import type { SubmitFunction } from '@sveltejs/kit';
import { isNetworkFailure } from './network';

/** SvelteKit leaves focus on <body> after an enhanced submit: put it on the error summary. */
export async function focusErrorSummary() {
	await tick();
	document.getElementById('error-summary')?.focus();
}

/**
 * Submit handler for `use:enhance`: ignores a second submit while one is on its way (the
 * server also deduplicates), applies the result, and focuses the error summary on failure.
 */
export function enhanceWithFocus(
	options: {
		onPending?: (pending: boolean) => void;
		clearOnFailure?: string[];
		/** "Galat:" / "Error:" — put on the title before SvelteKit's announcer reads it. */
		errorTitlePrefix?: string;
		/**
		 * The request never reached the server (no connection). Without this, SvelteKit shows
		 * the error page, which blames the server and drops the form; with it, the page stays.
		 */
		onNetworkError?: () => void;
	} = {}
): SubmitFunction {
	const { onPending, clearOnFailure = [], errorTitlePrefix, onNetworkError } = options;
	let pending = false;
	return ({ cancel, formElement }) => {
		if (pending) {
			cancel();
			return;
		}
		pending = true;
		onPending?.(true);
		return async ({ result, update }) => {
			try {
				if (result.type === 'error' && onNetworkError && isNetworkFailure(result.error)) {
					onNetworkError();
					return;
				}
				// SvelteKit's route announcer reads document.title a tick after its first page
				// update, before the page has re-rendered with the errors: give the title its
				// error prefix now, so a screen reader hears "Galat: …" and not the old title.
				if (result.type === 'failure' && errorTitlePrefix && !document.title.startsWith(errorTitlePrefix)) {
					document.title = `${errorTitlePrefix} ${document.title}`;
				}
				await update({ reset: false });
				if (result.type === 'failure') {
					// As after a full page load: a password is never put back into the page.
					for (const name of clearOnFailure) {
						const field = formElement.elements.namedItem(name);
						if (field instanceof HTMLInputElement) field.value = '';
					}
					await focusErrorSummary();
				}
			} finally {
				pending = false;
				onPending?.(false);
			}
		};
	};
}

/**
 * Whether a failed submit never reached the server: the phone is offline, or fetch itself failed
 * (a TypeError, as opposed to an error page the server sent).
 */
export { isNetworkFailure };
