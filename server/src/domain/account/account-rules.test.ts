import { describe, expect, it } from "vitest";
import { parseContact } from "./contact.ts";
import { mayFollowAreas, mayFollowRegion, type ScopedRole } from "./follow.ts";
import { hashOneTimeCode, isCodeUsable, makeOneTimeCode, normalizeOneTimeCode, ONE_TIME_CODE, oneTimeCodeMatches, readCodeAnswer } from "./one-time-code.ts";

describe("parseContact", () => {
  it.each([
    ["", { ok: false, code: "required" }],
    ["   ", { ok: false, code: "required" }],
    ["Warga@Contoh.ID ", { ok: true, value: "warga@contoh.id", kind: "email" }],
    ["warga@", { ok: false, code: "invalid_email" }],
    ["0812-3456-7890", { ok: true, value: "+6281234567890", kind: "phone" }],
    ["+62 812 3456 7890", { ok: true, value: "+6281234567890", kind: "phone" }],
    ["12345", { ok: false, code: "invalid_phone" }],
    ["nama saya", { ok: false, code: "invalid_phone" }],
  ] as [string, { ok: boolean; code?: string; value?: string; kind?: string }][])("%j", (input, expected) => {
    const parsed = parseContact(input);
    if (expected.ok) expect(parsed).toEqual({ ok: true, contact: { kind: expected.kind, value: expected.value } });
    else expect(parsed).toEqual({ ok: false, issue: { field: "contact", code: expected.code } });
  });
});

describe("one-time codes (recovery, sign-up, support)", () => {
  it("are six digits", () => {
    let i = 0;
    expect(makeOneTimeCode(() => i++ % 10)).toBe("012345");
  });

  it.each([
    ["123456", "123456"],
    ["123 456", "123456"],
    ["123-456", "123456"],
    ["12345", null],
    ["1234567", null],
    ["12a456", null],
    ["", null],
  ])("%j reads as %j", (input, expected) => expect(normalizeOneTimeCode(input)).toBe(expected));

  const key = Buffer.from("k".repeat(32));
  it("match only for the same purpose, contact and code", () => {
    const hash = hashOneTimeCode(key, "recovery:h1", "123456");
    expect(oneTimeCodeMatches(key, "recovery:h1", "123456", hash)).toBe(true);
    expect(oneTimeCodeMatches(key, "sign-up:h1", "123456", hash)).toBe(false);
    expect(oneTimeCodeMatches(key, "recovery:h2", "123456", hash)).toBe(false);
    expect(oneTimeCodeMatches(key, "recovery:h1", "123457", hash)).toBe(false);
    expect(oneTimeCodeMatches(Buffer.from("x".repeat(32)), "recovery:h1", "123456", hash)).toBe(false);
  });

  const now = new Date("2026-11-28T10:00:00Z");
  const later = new Date(now.getTime() + 60_000);
  it.each([
    ["fresh", { attempts: 0, expiresAt: later, usedAt: null }, true],
    ["one try left", { attempts: ONE_TIME_CODE.maxAttempts - 1, expiresAt: later, usedAt: null }, true],
    ["no tries left", { attempts: ONE_TIME_CODE.maxAttempts, expiresAt: later, usedAt: null }, false],
    ["expired", { attempts: 0, expiresAt: now, usedAt: null }, false],
    ["spent", { attempts: 0, expiresAt: later, usedAt: now }, false],
  ])("a %s code usable: %s", (_name, code, expected) => expect(isCodeUsable(code, now)).toBe(expected));
});

describe("who may follow regions", () => {
  const role = (r: string, regionCode: string | null = null, agencyId: string | null = null): ScopedRole => ({ role: r, regionCode, agencyId });
  const agencies = new Map([["pupr", "73.06"]]);
  it.each([
    ["a resident", [role("RESIDENT")], "73.06.08", false, false],
    ["a trainer", [role("TRAINER")], "73.06.08", false, false],
    ["a verifier in the regency", [role("VERIFIER", "73.06")], "73.06.08", true, true],
    ["a verifier of another regency", [role("VERIFIER", "73.71")], "73.06.08", true, false],
    ["a verifier without a scope", [role("VERIFIER")], "73.06.08", true, false],
    ["a sahabat of that kecamatan", [role("SAHABAT", "73.06.08")], "73.06.08", true, true],
    ["a sahabat of another kecamatan", [role("SAHABAT", "73.06.07")], "73.06.08", true, false],
    ["an officer of an agency in the regency", [role("AGENCY_OFFICER", null, "pupr")], "73.06.08", true, true],
    ["an officer of an unknown agency", [role("AGENCY_OFFICER", null, "other")], "73.06.08", true, false],
    ["an administrator", [role("ADMINISTRATOR")], "73.06.08", true, true],
  ])("%s: areas %s, this kecamatan %s", (_name, roles, code, areas, region) => {
    expect(mayFollowAreas(roles)).toBe(areas);
    expect(mayFollowRegion(roles, code, agencies)).toBe(region);
  });
});

describe("readCodeAnswer", () => {
  it.each([
    [{ contact: "0812-3456-7890", code: "123 456" }, { ok: true, contact: { kind: "phone", value: "+6281234567890" }, code: "123456" }],
    [{ contact: "Warga@Contoh.ID", code: "123-456" }, { ok: true, contact: { kind: "email", value: "warga@contoh.id" }, code: "123456" }],
    [{ contact: "", code: "" }, { ok: false, issues: [{ field: "contact", code: "required" }, { field: "code", code: "required" }] }],
    [{ contact: "warga@", code: "12a456" }, { ok: false, issues: [{ field: "contact", code: "invalid_email" }, { field: "code", code: "no_match" }] }],
    [{ contact: "0812 3456 7890", code: null }, { ok: false, issues: [{ field: "code", code: "required" }] }],
    [{ contact: null, code: "123456" }, { ok: false, issues: [{ field: "contact", code: "required" }] }],
  ] as const)("%j → %j", (input, expected) => {
    expect(readCodeAnswer(input)).toEqual(expected);
  });
});
