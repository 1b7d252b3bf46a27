// What each timeline event was, in one word per kind of entry, so every entry gets its own
// sentence (the agency receiving a complaint is not a second "passed to an agency"). Worked out
// from what an event stores: its type, the statuses either side, who acted and who may read it.

/** Every type a timeline event can have (the database enum, kept equal by a test). */
export const TIMELINE_EVENT_TYPES = [
  "SUBMITTED",
  "STATUS_CHANGED",
  "FOLLOW_UP",
  "REPLY",
  "RATED",
  "PRIVACY_CHANGED",
  "ASSIGNED",
  "ESCALATED",
  "RELAYED",
  "CLAIMED",
  "RELAY_ASSIGNED",
  "SAHABAT_WITHDRAWN",
  "REDACTED",
  "MERGED",
  "REPORTER_ERASED",
] as const;
export type TimelineEventType = (typeof TIMELINE_EVENT_TYPES)[number];

export const TIMELINE_ENTRIES = [
  "submitted",
  "verified",
  "postponed",
  "resumed",
  "outOfScope",
  "rejected",
  "archived",
  "disposed",
  "rerouted",
  "acknowledged",
  "inProgress",
  "answered",
  "internalNote",
  "resolved",
  "returned",
  "reopened",
  "closed",
  "autoClosed",
  "statusChanged",
  "reply",
  "rated",
  "privacyChanged",
  "privacyChosen",
  "escalated",
  "relayed",
  "claimed",
  "relayAssigned",
  "sahabatWithdrawn",
  "redacted",
  "merged",
  "mergedHere",
  "reporterErased",
] as const;
export type TimelineEntry = (typeof TIMELINE_ENTRIES)[number];

/** Who reads the words: residents and the public, or staff on their handling page. */
export const TIMELINE_AUDIENCES = ["PUBLIC", "STAFF"] as const;
export type TimelineAudience = (typeof TIMELINE_AUDIENCES)[number];

export type TimelineFacts = {
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorRole: string | null;
  visibility: string;
};

const OTHER_TYPES: Record<Exclude<TimelineEventType, "STATUS_CHANGED" | "FOLLOW_UP">, TimelineEntry> = {
  SUBMITTED: "submitted",
  // The one same-status action besides notes: the agency confirming it has the complaint.
  ASSIGNED: "acknowledged",
  REPLY: "reply",
  RATED: "rated",
  PRIVACY_CHANGED: "privacyChanged",
  ESCALATED: "escalated",
  RELAYED: "relayed",
  CLAIMED: "claimed",
  RELAY_ASSIGNED: "relayAssigned",
  SAHABAT_WITHDRAWN: "sahabatWithdrawn",
  REDACTED: "redacted",
  MERGED: "merged",
  REPORTER_ERASED: "reporterErased",
};

function statusEntry(e: TimelineFacts): TimelineEntry {
  switch (e.toStatus) {
    case "VERIFIED":
      return "verified";
    case "POSTPONED":
      return "postponed";
    case "SUBMITTED":
      return "resumed";
    case "OUT_OF_SCOPE":
      return "outOfScope";
    case "REJECTED":
      return "rejected";
    case "ARCHIVED":
      return "archived";
    case "DISPOSED":
      return e.fromStatus === "NOT_OUR_AUTHORITY" ? "rerouted" : "disposed";
    case "IN_PROGRESS":
      return e.fromStatus === "RESOLVED" ? "reopened" : "inProgress";
    case "RESOLVED":
      return "resolved";
    case "NOT_OUR_AUTHORITY":
      return "returned";
    case "CLOSED":
      return e.actorRole === null ? "autoClosed" : "closed";
    default:
      return "statusChanged";
  }
}

/** The kind of entry an event is. */
export function timelineEntryOf(e: TimelineFacts): TimelineEntry {
  if (e.type === "STATUS_CHANGED") return statusEntry(e);
  if (e.type === "FOLLOW_UP") return e.visibility === "STAFF" ? "internalNote" : "answered";
  // A merge writes on both: the duplicate is archived into the original, which keeps its status.
  if (e.type === "MERGED" && e.toStatus === null) return "mergedHere";
  // Staff only ever make it stricter; the reporter may choose either way.
  if (e.type === "PRIVACY_CHANGED" && e.actorRole === "RESIDENT") return "privacyChosen";
  return OTHER_TYPES[e.type as keyof typeof OTHER_TYPES] ?? "statusChanged";
}
