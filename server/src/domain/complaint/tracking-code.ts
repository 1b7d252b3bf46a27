// Tracking codes a person can read aloud and type on a phone: a regency prefix, five random
// characters and one check character, grouped as GWA-7K3P-9R. The alphabet leaves out
// look-alikes (0/O, 1/I/L, U/V, Z/2) and has 29 characters, a prime, so the check — the six
// characters weighted 1…6 sum to 0 mod 29 — catches every single mistyped character and every
// swap of two neighbours, the check character included.

export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXY";
const BODY_LENGTH = 5;
const MODULUS = CODE_ALPHABET.length; // 29, prime
const INVERSE_OF_SIX = 5; // 6 × 5 = 30 ≡ 1 (mod 29)

/** Prefixes for regencies we know; others use SRA (Suara). */
const PREFIXES = new Map([
  ["73.06", "GWA"],
  ["73.71", "MKS"],
]);

export function trackingPrefix(regencyCode: string): string {
  return PREFIXES.get(regencyCode) ?? "SRA";
}

function weightedSum(characters: string): number {
  let sum = 0;
  for (let i = 0; i < characters.length; i++) sum += CODE_ALPHABET.indexOf(characters[i]!) * (i + 1);
  return sum % MODULUS;
}

/** The character at weight 6 that makes the weighted sum of all six 0 (mod 29). */
function checkCharacter(body: string): string {
  const needed = (MODULUS - ((weightedSum(body) * INVERSE_OF_SIX) % MODULUS)) % MODULUS;
  return CODE_ALPHABET[needed]!;
}

/** `randomIndex(n)` returns an integer in [0, n); pass crypto.randomInt in production. */
export function makeTrackingCode(prefix: string, randomIndex: (n: number) => number): string {
  let body = "";
  for (let i = 0; i < BODY_LENGTH; i++) body += CODE_ALPHABET[randomIndex(CODE_ALPHABET.length)];
  const full = body + checkCharacter(body);
  return `${prefix}-${full.slice(0, 4)}-${full.slice(4)}`;
}

/**
 * Accepts what people type ("gwa 7k3p 9q", "GWA7K3P9Q") and returns the canonical form,
 * or null when it cannot be a tracking code (wrong shape, characters, or check character).
 */
export function normalizeTrackingCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s\-–—.]/g, "");
  const match = /^([A-Z]{3})([0-9A-Z]{6})$/.exec(compact);
  if (!match) return null;
  const [, prefix, rest] = match as unknown as [string, string, string];
  if ([...rest].some((c) => !CODE_ALPHABET.includes(c))) return null;
  if (weightedSum(rest) !== 0) return null;
  return `${prefix}-${rest.slice(0, 4)}-${rest.slice(4)}`;
}

const SECRET_LENGTH = 8;

/** A private PIN for following a complaint without an account: 8 characters, shown as 4-4. */
export function makeAccessSecret(randomIndex: (n: number) => number): string {
  let secret = "";
  for (let i = 0; i < SECRET_LENGTH; i++) secret += CODE_ALPHABET[randomIndex(CODE_ALPHABET.length)];
  return `${secret.slice(0, 4)}-${secret.slice(4)}`;
}

export function normalizeAccessSecret(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s\-–—.]/g, "");
  if (compact.length !== SECRET_LENGTH) return null;
  if ([...compact].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}
