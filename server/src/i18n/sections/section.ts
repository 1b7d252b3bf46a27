/** A part of the API's message catalogue: the same keys in both languages (a unit test checks). */
export type Section = { id: Record<string, string>; en: Record<string, string> };
