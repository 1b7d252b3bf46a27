// A way to reach a person: an e-mail address or an Indonesian phone number, typed any usual way.
// Used where someone names themselves without signing in (account recovery, following a
// complaint without an account), so both sides of a comparison are in one normal form.
import { z } from "zod";
import { type FieldIssue, normalizePhone } from "../complaint/submission.ts";

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

/** The user lookup for a contact. */
export function contactWhere(contact: Contact): { email: string } | { phone: string } {
  return contact.kind === "email" ? { email: contact.value } : { phone: contact.value };
}
