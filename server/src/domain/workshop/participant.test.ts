import { describe, expect, it } from "vitest";
import { afterStep, cleanDisplayName, progressOf, progressRank, readErrorsByStep, readProgress } from "./participant.ts";

describe("progress", () => {
  it.each([
    ["jenis", "jenis"],
    ["periksa", "periksa"],
    ["persetujuan", "persetujuan"],
    ["story", null],
    ["finished", null],
    ["", null],
  ])("step %j → %j", (step, progress) => {
    expect(progressOf(step)).toBe(progress);
  });

  it.each([
    ["joined", "joined"],
    ["lokasi", "lokasi"],
    ["finished", "finished"],
    ["<script>", "joined"],
  ])("reads %j as %j", (stored, progress) => {
    expect(readProgress(stored)).toBe(progress);
  });

  it("orders joined before the steps before finished", () => {
    expect(progressRank("joined")).toBeLessThan(progressRank("jenis"));
    expect(progressRank("jenis")).toBeLessThan(progressRank("kabar"));
    expect(progressRank("periksa")).toBeLessThan(progressRank("finished"));
  });
});

describe("cleanDisplayName", () => {
  it.each([
    ["  Ibu   Ani ", "Ibu Ani"],
    ["", null],
    ["   ", null],
    [null, null],
    ["x".repeat(60), "x".repeat(40)],
  ])("%j → %j", (typed, name) => {
    expect(cleanDisplayName(typed)).toBe(name);
  });
});

describe("afterStep", () => {
  const clean = { errorStep: null, errorField: null, errorsByStep: {} };
  it.each([
    ["no error stays clean", clean, [], { errorStep: null, errorField: null, errorsByStep: {} }],
    ["an error is recorded and counted", clean, ["title", "story"], { errorStep: "kejadian", errorField: "title", errorsByStep: { kejadian: 1 } }],
    [
      "a second error on the step counts again",
      { errorStep: "kejadian", errorField: "title", errorsByStep: { kejadian: 1 } },
      ["story"],
      { errorStep: "kejadian", errorField: "story", errorsByStep: { kejadian: 2 } },
    ],
    [
      "moving on clears the error, keeps the count",
      { errorStep: "kejadian", errorField: "title", errorsByStep: { kejadian: 2 } },
      [],
      { errorStep: null, errorField: null, errorsByStep: { kejadian: 2 } },
    ],
  ] as const)("%s", (_name, state, fields, expected) => {
    expect(afterStep({ ...state, errorsByStep: { ...state.errorsByStep } }, "kejadian", fields)).toEqual(expected);
  });

  it("reads stored counts defensively", () => {
    expect(readErrorsByStep({ jenis: 2, nope: 3, lokasi: -1, waktu: "2" })).toEqual({ jenis: 2 });
    expect(readErrorsByStep(null)).toEqual({});
    expect(readErrorsByStep([1])).toEqual({});
  });
});
