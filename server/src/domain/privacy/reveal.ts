// Revealing a hidden identity: the one exception to "administrators never see a hidden identity".
// When the law requires it, an administrator with a fresh second factor opens it with a written
// reason; each time is recorded and shown to the reporter. Pure: the use case gathers the facts.
import type { FieldIssue } from "../shared/field-issue.ts";
import { accessFor, type Privacy } from "./privacy.ts";

export const REVEAL_REASON = {
  /** A reason a reporter can understand: a sentence, not "polisi". */
  min: 20,
  max: 1000,
} as const;

/** Whether a complaint's identity is hidden from administrators in normal views (what a reveal opens). */
export function isIdentityHiddenFromAdministrators(complaint: { privacy: Privacy; showReporterName: boolean }): boolean {
  const access = accessFor("ADMINISTRATOR", complaint.privacy, complaint.showReporterName, true);
  return !access.reporterName || !access.reporterContact;
}

/** Why a reveal may not go ahead, as field issues: nothing hidden, a missing or short reason, no fresh second factor. */
export function revealIssues(facts: { hidden: boolean; reason: string | null | undefined; secondFactorFresh: boolean }): FieldIssue[] {
  if (!facts.hidden) return [{ field: "complaintId", code: "not_hidden" }];
  const issues: FieldIssue[] = [];
  const reason = (facts.reason ?? "").trim();
  if (!reason) issues.push({ field: "reason", code: "required" });
  else if (reason.length < REVEAL_REASON.min) issues.push({ field: "reason", code: "too_short", params: { min: REVEAL_REASON.min } });
  else if (reason.length > REVEAL_REASON.max) issues.push({ field: "reason", code: "too_long", params: { max: REVEAL_REASON.max, length: reason.length } });
  if (!facts.secondFactorFresh) issues.push({ field: "secondFactor", code: "second_factor_needed" });
  return issues;
}
