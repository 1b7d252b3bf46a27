// A kecamatan at a glance for its sahabat: open complaints by status, which are overdue at the
// verifier or the agency, the sahabat's messages waiting to be passed on, and this month's
// filings by kind and by category. Pure counting over rows the service has already read.
import { addWorkingDays, type Calendar, localDate, workingDaysUntil } from "../calendar/working-days.ts";
import { currentDeadline, type DeadlineDates, isOverdue } from "../complaint/deadline.ts";
import { holderOf, isOpen, STATUSES, type Status } from "../complaint/status.ts";
import { KINDS } from "../complaint/submission.ts";
import { isWithinRegion } from "../privacy/privacy.ts";
import { RELAY_LIMITS } from "./relay.ts";

export type DashboardComplaint = DeadlineDates & {
  trackingCode: string;
  kind: string;
  privacy: string;
  isSandbox: boolean;
  categoryId: string | null;
  districtCode: string;
  villageCode: string | null;
  submittedAt: Date;
};

/** One of the sahabat's open relay tasks, with the kecamatan of its complaint (null: none). */
export type DashboardTask = { districtCode: string | null; createdAt: Date };

export type OverdueHolder = "VERIFIER" | "AGENCY";

export type OverdueComplaint = {
  trackingCode: string;
  status: Status;
  categoryId: string | null;
  districtCode: string;
  villageCode: string | null;
  dueAt: Date;
  holder: OverdueHolder;
  /** Whole working days past the due date, at least 1. */
  workingDaysLate: number;
};

export type RelayCount = { open: number; overdue: number };

export type DistrictSummary = {
  districtCode: string;
  /** Every status a complaint is still handled in, in workflow order, zeros included. */
  openByStatus: { status: Status; count: number }[];
  openTotal: number;
  overdue: { atVerifier: number; atAgency: number; complaints: OverdueComplaint[] };
  relay: RelayCount;
  month: {
    total: number;
    /** Every kind, in the order filing offers them, zeros included. */
    byKind: { kind: (typeof KINDS)[number]; count: number }[];
    /** Categories with at least one filing, most first; null is "no category chosen". */
    byCategory: { categoryId: string | null; count: number }[];
  };
};

export type DashboardInput = {
  districtCodes: readonly string[];
  complaints: readonly DashboardComplaint[];
  tasks: readonly DashboardTask[];
  now: Date;
  calendar: Calendar;
};

const OPEN_STATUSES = STATUSES.filter(isOpen);

/**
 * Whether a complaint may count on a dashboard at all. Workshop complaints are practice, never
 * statistics. Confidential (rahasia) ones are left out entirely, from the lists and from the
 * numbers: in a kecamatan with few filings even a count by category or by week could point at
 * the one resident who asked for secrecy.
 */
export function isCounted(c: Pick<DashboardComplaint, "privacy" | "isSandbox">): boolean {
  return !c.isSandbox && c.privacy !== "CONFIDENTIAL";
}

/** The first instant of the local calendar month `now` falls in. */
export function monthStart(now: Date, calendar: Pick<Calendar, "utcOffsetMinutes">): Date {
  const firstDay = `${localDate(now, calendar.utcOffsetMinutes).slice(0, 8)}01`;
  return new Date(Date.parse(`${firstDay}T00:00:00Z`) - calendar.utcOffsetMinutes * 60_000);
}

/** When an open relay task falls due: RELAY_LIMITS.workingDays after it was made. */
export function relayDueAt(task: Pick<DashboardTask, "createdAt">, calendar: Calendar): Date {
  return addWorkingDays(task.createdAt, RELAY_LIMITS.workingDays, calendar);
}

/** Open relay tasks and how many of them are past their due time. */
export function countRelays(tasks: readonly DashboardTask[], now: Date, calendar: Calendar): RelayCount {
  const overdue = tasks.filter((t) => relayDueAt(t, calendar) < now).length;
  return { open: tasks.length, overdue };
}

/** The overdue deadline a verifier or an agency owes on this complaint, if any. */
export function overdueOf(c: DashboardComplaint, now: Date, calendar: Calendar): OverdueComplaint | null {
  const status = c.status as Status;
  if (!isOpen(status)) return null;
  const holder = holderOf(status);
  // A postponed complaint waits for the reporter and a resolved one for the automatic close:
  // nobody on the service's side is late with those.
  if (holder !== "VERIFIER" && holder !== "AGENCY") return null;
  const deadline = currentDeadline(c);
  if (!deadline || !isOverdue(deadline, now)) return null;
  return {
    trackingCode: c.trackingCode,
    status,
    categoryId: c.categoryId,
    districtCode: c.districtCode,
    villageCode: c.villageCode,
    dueAt: deadline.dueAt,
    holder,
    workingDaysLate: Math.max(1, -workingDaysUntil(now, deadline.dueAt, calendar)),
  };
}

function summarizeDistrict(code: string, input: DashboardInput, since: Date): DistrictSummary {
  const { now, calendar } = input;
  const here = input.complaints.filter((c) => isCounted(c) && isWithinRegion(c.districtCode, code));
  const open = here.filter((c) => isOpen(c.status as Status));
  const overdue = open
    .map((c) => overdueOf(c, now, calendar))
    .filter((o): o is OverdueComplaint => o !== null)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.trackingCode.localeCompare(b.trackingCode));
  const filed = here.filter((c) => c.submittedAt >= since && c.submittedAt <= now);
  const byCategory = new Map<string | null, number>();
  for (const c of filed) byCategory.set(c.categoryId, (byCategory.get(c.categoryId) ?? 0) + 1);
  const tasks = input.tasks.filter((t) => t.districtCode !== null && isWithinRegion(t.districtCode, code));
  return {
    districtCode: code,
    openByStatus: OPEN_STATUSES.map((status) => ({ status, count: open.filter((c) => c.status === status).length })),
    openTotal: open.length,
    overdue: {
      atVerifier: overdue.filter((o) => o.holder === "VERIFIER").length,
      atAgency: overdue.filter((o) => o.holder === "AGENCY").length,
      complaints: overdue,
    },
    relay: countRelays(tasks, now, calendar),
    month: {
      total: filed.length,
      byKind: KINDS.map((kind) => ({ kind, count: filed.filter((c) => c.kind === kind).length })),
      byCategory: [...byCategory]
        .map(([categoryId, count]) => ({ categoryId, count }))
        // Most filings first; equal counts in a fixed order, "no category" last.
        .sort((a, b) => b.count - a.count || (a.categoryId ?? "\uffff").localeCompare(b.categoryId ?? "\uffff")),
    },
  };
}

/** One summary per kecamatan, in the order given. */
export function summarizeDistricts(input: DashboardInput): DistrictSummary[] {
  const since = monthStart(input.now, input.calendar);
  return input.districtCodes.map((code) => summarizeDistrict(code, input, since));
}
