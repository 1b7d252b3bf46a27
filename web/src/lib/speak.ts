// Reading a tracking code or PIN aloud with the browser's speech synthesis, one character at a
// time, so "GWA-7K3P" is heard as letters and digits, not as a word ("ge, we, a, strip, 7, …").

/** The spoken form of a code: each letter by its name from `letterNames` (A…Z), digits as they are, `dash` for "-". */
export function spellForSpeech(code: string, letterNames: readonly string[], dash: string): string {
	return [...code.toUpperCase()]
		.filter((c) => /[A-Z0-9-]/.test(c))
		.map((c) => (c === '-' ? dash : /[A-Z]/.test(c) ? (letterNames[c.charCodeAt(0) - 65] ?? c) : c))
		.join(', ');
}

/** The BCP 47 tag for the page language, for the utterance (a voice of that language is chosen). */
export function speechLang(locale: 'id' | 'en'): string {
	return locale === 'en' ? 'en-GB' : 'id-ID';
}

/** Whether this browser can speak at all (no API, no button). */
export function canSpeak(): boolean {
	return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
}

/** Speaks `text` in `lang`, a little slower than usual, replacing anything still being spoken. */
export function speak(text: string, lang: string): void {
	const utterance = new SpeechSynthesisUtterance(text);
	utterance.lang = lang;
	utterance.rate = 0.8;
	window.speechSynthesis.cancel();
	window.speechSynthesis.speak(utterance);
}
