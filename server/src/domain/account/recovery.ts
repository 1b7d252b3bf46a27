// Account recovery ("Lupa kata sandi") as rules: a six-digit one-time code, short-lived, with a
// few tries, and stored only as a keyed hash (six digits are too few to survive an unkeyed
// hash if the table leaked).
import { createHmac, timingSafeEqual } from "node:crypto";

export const RECOVERY = {
  /** Digits in the code: easy to read aloud from an SMS and to type on a phone keypad. */
  digits: 6,
  /** How long a code works. */
  ttlMs: 30 * 60_000,
  /** Wrong tries before the code stops working (a new one must be asked for). */
  maxAttempts: 5,
} as const;

/** A code of `RECOVERY.digits` digits from a source of random integers in [0, n). */
export function makeRecoveryCode(random: (n: number) => number): string {
  let code = "";
  for (let i = 0; i < RECOVERY.digits; i++) code += String(random(10));
  return code;
}

/** Spaces and dashes people add when copying the code from a message do not count. */
export function normalizeRecoveryCode(input: string | null | undefined): string | null {
  const digits = (input ?? "").replace(/[\s-]/g, "");
  return new RegExp(`^\\d{${RECOVERY.digits}}$`).test(digits) ? digits : null;
}

export function hashRecoveryCode(key: Buffer, userId: string, code: string): string {
  return createHmac("sha256", key).update(`recovery:${userId}:${code}`).digest("hex");
}

export function recoveryCodeMatches(key: Buffer, userId: string, code: string, hash: string): boolean {
  const a = Buffer.from(hashRecoveryCode(key, userId, code), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

export type CodeState = { attempts: number; expiresAt: Date; usedAt: Date | null };

/** Whether a stored code can still be tried at all (not spent, not expired, tries left). */
export function isCodeUsable(code: CodeState, now: Date): boolean {
  return code.usedAt === null && code.expiresAt.getTime() > now.getTime() && code.attempts < RECOVERY.maxAttempts;
}
