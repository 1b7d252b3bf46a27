// One-time codes sent by SMS or e-mail as rules: six digits, short-lived, a few tries, stored only
// as a keyed hash (six digits are too few to survive an unkeyed hash if the table leaked), spent
// once used. Sign-up, account recovery and support without an account ("saya juga mengalami") use
// them; each binds its codes to a scope (the purpose and the contact) so a code for one thing never
// works for another.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { FieldIssue } from "../shared/field-issue.ts";
import { type Contact, parseContact } from "./contact.ts";

export const ONE_TIME_CODE = {
  /** Digits in the code: easy to read aloud from an SMS and to type on a phone keypad. */
  digits: 6,
  /** How long a code works. */
  ttlMs: 30 * 60_000,
  /** Wrong tries before the code stops working (a new one must be asked for). */
  maxAttempts: 5,
} as const;

/** A code of `ONE_TIME_CODE.digits` digits from a source of random integers in [0, n). */
export function makeOneTimeCode(random: (n: number) => number): string {
  let code = "";
  for (let i = 0; i < ONE_TIME_CODE.digits; i++) code += String(random(10));
  return code;
}

/** Spaces and dashes people add when copying the code from a message do not count. */
export function normalizeOneTimeCode(input: string | null | undefined): string | null {
  const digits = (input ?? "").replace(/[\s-]/g, "");
  return new RegExp(`^\\d{${ONE_TIME_CODE.digits}}$`).test(digits) ? digits : null;
}

/** The stored form of a code: an HMAC over its scope and the digits. */
export function hashOneTimeCode(key: Buffer, scope: string, code: string): string {
  return createHmac("sha256", key).update(`${scope}:${code}`).digest("hex");
}

/** Compares in constant time; a code made for another scope never matches. */
export function oneTimeCodeMatches(key: Buffer, scope: string, code: string, hash: string): boolean {
  const a = Buffer.from(hashOneTimeCode(key, scope, code), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

export type CodeState = { attempts: number; expiresAt: Date; usedAt: Date | null };

/** Whether a stored code can still be tried at all (not spent, not expired, tries left). */
export function isCodeUsable(code: CodeState, now: Date): boolean {
  return code.usedAt === null && code.expiresAt.getTime() > now.getTime() && code.attempts < ONE_TIME_CODE.maxAttempts;
}

/**
 * What a person gives back on a code form: the contact the code went to and the code. Every
 * problem is said at its field (the code "no_match" when it is not six digits: a code of letters
 * is as wrong as a wrong code).
 */
export function readCodeAnswer(input: { contact?: string | null; code?: string | null }):
  | { ok: true; contact: Contact; code: string }
  | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const parsed = parseContact(input.contact);
  if (!parsed.ok) issues.push(parsed.issue);
  const code = normalizeOneTimeCode(input.code);
  if (!input.code?.trim()) issues.push({ field: "code", code: "required" });
  else if (!code) issues.push({ field: "code", code: "no_match" });
  if (!parsed.ok || !code) return { ok: false, issues };
  return { ok: true, contact: parsed.contact, code };
}
