// The current language as an object: t(), dates and numbers, over one language's messages.
// Components get it from Svelte context (context.ts); the plain pages' script builds one over the
// few messages a page carries (it must not load Svelte).
import { format, formatDate, formatNumber, type Locale, type Params } from './core';
import type { MessageKey, Messages } from './id';
import type { ExplainKey } from './id-mudah';

export interface I18n {
	readonly locale: Locale;
	/** Easy-read Bahasa Indonesia is on. `t()` already returns its wording where it has one. */
	readonly easy: boolean;
	t(key: MessageKey, params?: Params): string;
	/** Whether the message files have this key (for keys put together from the API's values). */
	has(key: string): key is MessageKey;
	/** The easy-read explanation for a page or step; undefined when easy-read is off. */
	explain(key: ExplainKey): string | undefined;
	date(value: string): string;
	number(value: number, options?: Intl.NumberFormatOptions): string;
}

/** What the root layout's data carries for the current language. */
export interface I18nSource {
	locale: Locale;
	messages: Messages;
	/** Present only when easy-read is on. */
	explanations?: Partial<Record<ExplainKey, string>> | null;
}

/** An I18n reading from `source` on every call (tests can build one without a layout). */
export function createI18n(source: () => I18nSource): I18n {
	return {
		get locale() {
			return source().locale;
		},
		get easy() {
			return !!source().explanations;
		},
		t: (k, params) => format(source().messages[k], params),
		has: (k): k is MessageKey => Object.hasOwn(source().messages, k),
		explain: (k) => source().explanations?.[k],
		date: (value) => formatDate(source().locale, value),
		number: (value, options) => formatNumber(source().locale, value, options)
	};
}
