// Who hears of one timeline event, and in which words. Pure: the caller gathers the event, the
// complaint and the candidate recipients (the reporter, the sahabat who filed it, followers);
// this module decides, per recipient, whether they may know of it at all (privacy mode and the
// event's visibility, through the privacy module), leaves out the person who acted, and writes
// one plain sentence in the recipient's language: the title and the note only for those who may
// read them. Notifications never name the reporter.
import type { Locale } from "../../i18n/messages.ts";
import { translate } from "../../i18n/messages.ts";
import {
  type Access,
  type Audience,
  audiencesOf,
  complaintAccess,
  contentVersion,
  mayRead,
  mayReadNote,
  type Privacy,
  type ViewerScope,
  type Visibility,
} from "../privacy/privacy.ts";

export type EventType =
  | "SUBMITTED"
  | "STATUS_CHANGED"
  | "FOLLOW_UP"
  | "REPLY"
  | "RATED"
  | "PRIVACY_CHANGED"
  | "ASSIGNED"
  | "ESCALATED"
  | "RELAYED"
  | "CLAIMED"
  | "RELAY_ASSIGNED"
  | "SAHABAT_WITHDRAWN"
  | "REDACTED"
  | "MERGED"
  | "REPORTER_ERASED";

export type EventFacts = {
  type: EventType;
  actorId: string | null;
  actorRole: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  visibility: Visibility;
  /** Who may read the note, when narrower than the event (null: as the event). */
  noteVisibility: Visibility | null;
};

export type ComplaintFacts = {
  id: string;
  trackingCode: string;
  title: string;
  /** The verifier's redacted title, read by whoever reads the public version (null: the title itself). */
  publicTitle?: string | null;
  privacy: Privacy;
  showReporterName: boolean;
  reporterId: string | null;
  sahabatId: string | null;
  relaySahabatId: string | null;
  sahabatAccessWithdrawnAt: Date | null;
  districtCode: string;
  agencyId: string | null;
  copiedAgencyIds: readonly string[];
  /** A verifier has checked it and it stands (the privacy module's isVerified). */
  verified: boolean;
  reporterPhone: string | null;
  reporterEmail: string | null;
  /** The agency it is with now (short name), for "… passed it on to Dinas PUPR". */
  agencyName: string | null;
  /** A workshop's practice complaint: every notification about it says LATIHAN. */
  practice?: boolean;
};

/** Why a candidate might hear of the complaint. */
export type Via = "reporter" | "sahabat" | "follow";

export type Candidate =
  | { kind: "user"; userId: string; locale: Locale; roles: ViewerScope["roles"]; via: Via }
  /** Someone without an account, by the contact they gave; null: the reporter chose no channel
   * of their own and hears back through the sahabat who filed for them (a task for the sahabat). */
  | { kind: "contact"; contact: string | null; locale: Locale; via: Via };

export type PlannedNotification = {
  userId: string | null;
  contact: string | null;
  locale: Locale;
  title: string;
  body: string;
};

const NOTE_EXCERPT = 280;

/** The audiences a candidate has for this complaint, before the rahasia narrowing. */
export function candidateAudiences(candidate: Candidate, complaint: ComplaintFacts): Set<Audience> {
  if (candidate.kind === "user") {
    return audiencesOf({ userId: candidate.userId, roles: candidate.roles }, complaint, false);
  }
  // A contact is the reporter only when it is the contact the reporter gave; any other contact
  // follower is treated as the public, whatever they once proved.
  const own =
    candidate.via === "reporter" ||
    (complaint.reporterPhone !== null && candidate.contact === complaint.reporterPhone) ||
    (complaint.reporterEmail !== null && candidate.contact?.toLowerCase() === complaint.reporterEmail.toLowerCase());
  return new Set<Audience>(own ? ["PUBLIC", "REPORTER"] : ["PUBLIC"]);
}

/** What someone with these audiences may see of the complaint (the privacy module's rules). */
export function accessOf(audiences: Set<Audience>, complaint: ComplaintFacts): Access {
  return complaintAccess(audiences, complaint.privacy, complaint.showReporterName, complaint.verified);
}

/** Whether someone with these audiences may hear of this event. */
export function mayHear(audiences: Set<Audience>, complaint: ComplaintFacts, event: EventFacts): boolean {
  const access = accessOf(audiences, complaint);
  if (!access.visible || !access.toldOfEvents) return false;
  if (event.visibility === "PUBLIC") return true;
  return mayRead(access, event.visibility);
}

/** Whether the candidate is the one who acted (nobody is told of their own action). */
function isActor(candidate: Candidate, event: EventFacts): boolean {
  if (candidate.kind === "user" && event.actorId !== null && candidate.userId === event.actorId) return true;
  // Filing and the reporter's own replies, ratings and claims: the reporter acted, with or without an account.
  const reporterActed = event.type === "SUBMITTED" || event.actorRole === "RESIDENT";
  if (reporterActed && candidate.via === "reporter") return true;
  // Assisted filing: the sahabat filed it.
  if (event.type === "SUBMITTED" && candidate.via === "sahabat") return true;
  // Assigning the relay happens as the resident files: news for the sahabat, not the resident.
  if (event.type === "RELAY_ASSIGNED" && candidate.via === "reporter") return true;
  return false;
}

function sentenceKey(event: EventFacts): string | null {
  switch (event.type) {
    case "SUBMITTED":
      return "notify.submitted";
    case "CLAIMED":
    case "SAHABAT_WITHDRAWN":
      return null; // the reporter saved it into their account or withdrew access: news for nobody else
    case "REDACTED":
      return null; // staff's record of what the public reads: nobody's news
    case "REPORTER_ERASED":
      return null; // the reporter left: the record says so, nobody is told
    case "MERGED":
      // The duplicate's reporter and followers hear where the news comes from now; the staff
      // record on the original is nobody's news.
      return event.visibility === "PUBLIC" ? "notify.merged" : null;
    case "RELAY_ASSIGNED":
      return "notify.relayAssigned";
    case "REPLY":
      return "notify.reply";
    case "RATED":
      return "notify.rated";
    case "ESCALATED":
      return "notify.escalated";
    case "FOLLOW_UP":
      return event.visibility === "STAFF" ? "notify.internalNote" : "notify.answered";
    case "STATUS_CHANGED":
    case "ASSIGNED":
      switch (event.toStatus) {
        case "VERIFIED":
          return "notify.verified";
        case "DISPOSED":
          return event.fromStatus === "DISPOSED" ? "notify.generic" : "notify.disposed";
        case "IN_PROGRESS":
          return "notify.inProgress";
        case "RESOLVED":
          return "notify.resolved";
        case "NOT_OUR_AUTHORITY":
          return "notify.returned";
        case null:
          return "notify.generic";
        default:
          return "notify.status";
      }
    default:
      return "notify.generic";
  }
}

function actorLabel(locale: Locale, event: EventFacts, agencyName: string | null): string {
  if (event.actorRole === "AGENCY_OFFICER" && agencyName) return agencyName;
  const role = event.actorRole ?? "SYSTEM";
  return translate(locale, `notify.actor.${role}`);
}

/** The words of one notification for one recipient. */
export function wordsFor(
  locale: Locale,
  event: EventFacts,
  complaint: ComplaintFacts,
  access: Access,
  actorAgencyName: string | null,
): { title: string; body: string } | null {
  const own = access.actAsReporter;
  const key = sentenceKey(event);
  if (!key) return null;
  const code = complaint.trackingCode;
  const params = {
    code,
    subject: translate(locale, own ? "notify.subject.own" : "notify.subject.other", { code }),
    actor: actorLabel(locale, event, actorAgencyName),
    agency: complaint.agencyName ?? "",
    status: event.toStatus ? translate(locale, `status.${event.toStatus}`) : "",
  };
  const sentence = translate(locale, key, params);
  const capitalised = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  const title = complaint.practice ? translate(locale, "notify.practice", { title: capitalised }) : capitalised;
  const lines = [
    access.content ? translate(locale, "notify.bodyTitle", { title: complaint.title }) : translate(locale, "notify.bodyBeingChecked"),
  ];
  const note = mayReadNote(access, event) ? event.note?.trim() : null;
  // A merge's note names the original's tracking code: where to follow the problem now.
  if (note && (event.type === "FOLLOW_UP" || event.type === "REPLY" || event.type === "STATUS_CHANGED" || event.type === "ASSIGNED" || event.type === "MERGED")) {
    const excerpt = note.length > NOTE_EXCERPT ? `${note.slice(0, NOTE_EXCERPT - 1).trimEnd()}…` : note;
    lines.push(translate(locale, "notify.bodyNote", { note: excerpt }));
  }
  return { title, body: lines.join("\n") };
}

/**
 * The notifications one event causes: at most one per person (by account or contact), each in
 * the recipient's language and only for those allowed to know of the event.
 */
export function planNotifications(
  event: EventFacts,
  complaint: ComplaintFacts,
  candidates: readonly Candidate[],
  actorAgencyName: string | null = null,
): PlannedNotification[] {
  // The reporter's own entry comes first, so "your complaint" wins over a plain follow.
  const ordered = [...candidates].sort((a, b) => rank(a.via) - rank(b.via));
  const seen = new Set<string>();
  const planned: PlannedNotification[] = [];
  for (const candidate of ordered) {
    const key = candidate.kind === "user" ? `user:${candidate.userId}` : candidate.contact === null ? `relay:${candidate.via}` : `contact:${candidate.contact.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (isActor(candidate, event)) continue;
    const audiences = candidateAudiences(candidate, complaint);
    if (!mayHear(audiences, complaint, event)) continue;
    // A follower who reads only the public version hears the redacted title, as the page shows it.
    const version = contentVersion(audiences, complaint.privacy, complaint.showReporterName, complaint.verified);
    const shown = version === "PUBLIC" && complaint.publicTitle ? { ...complaint, title: complaint.publicTitle } : complaint;
    const words = wordsFor(candidate.locale, event, shown, accessOf(audiences, complaint), actorAgencyName);
    if (!words) continue;
    planned.push({
      userId: candidate.kind === "user" ? candidate.userId : null,
      contact: candidate.kind === "contact" ? candidate.contact : null,
      locale: candidate.locale,
      ...words,
    });
  }
  return planned;
}

function rank(via: Via): number {
  return via === "reporter" ? 0 : via === "sahabat" ? 1 : 2;
}
