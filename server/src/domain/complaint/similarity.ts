// How alike two short complaint texts are, for catching a duplicate before it is filed and for the
// verifier's "likely duplicates". Pure: normalise (case, punctuation), drop the words every
// Indonesian complaint uses, then a Dice coefficient over the character trigrams of the remaining
// words, so "berlubang" still meets "lubang" and a typo costs one trigram, not the whole word.
import { isOpen, type Status } from "./status.ts";

/**
 * Words that say nothing about which problem it is: function words, positions ("di depan",
 * "dekat"), what every complaint says ("mohon", "tolong", "sudah lama") and the state every
 * complaint is about ("rusak", "parah"). Kept short on purpose: a word like "jalan" or "lampu" is
 * the problem itself and must count.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  "di", "ke", "dari", "dan", "atau", "yang", "ini", "itu", "ada", "dengan", "untuk", "pada", "dalam",
  "oleh", "karena", "juga", "sudah", "telah", "belum", "masih", "akan", "sangat", "sekali", "banyak",
  "tidak", "tak", "ya", "pak", "bu", "ibu", "bapak", "kami", "saya", "kita", "mereka", "warga", "kak",
  "depan", "dekat", "samping", "belakang", "sekitar", "seberang", "area", "daerah", "lokasi",
  "mohon", "tolong", "segera", "harap", "agar", "supaya", "bisa", "dapat", "lama", "sejak", "hari",
  "minggu", "bulan", "tahun", "lagi", "jadi", "kalau", "jika", "tapi", "namun", "setiap", "semua",
  "rusak", "parah", "kondisi", "masalah", "nya", "pun", "lah", "kah", "the", "a", "an", "of", "in", "at", "on", "near", "and", "is", "to",
]);

const NO_WORDS: ReadonlySet<string> = new Set();

/** Lower case, accents and punctuation gone: the words of a text in order. */
export function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The words that can tell one problem from another: common words and `ignore` dropped. */
export function significantWords(text: string, ignore: ReadonlySet<string> = NO_WORDS): string[] {
  return words(text).filter((word) => !COMMON_WORDS.has(word) && !ignore.has(word));
}

/** The set of character trigrams of each word, padded with a space either side (" sd", "sd "). */
export function trigrams(text: string, ignore: ReadonlySet<string> = NO_WORDS): Set<string> {
  const grams = new Set<string>();
  for (const word of significantWords(text, ignore)) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|) of two sets; 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const gram of small) if (large.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** How alike two texts are, from 0 (nothing shared) to 1 (the same words). Symmetric. */
export function similarity(a: string, b: string): number {
  return dice(trigrams(a), trigrams(b));
}

/**
 * At or above this, two complaints of the same place and category are shown as likely the same.
 * Measured on the pairs in similarity.test.ts: rewordings of one problem ("jalan berlubang di
 * depan SD Somba Opu" / "Jalan rusak berlubang dekat SD Somba Opu") score 0.54–1, different
 * problems that share a word ("lampu jalan mati" / "jalan berlubang") 0–0.36. 0.5 sits between,
 * nearer the rewordings: a false match costs the resident one "Bukan, lanjutkan" on a slow phone,
 * a missed one costs a verifier a merge later, which is cheaper than many false pages.
 */
export const SIMILARITY_THRESHOLD = 0.5;

/** Texts shorter than this many trigrams say too little to compare ("rusak"). */
const MIN_TRIGRAMS = 6;

export type ComplaintText = { title: string; story: string };

/**
 * How alike a draft is to an existing complaint: the better of title against title and the whole
 * text against the whole text (a long story dilutes a matching title, and a draft may have a story
 * that says what another complaint's title says). `ignore`: words every candidate shares anyway,
 * the names of the kecamatan and desa they were all found in ("Jembatan rusak di Bontomarannu" is
 * not "Jalan rusak di Bontomarannu").
 */
export function duplicateScore(draft: ComplaintText, candidate: ComplaintText, ignore: ReadonlySet<string> = NO_WORDS): number {
  const whole = (c: ComplaintText) => `${c.title} ${c.story}`;
  const draftWhole = trigrams(whole(draft), ignore);
  if (draftWhole.size < MIN_TRIGRAMS) return 0;
  return Math.max(dice(trigrams(draft.title, ignore), trigrams(candidate.title, ignore)), dice(draftWhole, trigrams(whole(candidate), ignore)));
}

/** The words of place names, to pass as `ignore`. */
export function placeWords(...names: (string | null | undefined)[]): Set<string> {
  return new Set(names.flatMap((name) => (name ? words(name) : [])));
}

/**
 * The candidates at or above the threshold, best first (newest first among equals), at most
 * `limit`. Candidates carry their own `submittedAt` so the order is decided here, not by the query.
 */
export function likelyDuplicates<T extends ComplaintText & { submittedAt: Date }>(
  draft: ComplaintText,
  candidates: readonly T[],
  limit: number,
  ignore: ReadonlySet<string> = NO_WORDS,
): (T & { score: number })[] {
  return candidates
    .map((candidate) => ({ ...candidate, score: duplicateScore(draft, candidate, ignore) }))
    .filter((c) => c.score >= SIMILARITY_THRESHOLD)
    .sort((a, b) => b.score - a.score || b.submittedAt.getTime() - a.submittedAt.getTime())
    .slice(0, limit);
}

/**
 * Whether a complaint in this status is still a problem someone could be told "this is already
 * reported": open, and not handed back as solved. A resolved one waits only for the reporter's
 * word, so a neighbour with the same problem files anew (or reopens through the reporter).
 */
export function isDuplicateCandidateStatus(status: Status): boolean {
  return isOpen(status) && status !== "RESOLVED";
}
