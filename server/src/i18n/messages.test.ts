// The API's message catalogues: same keys in both languages, matching placeholders, a sentence for
// every field error validateSubmission can raise, and a label for every status and kind.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KINDS } from "../domain/complaint/submission.ts";
import type { FieldErrorCode } from "../domain/shared/field-issue.ts";
import { STATUSES } from "../domain/complaint/status.ts";
import { type Locale, catalogues, fieldMessage, parseLocale, translate } from "./messages.ts";

const LOCALES: Locale[] = ["id", "en"];
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

// Every (field, code) validateSubmission can raise, read from its source so a new check is covered
// the moment it is written.
const SUBMISSION_SOURCE = readFileSync(new URL("../domain/complaint/submission.ts", import.meta.url), "utf8");
const RAISED = [...SUBMISSION_SOURCE.matchAll(/\badd\(\s*"(\w+)",\s*"(\w+)"/g)].map((m) => [m[1]!, m[2]!] as const);
const RAISED_CODES = [...new Set(RAISED.map(([, code]) => code))].sort();

// Every FieldErrorCode, written out; the type below fails to compile if one is added and not listed.
const FIELD_ERROR_CODES = [
  "required",
  "too_long",
  "invalid_choice",
  "invalid_date",
  "future_date",
  "too_old",
  "not_in_district",
  "invalid_email",
  "invalid_phone",
  "name_required_to_show",
  "invalid_credentials",
  "too_many_attempts",
  "slow_down",
  "too_many_filings",
  "contact_required",
  "too_short",
  "taken",
  "no_match",
  "already_claimed",
  "not_yet",
  "sign_in_required",
  "unchanged",
  "needs_consent",
  "no_sahabat",
  "workshop_ended",
  "past_date",
  "too_far",
  "invalid_code",
  "closed",
  "not_public",
  "practice",
  "merged",
  "finished",
  "own",
  "too_many_from_client",
  "merge_not_found",
  "merge_self",
  "merge_practice",
  "merge_confidential",
  "merge_closed",
  "ticket_spent",
  "too_many_codes",
  "account_exists",
  "not_hidden",
  "wrong_code",
  "code_used",
  "already_enrolled",
  "not_enrolled",
  "second_factor_needed",
  "staff_account",
] as const satisfies readonly FieldErrorCode[];
type Unlisted = Exclude<FieldErrorCode, (typeof FIELD_ERROR_CODES)[number]>;
const everyCodeListed: [Unlisted] extends [never] ? true : Unlisted = true;

describe("catalogues", () => {
  it("id and en have the same keys", () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.id).sort());
  });

  it.each(LOCALES.flatMap((locale) => Object.entries(catalogues[locale]).map(([key, text]) => [locale, key, text])))(
    "%s %s is not empty",
    (_locale, _key, text) => {
      expect(text.trim()).not.toBe("");
    },
  );

  it.each(Object.keys(catalogues.id))("%s has the same placeholders in id and en", (key) => {
    expect(placeholders(catalogues.en[key] ?? "")).toEqual(placeholders(catalogues.id[key]!));
  });
});

describe("translate", () => {
  it.each<[Locale, string, Record<string, number | string>, string]>([
    ["id", "too_long", { max: 150, length: 151 }, "Terlalu panjang: paling banyak 150 karakter, sekarang 151"],
    ["en", "too_long", { max: 150, length: 151 }, "Too long: at most 150 characters, now 151"],
    ["id", "too_old", { years: 10 }, "Tanggal tidak boleh lebih dari 10 tahun yang lalu"],
    ["en", "status.SUBMITTED", {}, "Sent, waiting for verification"],
    ["en", "too_long", { max: 150 }, "Too long: at most 150 characters, now {length}"], // a missing param stays visible
    ["en", "too_long", { max: 0, length: 0 }, "Too long: at most 0 characters, now 0"], // 0 is a value, not "missing"
    ["en", "no.such.key", {}, "no.such.key"],
  ])("%s %s %j → %j", (locale, key, params, expected) => {
    expect(translate(locale, key, params)).toBe(expected);
  });
});

describe("fieldMessage", () => {
  it.each<[Locale, string, string, Record<string, number> | undefined, string]>([
    ["en", "title", "too_long", { max: 150, length: 151 }, "The title can be at most 150 characters. It is 151 now"],
    ["id", "title", "too_long", { max: 150, length: 151 }, "Judul paling banyak 150 karakter. Sekarang 151 karakter"],
    ["en", "title", "required", undefined, "Enter a title for your report"],
    // No field-specific sentence: the generic one for the code.
    ["en", "reporterPhone", "invalid_phone", undefined, "Enter a real phone number, like 0812 3456 7890"],
    ["id", "reporterEmail", "invalid_email", undefined, "Tulis alamat email yang benar, misalnya nama@contoh.id"],
    ["id", "landmark", "required", undefined, "Isian ini wajib diisi"],
    ["en", "reporterName", "too_long", { max: 100, length: 120 }, "The name can be at most 100 characters"],
    ["en", "body", "too_long", { max: 2000, length: 2001 }, "The message can be at most 2000 characters. It is 2001 now"],
    // Generic sentences added for codes that had only field-specific ones.
    ["id", "regencyCode", "not_in_district", undefined, "Pilihan ini tidak ada di kecamatan yang dipilih"],
    ["en", "regencyCode", "not_in_district", undefined, "This choice is not in the chosen kecamatan"],
    ["id", "sahabatName", "name_required_to_show", undefined, "Tulis nama jika ingin nama ditampilkan"],
    ["en", "sahabatName", "name_required_to_show", undefined, "Enter a name if you want it shown"],
    ["id", "phone", "invalid_credentials", undefined, "Data masuk salah. Periksa lalu coba lagi"],
    ["en", "phone", "invalid_credentials", undefined, "The sign-in details are wrong. Check them and try again"],
    // The field-specific sentences still win over the new generic ones.
    ["en", "villageCode", "not_in_district", undefined, "That desa or kelurahan is not in the chosen kecamatan. Choose again"],
    ["id", "reporterName", "name_required_to_show", undefined, "Tulis nama Anda jika ingin nama ditampilkan"],
    ["en", "email", "invalid_credentials", undefined, "The e-mail, phone number or password is wrong. Check them and try again"],
    ["en", "clientRequestId", "too_long", { max: 100, length: 101 }, "Too long: at most 100 characters, now 101"],
  ])("%s %s.%s → %j", (locale, field, code, params, expected) => {
    expect(fieldMessage(locale, field, code, params)).toBe(expected);
  });

  it("found the checks in submission.ts", () => {
    expect(RAISED.length).toBeGreaterThanOrEqual(16);
    expect(RAISED_CODES).toContain("required");
    expect(RAISED_CODES).toContain("not_in_district");
    expect(RAISED).toContainEqual(["clientRequestId", "too_long"]);
  });

  it("lists every FieldErrorCode, and validateSubmission raises only listed codes", () => {
    expect(everyCodeListed).toBe(true);
    expect(RAISED_CODES.filter((code) => !(FIELD_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  const params = { max: 150, length: 151, years: 10, minutes: 15, seconds: 30, min: 8 };
  it.each(LOCALES.flatMap((locale) => RAISED.map(([field, code]) => [locale, field, code] as const)))(
    "%s: %s.%s from validateSubmission reads as a sentence",
    (locale, field, code) => {
      const message = fieldMessage(locale, field, code, params);
      expect(message).not.toBe(code);
      expect(message).not.toMatch(/[{}]/);
    },
  );

  // Was a finding: not_in_district and name_required_to_show (and invalid_credentials) had only a
  // field-specific sentence, so any other field raising them would show the raw code.
  it.each(FIELD_ERROR_CODES)("%s has a generic message in both languages", (code) => {
    expect(catalogues.id[code]?.trim()).toBeTruthy();
    expect(catalogues.en[code]?.trim()).toBeTruthy();
  });

  it.each(LOCALES.flatMap((locale) => FIELD_ERROR_CODES.map((code) => [locale, code] as const)))(
    "%s: %s on a field without its own sentence reads as a sentence",
    (locale, code) => {
      const message = fieldMessage(locale, "someNewField", code, params);
      expect(message).not.toBe(code);
      expect(message).not.toMatch(/[{}]/);
    },
  );
});

describe("labels", () => {
  it.each(LOCALES.flatMap((locale) => STATUSES.map((status) => [locale, status] as const)))("%s: status.%s", (locale, status) => {
    expect(catalogues[locale][`status.${status}`]?.trim()).toBeTruthy();
  });

  it.each(LOCALES.flatMap((locale) => KINDS.map((kind) => [locale, kind] as const)))("%s: kind.%s", (locale, kind) => {
    expect(catalogues[locale][`kind.${kind}`]?.trim()).toBeTruthy();
    expect(catalogues[locale][`kind.${kind}.hint`]?.trim()).toBeTruthy();
  });
});

describe("parseLocale", () => {
  it.each<[string | null | undefined, Locale | null]>([
    ["id", "id"],
    ["en", "en"],
    ["EN", null],
    ["id-ID", null],
    ["", null],
    [null, null],
    [undefined, null],
  ])("%j → %s", (value, expected) => {
    expect(parseLocale(value)).toBe(expected);
  });
});
