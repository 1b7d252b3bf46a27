// The running deadline per status: whoever holds the complaint has a date, a postponed one's
// clock stands still, and a finished one has none.
import { describe, expect, it } from "vitest";
import { currentDeadline, isOverdue, OWED_DEADLINE_STATUSES } from "./deadline.ts";
import { holderOf, STATUSES, type Status } from "./status.ts";

const verifyDueAt = new Date("2026-12-03T15:59:59.999Z");
const followUpDueAt = new Date("2026-12-07T15:59:59.999Z");
const closeDueAt = new Date("2026-12-14T15:59:59.999Z");
const pausedAt = new Date("2026-12-01T01:00:00Z");
const dates = { verifyDueAt, followUpDueAt, closeDueAt, pausedAt: null };

describe("currentDeadline", () => {
  it.each<[Status, Date | null, string | null, boolean]>([
    ["SUBMITTED", verifyDueAt, "verify", false],
    ["VERIFIED", verifyDueAt, "dispose", false],
    ["POSTPONED", verifyDueAt, "verify", true],
    ["NOT_OUR_AUTHORITY", verifyDueAt, "dispose", false],
    ["DISPOSED", followUpDueAt, "followUp", false],
    ["IN_PROGRESS", followUpDueAt, "followUp", false],
    ["RESOLVED", closeDueAt, "autoClose", false],
    ["CLOSED", null, null, false],
    ["OUT_OF_SCOPE", null, null, false],
    ["REJECTED", null, null, false],
    ["ARCHIVED", null, null, false],
  ])("%s: due %s (%s), paused %s", (status, dueAt, kind, paused) => {
    const deadline = currentDeadline({ status, ...dates, pausedAt: status === "POSTPONED" ? pausedAt : null });
    expect(deadline?.dueAt ?? null).toEqual(dueAt);
    expect(deadline?.kind ?? null).toBe(kind);
    expect(deadline ? deadline.pausedAt !== null : false).toBe(paused);
  });

  it("covers every status", () => {
    for (const status of STATUSES) expect(() => currentDeadline({ status, ...dates })).not.toThrow();
  });

  it.each(STATUSES.filter((s) => holderOf(s) === "VERIFIER" || holderOf(s) === "AGENCY"))(
    "%s is held by a verifier or an agency, and shows their deadline",
    (status) => {
      expect(currentDeadline({ status, ...dates })).not.toBeNull();
      expect(OWED_DEADLINE_STATUSES).toContain(status);
    },
  );

  it("has none when the date was never set", () => {
    expect(currentDeadline({ status: "IN_PROGRESS", verifyDueAt, followUpDueAt: null, closeDueAt: null, pausedAt: null })).toBeNull();
  });
});

describe("isOverdue", () => {
  const after = new Date("2026-12-08T01:00:00Z");
  const before = new Date("2026-12-02T01:00:00Z");
  it.each<[Status, Date, boolean]>([
    ["SUBMITTED", after, true],
    ["SUBMITTED", before, false],
    ["VERIFIED", after, true],
    ["POSTPONED", after, false], // the clock stands still
    ["DISPOSED", after, true], // due at the end of Monday 7 December WITA
    ["DISPOSED", before, false],
    ["RESOLVED", new Date("2026-12-20T01:00:00Z"), false], // closing by itself is nobody's debt
  ])("%s at %s: %s", (status, now, overdue) => {
    const deadline = currentDeadline({ status, ...dates, pausedAt: status === "POSTPONED" ? pausedAt : null })!;
    expect(isOverdue(deadline, now)).toBe(overdue);
  });
});
