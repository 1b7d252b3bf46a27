// For tests only: the app's messages whole, and a page's carried subset of them that throws on a
// key it lacks (a kept page that draws words offline must carry every message it may say).
import { createI18n, type I18n } from './create';
import type { Locale } from './core';
import type { MessageKey, Messages } from './id';
import { dictionaries } from './index';

/** Every message of the language. */
export const fullI18n = (locale: Locale): I18n => createI18n(() => ({ locale, messages: dictionaries[locale] }));

/** Only the messages `words` carries: a key it lacks throws, naming `page`, rather than showing "undefined". */
export function carriedI18n(locale: Locale, words: Partial<Record<MessageKey, string>>, page: string): I18n {
	const messages = new Proxy(words, {
		get: (target, key: string) => {
			if (!(key in target)) throw new Error(`${page} lacks the message ${key}`);
			return target[key as keyof typeof target];
		}
	}) as Messages;
	return createI18n(() => ({ locale, messages }));
}
