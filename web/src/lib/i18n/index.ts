// Messages in both languages (plus the easy-read overlay) and the `t(language, key, params)`
// helper. Server code imports this; components use the dictionary the layout sends (see
// context.ts) to keep the client bundle small.
import { en } from './en';
import { id, type MessageKey, type Messages } from './id';
import { idMudah, type ExplainKey } from './id-mudah';
import { format, type Locale, type Params } from './core';

export * from './core';
export type { ExplainKey, MessageKey, Messages };

export const dictionaries: Record<Locale, Messages> = { id, en };

export type Explanations = Record<ExplainKey, string>;

const isExplainKey = (key: string): key is ExplainKey => key.startsWith('explain.');

const easyEntries = Object.entries(idMudah) as Array<[string, string]>;
/** Bahasa Indonesia with the easy-read wording laid over it. */
const easyMessages: Messages = {
	...id,
	...Object.fromEntries(easyEntries.filter(([key]) => !isExplainKey(key)))
};
const explanations = Object.fromEntries(
	easyEntries.filter(([key]) => isExplainKey(key))
) as Explanations;

/** The messages to show: easy-read wording first when it is on (only for Bahasa Indonesia). */
export function messagesFor(locale: Locale, easyRead: boolean): Messages {
	return locale === 'id' && easyRead ? easyMessages : dictionaries[locale];
}

/** The easy-read explanation boxes, or null when easy-read is off. */
export function explanationsFor(locale: Locale, easyRead: boolean): Explanations | null {
	return locale === 'id' && easyRead ? explanations : null;
}

/** A language as a bare locale, or anything shaped like `event.locals` (locale plus settings). */
export type LanguageSource = Locale | { locale: Locale; settings?: { easyRead: boolean } };

/**
 * One message. Pass `event.locals` (not just `locals.locale`) to get the easy-read wording when
 * the person chose it.
 */
export function t(language: LanguageSource, key: MessageKey, params?: Params): string {
	const messages =
		typeof language === 'string'
			? dictionaries[language]
			: messagesFor(language.locale, language.settings?.easyRead ?? false);
	return format(messages[key], params);
}
