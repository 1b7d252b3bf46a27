// The sentence a character count says (CharacterCount.svelte, and a plain page's script in
// $lib/plain/page.ts, which has no dictionary: the page hands it the four sentences).

/** The four sentences, in this order, each with `{count}` left in. */
export const countKeys = ['charCount.remaining', 'charCount.remaining.one', 'charCount.over', 'charCount.over.one'] as const;

/** The sentences for `countKeys`: left, one left, over, one over. */
export type CountWords = readonly string[];

/** Counted as the server counts: a line break is one character (browsers send CR LF). */
export function lengthOf(text: string): number {
	return text.replace(/\r\n?/g, '\n').length;
}

/** What the count says for a text of `length` under `limit`, and whether the text is over it. */
export function countSentence(length: number, limit: number, words: CountWords): { text: string; over: boolean } {
	const [remaining = '', remainingOne = '', overMany = '', overOne = ''] = words;
	const left = limit - length;
	const sentence = left >= 0 ? (left === 1 ? remainingOne : remaining) : -left === 1 ? overOne : overMany;
	return { text: sentence.replaceAll('{count}', String(Math.abs(left))), over: left < 0 };
}
