// The current language for components: the root layout puts it in Svelte context from its data.
import { getContext, setContext } from 'svelte';
import { createI18n, type I18n, type I18nSource } from './create';

export { createI18n, type I18n, type I18nSource };

const key = Symbol('i18n');

export function setI18n(source: () => I18nSource): I18n {
	const i18n = createI18n(source);
	setContext(key, i18n);
	return i18n;
}

export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(key);
	if (!i18n) throw new Error('getI18n() called outside the root layout');
	return i18n;
}
