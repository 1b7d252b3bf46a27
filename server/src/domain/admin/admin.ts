// Validation of what an administrator enters: staff accounts, role grants, agencies, categories
// and routes, holidays. Pure functions: the service looks up what they need (is a region in the
// regency, is that date taken) and passes it in, so every rule is tested as a table.
import { validateSignUp } from "../account/sign-up.ts";
import { parseIsoDate } from "../shared/date.ts";
import type { FieldErrorCode } from "../shared/field-issue.ts";
import { normalizePhone } from "../shared/phone.ts";
import { z } from "zod";

export type AdminErrorCode = FieldErrorCode | "self_lockout" | "sandbox_agency" | "inactive_agency" | "not_in_regency";
export type AdminIssue = { field: string; code: AdminErrorCode; params?: Record<string, number> };
export type Validated<T> = { ok: true; value: T } | { ok: false; issues: AdminIssue[] };

export const ADMIN_LIMITS = {
  name: 100,
  agencyName: 150,
  shortName: 40,
  address: 300,
  email: 254,
  categoryName: 80,
  hint: 300,
  holidayName: 120,
} as const;

const emailSchema = z.email();
const squash = (value: string | null | undefined) => (value ?? "").replace(/\s+/g, " ").trim();

function text(issues: AdminIssue[], field: string, value: string | null | undefined, max: number, required = true): string {
  const cleaned = squash(value);
  if (!cleaned) {
    if (required) issues.push({ field, code: "required" });
  } else if (cleaned.length > max) {
    issues.push({ field, code: "too_long", params: { max, length: cleaned.length } });
  }
  return cleaned;
}

const done = <T>(issues: AdminIssue[], value: T): Validated<T> => (issues.length > 0 ? { ok: false, issues } : { ok: true, value });

// ───────────────────────────── staff accounts ─────────────────────────────

export type StaffAccountInput = { name?: string | null; email?: string | null; phone?: string | null; password?: string | null };

/**
 * A staff account made by an administrator: the same rules as a resident's own account (no
 * composition rules, at least 8 characters), with the fields named for the admin form.
 */
export function validateStaffAccount(
  input: StaffAccountInput,
): Validated<{ name: string; email: string | null; phone: string | null; password: string }> {
  const result = validateSignUp(input);
  if (result.ok) return result;
  const rename: Record<string, string> = { name: "accountName", email: "accountEmail", phone: "accountPhone", password: "accountPassword" };
  return { ok: false, issues: result.issues.map((i) => ({ ...i, field: rename[i.field] ?? i.field })) };
}

// ───────────────────────────── roles ─────────────────────────────

export const GRANTABLE_ROLES = ["VERIFIER", "SAHABAT", "AGENCY_OFFICER", "TRAINER", "ADMINISTRATOR"] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];
/** Roles that need a region of the regency as their scope. */
export const REGION_SCOPED: readonly GrantableRole[] = ["VERIFIER", "SAHABAT"];

export type GrantInput = { role?: string | null; regionCode?: string | null; agencyId?: string | null };
export type Grant = { role: GrantableRole; regionCode: string | null; agencyId: string | null };

/**
 * A role with its scope. `regionInRegency` says whether the chosen region is the regency or one
 * of its kecamatan; `agency` is the chosen agency as stored (null when unknown).
 */
export function validateGrant(
  input: GrantInput,
  facts: { regionInRegency: boolean; agency: { active: boolean; isSandbox: boolean } | null },
): Validated<Grant> {
  const issues: AdminIssue[] = [];
  const role = (GRANTABLE_ROLES as readonly string[]).includes(input.role ?? "") ? (input.role as GrantableRole) : null;
  if (!input.role) issues.push({ field: "grantRole", code: "required" });
  else if (!role) issues.push({ field: "grantRole", code: "invalid_choice" });
  const regionCode = input.regionCode?.trim() || null;
  const agencyId = input.agencyId?.trim() || null;
  if (role && REGION_SCOPED.includes(role)) {
    if (!regionCode) issues.push({ field: "grantRegionCode", code: "required" });
    else if (!facts.regionInRegency) issues.push({ field: "grantRegionCode", code: "not_in_regency" });
  }
  if (role === "AGENCY_OFFICER") {
    if (!agencyId) issues.push({ field: "grantAgencyId", code: "required" });
    else if (!facts.agency) issues.push({ field: "grantAgencyId", code: "invalid_choice" });
    else if (!facts.agency.active) issues.push({ field: "grantAgencyId", code: "inactive_agency" });
  }
  if (!role) return { ok: false, issues };
  // A scope that does not belong to the role is dropped, not stored.
  return done(issues, {
    role,
    regionCode: REGION_SCOPED.includes(role) ? regionCode : null,
    agencyId: role === "AGENCY_OFFICER" ? agencyId : null,
  });
}

/**
 * Whether an administrator may remove a grant or disable an account without locking themselves
 * out: nobody removes their own last ADMINISTRATOR role or disables their own account.
 */
export function selfLockout(
  change: { kind: "revoke"; grantRole: string; remainingAdminGrants: number } | { kind: "disable" },
  actorId: string,
  targetUserId: string,
): AdminIssue | null {
  if (actorId !== targetUserId) return null;
  if (change.kind === "disable") return { field: "account", code: "self_lockout" };
  if (change.grantRole === "ADMINISTRATOR" && change.remainingAdminGrants < 1) return { field: "grant", code: "self_lockout" };
  return null;
}

// ───────────────────────────── agencies ─────────────────────────────

export type AgencyInput = {
  name?: string | null;
  shortName?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  active?: boolean | null;
};
export type AgencyValues = { name: string; shortName: string; phone: string; email: string; address: string; active: boolean };

export function validateAgency(input: AgencyInput): Validated<AgencyValues> {
  const issues: AdminIssue[] = [];
  const name = text(issues, "agencyName", input.name, ADMIN_LIMITS.agencyName);
  const shortName = text(issues, "agencyShortName", input.shortName, ADMIN_LIMITS.shortName);
  const rawPhone = squash(input.phone);
  // Office numbers are landlines too (0411 …): the same shape as a mobile number is checked.
  const phone = rawPhone ? normalizePhone(rawPhone) : "";
  if (rawPhone && !phone) issues.push({ field: "agencyPhone", code: "invalid_phone" });
  const email = squash(input.email).toLowerCase();
  if (email && (email.length > ADMIN_LIMITS.email || !emailSchema.safeParse(email).success)) {
    issues.push({ field: "agencyEmail", code: "invalid_email" });
  }
  const address = text(issues, "agencyAddress", input.address, ADMIN_LIMITS.address, false);
  return done(issues, { name, shortName, phone: phone ?? "", email, address, active: input.active ?? true });
}

// ───────────────────────────── categories and routes ─────────────────────────────

export type CategoryInput = {
  nameId?: string | null;
  nameEn?: string | null;
  hintId?: string | null;
  hintEn?: string | null;
  active?: boolean | null;
};
export type CategoryValues = { nameId: string; nameEn: string; hintId: string; hintEn: string; active: boolean };

export function validateCategory(input: CategoryInput): Validated<CategoryValues> {
  const issues: AdminIssue[] = [];
  const nameId = text(issues, "categoryNameId", input.nameId, ADMIN_LIMITS.categoryName);
  const nameEn = text(issues, "categoryNameEn", input.nameEn, ADMIN_LIMITS.categoryName);
  const hintId = text(issues, "categoryHintId", input.hintId, ADMIN_LIMITS.hint, false);
  const hintEn = text(issues, "categoryHintEn", input.hintEn, ADMIN_LIMITS.hint, false);
  return done(issues, { nameId, nameEn, hintId, hintEn, active: input.active ?? true });
}

/** A URL-safe slug from a category's Indonesian name; the service adds a suffix when taken. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "kategori";
}

/**
 * A routing rule: the category in a region (or the whole regency when no region is given) goes
 * to an agency. Workshop (sandbox) and inactive agencies never handle real complaints.
 */
export function validateRoute(
  input: { regionCode?: string | null; agencyId?: string | null },
  facts: { regionInRegency: boolean; agency: { active: boolean; isSandbox: boolean } | null },
): Validated<{ regionCode: string | null; agencyId: string }> {
  const issues: AdminIssue[] = [];
  const regionCode = input.regionCode?.trim() || null;
  if (regionCode && !facts.regionInRegency) issues.push({ field: "routeRegionCode", code: "not_in_regency" });
  const agencyId = input.agencyId?.trim() ?? "";
  if (!agencyId) issues.push({ field: "routeAgencyId", code: "required" });
  else if (!facts.agency) issues.push({ field: "routeAgencyId", code: "invalid_choice" });
  else if (facts.agency.isSandbox) issues.push({ field: "routeAgencyId", code: "sandbox_agency" });
  else if (!facts.agency.active) issues.push({ field: "routeAgencyId", code: "inactive_agency" });
  return done(issues, { regionCode, agencyId });
}

// ───────────────────────────── holidays ─────────────────────────────

export const HOLIDAY_KINDS = ["NATIONAL", "MOVEABLE", "CUTI_BERSAMA", "LOCAL"] as const;
export type HolidayKindValue = (typeof HOLIDAY_KINDS)[number];
export type HolidayInput = { date?: string | null; nameId?: string | null; nameEn?: string | null; kind?: string | null };
export type HolidayValues = { date: string; nameId: string; nameEn: string; kind: HolidayKindValue };

/** Holidays more than this many years away from today are a typing mistake. */
export const HOLIDAY_YEARS_AROUND = 5;

/**
 * A holiday. `date` is YYYY-MM-DD (the form's day, month and year boxes); `taken` says whether
 * another holiday already has that date; `today` is the local date in Gowa.
 */
export function validateHoliday(input: HolidayInput, facts: { taken: boolean; today: string }): Validated<HolidayValues> {
  const issues: AdminIssue[] = [];
  const date = input.date?.trim() ?? "";
  if (!date) issues.push({ field: "holidayDate", code: "required" });
  else if (!parseIsoDate(date)) issues.push({ field: "holidayDate", code: "invalid_date" });
  else if (Math.abs(Number(date.slice(0, 4)) - Number(facts.today.slice(0, 4))) > HOLIDAY_YEARS_AROUND) {
    issues.push({ field: "holidayDate", code: "invalid_date" });
  } else if (facts.taken) issues.push({ field: "holidayDate", code: "taken" });
  const nameId = text(issues, "holidayNameId", input.nameId, ADMIN_LIMITS.holidayName);
  // The English name may be left empty: the Indonesian one is used.
  const nameEn = text(issues, "holidayNameEn", input.nameEn, ADMIN_LIMITS.holidayName, false) || nameId;
  const kind = (HOLIDAY_KINDS as readonly string[]).includes(input.kind ?? "") ? (input.kind as HolidayKindValue) : null;
  if (!input.kind) issues.push({ field: "holidayKind", code: "required" });
  else if (!kind) issues.push({ field: "holidayKind", code: "invalid_choice" });
  return done(issues, { date, nameId, nameEn, kind: kind ?? "NATIONAL" });
}
