import { describe, expect, it } from "vitest";
import { isSecondFactorFresh, SECOND_FACTOR } from "./second-factor.ts";

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
