// Who may see what of a complaint. Pure: the caller says how the viewer relates to the
// complaint (their audiences) and whether it has been verified; this module answers per facet.
// Every path that returns a complaint, a person, a note, a photo or an audit entry goes through
// `complaintAccess` and the predicates below, so the rules live in one place.
import { isOpen, STATUSES, type Status } from "../complaint/status.ts";

const PRIVACY_MODES = ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"] as const;
export type Privacy = (typeof PRIVACY_MODES)[number];

/** Who a timeline entry or a note is for: anyone who may see the complaint, the parties, or staff. */
export type Visibility = "PUBLIC" | "PARTIES" | "STAFF";

/** How a viewer relates to one complaint. A viewer can be several at once. */
export type Audience =
  | "PUBLIC" // anyone, signed in or not
  | "REPORTER" // holds the access secret or the owning account
  | "SAHABAT_FILER" // the sahabat who filed it for the resident
  | "SAHABAT_RELAY" // the sahabat of its kecamatan who passes answers on to a resident who filed alone
  | "VERIFIER" // a verifier whose regions include the complaint's kecamatan
  | "AGENCY_HANDLING" // an officer of the agency it was disposed to
  | "AGENCY_COPIED" // an officer of an agency that received a copy
  | "ADMINISTRATOR";

export type Access = {
  /** The complaint can be found at all (tracking page, lists, subscriptions). */
  visible: boolean;
  /** Title, story, place details, photos, public timeline notes. */
  content: boolean;
  /** The reporter's name. */
  reporterName: boolean;
  /** The reporter's phone, e-mail and account. */
  reporterContact: boolean;
  /** Timeline entries between the parties (reporter's replies, relays), not the public. */
  partyNotes: boolean;
  /** Staff-only timeline notes and internal follow-ups. */
  internalNotes: boolean;
  /** May reply, rate and change their own contact details. */
  actAsReporter: boolean;
  /** Is told of the complaint's events (notifications), not only able to look it up. */
  toldOfEvents: boolean;
};

const NONE: Access = {
  visible: false,
  content: false,
  reporterName: false,
  reporterContact: false,
  partyNotes: false,
  internalNotes: false,
  actAsReporter: false,
  toldOfEvents: false,
};

const FULL_IDENTITY = { reporterName: true, reporterContact: true } as const;

/**
 * Statuses in which a verifier has checked the complaint and it stands: only then are the story
 * and photos of a PUBLIC or ANONYMOUS complaint public. A complaint sent back to checking
 * (postponed, then resumed) or turned away (rejected, archived, out of scope) is not.
 */
const VERIFIED: ReadonlySet<Status> = new Set(["VERIFIED", "DISPOSED", "IN_PROGRESS", "RESOLVED", "CLOSED", "NOT_OUR_AUTHORITY"]);

export function isVerified(status: Status): boolean {
  return VERIFIED.has(status);
}

/** What one audience may see under one privacy mode, before or after verification. */
export function accessFor(
  audience: Audience,
  privacy: Privacy,
  showReporterName: boolean,
  verified: boolean,
): Access {
  const seen = { ...NONE, visible: true, content: true, partyNotes: true, toldOfEvents: true };
  switch (audience) {
    case "REPORTER":
      return { ...seen, ...FULL_IDENTITY, actAsReporter: true };
    case "SAHABAT_FILER":
    case "SAHABAT_RELAY":
    // The relay sahabat needs the name and contact to reach the resident and the answers to pass
    // on (public and party entries): what the filer sees, never staff notes, never acting as them.
    case "VERIFIER":
      return { ...seen, ...FULL_IDENTITY, internalNotes: audience === "VERIFIER" };
    case "ADMINISTRATOR":
      // Administrators run the service, not the case: a hidden identity stays hidden from them
      // too, and a confidential complaint reaches them only when they look it up.
      if (privacy === "PUBLIC") return { ...seen, ...FULL_IDENTITY, internalNotes: true };
      return { ...seen, internalNotes: true, toldOfEvents: privacy !== "CONFIDENTIAL" };
    case "AGENCY_HANDLING":
      // The handling agency knows who asked only when the reporter chose PUBLIC.
      return privacy === "PUBLIC"
        ? { ...seen, ...FULL_IDENTITY, internalNotes: true }
        : { ...seen, internalNotes: true };
    case "AGENCY_COPIED":
      // A copy reads and hears of the complaint like the handling agency, never who reported it.
      return { ...seen, internalNotes: true };
    case "PUBLIC":
      if (privacy === "CONFIDENTIAL") return NONE;
      // Until a verifier has checked it, anyone may find it and follow it, and read nothing of it.
      if (!verified) return { ...NONE, visible: true, toldOfEvents: true };
      return { ...seen, partyNotes: false, reporterName: privacy === "PUBLIC" && showReporterName };
  }
}

/** The union of what each of the viewer's audiences may see. */
export function complaintAccess(
  audiences: Iterable<Audience>,
  privacy: Privacy,
  showReporterName: boolean,
  verified: boolean,
): Access {
  const result = { ...NONE };
  for (const audience of audiences) {
    const access = accessFor(audience, privacy, showReporterName, verified);
    for (const key of Object.keys(result) as (keyof Access)[]) {
      result[key] ||= access[key];
    }
  }
  return result;
}

/** The story, title, place and the timeline: what the reporter wrote. */
export function canSeeStory(access: Access): boolean {
  return access.content;
}

/** The complaint's photos (their ids, URLs and any thumbnails): exactly those who may read the story. */
export function canSeePhotos(access: Access): boolean {
  return access.content;
}

/** Audiences a consent slip is for: the resident, the sahabat, and those who check or run the service. */
const SLIP_AUDIENCES: ReadonlySet<Audience> = new Set(["REPORTER", "SAHABAT_FILER", "SAHABAT_RELAY", "VERIFIER", "ADMINISTRATOR"]);

/**
 * The photo of the consent slip a resident signed for a sahabat's filing: it shows their name and
 * signature, so only those who may know who the resident is and who keep the consent (never an
 * agency, never the public; an administrator only where the identity is not hidden).
 */
export function canSeeConsentSlip(audiences: Iterable<Audience>, privacy: Privacy, showReporterName: boolean): boolean {
  for (const audience of audiences) {
    if (SLIP_AUDIENCES.has(audience) && accessFor(audience, privacy, showReporterName, false).reporterContact) return true;
  }
  return false;
}

/**
 * Why this viewer reads the story or not: SHOWN; BEING_CHECKED while a verifier has yet to check a
 * complaint that will then be public; HIDDEN when its privacy or its outcome keeps it from them.
 */
export type StoryState = "SHOWN" | "BEING_CHECKED" | "HIDDEN";

export function storyState(access: Access, privacy: Privacy, status: Status): StoryState {
  if (canSeeStory(access)) return "SHOWN";
  const waiting = status === "SUBMITTED" || status === "POSTPONED";
  return privacy !== "CONFIDENTIAL" && waiting ? "BEING_CHECKED" : "HIDDEN";
}

/**
 * Who actually reads a note meant for `audience` on a complaint of this privacy: a "public" note on
 * a confidential complaint reaches only those who may see the complaint, the parties.
 */
export function noteReaders(audience: Visibility, privacy: Privacy): Visibility {
  return audience === "PUBLIC" && privacy === "CONFIDENTIAL" ? "PARTIES" : audience;
}

const ORDER: Record<Visibility, number> = { PUBLIC: 0, PARTIES: 1, STAFF: 2 };

/** The narrower of two audiences. */
export function narrower(a: Visibility, b: Visibility): Visibility {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/** Whether a viewer may read something meant for `visibility` on a complaint they can read. */
export function mayRead(access: Access, visibility: Visibility): boolean {
  if (!access.content) return false;
  if (visibility === "PARTIES") return access.partyNotes;
  if (visibility === "STAFF") return access.internalNotes;
  return true;
}

/** Who a timeline entry's note is for: its own audience, never wider than the entry's. */
export function noteVisibility(event: { visibility: Visibility; noteVisibility: Visibility | null }): Visibility {
  return event.noteVisibility ? narrower(event.visibility, event.noteVisibility) : event.visibility;
}

/** Whether a viewer may read a timeline entry's note (the entry itself may be public while its note is not). */
export function mayReadNote(access: Access, event: { visibility: Visibility; noteVisibility: Visibility | null }): boolean {
  return mayRead(access, noteVisibility(event));
}

/**
 * Whether an audit entry about a complaint may name its actor to this viewer: not when the actor
 * is the complaint's reporter and the viewer may not know who reported it (the entry then says
 * "the reporter", which the viewer knows anyway).
 */
export function mayNameAuditActor(access: Access, actorId: string | null, reporterId: string | null): boolean {
  if (actorId === null || actorId !== reporterId) return true;
  return access.reporterName && access.reporterContact;
}

export type ViewerScope = {
  userId: string | null;
  roles: ReadonlyArray<{ role: string; regionCode: string | null; agencyId: string | null }>;
};

export type ComplaintRelations = {
  reporterId: string | null;
  sahabatId: string | null;
  relaySahabatId: string | null;
  /** Set once the resident withdrew the sahabat's access (filer and relay alike). */
  sahabatAccessWithdrawnAt: Date | null;
  districtCode: string;
  agencyId: string | null;
  copiedAgencyIds: readonly string[];
};

/**
 * Region codes are hierarchical (73 → 73.06 → 73.06.08), so scope is a prefix test. No scope
 * covers nothing: "everywhere" must never happen by omission.
 */
export function isWithinRegion(code: string, scope: string | null): boolean {
  if (!scope) return false;
  return code === scope || code.startsWith(`${scope}.`);
}

/** Every region code a place lies in: 73, 73.06, 73.06.08 (and the village, when given). */
export function enclosingRegions(districtCode: string, villageCode: string | null = null): string[] {
  const parts = districtCode.split(".");
  const codes = parts.map((_, i) => parts.slice(0, i + 1).join("."));
  if (villageCode) codes.push(villageCode);
  return codes;
}

/**
 * The sahabat who passes this complaint's news on to the resident: the relay sahabat, or for an
 * assisted complaint the filer; nobody once the resident withdrew the sahabat's access.
 */
export function relayingSahabat(complaint: Pick<ComplaintRelations, "sahabatId" | "relaySahabatId" | "sahabatAccessWithdrawnAt">): string | null {
  if (complaint.sahabatAccessWithdrawnAt !== null) return null;
  return complaint.relaySahabatId ?? complaint.sahabatId;
}

/** Works out a viewer's audiences for one complaint. `hasSecret`: a valid access secret was given. */
export function audiencesOf(
  viewer: ViewerScope,
  complaint: ComplaintRelations,
  hasSecret: boolean,
): Set<Audience> {
  const audiences = new Set<Audience>(["PUBLIC"]);
  if (hasSecret || (viewer.userId !== null && viewer.userId === complaint.reporterId)) {
    audiences.add("REPORTER");
  }
  // A sahabat whose access the resident withdrew is the public again, filer or relay.
  if (viewer.userId !== null && complaint.sahabatAccessWithdrawnAt === null) {
    if (viewer.userId === complaint.sahabatId) audiences.add("SAHABAT_FILER");
    if (viewer.userId === complaint.relaySahabatId) audiences.add("SAHABAT_RELAY");
  }
  for (const { role, regionCode, agencyId } of viewer.roles) {
    if (role === "ADMINISTRATOR") audiences.add("ADMINISTRATOR");
    if (role === "VERIFIER" && isWithinRegion(complaint.districtCode, regionCode)) {
      audiences.add("VERIFIER");
    }
    if (role === "AGENCY_OFFICER" && agencyId !== null) {
      if (agencyId === complaint.agencyId) audiences.add("AGENCY_HANDLING");
      else if (complaint.copiedAgencyIds.includes(agencyId)) audiences.add("AGENCY_COPIED");
    }
  }
  return audiences;
}

export function arePhotosPublic(complaint: { privacy: Privacy; showReporterName: boolean; status: Status }): boolean {
  return canSeePhotos(accessFor("PUBLIC", complaint.privacy, complaint.showReporterName, isVerified(complaint.status)));
}

/**
 * What anyone may read without a code: the privacy modes and statuses under which the public's
 * access shows a complaint's content, derived from `accessFor` and `isVerified` (never listed by
 * hand). The public list, its search and its counts select exactly these (and never practice or
 * merged-away complaints, which are not the rules of privacy but of what is real and current).
 */
export function publiclyReadable(): { privacies: Privacy[]; statuses: Status[] } {
  const readable = (privacy: Privacy, status: Status) => accessFor("PUBLIC", privacy, false, isVerified(status)).content;
  const privacies = PRIVACY_MODES.filter((privacy) => STATUSES.some((status) => readable(privacy, status)));
  const statuses = STATUSES.filter((status) => PRIVACY_MODES.some((privacy) => readable(privacy, status)));
  // The two sets describe the rule only while it is a product of them: say so if it ever is not.
  for (const p of privacies) for (const s of statuses) if (!readable(p, s)) throw new Error(`publiclyReadable: ${p} × ${s} is not public`);
  return { privacies, statuses };
}

/** Whether anyone may read this complaint without a code (the public list's rule, for one row). */
export function isPubliclyReadable(complaint: { privacy: Privacy; status: Status }): boolean {
  return accessFor("PUBLIC", complaint.privacy, false, isVerified(complaint.status)).content;
}

/**
 * Why a viewer may not add "saya juga mengalami" to a complaint, or null when they may:
 * - NOT_PUBLIC: the public may not read its story (CONFIDENTIAL, or not verified yet, or turned
 *   away): support is a public act on a public complaint, whatever the viewer may read themselves.
 * - PRACTICE: a workshop's practice complaint.
 * - MERGED: a duplicate merged into another complaint (support that one).
 * - FINISHED: closed for good (CLOSED, and the turned-away ends). Support says "this still
 *   happens to me too": while the agency works on it, or after it says it is resolved (a neighbour
 *   can still say it is not, and the reporter may reopen); once closed nobody acts on it any more,
 *   so a new complaint is the way.
 * - OWN: the viewer is its reporter (their complaint already counts them).
 */
export type SupportRefusal = "NOT_PUBLIC" | "PRACTICE" | "MERGED" | "FINISHED" | "OWN";

export function supportRefusal(
  access: Pick<Access, "actAsReporter">,
  complaint: { privacy: Privacy; showReporterName: boolean; status: Status; isSandbox: boolean; mergedIntoId: string | null },
): SupportRefusal | null {
  if (complaint.isSandbox) return "PRACTICE";
  const publicAccess = accessFor("PUBLIC", complaint.privacy, complaint.showReporterName, isVerified(complaint.status));
  if (!canSeeStory(publicAccess)) return "NOT_PUBLIC";
  if (complaint.mergedIntoId !== null) return "MERGED";
  if (!isOpen(complaint.status)) return "FINISHED";
  if (access.actAsReporter) return "OWN";
  return null;
}

export function maySupport(access: Pick<Access, "actAsReporter">, complaint: Parameters<typeof supportRefusal>[1]): boolean {
  return supportRefusal(access, complaint) === null;
}

/**
 * Which version of the title, story and photos a viewer reads. ORIGINAL: what the reporter wrote
 * and photographed, for those the rules above let read it as a party or as staff (the reporter,
 * the sahabat who filed or relays it, verifiers in scope, the handling and copied agencies,
 * administrators). PUBLIC: everyone else who may read it, once verified: the verifier's redacted
 * title and story and blurred photos, never a photo hidden from the public. NONE: nothing.
 */
export type ContentVersion = "ORIGINAL" | "PUBLIC" | "NONE";

export function contentVersion(audiences: Iterable<Audience>, privacy: Privacy, showReporterName: boolean, verified: boolean): ContentVersion {
  let version: ContentVersion = "NONE";
  for (const audience of audiences) {
    if (!accessFor(audience, privacy, showReporterName, verified).content) continue;
    if (audience !== "PUBLIC") return "ORIGINAL";
    version = "PUBLIC";
  }
  return version;
}

/** The title and story a version shows: the public reads the redacted text where there is one. */
export function textOf(
  version: ContentVersion,
  complaint: { title: string; story: string; publicTitle: string | null; publicStory: string | null },
): { title: string; story: string } | null {
  if (version === "NONE") return null;
  if (version === "ORIGINAL") return { title: complaint.title, story: complaint.story };
  return { title: complaint.publicTitle ?? complaint.title, story: complaint.publicStory ?? complaint.story };
}

/** Which stored file of a photo a version shows, or null when the photo is not shown at all. */
export function photoFileOf(
  version: ContentVersion,
  photo: { storageKey: string; publicStorageKey: string | null; hiddenFromPublic: boolean },
): string | null {
  if (version === "NONE") return null;
  if (version === "ORIGINAL") return photo.storageKey;
  return photo.hiddenFromPublic ? null : (photo.publicStorageKey ?? photo.storageKey);
}

/** Whether the public's version of a photo is another picture than the original (blurred or hidden). */
export function photoDiffersForPublic(photo: { publicStorageKey: string | null; hiddenFromPublic: boolean }): boolean {
  return photo.hiddenFromPublic || photo.publicStorageKey !== null;
}

/** Who may decide what the public reads of a complaint: a verifier in scope or an administrator. */
export function mayRedact(audiences: Iterable<Audience>): boolean {
  for (const audience of audiences) if (audience === "VERIFIER" || audience === "ADMINISTRATOR") return true;
  return false;
}
