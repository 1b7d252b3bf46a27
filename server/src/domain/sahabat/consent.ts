// A sahabat files for a resident only with the resident's consent, recorded before sending: how
// it was given, when, that the complaint was read back to them, and the privacy they chose.
// Shared by every way in (the web journey, the API); the service refuses an assisted filing
// without it.
import { parseIsoInstant } from "../shared/date.ts";
import type { FieldIssue } from "../shared/field-issue.ts";

/** How a resident agreed: said so, signed a slip (photographed), in sign language, a thumbprint. */
export const CONSENT_METHODS = ["SPOKEN", "WRITTEN", "SIGN_LANGUAGE", "THUMBPRINT", "OTHER"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const CONSENT_LIMITS = { note: 500, maxAgeDays: 30 } as const;

/** The fields of the consent (the web journey's consent step asks them). */
export const CONSENT_FIELDS = ["consentMethod", "consentReadBack", "consentNote", "consentGivenAt"] as const;

export type ConsentInput = {
  consentMethod?: string | null;
  /** When it was given, ISO 8601; empty: now. */
  consentGivenAt?: string | null;
  /** The sahabat read the complaint back to the resident, and who will see what. */
  consentReadBack?: boolean | null;
  consentNote?: string | null;
};

export type Consent = { method: ConsentMethod; givenAt: Date; readBackDone: true; note: string | null };

/** True when nothing at all about consent was sent: the filing is refused as a whole. */
export function consentMissing(input: ConsentInput): boolean {
  return !input.consentMethod?.trim() && !input.consentGivenAt?.trim() && !input.consentReadBack && !input.consentNote?.trim();
}

/**
 * Checks the consent of an assisted filing at `now`. A method is needed ("OTHER" with a note
 * saying how), the read-back must have been done, and the time may not be in the future nor
 * older than 30 days (consent is given for this complaint, close to filing it).
 */
export function validateConsent(input: ConsentInput, now: Date): { ok: true; value: Consent } | { ok: false; issues: FieldIssue[] } {
  if (consentMissing(input)) return { ok: false, issues: [{ field: "consent", code: "needs_consent" }] };
  const issues: FieldIssue[] = [];
  const rawMethod = input.consentMethod?.trim() ?? "";
  const method = CONSENT_METHODS.find((m) => m === rawMethod);
  if (!rawMethod) issues.push({ field: "consentMethod", code: "required" });
  else if (!method) issues.push({ field: "consentMethod", code: "invalid_choice" });

  const note = input.consentNote?.replace(/\s+/g, " ").trim() || null;
  if (note && note.length > CONSENT_LIMITS.note) {
    issues.push({ field: "consentNote", code: "too_long", params: { max: CONSENT_LIMITS.note, length: note.length } });
  }
  if (method === "OTHER" && !note) issues.push({ field: "consentNote", code: "required" });

  if (input.consentReadBack !== true) issues.push({ field: "consentReadBack", code: "required" });

  let givenAt = now;
  const rawGivenAt = input.consentGivenAt?.trim();
  if (rawGivenAt) {
    const parsed = parseIsoInstant(rawGivenAt);
    if (!parsed) issues.push({ field: "consentGivenAt", code: "invalid_date" });
    // A minute of leeway for a phone's clock.
    else if (parsed.getTime() > now.getTime() + 60_000) issues.push({ field: "consentGivenAt", code: "future_date" });
    else if (now.getTime() - parsed.getTime() > CONSENT_LIMITS.maxAgeDays * 86_400_000) {
      issues.push({ field: "consentGivenAt", code: "too_old", params: { days: CONSENT_LIMITS.maxAgeDays } });
    } else givenAt = parsed;
  }
  if (issues.length > 0 || !method) return { ok: false, issues };
  return { ok: true, value: { method, givenAt, readBackDone: true, note } };
}

/**
 * The consent step's problems, each on its own field: with nothing given yet, what to fill in
 * (a filing as a whole says "needs_consent" instead), else validateConsent's.
 */
export function consentStepIssues(input: ConsentInput, now: Date): FieldIssue[] {
  if (consentMissing(input)) {
    return [
      { field: "consentMethod", code: "required" },
      { field: "consentReadBack", code: "required" },
    ];
  }
  const checked = validateConsent(input, now);
  return checked.ok ? [] : checked.issues;
}
