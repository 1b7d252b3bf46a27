// Redaction before a complaint is published: the verifier picks the exact phrases to hide (names
// and numbers of third parties), each replaced everywhere in the title and story by a visible
// marker; the rules here also suggest phrases that look like a phone number, an e-mail address or
// a person named with an honorific, for the verifier to confirm (never applied on their own), and
// turn a photo grid's ticked cells into the rectangles the server blurs. Pure: no I/O.
import { normalizePhone } from "../shared/phone.ts";

/**
 * The marker stored in the public text where a phrase was hidden. It is one fixed Indonesian
 * word in every language: the public title and story are stored once and are the reporter's own
 * words, never translated, so an English reader sees the reporter's Indonesian with this word in
 * it too. Rewriting it per reader would also rewrite a reporter who typed "[disamarkan]"
 * themselves; instead the pages explain the marker beside the story in the reader's language.
 */
export const REDACTION_MARKER = "[disamarkan]";

/** At most this many phrases, each at most this long: a verifier hides names, not paragraphs. */
export const REDACTION_LIMITS = { phrases: 30, phraseLength: 100 } as const;

export type RedactionSuggestionKind = "PHONE" | "EMAIL" | "NAME";
export type RedactionSuggestion = { text: string; kind: RedactionSuggestionKind };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A phrase as the verifier typed or ticked it: spaces tidied; empty when nothing is left. */
export function cleanPhrase(phrase: string): string {
  return phrase.replace(/\s+/g, " ").trim();
}

/**
 * The distinct phrases to hide (tidied, compared without case), longest first so a longer phrase
 * ("Budi Santoso") is hidden whole before a shorter one inside it ("Budi").
 */
export function redactionPhrases(phrases: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const raw of phrases) {
    const phrase = cleanPhrase(raw);
    if (phrase && phrase !== REDACTION_MARKER && !byKey.has(phrase.toLowerCase())) byKey.set(phrase.toLowerCase(), phrase);
  }
  return [...byKey.values()].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/**
 * The text with every occurrence of every phrase replaced by the marker: without regard to case,
 * and across any run of spaces or line breaks inside the phrase (a name split over two lines).
 */
export function redactText(text: string, phrases: Iterable<string>): string {
  const ordered = redactionPhrases(phrases);
  if (ordered.length === 0) return text;
  const patterns = ordered.map((p) => p.split(" ").map(escapeRegExp).join("\\s+"));
  return text.replace(new RegExp(patterns.join("|"), "giu"), REDACTION_MARKER);
}

/** The public title and story for a list of phrases: null for a text the phrases leave as it was. */
export function redactComplaintText(
  complaint: { title: string; story: string },
  phrases: Iterable<string>,
): { publicTitle: string | null; publicStory: string | null } {
  const list = [...phrases];
  const title = redactText(complaint.title, list);
  const story = redactText(complaint.story, list);
  return { publicTitle: title === complaint.title ? null : title, publicStory: story === complaint.story ? null : story };
}

/**
 * The phrases a redacted text hides, read back from the original and its public version (so the
 * verifier's page can show what is already hidden, and a title tidied later is hidden the same
 * way). The text between two markers is found in the original in order; what the markers stand
 * for is what lies between.
 */
export function hiddenPhrases(original: string, redacted: string | null): string[] {
  if (redacted === null || !redacted.includes(REDACTION_MARKER)) return [];
  const [head, ...rest] = redacted.split(REDACTION_MARKER);
  if (!original.startsWith(head!)) return [];
  const found: string[] = [];
  let start = head!.length;
  for (const [i, piece] of rest.entries()) {
    const last = i === rest.length - 1;
    // Two markers side by side: what they hide is read as one phrase with the next piece.
    if (piece === "" && !last) continue;
    // The last piece is the end of the text: it is found there, not where it first appears.
    const at = last ? original.length - piece.length : original.indexOf(piece, start + 1);
    if (at <= start || (last && !original.endsWith(piece))) return [];
    found.push(original.slice(start, at));
    start = at + piece.length;
  }
  const phrases = redactionPhrases(found);
  // Read back right only when hiding them again gives the same public text.
  return redactText(original, phrases) === redacted ? phrases : [];
}

// ───────────────────────────── suggestions ─────────────────────────────

/** 08…, +62…, 62… with spaces, dashes, dots or a bracketed area code between the digits. */
const PHONE_CANDIDATE = /(?<![\w+(])\(?(?:\+62|62|0)[\s\-.]*\(?\d[\d\s\-.()]{5,20}\d(?!\w)/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/**
 * An honorific and a name: "Pak Budi", "Bu Siti Aminah", "Bapak H. Ramli", "Sdr. Andi". A name is
 * one to three words starting with a capital letter (a single capital and a dot for an initial).
 */
const HONORIFIC_NAME =
  /(?<![\p{L}\p{N}])(?:Pak|Bu|Bapak|Ibu|Sdr|Sdri|Saudara|Saudari)\.?\s+((?:\p{Lu}\.\s*)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})/gu;
/** Words after an honorific that name an office, not a person ("Pak Lurah", "Bu Camat"). */
const OFFICES = new Set([
  "lurah", "camat", "kades", "kepala", "desa", "dusun", "rt", "rw", "bupati", "wakil", "sekdes", "dokter", "bidan", "guru",
  "polisi", "satpam", "ketua", "kadis", "kabid", "direktur", "mantri", "ustaz", "imam", "haji", "hajjah",
]);

function nameSuggestion(name: string): string | null {
  const words = cleanPhrase(name).split(" ");
  if (OFFICES.has(words[0]!.toLowerCase().replace(/\.$/, ""))) return null;
  return words.join(" ");
}

/**
 * Phrases that look like a third party's contact or name, in the order they first appear, each
 * once (compared without case). Only suggestions: the verifier ticks or unticks each.
 */
export function suggestRedactions(texts: readonly string[]): RedactionSuggestion[] {
  const found: (RedactionSuggestion & { at: number; source: number })[] = [];
  texts.forEach((text, source) => {
    for (const m of text.matchAll(PHONE_CANDIDATE)) {
      const candidate = m[0].replace(/[\s\-.(]+$/, "");
      if (normalizePhone(candidate)) found.push({ text: candidate, kind: "PHONE", at: m.index, source });
    }
    for (const m of text.matchAll(EMAIL)) found.push({ text: m[0], kind: "EMAIL", at: m.index, source });
    for (const m of text.matchAll(HONORIFIC_NAME)) {
      const name = nameSuggestion(m[1]!);
      if (name) found.push({ text: name, kind: "NAME", at: m.index + m[0].indexOf(m[1]!), source });
    }
  });
  found.sort((a, b) => a.source - b.source || a.at - b.at);
  const seen = new Set<string>();
  const result: RedactionSuggestion[] = [];
  for (const { text, kind } of found) {
    const key = text.toLowerCase();
    // An e-mail address holds no phone; a phone found inside an e-mail address is not offered twice.
    if (seen.has(key) || result.some((r) => r.kind === "EMAIL" && r.text.toLowerCase().includes(key))) continue;
    seen.add(key);
    result.push({ text, kind });
  }
  return result;
}

// ───────────────────────────── photo regions ─────────────────────────────

/** A rectangle of a photo as fractions of its width and height (so it holds for any size of it). */
export type Region = { x: number; y: number; w: number; h: number };

/**
 * Rows and columns of the grid a verifier ticks cells of, without JavaScript: 4 × 4 keeps every
 * cell a large enough target over a 320 px thumbnail on a phone.
 */
export const GRID_SIZE = 4;

/** At most this many rectangles per photo (a 6 × 6 grid's worth, for rectangles drawn by hand). */
export const MAX_REGIONS = 36;

/** A region clipped to the picture; null when it is outside it, empty, or not a number. */
export function clampRegion(region: Region): Region | null {
  const values = [region.x, region.y, region.w, region.h];
  if (!values.every(Number.isFinite)) return null;
  if (region.x >= 0 && region.y >= 0 && region.w > 0 && region.h > 0 && region.x + region.w <= 1 && region.y + region.h <= 1) return { ...region };
  const x = Math.min(Math.max(region.x, 0), 1);
  const y = Math.min(Math.max(region.y, 0), 1);
  const right = Math.min(Math.max(region.x + region.w, 0), 1);
  const bottom = Math.min(Math.max(region.y + region.h, 0), 1);
  if (right - x <= 0 || bottom - y <= 0) return null;
  return { x, y, w: right - x, h: bottom - y };
}

/** One grid cell (row and column from 1) as a region. */
export function cellRegion(row: number, column: number, size: number = GRID_SIZE): Region | null {
  if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1 || row > size || column > size) return null;
  return { x: (column - 1) / size, y: (row - 1) / size, w: 1 / size, h: 1 / size };
}

/**
 * A region in pixels of a picture of this size, grown outward to whole pixels (a face on a cell's
 * edge is covered, never left a pixel short).
 */
export function pixelBox(region: Region, width: number, height: number): { left: number; top: number; width: number; height: number } | null {
  const clamped = clampRegion(region);
  if (!clamped) return null;
  const left = Math.floor(clamped.x * width);
  const top = Math.floor(clamped.y * height);
  const right = Math.min(width, Math.ceil((clamped.x + clamped.w) * width));
  const bottom = Math.min(height, Math.ceil((clamped.y + clamped.h) * height));
  if (right <= left || bottom <= top) return null;
  return { left, top, width: right - left, height: bottom - top };
}
