// The SMS keyword grammar: what a text message asks for. Pure. Forgiving the way people type on a
// basic phone: any case, any spacing, "#", ".", ",", ":" or "*" between words, the keyword glued
// to the next word ("LAPORSOMBAOPU"), a one-letter slip in a keyword of five letters or more
// ("LAPR", "BANTUN"; the short CEK, INFO and STOP must be spelt right). The Bahasa Indonesia keywords answer in Bahasa Indonesia, the English ones
// in English; STOP and INFO are the same in both and answer in Bahasa Indonesia.
import { distance } from "fastest-levenshtein";
import { normalizeAccessSecret, normalizeTrackingCode } from "../complaint/tracking-code.ts";

export type SmsLocale = "id" | "en";
export type FilingKind = "PENGADUAN" | "ASPIRASI" | "PERMINTAAN_INFORMASI";
export type PrivacyWord = "PUBLIC" | "ANONYMOUS" | "CONFIDENTIAL";

export type SmsCommand =
  | { type: "file"; kind: FilingKind; rest: string; locale: SmsLocale }
  | { type: "check"; code: string | null; pin: string | null; locale: SmsLocale }
  | { type: "privacy"; privacy: PrivacyWord; code: string | null; pin: string | null; locale: SmsLocale }
  | { type: "help"; locale: SmsLocale }
  | { type: "stop"; locale: SmsLocale }
  | { type: "start"; locale: SmsLocale }
  /** A bare number: the answer to a numbered list the last reply asked. */
  | { type: "choice"; number: number }
  /** No keyword: perhaps a kecamatan's name answering the list, else the help text. */
  | { type: "other"; text: string };

type Action =
  | { type: "file"; kind: FilingKind }
  | { type: "check" }
  | { type: "privacy"; privacy: PrivacyWord }
  | { type: "help" }
  | { type: "stop" }
  | { type: "start" };

/** Every keyword, in the language it answers in. The README lists the same words. */
export const KEYWORDS: ReadonlyArray<{ word: string; locale: SmsLocale; action: Action }> = [
  { word: "LAPOR", locale: "id", action: { type: "file", kind: "PENGADUAN" } },
  { word: "ADUAN", locale: "id", action: { type: "file", kind: "PENGADUAN" } },
  { word: "ASPIRASI", locale: "id", action: { type: "file", kind: "ASPIRASI" } },
  { word: "INFO", locale: "id", action: { type: "file", kind: "PERMINTAAN_INFORMASI" } },
  { word: "INFORMASI", locale: "id", action: { type: "file", kind: "PERMINTAAN_INFORMASI" } },
  { word: "CEK", locale: "id", action: { type: "check" } },
  { word: "PUBLIK", locale: "id", action: { type: "privacy", privacy: "PUBLIC" } },
  { word: "ANONIM", locale: "id", action: { type: "privacy", privacy: "ANONYMOUS" } },
  { word: "RAHASIA", locale: "id", action: { type: "privacy", privacy: "CONFIDENTIAL" } },
  { word: "BANTUAN", locale: "id", action: { type: "help" } },
  { word: "STOP", locale: "id", action: { type: "stop" } },
  { word: "BERHENTI", locale: "id", action: { type: "stop" } },
  { word: "MULAI", locale: "id", action: { type: "start" } },
  { word: "REPORT", locale: "en", action: { type: "file", kind: "PENGADUAN" } },
  { word: "ASPIRATION", locale: "en", action: { type: "file", kind: "ASPIRASI" } },
  { word: "CHECK", locale: "en", action: { type: "check" } },
  { word: "PUBLIC", locale: "en", action: { type: "privacy", privacy: "PUBLIC" } },
  { word: "ANONYMOUS", locale: "en", action: { type: "privacy", privacy: "ANONYMOUS" } },
  { word: "CONFIDENTIAL", locale: "en", action: { type: "privacy", privacy: "CONFIDENTIAL" } },
  { word: "HELP", locale: "en", action: { type: "help" } },
  { word: "START", locale: "en", action: { type: "start" } },
];

/** What may stand between words besides spaces. Hyphens stay inside words (a code, a PIN). */
const SEPARATORS = /[\s#*.,:;/\\|_+=~]+/;

/** A keyword read from the first word: exactly, with one slip, or glued to the next word. */
function readKeyword(first: string): { entry: (typeof KEYWORDS)[number]; glued: string } | null {
  const word = first.toUpperCase();
  const exact = KEYWORDS.find((k) => k.word === word);
  if (exact) return { entry: exact, glued: "" };
  if (word.length >= 4 && /^[A-Z]+$/.test(word)) {
    const near = KEYWORDS.filter((k) => k.word.length >= 5 && distance(k.word, word) === 1);
    if (near.length === 1) return { entry: near[0]!, glued: "" };
  }
  // The longest keyword the word starts with ("INFORMASI" before "INFO"), the rest is the next word.
  const glued = KEYWORDS.filter((k) => word.startsWith(k.word) && word.length > k.word.length).sort((a, b) => b.word.length - a.word.length)[0];
  return glued ? { entry: glued, glued: first.slice(glued.word.length) } : null;
}

/** A tracking code then a PIN, however they are spaced or split ("GWA 7K3P 9Q ABCD-EFGH", "gwa7k3p9q abcdefgh"). */
export function readCodeAndPin(rest: string): { code: string | null; pin: string | null } {
  const compact = rest.toUpperCase().replace(/[^0-9A-Z]/g, "");
  const code = normalizeTrackingCode(compact.slice(0, 9));
  // Words after the PIN ("… terima kasih") are ignored.
  const pin = compact.length >= 17 ? normalizeAccessSecret(compact.slice(9, 17)) : null;
  return { code, pin };
}

export function parseSms(raw: string): SmsCommand {
  const text = raw.replace(/\r\n?/g, "\n").trim();
  const leading = text.replace(/^[\s#*.,:;/\\|_+=~-]+/, "");
  if (/^\d{1,2}$/.test(leading.replace(/[\s.)]+$/, ""))) return { type: "choice", number: Number(leading.replace(/[\s.)]+$/, "")) };
  const [first = ""] = leading.split(SEPARATORS);
  const keyword = readKeyword(first.replace(/-+$/, ""));
  if (!keyword) return { type: "other", text };
  // The rest as typed (its own separators kept for the story), without the keyword.
  const afterWord = leading.slice(first.length).replace(/^[\s#*.,:;/\\|_+=~-]+/, "");
  const rest = (keyword.glued ? `${keyword.glued} ${afterWord}` : afterWord).trim();
  const { locale, action } = keyword.entry;
  switch (action.type) {
    case "file":
      return { type: "file", kind: action.kind, rest, locale };
    case "check":
      return { type: "check", ...readCodeAndPin(rest), locale };
    case "privacy":
      return { type: "privacy", privacy: action.privacy, ...readCodeAndPin(rest), locale };
    default:
      return { type: action.type, locale };
  }
}

/** The words of a text, without separators (for matching a kecamatan's name). */
export function smsWords(text: string): string[] {
  return text.split(SEPARATORS).filter((w) => w.length > 0);
}

/** The text without its first `count` words (and the separators after them), as typed. */
export function dropWords(text: string, count: number): string {
  let rest = text.replace(/^[\s#*.,:;/\\|_+=~-]+/, "");
  for (let i = 0; i < count; i++) rest = rest.replace(/^[^\s#*.,:;/\\|_+=~]+[\s#*.,:;/\\|_+=~-]*/, "");
  return rest.trim();
}

/** A title from the first words of the text: at most eight words and 60 letters, cut at a word. */
export function smsTitle(story: string): string {
  const words = story.replace(/\s+/g, " ").trim().split(" ").slice(0, 8);
  let title = "";
  for (const word of words) {
    const next = title ? `${title} ${word}` : word;
    if (next.length > 60) break;
    title = next;
  }
  // One enormous first word: cut it.
  if (!title) title = story.trim().slice(0, 60);
  return title.replace(/[\s,.;:!?-]+$/, "");
}
