// Validation of a new resident account. In the spirit of WCAG 3.3.8 (accessible
// authentication): no puzzles and no composition rules — length is what makes a password
// strong, and password managers and pasting must work. An e-mail or a phone number is enough.
import { z } from "zod";
import type { FieldIssue } from "../shared/field-issue.ts";
import { normalizePhone } from "../shared/phone.ts";

export const PASSWORD = { min: 8, max: 200 } as const;
const NAME_MAX = 100;
const email = z.email();

export type SignUpInput = { name?: string | null; email?: string | null; phone?: string | null; password?: string | null };
export type SignUp = { name: string; email: string | null; phone: string | null; password: string };

export function validateSignUp(input: SignUpInput): { ok: true; value: SignUp } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const name = input.name?.replace(/\s+/g, " ").trim() ?? "";
  if (!name) issues.push({ field: "name", code: "required" });
  else if (name.length > NAME_MAX) issues.push({ field: "name", code: "too_long", params: { max: NAME_MAX, length: name.length } });

  const rawEmail = input.email?.trim().toLowerCase() || null;
  if (rawEmail && (!email.safeParse(rawEmail).success || rawEmail.length > 254)) {
    issues.push({ field: "email", code: "invalid_email" });
  }
  const rawPhone = input.phone?.trim() || null;
  const phone = rawPhone ? normalizePhone(rawPhone) : null;
  if (rawPhone && !phone) issues.push({ field: "phone", code: "invalid_phone" });
  if (!rawEmail && !rawPhone) issues.push({ field: "email", code: "contact_required" });

  // Passwords are taken exactly as typed: spaces count, nothing is trimmed.
  const password = input.password ?? "";
  if (!password) issues.push({ field: "password", code: "required" });
  else if ([...password].length < PASSWORD.min) issues.push({ field: "password", code: "too_short", params: { min: PASSWORD.min } });
  else if (password.length > PASSWORD.max) issues.push({ field: "password", code: "too_long", params: { max: PASSWORD.max, length: password.length } });

  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { name, email: rawEmail, phone, password } };
}

/** What people type to sign in: an e-mail address, or a phone number in any usual form. */
export function signInIdentifier(input: string): { email: string } | { phone: string } | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  if (trimmed.includes("@")) return { email: trimmed.toLowerCase() };
  const phone = normalizePhone(trimmed);
  return phone ? { phone } : { email: trimmed.toLowerCase() };
}

/**
 * The name an account keeps once its owner erased it (services/use-cases/personal-data.ts). A
 * name is never empty otherwise (above; staff accounts are made with one too), so an empty name
 * says the account was erased: pages show "Akun yang sudah dihapus" instead of a blank.
 */
export const ERASED_NAME = "";
export const isErasedName = (name: string): boolean => name === ERASED_NAME;
