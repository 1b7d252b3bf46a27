// Validation of a new complaint, shared by every channel (web form, GraphQL, later SMS and
// Open311). Returns the cleaned value or errors keyed by input field with a message code;
// the GraphQL layer turns codes into sentences in the reader's language.
import { z } from "zod";
import { parseIsoDate } from "../shared/date.ts";
import type { FieldErrorCode, FieldIssue } from "../shared/field-issue.ts";
import { normalizePhone } from "../shared/phone.ts";

export const KINDS = ["PENGADUAN", "ASPIRASI", "PERMINTAAN_INFORMASI"] as const;
export const PRIVACIES = ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"] as const;
/** How the reporter wants to hear back. */
export const CONTACT_PREFERENCES = ["ACCOUNT", "SMS", "EMAIL", "SAHABAT", "NONE"] as const;
export const LIMITS = { title: 150, story: 4000, landmark: 200, name: 100, email: 254, clientRequestId: 100 } as const;
const MAX_YEARS_AGO = 10;

export type SubmissionInput = {
  kind?: string | null;
  title?: string | null;
  story?: string | null;
  incidentDate?: string | null;
  districtCode?: string | null;
  villageCode?: string | null;
  landmark?: string | null;
  categoryId?: string | null;
  privacy?: string | null;
  showReporterName?: boolean | null;
  reporterName?: string | null;
  reporterPhone?: string | null;
  reporterEmail?: string | null;
  clientRequestId?: string | null;
  /** The agency the reporter chose (suggested from the routing table); null: "I don't know". */
  suggestedAgencyId?: string | null;
  /** Where the phone was when the resident tapped "use my location"; both or neither. */
  latitude?: string | number | null;
  longitude?: string | number | null;
  /** Null: worked out from the contact details given (the older API clients send none). */
  contactPreference?: string | null;
  /** Under SAHABAT, filed by the resident: the directory entry of the sahabat they picked; null: anyone. */
  relaySahabatId?: string | null;
};

export type SubmissionContext = {
  /** The person filing is signed in (ACCOUNT needs an account to notify). */
  signedIn: boolean;
  /** A sahabat files for a resident: the resident's name is needed, and a resident who gives
   * no phone or e-mail hears back through the sahabat. */
  assisted?: boolean;
};

export type Submission = {
  kind: (typeof KINDS)[number];
  title: string;
  story: string;
  incidentDate: string | null;
  districtCode: string;
  villageCode: string | null;
  landmark: string;
  categoryId: string | null;
  privacy: (typeof PRIVACIES)[number];
  showReporterName: boolean;
  reporterName: string | null;
  reporterPhone: string | null;
  reporterEmail: string | null;
  clientRequestId: string | null;
  suggestedAgencyId: string | null;
  latitude: number | null;
  longitude: number | null;
  contactPreference: (typeof CONTACT_PREFERENCES)[number];
  /** Kept only when a resident filing alone chose SAHABAT; checked against the kecamatan by the service. */
  relaySahabatId: string | null;
};

/** Trims, folds inner runs of spaces in one-line fields, and turns "" into null. */
function clean(value: string | null | undefined, oneLine = true): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = oneLine ? value.replace(/\s+/g, " ").trim() : value.replace(/\r\n?/g, "\n").trim();
  return trimmed === "" ? null : trimmed;
}

const email = z.email();

/** A coordinate as typed or sent by the browser: a finite number within ±limit, or NaN. */
function coordinate(value: string | number | null | undefined, limit: number): number | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "number" ? String(value) : value.trim();
  if (text === "") return null;
  if (!/^-?\d{1,3}(\.\d{1,15})?$/.test(text)) return Number.NaN;
  const n = Number(text);
  return Math.abs(n) <= limit ? n : Number.NaN;
}

/**
 * Validates a submission. `today` is the local date (YYYY-MM-DD) in the complaint's region, so
 * an incident "today" in Gowa is never called a future date because of UTC.
 */
export function validateSubmission(
  input: SubmissionInput,
  today: string,
  context: SubmissionContext = { signedIn: false },
): { ok: true; value: Submission } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: FieldErrorCode, params?: Record<string, number>) =>
    issues.push(params ? { field, code, params } : { field, code });

  const kind = clean(input.kind)?.toUpperCase() ?? null;
  if (!kind) add("kind", "required");
  else if (!(KINDS as readonly string[]).includes(kind)) add("kind", "invalid_choice");

  const title = clean(input.title);
  if (!title) add("title", "required");
  else if (title.length > LIMITS.title) add("title", "too_long", { max: LIMITS.title, length: title.length });

  const story = clean(input.story, false);
  if (!story) add("story", "required");
  else if (story.length > LIMITS.story) add("story", "too_long", { max: LIMITS.story, length: story.length });

  const incidentDate = clean(input.incidentDate);
  if (incidentDate) {
    const parsed = parseIsoDate(incidentDate);
    if (!parsed) add("incidentDate", "invalid_date");
    else if (incidentDate > today) add("incidentDate", "future_date");
    else if (incidentDate < `${Number(today.slice(0, 4)) - MAX_YEARS_AGO}${today.slice(4)}`) {
      add("incidentDate", "too_old", { years: MAX_YEARS_AGO });
    }
  }

  const districtCode = clean(input.districtCode);
  if (!districtCode) add("districtCode", "required");
  else if (!/^\d{2}\.\d{2}\.\d{2}$/.test(districtCode)) add("districtCode", "invalid_choice");

  const villageCode = clean(input.villageCode);
  if (villageCode) {
    if (!/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(villageCode)) add("villageCode", "invalid_choice");
    else if (districtCode && !villageCode.startsWith(`${districtCode}.`)) {
      add("villageCode", "not_in_district");
    }
  }

  const landmark = clean(input.landmark) ?? "";
  if (landmark.length > LIMITS.landmark) add("landmark", "too_long", { max: LIMITS.landmark, length: landmark.length });

  const privacy = clean(input.privacy)?.toUpperCase() ?? null;
  if (!privacy) add("privacy", "required");
  else if (!(PRIVACIES as readonly string[]).includes(privacy)) add("privacy", "invalid_choice");

  const reporterName = clean(input.reporterName);
  if (reporterName && reporterName.length > LIMITS.name) {
    add("reporterName", "too_long", { max: LIMITS.name, length: reporterName.length });
  }
  const showReporterName = privacy === "PUBLIC" && input.showReporterName === true;
  if (showReporterName && !reporterName) add("reporterName", "name_required_to_show");
  if (context.assisted && !reporterName) add("reporterName", "required");

  const rawPhone = clean(input.reporterPhone);
  const reporterPhone = rawPhone ? normalizePhone(rawPhone) : null;
  if (rawPhone && !reporterPhone) add("reporterPhone", "invalid_phone");

  const reporterEmail = clean(input.reporterEmail)?.toLowerCase() ?? null;
  const localPart = reporterEmail?.split("@")[0] ?? "";
  if (
    reporterEmail &&
    (reporterEmail.length > LIMITS.email || localPart.length > 64 || !email.safeParse(reporterEmail).success)
  ) {
    add("reporterEmail", "invalid_email");
  }

  // Kept exactly as sent (an opaque key), but bounded: an over-long key is the client's bug and
  // is reported rather than silently dropping exactly-once delivery.
  const clientRequestId = input.clientRequestId?.trim() || null;
  if (clientRequestId && clientRequestId.length > LIMITS.clientRequestId) {
    add("clientRequestId", "too_long", { max: LIMITS.clientRequestId, length: clientRequestId.length });
  }

  // Ids are opaque (cuid); whether the agency exists and may receive real complaints is checked
  // against the database by the caller.
  const suggestedAgencyId = clean(input.suggestedAgencyId);
  if (suggestedAgencyId && !/^[A-Za-z0-9_-]{1,40}$/.test(suggestedAgencyId)) add("suggestedAgencyId", "invalid_choice");

  const latitude = coordinate(input.latitude, 90);
  const longitude = coordinate(input.longitude, 180);
  if (Number.isNaN(latitude) || Number.isNaN(longitude) || (latitude === null) !== (longitude === null)) {
    add("latitude", "invalid_choice");
  }

  const preferenceText = clean(input.contactPreference)?.toUpperCase() ?? null;
  let contactPreference: Submission["contactPreference"];
  if (preferenceText === null) {
    contactPreference = context.signedIn ? "ACCOUNT" : reporterPhone ? "SMS" : reporterEmail ? "EMAIL" : context.assisted ? "SAHABAT" : "NONE";
  } else if (!(CONTACT_PREFERENCES as readonly string[]).includes(preferenceText)) {
    add("contactPreference", "invalid_choice");
    contactPreference = "NONE";
  } else {
    contactPreference = preferenceText as Submission["contactPreference"];
    if (contactPreference === "ACCOUNT" && !context.signedIn) add("contactPreference", "sign_in_required");
    if (contactPreference === "SMS" && !rawPhone) add("reporterPhone", "required");
    if (contactPreference === "EMAIL" && !reporterEmail) add("reporterEmail", "required");
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      kind: kind as Submission["kind"],
      title: title!,
      story: story!,
      incidentDate,
      districtCode: districtCode!,
      villageCode,
      landmark,
      categoryId: clean(input.categoryId),
      privacy: privacy as Submission["privacy"],
      showReporterName,
      reporterName,
      reporterPhone,
      reporterEmail,
      clientRequestId,
      suggestedAgencyId,
      latitude: latitude as number | null,
      longitude: longitude as number | null,
      contactPreference,
      relaySahabatId: contactPreference === "SAHABAT" && !context.assisted ? clean(input.relaySahabatId) : null,
    },
  };
}
