// Simple, testable rules for plain Bahasa Indonesia, held by easy-read.test.ts against every
// easy-read wording and every text listed as already plain: short sentences, no office words
// left unexplained, placeholders kept exactly.

/**
 * Words of the office, not of the street. A text may use one only if it explains it right there:
 * the word followed by a bracket ("instansi (kantor pemerintah)") or by "artinya".
 */
export const officialeseWords = [
	'ditindaklanjuti',
	'menindaklanjuti',
	'tindak lanjut',
	'disposisi',
	'didisposisi',
	'verifikasi',
	'diverifikasi',
	'memverifikasi',
	'instansi',
	'sehubungan',
	'terlampir',
	'berkenaan',
	'dimohon',
	'bersangkutan',
	'perihal',
	'berwenang',
	'diarsipkan',
	'terdampak',
	'dipungut',
	'sepanjang pengetahuan',
	'aspirasi',
	'anonim'
] as const;

/** The longest sentence, in words: easy-read wordings are held tighter than texts listed as plain. */
export const maxWords = { easyRead: 10, plain: 15 } as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (word: string, tail = '') => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])${tail}`, 'iu');

/** The office words a text uses (lower case, in list order). */
export function officialese(text: string): string[] {
	return officialeseWords.filter((word) => wordPattern(word).test(text));
}

/** The text explains the word at its first use: a bracket or "artinya" right after it. */
export function explained(text: string, word: string): boolean {
	const first = text.search(wordPattern(word));
	if (first < 0) return true;
	return wordPattern(word, '\\s*(?:\\(|,?\\s+artinya\\b)').exec(text)?.index === first;
}

/** Sentences end at . ? ! or : followed by a space (so "Contoh: 17 8 2026." is two). */
export function sentences(text: string): string[] {
	return text.split(/(?<=[.?!:])\s+/).filter((s) => s.trim() !== '');
}

/** The sentences of a text longer than `max` words. */
export function longSentences(text: string, max: number): string[] {
	return sentences(text).filter((s) => s.split(/\s+/).filter(Boolean).length > max);
}

const placeholderNames = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));

/** What is wrong with a rewording's placeholders: one lost, one new, or a brace left broken. */
export function placeholderProblems(original: string, rewording: string): string[] {
	const before = placeholderNames(original);
	const after = placeholderNames(rewording);
	const problems = [
		...[...before].filter((name) => !after.has(name)).map((name) => `lost {${name}}`),
		...[...after].filter((name) => !before.has(name)).map((name) => `new {${name}} the page does not fill`)
	];
	const stray = rewording.replace(/\{\w+\}/g, '');
	if (/[{}]/.test(stray)) problems.push(`a broken placeholder in "${rewording}"`);
	return problems;
}
