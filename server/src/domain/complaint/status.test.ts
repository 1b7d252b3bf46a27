// Every status: is it still open, and who holds it now.
import { describe, expect, it } from "vitest";
import { type Status, STATUSES, holderOf, isOpen } from "./status.ts";

type Holder = ReturnType<typeof holderOf>;

const TABLE: Array<[Status, boolean, Holder]> = [
  ["SUBMITTED", true, "VERIFIER"],
  ["VERIFIED", true, "VERIFIER"],
  ["DISPOSED", true, "AGENCY"],
  ["IN_PROGRESS", true, "AGENCY"],
  ["RESOLVED", true, "REPORTER"], // the reporter may still reply before the automatic close
  ["CLOSED", false, "NOBODY"],
  ["POSTPONED", true, "REPORTER"], // waiting for more information from the reporter
  ["OUT_OF_SCOPE", false, "NOBODY"],
  ["NOT_OUR_AUTHORITY", true, "VERIFIER"], // handed back to be re-routed
  ["REJECTED", false, "NOBODY"],
  ["ARCHIVED", false, "NOBODY"],
];

describe("status", () => {
  it("the table lists every status exactly once", () => {
    expect(TABLE.map(([status]) => status).sort()).toEqual([...STATUSES].sort());
  });

  it.each(TABLE)("%s: open %s, held by %s", (status, open, holder) => {
    expect(isOpen(status)).toBe(open);
    expect(holderOf(status)).toBe(holder);
  });

  it.each([...STATUSES])("%s: closed exactly when nobody holds it", (status) => {
    expect(isOpen(status)).toBe(holderOf(status) !== "NOBODY");
  });
});
