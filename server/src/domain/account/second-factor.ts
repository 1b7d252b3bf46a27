// How fresh a second factor must be for a sensitive action (revealing a hidden identity,
// exporting personal data, changing someone's roles): given in this session within the last
// few minutes. Older, and the person types an authenticator code (or a recovery code) again.

export const SECOND_FACTOR = {
  /** A code typed this long ago still counts for sensitive actions. */
  freshForMs: 10 * 60_000,
} as const;

export function isSecondFactorFresh(givenAt: Date | null, now: Date): boolean {
  if (!givenAt) return false;
  const age = now.getTime() - givenAt.getTime();
  return age >= 0 && age <= SECOND_FACTOR.freshForMs;
}
