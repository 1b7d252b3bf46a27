// The deadline running now, for whoever holds the complaint: the verifier's (3 working days from
// filing, until it is passed to an agency; paused while postponed; 3 more to re-route one an
// agency handed back), the agency's (5 working days from disposal or from its latest answer),
// and the reporter's window before a resolved complaint closes by itself.
import type { Status } from "./status.ts";

/** Whose deadline it is: the verifier's check, the agency's answer, the follow-up, the automatic close. */
export const DEADLINE_KINDS = ["verify", "dispose", "followUp", "autoClose"] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type DeadlineDates = {
  status: string;
  verifyDueAt: Date | null;
  followUpDueAt: Date | null;
  closeDueAt: Date | null;
  pausedAt: Date | null;
};

export type RunningDeadline = {
  dueAt: Date;
  kind: DeadlineKind;
  /** Postponed: the clock stands still since this moment and runs again when the reporter answers. */
  pausedAt: Date | null;
};

/** Which stored date each status's deadline is, and what it is for. */
const BY_STATUS: Partial<Record<Status, { field: "verifyDueAt" | "followUpDueAt" | "closeDueAt"; kind: DeadlineKind }>> = {
  SUBMITTED: { field: "verifyDueAt", kind: "verify" },
  POSTPONED: { field: "verifyDueAt", kind: "verify" },
  VERIFIED: { field: "verifyDueAt", kind: "dispose" },
  NOT_OUR_AUTHORITY: { field: "verifyDueAt", kind: "dispose" },
  DISPOSED: { field: "followUpDueAt", kind: "followUp" },
  IN_PROGRESS: { field: "followUpDueAt", kind: "followUp" },
  RESOLVED: { field: "closeDueAt", kind: "autoClose" },
};

/** Statuses whose deadline someone owes (not the automatic close): these can be overdue. */
export const OWED_DEADLINE_STATUSES = (Object.keys(BY_STATUS) as Status[]).filter((s) => BY_STATUS[s]!.kind !== "autoClose");

/** The deadline that applies to a complaint in its current status, if any. */
export function currentDeadline(c: DeadlineDates): RunningDeadline | null {
  const rule = BY_STATUS[c.status as Status];
  if (!rule) return null;
  const dueAt = c[rule.field];
  if (!dueAt) return null;
  return { dueAt, kind: rule.kind, pausedAt: c.status === "POSTPONED" ? c.pausedAt : null };
}

/** Whether the deadline has passed without the step it waits for (a paused one never has). */
export function isOverdue(deadline: RunningDeadline, now: Date): boolean {
  return deadline.pausedAt === null && deadline.kind !== "autoClose" && deadline.dueAt < now;
}
