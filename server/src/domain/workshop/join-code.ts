// Workshop join codes: 8 characters from a 32-character alphabet without look-alikes (no I, L,
// O or U: Crockford's base 32), 40 bits, shown as two groups "K7QM-4PXR". At the shared abuse
// limit (a few dozen wrong codes per client per quarter hour) and a handful of open workshops,
// guessing one takes longer than any workshop lasts. What people type is normalised: spaces,
// dashes and case ignored, O read as 0 and I or L as 1.

export const JOIN_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const JOIN_CODE_LENGTH = 8;

/** A new code from `JOIN_CODE_LENGTH` random bytes (256 is a multiple of 32: no bias). */
export function makeJoinCode(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_LENGTH) throw new Error(`need ${JOIN_CODE_LENGTH} random bytes`);
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[bytes[i]! % JOIN_CODE_ALPHABET.length];
  return code;
}

const CONFUSIONS: Record<string, string> = { O: "0", I: "1", L: "1", U: "V" };

/**
 * The stored form of what someone typed, or null when it cannot be a code (wrong length or a
 * character outside the alphabet after the usual confusions are undone).
 */
export function normaliseJoinCode(typed: string): string | null {
  const compact = typed
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-–—_.·]/g, "");
  let code = "";
  for (const ch of compact) {
    const fixed = CONFUSIONS[ch] ?? ch;
    if (!JOIN_CODE_ALPHABET.includes(fixed)) return null;
    code += fixed;
  }
  return code.length === JOIN_CODE_LENGTH ? code : null;
}

/** "K7QM4PXR" → "K7QM-4PXR" (how it is shown and printed). */
export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

const DIGITS = {
  id: ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"],
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
} as const;

/** Letter names as they are said aloud in Bahasa Indonesia (A "a", K "ka", Q "ki" …). */
const LETTERS_ID: Record<string, string> = {
  A: "a", B: "be", C: "ce", D: "de", E: "e", F: "ef", G: "ge", H: "ha", J: "je", K: "ka", M: "em", N: "en",
  P: "pe", Q: "ki", R: "er", S: "es", T: "te", V: "fe", W: "we", X: "eks", Y: "ye", Z: "zet",
};
const LETTERS_EN: Record<string, string> = {
  A: "A", B: "B", C: "C", D: "D", E: "E", F: "F", G: "G", H: "H", J: "J", K: "K", M: "M", N: "N",
  P: "P", Q: "Q", R: "R", S: "S", T: "T", V: "V", W: "W", X: "X", Y: "Y", Z: "Z",
};

export type SpelledCharacter = { character: string; word: string };

/** Each character with the word to read it aloud by, for those who cannot scan or see small text. */
export function spellJoinCode(code: string, locale: "id" | "en"): SpelledCharacter[][] {
  const groups = formatJoinCode(code).split("-");
  return groups.map((group) =>
    [...group].map((character) => {
      const digit = "0123456789".indexOf(character);
      const word = digit >= 0 ? DIGITS[locale][digit]! : (locale === "id" ? LETTERS_ID : LETTERS_EN)[character] ?? character;
      return { character, word };
    }),
  );
}

/** The whole code in words, groups apart: "ka, tujuh, ki, em — empat, pe, er, eks". */
export function spokenJoinCode(code: string, locale: "id" | "en"): string {
  return spellJoinCode(code, locale)
    .map((group) => group.map((c) => c.word).join(", "))
    .join(" — ");
}
