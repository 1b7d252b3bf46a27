// How fresh a second factor must be for a sensitive action (revealing a hidden identity,
// exporting personal data, changing someone's roles): given in this session within the last
// few minutes. Older, and the person types an authenticator code (or a recovery code) again.

import { Secret, TOTP } from "otpauth";

export const SECOND_FACTOR = {
  /** A code typed this long ago still counts for sensitive actions. */
  freshForMs: 10 * 60_000,
} as const;

export function isSecondFactorFresh(givenAt: Date | null, now: Date): boolean {
  if (!givenAt) return false;
  const age = now.getTime() - givenAt.getTime();
  return age >= 0 && age <= SECOND_FACTOR.freshForMs;
}

// ── Authenticator codes (RFC 6238: six digits, 30-second steps, SHA-1, as every app expects) ──


export const TOTP_PERIOD_S = 30;
/** Codes from one step before or after now are accepted too (a phone's clock a little off). */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

function totp(secretBase32: string): TOTP {
  return new TOTP({ secret: Secret.fromBase32(secretBase32), algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_S });
}

/** The time step a moment falls in. */
export function timeStep(now: Date): number {
  return TOTP.counter({ period: TOTP_PERIOD_S, timestamp: now.getTime() });
}

/** The six-digit code for `now` (the test kit and the demo use it; people use their app). */
export function codeAt(secretBase32: string, now: Date): string {
  return totp(secretBase32).generate({ timestamp: now.getTime() });
}

/** Digits only: spaces and dashes people type between groups are dropped. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, "");
}

export type CodeCheck =
  | { ok: true; step: number }
  | { ok: false; reason: "malformed" | "wrong" | "replayed" };

/**
 * Checks an authenticator code against the secret, one step either side of now. A code whose
 * step is not after `lastStep` (the last one accepted for this account) is refused as replayed:
 * someone who saw it over the person's shoulder cannot use it again. `replayAllowed` lifts that
 * for demo accounts: their secrets are published, and a workshop room signs in to the same demo
 * account from many phones within the same half minute.
 */
export function checkCode(
  secretBase32: string,
  typed: string,
  now: Date,
  lastStep: number | null,
  replayAllowed = false,
): CodeCheck {
  const code = normaliseCode(typed);
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: "malformed" };
  const delta = totp(secretBase32).validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return { ok: false, reason: "wrong" };
  const step = timeStep(now) + delta;
  if (!replayAllowed && lastStep !== null && step <= lastStep) return { ok: false, reason: "replayed" };
  return { ok: true, step };
}

/** A new random secret in base32 (160 bits, the RFC's recommendation for SHA-1). */
export function newSecretBase32(): string {
  return new Secret({ size: 20 }).base32;
}

/** The secret in groups of four for typing into an app by hand ("ABCD EFGH …"). */
export function groupedKey(secretBase32: string): string {
  return secretBase32.match(/.{1,4}/g)?.join(" ") ?? secretBase32;
}

/** The `otpauth://` link an app reads from the QR code. */
export function enrolmentUri(secretBase32: string, issuer: string, account: string): string {
  return new TOTP({ issuer, label: account, secret: Secret.fromBase32(secretBase32), algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_S }).toString();
}

// Recovery codes: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
// two groups of five. 10 characters of 31 give about 50 bits: guessing is hopeless under the
// sign-in limits.
const RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Turns random bytes (at least 10) into a recovery code "ABCDE-FGHJK". */
export function recoveryCodeFrom(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < 10; i++) out += RECOVERY_ALPHABET[bytes[i]! % RECOVERY_ALPHABET.length];
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

/** What a typed recovery code is compared as: upper case, no spaces or dashes. */
export function normaliseRecoveryCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, "");
  return /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/.test(plain) ? plain : null;
}

/** Whether something typed looks like an authenticator code (else it is tried as a recovery code). */
export function looksLikeAuthenticatorCode(typed: string): boolean {
  return /^\d{6}$/.test(normaliseCode(typed));
}

/** Roles whose powers need a second factor: every one but RESIDENT. */
export function needsSecondFactor(role: string): boolean {
  return role !== "RESIDENT";
}
