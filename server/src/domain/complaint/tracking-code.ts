// Tracking codes a person can read aloud and type on a phone: a regency prefix, five random
// characters and one check character from an alphabet without look-alikes (no 0/O, 1/I/L, U),
// grouped as GWA-7K3P-9Q. The check character catches a single mistyped or swapped character.

export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const BODY_LENGTH = 5;

/** Prefixes for regencies we know; others use SRA (Suara). */
const PREFIXES: Record<string, string> = { "73.06": "GWA", "73.71": "MKS" };

export function trackingPrefix(regencyCode: string): string {
  return PREFIXES[regencyCode] ?? "SRA";
}

function checkCharacter(body: string): string {
  const n = CODE_ALPHABET.length;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    sum += CODE_ALPHABET.indexOf(body[i]!) * (i + 1);
  }
  return CODE_ALPHABET[sum % n]!;
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
  const body = rest.slice(0, BODY_LENGTH);
  if (checkCharacter(body) !== rest[BODY_LENGTH]) return null;
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
