import { describe, expect, it } from "vitest";
import { type ConsentInput, consentMissing, consentStepIssues, validateConsent } from "./consent.ts";

const now = new Date("2026-12-05T02:00:00Z");
const given: ConsentInput = { consentMethod: "SPOKEN", consentReadBack: true };

describe("validateConsent", () => {
  it.each<[string, ConsentInput, { field: string; code: string }[] | null]>([
    ["spoken, read back, now", given, null],
    ["a thumbprint an hour ago", { ...given, consentMethod: "THUMBPRINT", consentGivenAt: "2026-12-05T09:00:00+08:00" }, null],
    ["other, with a note saying how", { ...given, consentMethod: "OTHER", consentNote: "Lewat anaknya, disaksikan kepala dusun" }, null],
    ["nothing at all", {}, [{ field: "consent", code: "needs_consent" }]],
    ["read back not done", { ...given, consentReadBack: false }, [{ field: "consentReadBack", code: "required" }]],
    ["no method", { consentReadBack: true }, [{ field: "consentMethod", code: "required" }]],
    ["a method that is not one", { ...given, consentMethod: "EMAIL" }, [{ field: "consentMethod", code: "invalid_choice" }]],
    ["other without saying how", { ...given, consentMethod: "OTHER" }, [{ field: "consentNote", code: "required" }]],
    ["a note too long", { ...given, consentNote: "n".repeat(501) }, [{ field: "consentNote", code: "too_long" }]],
    ["a time that is not one", { ...given, consentGivenAt: "kemarin sore" }, [{ field: "consentGivenAt", code: "invalid_date" }]],
    ["in the future", { ...given, consentGivenAt: "2026-12-05T03:00:00Z" }, [{ field: "consentGivenAt", code: "future_date" }]],
    ["over 30 days ago", { ...given, consentGivenAt: "2026-11-04T01:00:00Z" }, [{ field: "consentGivenAt", code: "too_old" }]],
  ])("%s", (_name, input, expected) => {
    const result = validateConsent(input, now);
    if (expected === null) expect(result.ok).toBe(true);
    else expect(result.ok ? [] : result.issues.map(({ field, code }) => ({ field, code }))).toEqual(expected);
  });

  it("keeps the time given, or takes now, and always records the read-back", () => {
    expect(validateConsent({ ...given, consentGivenAt: "2026-12-05T09:00:00+08:00", consentNote: "  di  rumah " }, now)).toEqual({
      ok: true,
      value: { method: "SPOKEN", givenAt: new Date("2026-12-05T01:00:00Z"), readBackDone: true, note: "di rumah" },
    });
    expect(validateConsent(given, now)).toEqual({ ok: true, value: { method: "SPOKEN", givenAt: now, readBackDone: true, note: null } });
  });

  it("allows a phone clock a minute fast", () => {
    expect(validateConsent({ ...given, consentGivenAt: "2026-12-05T02:00:45Z" }, now).ok).toBe(true);
  });
});

describe("consentMissing", () => {
  it.each<[ConsentInput, boolean]>([
    [{}, true],
    [{ consentMethod: " ", consentNote: "", consentReadBack: false }, true],
    [{ consentReadBack: true }, false],
    [{ consentMethod: "SPOKEN" }, false],
  ])("%j → %s", (input, expected) => expect(consentMissing(input)).toBe(expected));
});

describe("consentStepIssues", () => {
  const now = new Date("2026-12-05T10:00:00+08:00");
  it.each<[string, ConsentInput, { field: string; code: string }[]]>([
    ["nothing given: both questions to answer", {}, [{ field: "consentMethod", code: "required" }, { field: "consentReadBack", code: "required" }]],
    ["a way, not read back", { consentMethod: "SPOKEN" }, [{ field: "consentReadBack", code: "required" }]],
    ["another way without saying how", { consentMethod: "OTHER", consentReadBack: true }, [{ field: "consentNote", code: "required" }]],
    ["given", { consentMethod: "THUMBPRINT", consentReadBack: true, consentGivenAt: "2026-12-05T09:30:00+08:00" }, []],
  ])("%s", (_name, input, expected) => {
    expect(consentStepIssues(input, now).map(({ field, code }) => ({ field, code }))).toEqual(expected);
  });
});
