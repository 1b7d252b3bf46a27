// A way to reach a person: an e-mail address or an Indonesian phone number, typed any usual way.
// Used where someone names themselves without signing in (account recovery, following a
// complaint without an account), so both sides of a comparison are in one normal form.
import { createHmac } from "node:crypto";
import { z } from "zod";
import type { FieldIssue } from "../shared/field-issue.ts";
import { normalizePhone } from "../shared/phone.ts";

const email = z.email();

export type Contact = { kind: "email"; value: string } | { kind: "phone"; value: string };

/** Reads a contact; an input with "@" is an e-mail, anything else must be a phone number. */
export function parseContact(input: string | null | undefined, field = "contact"): { ok: true; contact: Contact } | { ok: false; issue: FieldIssue } {
  const trimmed = input?.trim() ?? "";
  if (!trimmed) return { ok: false, issue: { field, code: "required" } };
  if (trimmed.includes("@")) {
    const value = trimmed.toLowerCase();
    if (value.length > 254 || !email.safeParse(value).success) return { ok: false, issue: { field, code: "invalid_email" } };
    return { ok: true, contact: { kind: "email", value } };
  }
  const phone = normalizePhone(trimmed);
  if (!phone) return { ok: false, issue: { field, code: "invalid_phone" } };
  return { ok: true, contact: { kind: "phone", value: phone } };
}

/**
 * A contact as a keyed hash, where a row must say "this person" without holding their number or
 * address (a supporter without an account is counted once). Only ever of a parsed contact, so
 * 0812…, +62 812… and 62812… are one person.
 */
export function contactHash(key: Buffer, contact: Contact): string {
  return createHmac("sha256", key).update(`contact:${contact.kind}:${contact.value}`).digest("hex");
}

/** The user lookup for a contact. */
export function contactWhere(contact: Contact): { email: string } | { phone: string } {
  return contact.kind === "email" ? { email: contact.value } : { phone: contact.value };
}

/**
 * The reporter's contact details on one complaint: each optional, each checked on its own
 * (a phone field holding an e-mail is an invalid phone, not an e-mail).
 */
export function validateReporterContact(input: { phone?: string | null; email?: string | null }):
  | { ok: true; value: { phone: string | null; email: string | null } }
  | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const rawPhone = input.phone?.trim() || null;
  const phone = rawPhone ? normalizePhone(rawPhone) : null;
  if (rawPhone && !phone) issues.push({ field: "phone", code: "invalid_phone" });
  const rawEmail = input.email?.trim().toLowerCase() || null;
  if (rawEmail && (rawEmail.length > 254 || !email.safeParse(rawEmail).success)) issues.push({ field: "email", code: "invalid_email" });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { phone, email: rawEmail } };
}
