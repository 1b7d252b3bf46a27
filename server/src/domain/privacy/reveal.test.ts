import { describe, expect, it } from "vitest";
import type { Privacy } from "./privacy.ts";
import { isIdentityHiddenFromAdministrators, REVEAL_REASON, revealIssues } from "./reveal.ts";

const REASON = "Permintaan tertulis Polres Gowa no. 12/2026 untuk penyidikan";

describe("whose identity a reveal opens", () => {
  it.each<[Privacy, boolean, boolean]>([
    ["PUBLIC", true, false],
    ["PUBLIC", false, false],
    ["ANONYMOUS", false, true],
    ["CONFIDENTIAL", false, true],
  ])("%s (name shown: %s) → hidden from administrators: %s", (privacy, showReporterName, hidden) => {
    expect(isIdentityHiddenFromAdministrators({ privacy, showReporterName })).toBe(hidden);
  });
});

describe("revealIssues", () => {
  it.each([
    ["ready", { hidden: true, reason: REASON, secondFactorFresh: true }, []],
    ["nothing hidden: nothing else asked", { hidden: false, reason: "", secondFactorFresh: false }, [{ field: "complaintId", code: "not_hidden" }]],
    ["no reason", { hidden: true, reason: null, secondFactorFresh: true }, [{ field: "reason", code: "required" }]],
    ["only spaces", { hidden: true, reason: "   \n ", secondFactorFresh: true }, [{ field: "reason", code: "required" }]],
    ["too short", { hidden: true, reason: "polisi", secondFactorFresh: true }, [{ field: "reason", code: "too_short", params: { min: REVEAL_REASON.min } }]],
    ["just long enough", { hidden: true, reason: "x".repeat(REVEAL_REASON.min), secondFactorFresh: true }, []],
    [
      "too long",
      { hidden: true, reason: "x".repeat(REVEAL_REASON.max + 1), secondFactorFresh: true },
      [{ field: "reason", code: "too_long", params: { max: REVEAL_REASON.max, length: REVEAL_REASON.max + 1 } }],
    ],
    ["no fresh second factor", { hidden: true, reason: REASON, secondFactorFresh: false }, [{ field: "secondFactor", code: "second_factor_needed" }]],
    [
      "both: the reason and the second factor",
      { hidden: true, reason: "", secondFactorFresh: false },
      [{ field: "reason", code: "required" }, { field: "secondFactor", code: "second_factor_needed" }],
    ],
  ])("%s", (_name, facts, expected) => {
    expect(revealIssues(facts)).toEqual(expected);
  });
});
