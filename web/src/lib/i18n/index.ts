// Messages in both languages (plus the easy-read overlay) and the `t(language, key, params)`
// helper. Server code imports this; components use the dictionary the root layout's load reads
// (on the server from here, in the browser from its own file: dictionary.ts; see
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

/**
 * Groups of messages only a few pages read. Every phone downloads the shared dictionary (a file
 * of its own, kept until its words change), so these stay out of it and come with the pages that
 * use them (`scopedMessages` in their load, merged in by the root layout). The short
 * links other pages show stay in the shared dictionary.
 */
const inGroup = (group: string, keepShared: string[] = []) => (key: string) =>
	key.startsWith(`${group}.`) && !keepShared.some((rest) => key.slice(group.length + 1).startsWith(rest));
const SCOPES = {
	// The links to these pages, and the reporter's notice of a reveal, are shown elsewhere.
	twoStep: inGroup('twoStep', ['link', 'confirm.link']),
	reveal: inGroup('reveal', ['link', 'notice.']),
	data: inGroup('data'),
	erase: inGroup('erase')
} as const;
export type MessageScope = keyof typeof SCOPES;
const scoped = (key: string) => Object.values(SCOPES).some((inScope) => inScope(key));

const shared = new Map<Messages, Messages>();
/** A dictionary without its scoped groups (made once per dictionary). */
function sharedPart(messages: Messages): Messages {
	let part = shared.get(messages);
	if (!part) {
		part = Object.fromEntries(Object.entries(messages).filter(([key]) => !scoped(key))) as Messages;
		shared.set(messages, part);
	}
	return part;
}

/** The full dictionary to show: easy-read wording first when it is on (only for Bahasa Indonesia). */
function dictionaryFor(locale: Locale, easyRead: boolean): Messages {
	return locale === 'id' && easyRead ? easyMessages : dictionaries[locale];
}

/** The dictionary every page reads (dictionary.ts): the messages without the scoped groups. */
export function messagesFor(locale: Locale, easyRead: boolean): Messages {
	return sharedPart(dictionaryFor(locale, easyRead));
}

/** The scoped groups a page reads, for its load to return as `scopedMessages`. */
export function scopedMessages(language: { locale: Locale; settings?: { easyRead: boolean } }, scopes: MessageScope[]): Partial<Messages> {
	const messages = dictionaryFor(language.locale, language.settings?.easyRead ?? false);
	return Object.fromEntries(Object.entries(messages).filter(([key]) => scopes.some((scope) => SCOPES[scope](key)))) as Partial<Messages>;
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
			: dictionaryFor(language.locale, language.settings?.easyRead ?? false);
	return format(messages[key], params);
}
