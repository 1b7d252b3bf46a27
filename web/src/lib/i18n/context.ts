// The current language for components: the root layout puts it in Svelte context from its data.
import { getContext, setContext } from 'svelte';
import { format, formatDate, type Locale, type Params } from './core';
import type { MessageKey, Messages } from './id';

export interface I18n {
	readonly locale: Locale;
	t(key: MessageKey, params?: Params): string;
	date(value: string): string;
}

const key = Symbol('i18n');

export function setI18n(source: () => { locale: Locale; messages: Messages }): I18n {
	const i18n: I18n = {
		get locale() {
			return source().locale;
		},
		t: (k, params) => format(source().messages[k], params),
		date: (value) => formatDate(source().locale, value)
	};
	setContext(key, i18n);
	return i18n;
}

export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(key);
	if (!i18n) throw new Error('getI18n() called outside the root layout');
	return i18n;
}
