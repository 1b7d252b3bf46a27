// Which kecamatan an SMS names at the start of its text, typos tolerated. Pure. Names are
// compared without spaces or punctuation ("sombaopu" is Somba Opu), over the first one, two or
// three words; a longer name matched well wins over a shorter one inside it ("Bontonompo Selatan"
// over "Bontonompo"). When two kecamatan fit equally, or none fits, the caller asks back with a
// numbered list: the nearest names first.
import { distance } from "fastest-levenshtein";

export type District = { code: string; name: string };

export type DistrictMatch =
  | { type: "match"; code: string; wordsUsed: number }
  | { type: "unclear"; choices: string[] };

/** At most this many names in a numbered list (one digit to answer; one SMS). */
export const MAX_CHOICES = 9;
const MAX_WORDS = 3;

export const squash = (text: string) =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

/** How many letters may differ: one in a short name, two in a middling one, three in a long one. */
export function tolerance(name: string): number {
  return name.length <= 5 ? 1 : name.length <= 12 ? 2 : 3;
}

export function matchDistrict(words: readonly string[], districts: readonly District[]): DistrictMatch {
  const scored = districts.map((d) => {
    const name = squash(d.name);
    let best: { score: number; words: number; fits: boolean } = { score: Number.POSITIVE_INFINITY, words: 0, fits: false };
    for (let k = 1; k <= Math.min(MAX_WORDS, words.length); k++) {
      const typed = squash(words.slice(0, k).join(""));
      if (!typed) continue;
      const d0 = distance(typed, name);
      const fits = d0 <= tolerance(name);
      // Each further word matched counts for one and a half letters: "bontonompo selatn" is
      // Bontonompo Selatan (one slip, two words), not Bontonompo (exact, one word).
      const score = d0 - 1.5 * (k - 1);
      if ((fits && !best.fits) || (fits === best.fits && score < best.score)) best = { score, words: k, fits };
    }
    return { code: d.code, ...best };
  });
  const fitting = scored.filter((s) => s.fits).sort((a, b) => a.score - b.score);
  const top = fitting[0];
  if (top && (fitting.length === 1 || fitting[1]!.score > top.score)) return { type: "match", code: top.code, wordsUsed: top.words };
  const tied = top ? fitting.filter((s) => s.score === top.score) : [];
  const nearest = tied.length > 1 ? tied : [...scored].sort((a, b) => a.score - b.score);
  return { type: "unclear", choices: nearest.slice(0, MAX_CHOICES).map((s) => s.code) };
}

/** A kecamatan named anywhere in a text, exactly (spaces aside); null unless exactly one is. */
export function districtNamedIn(text: string, districts: readonly District[]): string | null {
  const squashed = squash(text);
  const found = districts.filter((d) => squashed.includes(squash(d.name)));
  // "Bontonompo Selatan" also contains "Bontonompo": the longer name is the one meant.
  const longest = found.filter((d) => !found.some((o) => o !== d && squash(o.name).includes(squash(d.name))));
  return longest.length === 1 ? longest[0]!.code : null;
}

/** How many of the first words name this kecamatan (within the tolerance); 0: they do not. */
export function wordsNaming(words: readonly string[], name: string): number {
  const target = squash(name);
  let best = { score: Number.POSITIVE_INFINITY, words: 0 };
  for (let k = 1; k <= Math.min(MAX_WORDS, words.length); k++) {
    const d0 = distance(squash(words.slice(0, k).join("")), target);
    const score = d0 - 1.5 * (k - 1);
    if (d0 <= tolerance(target) && score < best.score) best = { score, words: k };
  }
  return best.words;
}
