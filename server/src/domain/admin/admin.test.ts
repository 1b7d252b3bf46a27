import { describe, expect, it } from "vitest";
import {
  type AdminIssue,
  selfLockout,
  slugify,
  validateAgency,
  validateCategory,
  validateGrant,
  validateHoliday,
  validateRoute,
  validateStaffAccount,
} from "./admin.ts";

const codes = (r: { ok: boolean; issues?: AdminIssue[] }) =>
  r.ok ? [] : (r as { issues: AdminIssue[] }).issues.map((i) => `${i.field}.${i.code}`);

describe("validateStaffAccount", () => {
  it.each([
    [{ name: "Andi", email: "andi@gowakab.go.id", password: "panjang sekali" }, []],
    [{ name: "Andi", phone: "0812 1111 2222", password: "panjang sekali" }, []],
    [{ name: "", email: "", password: "" }, ["accountName.required", "accountEmail.contact_required", "accountPassword.required"]],
    [{ name: "Andi", email: "bukan-email", password: "pendek" }, ["accountEmail.invalid_email", "accountPassword.too_short"]],
    [{ name: "Andi", phone: "123", password: "panjang sekali" }, ["accountPhone.invalid_phone"]],
  ])("%j → %j", (input, expected) => expect(codes(validateStaffAccount(input))).toEqual(expected));
});

describe("validateGrant", () => {
  const officeOk = { active: true, isSandbox: false };
  it.each([
    ["verifier with a kecamatan", { role: "VERIFIER", regionCode: "73.06.08" }, { regionInRegency: true, agency: null }, []],
    ["verifier without region", { role: "VERIFIER" }, { regionInRegency: false, agency: null }, ["grantRegionCode.required"]],
    ["verifier outside Gowa", { role: "VERIFIER", regionCode: "73.71" }, { regionInRegency: false, agency: null }, ["grantRegionCode.not_in_regency"]],
    ["sahabat with a kecamatan", { role: "SAHABAT", regionCode: "73.06.01" }, { regionInRegency: true, agency: null }, []],
    ["officer with an agency", { role: "AGENCY_OFFICER", agencyId: "a1" }, { regionInRegency: false, agency: officeOk }, []],
    ["officer without agency", { role: "AGENCY_OFFICER" }, { regionInRegency: false, agency: null }, ["grantAgencyId.required"]],
    ["officer, unknown agency", { role: "AGENCY_OFFICER", agencyId: "x" }, { regionInRegency: false, agency: null }, ["grantAgencyId.invalid_choice"]],
    ["officer, closed agency", { role: "AGENCY_OFFICER", agencyId: "a1" }, { regionInRegency: false, agency: { active: false, isSandbox: false } }, ["grantAgencyId.inactive_agency"]],
    ["trainer", { role: "TRAINER" }, { regionInRegency: false, agency: null }, []],
    ["administrator", { role: "ADMINISTRATOR" }, { regionInRegency: false, agency: null }, []],
    ["no role", {}, { regionInRegency: false, agency: null }, ["grantRole.required"]],
    ["resident is not granted here", { role: "RESIDENT" }, { regionInRegency: false, agency: null }, ["grantRole.invalid_choice"]],
    ["made-up role", { role: "KING" }, { regionInRegency: false, agency: null }, ["grantRole.invalid_choice"]],
  ] as const)("%s", (_name, input, facts, expected) => expect(codes(validateGrant(input, facts))).toEqual(expected));

  it("drops a scope that does not belong to the role", () => {
    const r = validateGrant({ role: "TRAINER", regionCode: "73.06.08", agencyId: "a1" }, { regionInRegency: true, agency: officeOk });
    expect(r).toEqual({ ok: true, value: { role: "TRAINER", regionCode: null, agencyId: null } });
  });
});

describe("selfLockout", () => {
  it.each([
    ["removing own last admin role", { kind: "revoke", grantRole: "ADMINISTRATOR", remainingAdminGrants: 0 }, "me", "me", "grant.self_lockout"],
    ["removing own admin role while another remains", { kind: "revoke", grantRole: "ADMINISTRATOR", remainingAdminGrants: 1 }, "me", "me", null],
    ["removing own verifier role", { kind: "revoke", grantRole: "VERIFIER", remainingAdminGrants: 0 }, "me", "me", null],
    ["removing another admin's last admin role", { kind: "revoke", grantRole: "ADMINISTRATOR", remainingAdminGrants: 0 }, "me", "other", null],
    ["disabling oneself", { kind: "disable" }, "me", "me", "account.self_lockout"],
    ["disabling someone else", { kind: "disable" }, "me", "other", null],
  ] as const)("%s", (_name, change, actor, target, expected) => {
    const issue = selfLockout(change, actor, target);
    expect(issue ? `${issue.field}.${issue.code}` : null).toBe(expected);
  });
});

describe("validateAgency", () => {
  it.each([
    [{ name: "Dinas Pariwisata", shortName: "Dispar" }, []],
    [{ name: "Dinas Pariwisata", shortName: "Dispar", phone: "0411 861 234", email: "dispar@gowakab.go.id" }, []],
    [{ name: " ", shortName: "" }, ["agencyName.required", "agencyShortName.required"]],
    [{ name: "x".repeat(151), shortName: "y".repeat(41) }, ["agencyName.too_long", "agencyShortName.too_long"]],
    [{ name: "Dinas", shortName: "D", phone: "12", email: "dispar@" }, ["agencyPhone.invalid_phone", "agencyEmail.invalid_email"]],
    [{ name: "Dinas", shortName: "D", address: "z".repeat(301) }, ["agencyAddress.too_long"]],
  ])("%j → %j", (input, expected) => expect(codes(validateAgency(input))).toEqual(expected));

  it("normalises the phone and squashes spaces", () => {
    expect(validateAgency({ name: "  Dinas   Pariwisata ", shortName: "Dispar", phone: "0411 861 234", active: false })).toEqual({
      ok: true,
      value: { name: "Dinas Pariwisata", shortName: "Dispar", phone: "+62411861234", email: "", address: "", active: false },
    });
  });
});

describe("validateCategory and slugify", () => {
  it.each([
    [{ nameId: "Pariwisata", nameEn: "Tourism" }, []],
    [{ nameId: "", nameEn: "" }, ["categoryNameId.required", "categoryNameEn.required"]],
    [{ nameId: "P", nameEn: "T", hintId: "h".repeat(301) }, ["categoryHintId.too_long"]],
  ])("%j → %j", (input, expected) => expect(codes(validateCategory(input))).toEqual(expected));

  it.each([
    ["Jalan dan jembatan", "jalan-dan-jembatan"],
    ["  Air  bersih! ", "air-bersih"],
    ["Éducation", "education"],
    ["!!!", "kategori"],
  ])("%s → %s", (name, slug) => expect(slugify(name)).toBe(slug));
});

describe("validateRoute", () => {
  const real = { active: true, isSandbox: false };
  it.each([
    ["regency-wide", { agencyId: "a" }, { regionInRegency: false, agency: real }, []],
    ["one kecamatan", { regionCode: "73.06.08", agencyId: "a" }, { regionInRegency: true, agency: real }, []],
    ["outside the regency", { regionCode: "73.71.01", agencyId: "a" }, { regionInRegency: false, agency: real }, ["routeRegionCode.not_in_regency"]],
    ["no agency", { regionCode: "" }, { regionInRegency: false, agency: null }, ["routeAgencyId.required"]],
    ["unknown agency", { agencyId: "zz" }, { regionInRegency: false, agency: null }, ["routeAgencyId.invalid_choice"]],
    ["workshop agency", { agencyId: "a" }, { regionInRegency: false, agency: { active: true, isSandbox: true } }, ["routeAgencyId.sandbox_agency"]],
    ["closed agency", { agencyId: "a" }, { regionInRegency: false, agency: { active: false, isSandbox: false } }, ["routeAgencyId.inactive_agency"]],
  ] as const)("%s", (_name, input, facts, expected) => expect(codes(validateRoute(input, facts))).toEqual(expected));
});

describe("validateHoliday", () => {
  const today = "2026-11-28";
  it.each([
    ["a moveable holiday", { date: "2027-03-10", nameId: "Idul Fitri 1448 H", kind: "MOVEABLE" }, false, []],
    ["cuti bersama", { date: "2027-03-11", nameId: "Cuti bersama Idul Fitri", nameEn: "Collective leave", kind: "CUTI_BERSAMA" }, false, []],
    ["a date already past", { date: "2026-01-02", nameId: "Cuti bersama", kind: "CUTI_BERSAMA" }, false, []],
    ["nothing", {}, false, ["holidayDate.required", "holidayNameId.required", "holidayKind.required"]],
    ["31 February", { date: "2027-02-31", nameId: "X", kind: "LOCAL" }, false, ["holidayDate.invalid_date"]],
    ["month 13", { date: "2027-13-01", nameId: "X", kind: "LOCAL" }, false, ["holidayDate.invalid_date"]],
    ["half typed", { date: "2027-03-", nameId: "X", kind: "LOCAL" }, false, ["holidayDate.invalid_date"]],
    ["29 February in a leap year", { date: "2028-02-29", nameId: "X", kind: "LOCAL" }, false, []],
    ["29 February otherwise", { date: "2027-02-29", nameId: "X", kind: "LOCAL" }, false, ["holidayDate.invalid_date"]],
    ["a year typed wrong", { date: "0227-03-10", nameId: "X", kind: "LOCAL" }, false, ["holidayDate.invalid_date"]],
    ["a date already a holiday", { date: "2026-12-25", nameId: "Natal", kind: "NATIONAL" }, true, ["holidayDate.taken"]],
    ["unknown kind", { date: "2027-03-10", nameId: "X", kind: "WEEKEND" }, false, ["holidayKind.invalid_choice"]],
    ["name too long", { date: "2027-03-10", nameId: "n".repeat(121), kind: "LOCAL" }, false, ["holidayNameId.too_long"]],
  ] as const)("%s", (_name, input, taken, expected) => expect(codes(validateHoliday(input, { taken, today }))).toEqual(expected));

  it("uses the Indonesian name when the English one is empty", () => {
    const r = validateHoliday({ date: "2027-03-10", nameId: "Hari Raya Nyepi", kind: "MOVEABLE" }, { taken: false, today });
    expect(r).toEqual({ ok: true, value: { date: "2027-03-10", nameId: "Hari Raya Nyepi", nameEn: "Hari Raya Nyepi", kind: "MOVEABLE" } });
  });
});
