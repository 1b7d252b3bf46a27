// Easy-read for the API's words: every key a resident can read (listed below, by where they read
// it) has an easy-read wording or is listed as already plain, every such text keeps to the plain
// rules, and say() picks the reader's words.
//
// The rules are the web's own module, web/src/lib/i18n/plain-rules.ts, imported read-only: web/
// and server/ share no module (web/ may not import server code), the rules are pure and only
// tests need them here, so one copy serves both catalogues without a new shared package.
// boundaries.test.ts keeps server code outside tests from importing web/.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explained, longSentences, maxWords, officialese, placeholderProblems } from "../../../web/src/lib/i18n/plain-rules.ts";
import { TIMELINE_ENTRIES } from "../domain/complaint/timeline.ts";
import { catalogues, fieldKey } from "./messages.ts";
import { idMudah, plainAlready } from "./mudah.ts";
import { type Reader, say, sayField } from "./say.ts";

const standard = catalogues.id;

/** Whole groups of labels: the tracking page's status, kind, deadline and timeline, the photo step's errors. */
const RESIDENT_PREFIXES = ["status.", "kind.", "deadline.", "timeline.PUBLIC.", "actor.", "photo."];

/** Field errors on the filing (/lapor/*): [field, code] as the API raises them. */
const JOURNEY_ERRORS: ReadonlyArray<readonly [string, string]> = [
  ["kind", "required"],
  ["kind", "invalid_choice"],
  ["title", "required"],
  ["title", "too_long"],
  ["story", "required"],
  ["story", "too_long"],
  ["incidentDate", "invalid_date"],
  ["incidentDate", "future_date"],
  ["incidentDate", "too_old"],
  ["districtCode", "required"],
  ["districtCode", "invalid_choice"],
  ["villageCode", "invalid_choice"],
  ["villageCode", "not_in_district"],
  ["landmark", "too_long"],
  ["categoryId", "invalid_choice"],
  ["suggestedAgencyId", "invalid_choice"],
  ["latitude", "invalid_choice"],
  ["attachmentIds", "invalid_choice"],
  ["privacy", "required"],
  ["privacy", "invalid_choice"],
  ["reporterName", "too_long"],
  ["reporterName", "name_required_to_show"],
  // Only when a sahabat files for a resident: the resident's name.
  ["reporterName", "required"],
  ["contactPreference", "invalid_choice"],
  ["contactPreference", "sign_in_required"],
  // Hearing back through a sahabat: none serves the kecamatan, or the pick is not one of them.
  ["contactPreference", "no_sahabat"],
  ["relaySahabatId", "invalid_choice"],
  ["reporterPhone", "required"],
  ["reporterPhone", "invalid_phone"],
  ["reporterEmail", "required"],
  ["reporterEmail", "invalid_email"],
  ["clientRequestId", "too_long"],
  ["submit", "too_many_filings"],
];

/** Field errors on the tracking pages (/lacak, /lacak/<kode>): PIN, reply, rating, reopening, contact, following. */
const TRACKING_ERRORS: ReadonlyArray<readonly [string, string]> = [
  ["accessSecret", "required"],
  ["accessSecret", "no_match"],
  ["body", "required"],
  ["body", "too_long"],
  ["rating", "invalid_choice"],
  ["rating", "not_yet"],
  ["rating", "taken"],
  ["comment", "too_long"],
  ["note", "required"],
  ["note", "too_long"],
  ["phone", "invalid_phone"],
  ["email", "invalid_email"],
  ["contact", "required"],
  ["contact", "invalid_email"],
  ["contact", "invalid_phone"],
  // The reporter's own privacy choice: said in their words (ownPrivacy.*), not the staff's.
  ["ownPrivacy", "required"],
  ["ownPrivacy", "unchanged"],
  ["ownPrivacy", "invalid_choice"],
];

/** "Saya juga mengalami" (/lacak/<kode>/dukung): refusals, limits, the contact and the code. */
const SUPPORT_ERRORS: ReadonlyArray<readonly [string, string]> = [
  ["support", "not_public"],
  ["support", "practice"],
  ["support", "merged"],
  ["support", "finished"],
  ["support", "own"],
  ["support", "too_many_attempts"],
  ["contact", "too_many_attempts"],
  ["contact", "too_many_from_client"],
  ["code", "required"],
  ["code", "no_match"],
];

/** The optional questions about the reporter after filing, and deleting the answers (/hapus-jawaban). */
const INCLUSION_ERRORS: ReadonlyArray<readonly [string, string]> = [
  ["ticket", "ticket_spent"],
  ["ticket", "too_many_attempts"],
  ["deletionToken", "required"],
  ["deletionToken", "invalid_code"],
  ["deletionToken", "no_match"],
  ["deletionToken", "too_many_attempts"],
];

/** Too many PIN attempts: refusals the tracking form shows at the PIN field. */
const TRACKING_REFUSALS = ["error.slow_down", "error.rate_limited", "error.rate_limited_client"];

const residentKeys = [
  ...new Set([
    ...Object.keys(standard).filter((key) => RESIDENT_PREFIXES.some((prefix) => key.startsWith(prefix))),
    ...[...JOURNEY_ERRORS, ...TRACKING_ERRORS, ...SUPPORT_ERRORS, ...INCLUSION_ERRORS].map(([field, code]) => fieldKey("id", field, code)),
    ...TRACKING_REFUSALS,
  ]),
].sort();

// Every (field, code) validateSubmission raises, read from its source: a new check on the filing
// fails here until it is listed above (and so reworded or listed as plain).
const SUBMISSION_SOURCE = readFileSync(new URL("../domain/complaint/submission.ts", import.meta.url), "utf8");
const RAISED = [...SUBMISSION_SOURCE.matchAll(/\badd\(\s*"(\w+)",\s*"(\w+)"/g)].map((m) => `${m[1]}.${m[2]}`);

describe("the keys residents read", () => {
  it("are many, and each has a standard wording", () => {
    expect(residentKeys.length).toBeGreaterThan(80);
    expect(residentKeys.filter((key) => standard[key] === undefined)).toEqual([]);
  });

  it("include every field error the filing's checks raise", () => {
    expect(RAISED.length).toBeGreaterThanOrEqual(16);
    const listed = new Set(JOURNEY_ERRORS.map(([field, code]) => `${field}.${code}`));
    expect(RAISED.filter((pair) => !listed.has(pair))).toEqual([]);
  });
});

describe("every key residents read is easy-read or listed as already plain", () => {
  it.each(residentKeys)("%s", (key) => {
    const covered = key in idMudah || plainAlready.has(key);
    expect(covered, `"${standard[key]}": add an easy-read wording under server/src/i18n/mudah/, or list it as plain there`).toBe(true);
  });

  it("rewords and lists only keys residents read, each in one place", () => {
    const resident = new Set(residentKeys);
    expect(Object.keys(idMudah).filter((key) => !resident.has(key))).toEqual([]);
    expect([...plainAlready].filter((key) => !resident.has(key))).toEqual([]);
    expect([...plainAlready].filter((key) => key in idMudah)).toEqual([]);
  });
});

/** Every text held to the plain rules: the easy-read wordings, and the standard ones listed as plain. */
const checked: Array<[string, string, "easy" | "plain"]> = [
  ...Object.entries(idMudah).map(([key, text]): [string, string, "easy"] => [key, text, "easy"]),
  ...[...plainAlready].map((key): [string, string, "plain"] => [key, standard[key] ?? "", "plain"]),
];

describe("plain rules", () => {
  it.each(checked)('%s "%s" has short sentences', (_key, text, kind) => {
    expect(longSentences(text, kind === "easy" ? maxWords.easyRead : maxWords.plain)).toEqual([]);
  });

  it.each(checked)('%s "%s" explains any office word it uses', (_key, text) => {
    expect(officialese(text).filter((word) => !explained(text, word))).toEqual([]);
  });

  it.each(Object.entries(idMudah))("%s keeps the standard wording's placeholders", (key, text) => {
    expect(placeholderProblems(standard[key] ?? "", text)).toEqual([]);
  });

  it("gives no two kinds of timeline entry the same easy-read words", () => {
    const easy: Reader = { locale: "id", easyRead: true };
    const words = TIMELINE_ENTRIES.map((entry) => say(easy, `timeline.PUBLIC.${entry}`).toLowerCase());
    expect(words.filter((text, i) => words.indexOf(text) !== i)).toEqual([]);
  });
});

describe("say", () => {
  const easy: Reader = { locale: "id", easyRead: true };
  const plain: Reader = { locale: "id", easyRead: false };
  const english: Reader = { locale: "en", easyRead: true };

  it.each<[string, Reader, string, Record<string, number>, string]>([
    ["easy-read", easy, "status.SUBMITTED", {}, "Terkirim, menunggu diperiksa petugas"],
    ["standard", plain, "status.SUBMITTED", {}, "Terkirim, menunggu verifikasi"],
    ["English, easy-read ignored", english, "status.SUBMITTED", {}, "Sent, waiting for verification"],
    ["no easy-read wording: the standard one", easy, "status.CLOSED", {}, "Ditutup"],
    ["placeholders filled", easy, "deadline.paused", { days: 3 }, "3 hari kerja (waktu berhenti dulu)"],
    ["a key no catalogue knows stays visible", easy, "no.such.key", {}, "no.such.key"],
  ])("%s: %s", (_case, reader, key, params, expected) => {
    expect(say(reader, key, params)).toBe(expected);
  });

  it.each<[Reader, string, string, Record<string, number> | undefined, string]>([
    [easy, "story", "too_long", { max: 4000, length: 4100 }, "Cerita paling banyak 4000 karakter. Sekarang 4100 karakter. Buat lebih pendek."],
    [plain, "story", "too_long", { max: 4000, length: 4100 }, "Cerita paling banyak 4000 karakter. Sekarang 4100 karakter; persingkat sedikit"],
    // No sentence of the field's own: the generic one for the code, already plain.
    [easy, "reporterPhone", "invalid_phone", undefined, "Tulis nomor HP yang benar, misalnya 0812 3456 7890"],
    [english, "privacy", "invalid_choice", undefined, "Choose public, anonymous or confidential"],
  ])("field error %#: %s.%s", (reader, field, code, params, expected) => {
    expect(sayField(reader, field, code, params)).toBe(expected);
  });
});
