// The questions' pure parts as tables: the Washington Group cut-off, channels, and parsing a form.
import { describe, expect, it } from "vitest";
import { type Answers, disabilityStatus, inclusionChannelOf, isEmpty, parseAnswers } from "./questions.ts";

const none = { seeing: null, hearing: null, walking: null, remembering: null, selfCare: null, communicating: null } as const;
const allNone = { seeing: "NONE", hearing: "NONE", walking: "NONE", remembering: "NONE", selfCare: "NONE", communicating: "NONE" } as const;

describe("disabilityStatus", () => {
  it.each([
    ["nothing answered", none, "NOT_STATED"],
    ["every activity without difficulty", allNone, "WITHOUT_DISABILITY"],
    ["some difficulty everywhere is below the cut-off", { seeing: "SOME", hearing: "SOME", walking: "SOME", remembering: "SOME", selfCare: "SOME", communicating: "SOME" }, "WITHOUT_DISABILITY"],
    ["a lot of difficulty walking", { ...allNone, walking: "A_LOT" }, "WITH_DISABILITY"],
    ["cannot hear at all, the rest left empty", { ...none, hearing: "CANNOT" }, "WITH_DISABILITY"],
    ["five answered without difficulty, one left empty: a gap could hide one", { ...allNone, communicating: null }, "NOT_STATED"],
  ] as const)("%s", (_name, answers, expected) => {
    expect(disabilityStatus(answers)).toBe(expected);
  });
});

describe("inclusionChannelOf", () => {
  it.each([
    ["WEB", "SELF"],
    ["ASSISTED", "SAHABAT"],
    ["SMS", "SMS"],
    ["OPEN311", "OTHER"],
  ] as const)("%s → %s", (channel, expected) => {
    expect(inclusionChannelOf(channel)).toBe(expected);
  });
});

describe("parseAnswers", () => {
  it("reads a full form", () => {
    const { answers, issues } = parseAnswers({ ...allNone, walking: "A_LOT", ageBand: "FROM_60", gender: "FEMALE" });
    expect(issues).toEqual([]);
    expect(answers).toEqual({ ...allNone, walking: "A_LOT", ageBand: "FROM_60", gender: "FEMALE" });
  });

  it("takes blanks and missing fields as not stated, and an empty form as empty", () => {
    const { answers, issues } = parseAnswers({ seeing: "", ageBand: "  ", gender: undefined });
    expect(issues).toEqual([]);
    expect(isEmpty(answers)).toBe(true);
  });

  it("puts a value outside the choices at its field and keeps the rest", () => {
    const { answers, issues } = parseAnswers({ hearing: "LOUD", gender: "OTHER", ageBand: "FROM_18_TO_29" });
    expect(issues).toEqual([
      { field: "hearing", code: "invalid_choice" },
      { field: "gender", code: "invalid_choice" },
    ]);
    expect(answers.ageBand).toBe("FROM_18_TO_29");
    expect(isEmpty(answers as Answers)).toBe(false);
  });
});
