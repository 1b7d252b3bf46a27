// The messages of the page's language join the layout's data. On the server they come from the
// message files; in the browser from the dictionary file the server named (its HTML carries none
// of it, and the browser keeps the file: $lib/i18n/dictionary.ts).
import { loadDictionary } from '$lib/i18n/dictionary';
import type { Messages } from '$lib/i18n/id';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ data }) => {
	// import.meta.env.SSR is a literal in each build: the browser's has no path to the dictionaries.
	const messages: Messages = import.meta.env.SSR
		? (await import('$lib/i18n')).messagesFor(data.locale, data.settings.easyRead)
		: await loadDictionary(data.dictionary);
	return { ...data, messages };
};
