// What a sahabat shows residents on the public "Sahabat di kecamatan Anda" page: a name, how to
// reach them (a phone number, a place or both) and when. Nothing is public until they publish;
// their account's name, e-mail and phone are never shown from here.
import type { FieldIssue } from "../shared/field-issue.ts";
import { normalizePhone } from "../shared/phone.ts";

export const PROFILE_LIMITS = { displayName: 80, place: 200, hours: 200 } as const;

export type ProfileInput = {
  published: boolean;
  displayName?: string | null;
  phone?: string | null;
  place?: string | null;
  hours?: string | null;
};

export type Profile = {
  published: boolean;
  displayName: string;
  /** Stored as +62…; null when none is given. */
  phone: string | null;
  place: string;
  hours: string;
};

/** One sahabat in the directory, or null while the sahabat has not published. */
export type PublicSahabat = { id: string; name: string; phone: string | null; place: string; hours: string };

const clean = (value: string | null | undefined) => (value ?? "").replace(/\s+/g, " ").trim();

/**
 * Checks what a sahabat wants to show. Each field on its own (too long, a phone that is not
 * one); once they publish, a name and a way to reach them (a phone or a place) are needed, since
 * a profile no one can act on only misleads. A draft that is not published may be incomplete.
 */
export function validateProfile(input: ProfileInput): { ok: true; value: Profile } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const displayName = clean(input.displayName);
  const place = clean(input.place);
  const hours = clean(input.hours);
  const rawPhone = clean(input.phone);
  const phone = rawPhone ? normalizePhone(rawPhone) : null;

  for (const [field, value] of [["displayName", displayName], ["place", place], ["hours", hours]] as const) {
    const max = PROFILE_LIMITS[field];
    if (value.length > max) issues.push({ field, code: "too_long", params: { max, length: value.length } });
  }
  if (rawPhone && !phone) issues.push({ field: "phone", code: "invalid_phone" });
  if (input.published) {
    if (!displayName) issues.push({ field: "displayName", code: "required" });
    if (!rawPhone && !place) issues.push({ field: "phone", code: "contact_required" });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { published: input.published, displayName, phone, place, hours } };
}

/** What the public page shows of one profile: only a published one, only its public fields. */
export function publicEntry(profile: Profile & { id: string }): PublicSahabat | null {
  if (!profile.published) return null;
  return { id: profile.id, name: profile.displayName, phone: profile.phone, place: profile.place, hours: profile.hours };
}
