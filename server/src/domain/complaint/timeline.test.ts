// Each event the service writes, named as its own kind of entry: every workflow action and every
// other event type, with the facts the event stores.
import { describe, expect, it } from "vitest";
import { type TimelineEntry, type TimelineFacts, TIMELINE_ENTRIES, TIMELINE_EVENT_TYPES, timelineEntryOf } from "./timeline.ts";

const event = (type: string, fromStatus: string | null, toStatus: string | null, actorRole: string | null = "VERIFIER", visibility = "PUBLIC"): TimelineFacts => ({
  type,
  fromStatus,
  toStatus,
  actorRole,
  visibility,
});

// [what happened, the event as stored, its entry]
const EVENTS: [string, TimelineFacts, TimelineEntry][] = [
  ["filed", event("SUBMITTED", null, "SUBMITTED", "RESIDENT"), "submitted"],
  ["verify", event("STATUS_CHANGED", "SUBMITTED", "VERIFIED"), "verified"],
  ["postpone", event("STATUS_CHANGED", "VERIFIED", "POSTPONED", "VERIFIER", "PARTIES"), "postponed"],
  ["resume", event("STATUS_CHANGED", "POSTPONED", "SUBMITTED", "RESIDENT", "PARTIES"), "resumed"],
  ["markOutOfScope", event("STATUS_CHANGED", "SUBMITTED", "OUT_OF_SCOPE"), "outOfScope"],
  ["reject", event("STATUS_CHANGED", "SUBMITTED", "REJECTED", "VERIFIER", "PARTIES"), "rejected"],
  ["archive", event("STATUS_CHANGED", "POSTPONED", "ARCHIVED", "VERIFIER", "PARTIES"), "archived"],
  ["dispose", event("STATUS_CHANGED", "VERIFIED", "DISPOSED"), "disposed"],
  ["dispose again after a return", event("STATUS_CHANGED", "NOT_OUR_AUTHORITY", "DISPOSED"), "rerouted"],
  ["acknowledge", event("ASSIGNED", "DISPOSED", "DISPOSED", "AGENCY_OFFICER"), "acknowledged"],
  ["markInProgress", event("STATUS_CHANGED", "DISPOSED", "IN_PROGRESS", "AGENCY_OFFICER"), "inProgress"],
  ["postFollowUp", event("FOLLOW_UP", "DISPOSED", "IN_PROGRESS", "AGENCY_OFFICER"), "answered"],
  ["addNote", event("FOLLOW_UP", "IN_PROGRESS", "IN_PROGRESS", "AGENCY_OFFICER", "STAFF"), "internalNote"],
  ["resolve", event("STATUS_CHANGED", "IN_PROGRESS", "RESOLVED", "AGENCY_OFFICER"), "resolved"],
  ["returnNotOurAuthority", event("STATUS_CHANGED", "DISPOSED", "NOT_OUR_AUTHORITY", "AGENCY_OFFICER", "STAFF"), "returned"],
  ["reopen", event("STATUS_CHANGED", "RESOLVED", "IN_PROGRESS", "RESIDENT", "PARTIES"), "reopened"],
  ["close", event("STATUS_CHANGED", "RESOLVED", "CLOSED", "RESIDENT"), "closed"],
  ["closed by the scheduler", event("STATUS_CHANGED", "RESOLVED", "CLOSED", null), "autoClosed"],
  ["reply", event("REPLY", null, null, "RESIDENT", "PARTIES"), "reply"],
  ["rated", event("RATED", null, null, "RESIDENT", "PARTIES"), "rated"],
  ["privacy made stricter", event("PRIVACY_CHANGED", null, null), "privacyChanged"],
  ["privacy chosen by the reporter", event("PRIVACY_CHANGED", null, null, "RESIDENT", "PARTIES"), "privacyChosen"],
  ["escalated by the scheduler", event("ESCALATED", "SUBMITTED", "SUBMITTED", null, "STAFF"), "escalated"],
  ["relayed by a sahabat", event("RELAYED", null, null, "SAHABAT", "PARTIES"), "relayed"],
  ["claimed", event("CLAIMED", null, null, "RESIDENT", "PARTIES"), "claimed"],
  ["a relay sahabat assigned", event("RELAY_ASSIGNED", null, null, "RESIDENT", "PARTIES"), "relayAssigned"],
  ["the sahabat's access withdrawn", event("SAHABAT_WITHDRAWN", null, null, "RESIDENT", "PARTIES"), "sahabatWithdrawn"],
  ["redacted at verification", event("REDACTED", null, null, "VERIFIER", "STAFF"), "redacted"],
  ["merged into the original", event("MERGED", "SUBMITTED", "ARCHIVED", "VERIFIER"), "merged"],
  ["a duplicate merged into this one", event("MERGED", null, null, "VERIFIER", "STAFF"), "mergedHere"],
  ["the reporter erased their data", event("REPORTER_ERASED", null, null, "RESIDENT", "PUBLIC"), "reporterErased"],
];

describe("timelineEntryOf", () => {
  it.each(EVENTS)("%s → %s", (_what, facts, entry) => {
    expect(timelineEntryOf(facts)).toBe(entry);
  });

  it("names every event type", () => {
    expect(new Set(EVENTS.map(([, facts]) => facts.type))).toEqual(new Set(TIMELINE_EVENT_TYPES));
  });

  it("gives the agency receiving a complaint its own entry, not a second disposal", () => {
    const [, dispose] = EVENTS.find(([what]) => what === "dispose")!;
    const [, acknowledge] = EVENTS.find(([what]) => what === "acknowledge")!;
    expect(timelineEntryOf(acknowledge)).not.toBe(timelineEntryOf(dispose));
  });

  it("reaches every entry but the fallback from a real event", () => {
    const reached = new Set(EVENTS.map(([, facts]) => timelineEntryOf(facts)));
    expect(TIMELINE_ENTRIES.filter((e) => !reached.has(e))).toEqual(["statusChanged"]);
  });
});
