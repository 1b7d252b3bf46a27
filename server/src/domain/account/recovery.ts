// Account recovery ("Lupa kata sandi") as rules: a one-time code (domain/account/one-time-code.ts)
// bound to the account it recovers.
import { hashOneTimeCode, makeOneTimeCode, normalizeOneTimeCode, ONE_TIME_CODE, oneTimeCodeMatches } from "./one-time-code.ts";

export { type CodeState, isCodeUsable } from "./one-time-code.ts";

export const RECOVERY = ONE_TIME_CODE;

export const makeRecoveryCode = makeOneTimeCode;

export const normalizeRecoveryCode = normalizeOneTimeCode;

/** Stored codes keep this form: `recovery:<userId>:<code>`, keyed. */
export function hashRecoveryCode(key: Buffer, userId: string, code: string): string {
  return hashOneTimeCode(key, `recovery:${userId}`, code);
}

export function recoveryCodeMatches(key: Buffer, userId: string, code: string, hash: string): boolean {
  return oneTimeCodeMatches(key, `recovery:${userId}`, code, hash);
}
