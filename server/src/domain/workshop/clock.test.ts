import { describe, expect, it } from "vitest";
import { DEADLINES } from "../calendar/working-days.ts";
import { canTransition } from "../complaint/workflow.ts";
import { CLOCK_STEPS, dueAt, dueStep, isClockSpeed, nextStep, nextStepDay, pretendDay, realMs, SCRIPT, stepFits } from "./clock.ts";

describe("the script", () => {
  it("each step is a move the workflow allows its pretend actor, and leads to the next step's status", () => {
    let status = SCRIPT.verify.from;
    for (const step of CLOCK_STEPS) {
      const rule = SCRIPT[step];
      expect(rule.from).toBe(status);
      const verdict = canTransition(status, rule.action, [rule.actor]);
      expect(verdict.ok).toBe(true);
      if (verdict.ok) status = verdict.to;
    }
    expect(status).toBe("RESOLVED");
  });

  it("keeps within the real deadlines", () => {
    expect(SCRIPT.verify.days + SCRIPT.dispose.days).toBeLessThanOrEqual(DEADLINES.verify);
    expect(SCRIPT.followUp.days).toBeLessThanOrEqual(DEADLINES.agencyFollowUp);
    expect(SCRIPT.resolve.days).toBeLessThanOrEqual(DEADLINES.agencyFollowUp);
  });

  it.each([
    ["SUBMITTED", "verify", 1, 2],
    ["VERIFIED", "dispose", 2, 4],
    ["DISPOSED", "followUp", 4, 8],
    ["IN_PROGRESS", "resolve", 8, 10],
    ["RESOLVED", null, 10, null],
    ["CLOSED", null, 10, null],
    ["POSTPONED", null, 10, null],
    ["REJECTED", null, 10, null],
    ["NOT_OUR_AUTHORITY", null, 10, null],
  ] as const)("%s: next %s, pretend day %i, next on day %s", (status, step, day, next) => {
    expect(nextStep(status)).toBe(step);
    expect(pretendDay(status)).toBe(day);
    expect(nextStepDay(status)).toBe(next);
  });

  it.each([
    ["verify", "SUBMITTED", true],
    ["verify", "VERIFIED", false],
    ["dispose", "VERIFIED", true],
    ["followUp", "DISPOSED", true],
    ["resolve", "DISPOSED", false],
    ["resolve", "IN_PROGRESS", true],
  ] as const)("%s fits %s: %s", (step, status, fits) => {
    expect(stepFits(step, status)).toBe(fits);
  });
});

describe("timing at a speed", () => {
  const t0 = new Date("2026-12-05T09:00:00.000Z");
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it.each([
    // days, speed (pretend minutes per real second), real ms
    [1, 60, 24_000],
    [1, 1440, 1_000],
    [2, 60, 48_000],
    [4, 240, 24_000],
    [1, 30, 48_000],
  ])("%i pretend days at %i min/s take %i ms", (days, speed, ms) => {
    expect(realMs(days, speed)).toBe(ms);
  });

  it.each([
    // status, speed, ms since last step, due step
    ["SUBMITTED", 60, 23_999, null],
    ["SUBMITTED", 60, 24_000, "verify"],
    ["VERIFIED", 60, 47_999, null],
    ["VERIFIED", 60, 48_000, "dispose"],
    ["DISPOSED", 1440, 4_000, "followUp"],
    ["DISPOSED", 1440, 3_999, null],
    ["IN_PROGRESS", 120, 24_000, "resolve"],
    ["RESOLVED", 1440, 999_999, null],
  ] as const)("%s at %i min/s, %i ms later: %s", (status, speed, ms, step) => {
    expect(dueStep(status, t0, speed, at(ms))).toBe(step);
  });

  it("says when the next step is due, and nothing once resolved", () => {
    expect(dueAt("SUBMITTED", t0, 60)).toEqual(at(24_000));
    expect(dueAt("RESOLVED", t0, 60)).toBeNull();
  });

  it.each([
    [60, true],
    [1440, true],
    [0, false],
    [61, false],
    [-60, false],
  ])("speed %i allowed: %s", (speed, ok) => {
    expect(isClockSpeed(speed)).toBe(ok);
  });
});
