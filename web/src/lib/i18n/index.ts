// Messages in both languages and the `t(locale, key, params)` helper. Server code imports this;
// components use the dictionary the layout sends (see context.ts) to keep the client bundle small.
import { en } from './en';
import { id, type MessageKey, type Messages } from './id';
import { format, type Locale, type Params } from './core';

export * from './core';
export type { MessageKey, Messages };

export const dictionaries: Record<Locale, Messages> = { id, en };

export function t(locale: Locale, key: MessageKey, params?: Params): string {
	return format(dictionaries[locale][key], params);
}
