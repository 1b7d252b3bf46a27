// Who may see what of a complaint. Pure: the caller says how the viewer relates to the
// complaint (their audiences); this module answers per facet. Every path that returns a
// complaint or a person goes through `complaintAccess`, so the rules live in one place.
import type { Status } from "../complaint/status.ts";

export type Privacy = "PUBLIC" | "ANONYMOUS" | "CONFIDENTIAL";

/** How a viewer relates to one complaint. A viewer can be several at once. */
export type Audience =
  | "PUBLIC" // anyone, signed in or not
  | "REPORTER" // holds the access secret or the owning account
  | "SAHABAT_FILER" // the sahabat who filed it for the resident
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
};

const NONE: Access = {
  visible: false,
  content: false,
  reporterName: false,
  reporterContact: false,
  partyNotes: false,
  internalNotes: false,
  actAsReporter: false,
};

const FULL_IDENTITY = { reporterName: true, reporterContact: true } as const;

/** What one audience may see under one privacy mode. */
export function accessFor(
  audience: Audience,
  privacy: Privacy,
  showReporterName: boolean,
): Access {
  const seen = { ...NONE, visible: true, content: true, partyNotes: true };
  switch (audience) {
    case "REPORTER":
      return { ...seen, ...FULL_IDENTITY, actAsReporter: true };
    case "SAHABAT_FILER":
    case "VERIFIER":
      return { ...seen, ...FULL_IDENTITY, internalNotes: audience === "VERIFIER" };
    case "ADMINISTRATOR":
      // Administrators run the service; a confidential reporter's identity stays with verifiers.
      return privacy === "CONFIDENTIAL"
        ? { ...seen, internalNotes: true }
        : { ...seen, ...FULL_IDENTITY, internalNotes: true };
    case "AGENCY_HANDLING":
      // The handling agency knows who asked only when the reporter chose PUBLIC.
      return privacy === "PUBLIC"
        ? { ...seen, ...FULL_IDENTITY, internalNotes: true }
        : { ...seen, internalNotes: true };
    case "AGENCY_COPIED":
      return { ...seen, internalNotes: true };
    case "PUBLIC":
      if (privacy === "CONFIDENTIAL") return NONE;
      return { ...seen, partyNotes: false, reporterName: privacy === "PUBLIC" && showReporterName };
  }
}

/** The union of what each of the viewer's audiences may see. */
export function complaintAccess(
  audiences: Iterable<Audience>,
  privacy: Privacy,
  showReporterName: boolean,
): Access {
  const result = { ...NONE };
  for (const audience of audiences) {
    const access = accessFor(audience, privacy, showReporterName);
    for (const key of Object.keys(result) as (keyof Access)[]) {
      result[key] ||= access[key];
    }
  }
  return result;
}

export type ViewerScope = {
  userId: string | null;
  roles: ReadonlyArray<{ role: string; regionCode: string | null; agencyId: string | null }>;
};

export type ComplaintRelations = {
  reporterId: string | null;
  sahabatId: string | null;
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
  if (viewer.userId !== null && viewer.userId === complaint.sahabatId) {
    audiences.add("SAHABAT_FILER");
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

/**
 * Statuses a complaint reaches only through verification. A complaint postponed, rejected,
 * archived or closed as out of scope may never have been verified, so it counts as not.
 */
const VERIFIED_STATUSES: ReadonlySet<Status> = new Set(["VERIFIED", "DISPOSED", "IN_PROGRESS", "RESOLVED", "CLOSED", "NOT_OUR_AUTHORITY"]);

export function isVerified(status: Status): boolean {
  return VERIFIED_STATUSES.has(status);
}

/**
 * Photos: whoever may read the complaint's content, except that the public (a viewer who is no
 * party to it: `partyNotes` is what every party has and the public lacks) sees them only once
 * the complaint is verified.
 */
export function canSeePhotos(access: Access, complaint: { status: Status }): boolean {
  if (!access.content) return false;
  return access.partyNotes || isVerified(complaint.status);
}

/** Whether a photo the viewer sees would be shown to anyone at all (so its URL need not be bound). */
export function arePhotosPublic(complaint: { privacy: Privacy; showReporterName: boolean; status: Status }): boolean {
  return canSeePhotos(accessFor("PUBLIC", complaint.privacy, complaint.showReporterName), complaint);
}
