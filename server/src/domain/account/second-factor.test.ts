import { describe, expect, it } from "vitest";
import {
  checkCode,
  codeAt,
  groupedKey,
  isSecondFactorFresh,
  looksLikeAuthenticatorCode,
  needsSecondFactor,
  normaliseRecoveryCode,
  recoveryCodeFrom,
  SECOND_FACTOR,
  timeStep,
} from "./second-factor.ts";

const now = new Date("2026-12-06T10:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("isSecondFactorFresh", () => {
  it.each([
    ["never given", null, false],
    ["just now", ago(0), true],
    ["a minute ago", ago(60_000), true],
    ["exactly at the limit", ago(SECOND_FACTOR.freshForMs), true],
    ["a moment past the limit", ago(SECOND_FACTOR.freshForMs + 1), false],
    ["yesterday", ago(86_400_000), false],
    ["in the future (clock skew)", new Date(now.getTime() + 1000), false],
  ] as const)("%s → %s", (_label, givenAt, fresh) => {
    expect(isSecondFactorFresh(givenAt, now)).toBe(fresh);
  });
});

// RFC 6238 appendix B's SHA-1 key ("12345678901234567890") in base32, and its published values
// (eight digits there; an app shows the last six).
const RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("codeAt", () => {
  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1234567890, "005924"],
    [2000000000, "279037"],
  ])("at %i s → %s (RFC 6238)", (seconds, code) => {
    expect(codeAt(RFC_KEY, new Date(seconds * 1000))).toBe(code);
  });
});

describe("checkCode", () => {
  const at = new Date("2026-12-06T10:00:10Z");
  const step = timeStep(at);
  const stepAt = (offset: number) => new Date(at.getTime() + offset * 30_000);
  it.each([
    ["the current code", codeAt(RFC_KEY, at), null, false, { ok: true, step }],
    ["with a space in the middle", codeAt(RFC_KEY, at).replace(/^(...)/, "$1 "), null, false, { ok: true, step }],
    ["one step behind (slow phone clock)", codeAt(RFC_KEY, stepAt(-1)), null, false, { ok: true, step: step - 1 }],
    ["one step ahead (fast phone clock)", codeAt(RFC_KEY, stepAt(1)), null, false, { ok: true, step: step + 1 }],
    ["two steps behind", codeAt(RFC_KEY, stepAt(-2)), null, false, { ok: false, reason: "wrong" }],
    ["two steps ahead", codeAt(RFC_KEY, stepAt(2)), null, false, { ok: false, reason: "wrong" }],
    ["five digits", "12345", null, false, { ok: false, reason: "malformed" }],
    ["letters", "abcdef", null, false, { ok: false, reason: "malformed" }],
    ["already accepted at this step", codeAt(RFC_KEY, at), step, false, { ok: false, reason: "replayed" }],
    ["older than the last accepted", codeAt(RFC_KEY, stepAt(-1)), step, false, { ok: false, reason: "replayed" }],
    ["newer than the last accepted", codeAt(RFC_KEY, stepAt(1)), step, false, { ok: true, step: step + 1 }],
    ["a demo account's code again (replay allowed)", codeAt(RFC_KEY, at), step, true, { ok: true, step }],
    ["a demo account's wrong code is still wrong", codeAt(RFC_KEY, stepAt(3)), step, true, { ok: false, reason: "wrong" }],
  ] as const)("%s", (_label, typed, lastStep, replayAllowed, expected) => {
    expect(checkCode(RFC_KEY, typed, at, lastStep, replayAllowed)).toEqual(expected);
  });
});

describe("recovery codes", () => {
  it("are two groups of five from an alphabet without look-alikes", () => {
    const code = recoveryCodeFrom(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 30]));
    expect(code).toBe("23456-789AZ");
  });
  it.each([
    ["23456-789AZ", "23456789AZ"],
    ["23456 789az", "23456789AZ"],
    ["23456789AZ", "23456789AZ"],
    ["23456-789A", null],
    ["O3456-789AZ", null],
    ["", null],
  ])("%j → %j", (typed, normalised) => {
    expect(normaliseRecoveryCode(typed)).toBe(normalised);
  });
  it.each([
    ["123456", true],
    ["123 456", true],
    ["23456-789AZ", false],
  ])("%j looks like an authenticator code: %s", (typed, expected) => {
    expect(looksLikeAuthenticatorCode(typed)).toBe(expected);
  });
});

describe("groupedKey and needsSecondFactor", () => {
  it("groups the key in fours", () => expect(groupedKey("ABCDEFGHIJ")).toBe("ABCD EFGH IJ"));
  it.each([
    ["RESIDENT", false],
    ["VERIFIER", true],
    ["AGENCY_OFFICER", true],
    ["SAHABAT", true],
    ["TRAINER", true],
    ["ADMINISTRATOR", true],
  ])("%s needs a second factor: %s", (role, expected) => expect(needsSecondFactor(role)).toBe(expected));
});
