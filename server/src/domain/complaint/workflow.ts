// The complaint workflow as data: which action may move a complaint from which status to which,
// and who may take it. Services ask this table; pages show only what it allows. Per-region or
// per-agency rules belong in policy objects beside it, never in handlers.
import type { Visibility } from "../privacy/privacy.ts";
import type { Status } from "./status.ts";

/** Who is acting, relative to the complaint (worked out from roles and scopes by the service). */
export type Actor = "VERIFIER" | "AGENCY" | "REPORTER" | "ADMINISTRATOR" | "SYSTEM";

export type Action =
  | "verify"
  | "postpone"
  | "resume"
  | "markOutOfScope"
  | "reject"
  | "archive"
  | "dispose"
  | "acknowledge"
  | "postFollowUp"
  | "addNote"
  | "markInProgress"
  | "resolve"
  | "returnNotOurAuthority"
  | "reopen"
  | "close";

/** The inputs of an action, named as in `ActOnComplaintInput`. */
export const ACTION_INPUTS = ["title", "kind", "categoryId", "agencyId", "copyAgencyIds", "reason", "note", "body"] as const;
export type ActionInput = (typeof ACTION_INPUTS)[number];

type Rule = {
  from: readonly Status[];
  /** The new status; "same" keeps it (the action only adds to the timeline). */
  to: Status | "same";
  actors: readonly Actor[];
  /** Inputs the action cannot go without (checked by the service). */
  needs: readonly ("note" | "agencyId" | "reason" | "body")[];
  /** Every input its form offers, in the form's order (the `needs` among them): a page builds
   * the form and links each field error to its field from this, not from a list of its own. */
  inputs: readonly ActionInput[];
  /** Who may see that the action happened (its timeline entry). */
  eventAudience: Visibility;
  /**
   * Who will read the note or answer typed with the action, told to the person typing it; never
   * wider than `eventAudience`. Null: the action takes no note.
   */
  noteAudience: Visibility | null;
  /** Where a page lists it: lower first, so the work reads in its usual order. */
  order: number;
  /** The statuses in which this is the usual next step: the one primary button there. */
  primaryIn: readonly Status[];
  /** Ends the complaint without an answer: styled apart and confirmed before it is sent. */
  destructive: boolean;
};

const STAFF_DESK = ["VERIFIER", "ADMINISTRATOR"] as const;
const OPEN_BEFORE_DISPOSAL = ["SUBMITTED", "VERIFIED", "POSTPONED"] as const;

export const WORKFLOW: Readonly<Record<Action, Rule>> = {
  verify: { from: ["SUBMITTED"], to: "VERIFIED", actors: STAFF_DESK, needs: [], inputs: ["title", "kind", "categoryId"], eventAudience: "PUBLIC", noteAudience: null, order: 10, primaryIn: ["SUBMITTED"], destructive: false },
  postpone: { from: ["SUBMITTED", "VERIFIED"], to: "POSTPONED", actors: STAFF_DESK, needs: ["note"], inputs: ["note"], eventAudience: "PARTIES", noteAudience: "PARTIES", order: 100, primaryIn: [], destructive: false },
  resume: { from: ["POSTPONED"], to: "SUBMITTED", actors: ["REPORTER", ...STAFF_DESK], needs: [], inputs: [], eventAudience: "PARTIES", noteAudience: "PARTIES", order: 70, primaryIn: ["POSTPONED"], destructive: false },
  markOutOfScope: { from: [...OPEN_BEFORE_DISPOSAL, "NOT_OUR_AUTHORITY"], to: "OUT_OF_SCOPE", actors: STAFF_DESK, needs: ["note"], inputs: ["note"], eventAudience: "PUBLIC", noteAudience: "PARTIES", order: 120, primaryIn: [], destructive: false },
  reject: { from: OPEN_BEFORE_DISPOSAL, to: "REJECTED", actors: STAFF_DESK, needs: ["reason"], inputs: ["reason", "note"], eventAudience: "PARTIES", noteAudience: "PARTIES", order: 140, primaryIn: [], destructive: true },
  archive: { from: OPEN_BEFORE_DISPOSAL, to: "ARCHIVED", actors: STAFF_DESK, needs: ["reason"], inputs: ["reason", "note"], eventAudience: "PARTIES", noteAudience: "PARTIES", order: 150, primaryIn: [], destructive: true },
  dispose: { from: ["VERIFIED", "NOT_OUR_AUTHORITY"], to: "DISPOSED", actors: STAFF_DESK, needs: ["agencyId"], inputs: ["agencyId", "copyAgencyIds", "note"], eventAudience: "PUBLIC", noteAudience: "STAFF", order: 20, primaryIn: ["VERIFIED", "NOT_OUR_AUTHORITY"], destructive: false },
  acknowledge: { from: ["DISPOSED"], to: "same", actors: ["AGENCY"], needs: [], inputs: [], eventAudience: "PUBLIC", noteAudience: null, order: 30, primaryIn: ["DISPOSED"], destructive: false },
  postFollowUp: { from: ["DISPOSED", "IN_PROGRESS"], to: "IN_PROGRESS", actors: ["AGENCY"], needs: ["body"], inputs: ["body"], eventAudience: "PUBLIC", noteAudience: "PUBLIC", order: 40, primaryIn: ["IN_PROGRESS"], destructive: false },
  addNote: {
    from: ["SUBMITTED", "VERIFIED", "POSTPONED", "DISPOSED", "IN_PROGRESS", "NOT_OUR_AUTHORITY", "RESOLVED"],
    to: "same",
    actors: ["VERIFIER", "AGENCY", "ADMINISTRATOR"],
    needs: ["body"],
    inputs: ["body"],
    eventAudience: "STAFF",
    noteAudience: "STAFF",
    order: 130,
    primaryIn: [],
    destructive: false,
  },
  markInProgress: { from: ["DISPOSED"], to: "IN_PROGRESS", actors: ["AGENCY"], needs: [], inputs: [], eventAudience: "PUBLIC", noteAudience: null, order: 50, primaryIn: [], destructive: false },
  resolve: { from: ["DISPOSED", "IN_PROGRESS"], to: "RESOLVED", actors: ["AGENCY"], needs: ["body"], inputs: ["body"], eventAudience: "PUBLIC", noteAudience: "PUBLIC", order: 60, primaryIn: [], destructive: false },
  returnNotOurAuthority: { from: ["DISPOSED", "IN_PROGRESS"], to: "NOT_OUR_AUTHORITY", actors: ["AGENCY"], needs: ["note"], inputs: ["note"], eventAudience: "STAFF", noteAudience: "STAFF", order: 110, primaryIn: [], destructive: false },
  reopen: { from: ["RESOLVED"], to: "IN_PROGRESS", actors: ["REPORTER"], needs: ["note"], inputs: ["note"], eventAudience: "PARTIES", noteAudience: "PARTIES", order: 90, primaryIn: [], destructive: false },
  close: { from: ["RESOLVED"], to: "CLOSED", actors: ["REPORTER", "SYSTEM"], needs: [], inputs: [], eventAudience: "PUBLIC", noteAudience: "PARTIES", order: 80, primaryIn: ["RESOLVED"], destructive: false },
};

export const ACTIONS = Object.keys(WORKFLOW) as Action[];

export type Refusal = "wrong_status" | "not_allowed";

/** Whether `actor` may take `action` on a complaint in `status`, and where it leads. */
export function canTransition(
  status: Status,
  action: Action,
  actors: Iterable<Actor>,
): { ok: true; to: Status } | { ok: false; reason: Refusal } {
  const rule = WORKFLOW[action];
  if (!rule.from.includes(status)) return { ok: false, reason: "wrong_status" };
  const mine = new Set(actors);
  if (!rule.actors.some((a) => mine.has(a))) return { ok: false, reason: "not_allowed" };
  return { ok: true, to: rule.to === "same" ? status : rule.to };
}

/** The actions these actors may take right now, in the table's order (what a page offers). */
export function availableActions(status: Status, actors: Iterable<Actor>): Action[] {
  const mine = [...actors];
  return ACTIONS.filter((action) => canTransition(status, action, mine).ok).sort((a, b) => WORKFLOW[a].order - WORKFLOW[b].order);
}

/** Whether `action` is the usual next step for a complaint in `status` (its primary button). */
export function isPrimary(action: Action, status: Status): boolean {
  return WORKFLOW[action].primaryIn.includes(status);
}

/** Reasons a verifier may give for rejecting or archiving (message keys in both languages). */
export const REJECT_REASONS = ["incomplete", "not_verifiable", "offensive", "duplicate", "spam", "test"] as const;

/** After this many returns as "not our authority" the complaint goes to an administrator. */
export const ESCALATE_AFTER_RETURNS = 2;
