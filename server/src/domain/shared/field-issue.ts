// An input problem, keyed by the input field, with a message code: what every validation in the
// domain returns and what the GraphQL layer turns into a sentence in the reader's language.
export type FieldErrorCode =
  | "required"
  | "too_long"
  | "invalid_choice"
  | "invalid_date"
  | "future_date"
  | "too_old"
  | "not_in_district"
  | "invalid_email"
  | "invalid_phone"
  | "name_required_to_show"
  | "invalid_credentials"
  | "too_many_attempts"
  | "slow_down"
  | "too_many_filings"
  | "contact_required"
  | "too_short"
  | "taken"
  | "no_match"
  | "already_claimed"
  | "not_yet"
  | "sign_in_required"
  | "unchanged"
  | "needs_consent"
  | "no_sahabat"
  | "workshop_ended"
  | "past_date"
  | "too_far"
  | "invalid_code"
  | "closed"
  // "Saya juga mengalami" refused (domain/privacy supportRefusal), and codes asked for too often from one client
  | "not_public"
  | "practice"
  | "merged"
  | "finished"
  | "own"
  | "too_many_from_client"
  | "too_many_codes"
  | "account_exists"
  // Merging a duplicate: the original is not found in the viewer's region, is itself, is practice,
  // is confidential, or is no longer open.
  | "merge_not_found"
  | "merge_self"
  | "merge_practice"
  | "merge_confidential"
  | "merge_closed"
  // "Who is being served": the filing's one-time ticket was already used, is too old or is not ours.
  | "ticket_spent"
  // Revealing a hidden identity: nothing is hidden, or the administrator must give a second factor first.
  | "not_hidden"
  // Authenticator codes (second factor): a wrong or already used code, enrolment state, and a
  // sensitive action that wants a code typed again.
  | "wrong_code"
  | "code_used"
  | "already_enrolled"
  | "not_enrolled"
  | "second_factor_needed"
  // Erasing one's own data: a staff or volunteer account is closed by an administrator.
  | "staff_account";

export type FieldIssue = { field: string; code: FieldErrorCode; params?: Record<string, number> };
