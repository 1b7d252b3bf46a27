// Complaint statuses as data. The transition table arrives with case handling; this module
// already answers what every channel needs: is it still open, and which stage is it in.

export const STATUSES = [
  "SUBMITTED",
  "VERIFIED",
  "DISPOSED",
  "IN_PROGRESS",
  "RESOLVED",
  "CLOSED",
  "POSTPONED",
  "OUT_OF_SCOPE",
  "NOT_OUR_AUTHORITY",
  "REJECTED",
  "ARCHIVED",
] as const;

export type Status = (typeof STATUSES)[number];

/** Statuses a complaint ends in: nobody owes it anything more. */
export const FINAL_STATUSES = ["CLOSED", "OUT_OF_SCOPE", "REJECTED", "ARCHIVED"] as const satisfies readonly Status[];
const FINAL: ReadonlySet<Status> = new Set(FINAL_STATUSES);

export function isOpen(status: Status): boolean {
  return !FINAL.has(status);
}

/** Who holds the complaint now, for "who has it" sentences on the tracking page. */
export function holderOf(status: Status): "VERIFIER" | "AGENCY" | "REPORTER" | "NOBODY" {
  switch (status) {
    case "SUBMITTED":
    case "VERIFIED":
    case "NOT_OUR_AUTHORITY":
      return "VERIFIER";
    case "DISPOSED":
    case "IN_PROGRESS":
      return "AGENCY";
    case "RESOLVED":
    case "POSTPONED":
      return "REPORTER";
    default:
      return "NOBODY";
  }
}

/** A reporter rates how their complaint was handled once the agency has resolved it. */
export function canRate(status: Status): boolean {
  return status === "RESOLVED" || status === "CLOSED";
}
