// The privacy rules as one explicit table (audience × privacy × showReporterName → Access), the
// union of several audiences, and how a viewer's audiences are worked out.
import { describe, expect, it } from "vitest";
import {
  type Access,
  type Audience,
  type ComplaintRelations,
  type Privacy,
  type ViewerScope,
  accessFor,
  arePhotosPublic,
  audiencesOf,
  canSeeConsentSlip,
  canSeePhotos,
  canSeeStory,
  complaintAccess,
  isPubliclyReadable,
  contentVersion,
  type ContentVersion,
  mayRedact,
  photoDiffersForPublic,
  photoFileOf,
  textOf,
  isVerified,
  isWithinRegion,
  publiclyReadable,
  enclosingRegions,
  mayNameAuditActor,
  mayRead,
  mayReadNote,
  noteVisibility,
  relayingSahabat,
  maySupport,
  type SupportRefusal,
  supportRefusal,
  type Visibility,
} from "./privacy.ts";
import { STATUSES } from "../complaint/status.ts";

type Facet = keyof Access;
const V: Facet = "visible";
const C: Facet = "content";
const N: Facet = "reporterName";
const K: Facet = "reporterContact"; // K for kontak
const P: Facet = "partyNotes";
const I: Facet = "internalNotes";
const R: Facet = "actAsReporter";
const T: Facet = "toldOfEvents";

/** An Access with exactly the listed facets true. */
function access(...facets: Facet[]): Access {
  return {
    visible: facets.includes(V),
    content: facets.includes(C),
    reporterName: facets.includes(N),
    reporterContact: facets.includes(K),
    partyNotes: facets.includes(P),
    internalNotes: facets.includes(I),
    actAsReporter: facets.includes(R),
    toldOfEvents: facets.includes(T),
  };
}

const AUDIENCES: Audience[] = [
  "PUBLIC",
  "REPORTER",
  "SAHABAT_FILER",
  "SAHABAT_RELAY",
  "VERIFIER",
  "AGENCY_HANDLING",
  "AGENCY_COPIED",
  "ADMINISTRATOR",
];
const PRIVACIES: Privacy[] = ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"];

// Written out by hand from the privacy rules; do not compute it. partyNotes (replies and
// relays between the parties) go to everyone involved, never to the public.
// After verification (the public's view before it is below).
const TABLE: Array<[Audience, Privacy, boolean, Access]> = [
  // PUBLIC: the story is public; the name only if the reporter ticked showReporterName.
  ["PUBLIC", "PUBLIC", true, access(V, C, N, T)],
  ["PUBLIC", "PUBLIC", false, access(V, C, T)],
  ["PUBLIC", "ANONYMOUS", true, access(V, C, T)],
  ["PUBLIC", "ANONYMOUS", false, access(V, C, T)],
  ["PUBLIC", "CONFIDENTIAL", true, access()],
  ["PUBLIC", "CONFIDENTIAL", false, access()],

  // The reporter always sees everything about their own complaint and may act on it.
  ["REPORTER", "PUBLIC", true, access(V, C, P, N, K, R, T)],
  ["REPORTER", "PUBLIC", false, access(V, C, P, N, K, R, T)],
  ["REPORTER", "ANONYMOUS", true, access(V, C, P, N, K, R, T)],
  ["REPORTER", "ANONYMOUS", false, access(V, C, P, N, K, R, T)],
  ["REPORTER", "CONFIDENTIAL", true, access(V, C, P, N, K, R, T)],
  ["REPORTER", "CONFIDENTIAL", false, access(V, C, P, N, K, R, T)],

  // The sahabat who filed it knows the resident; not staff, so no internal notes.
  ["SAHABAT_FILER", "PUBLIC", true, access(V, C, P, N, K, T)],
  ["SAHABAT_FILER", "PUBLIC", false, access(V, C, P, N, K, T)],
  ["SAHABAT_FILER", "ANONYMOUS", true, access(V, C, P, N, K, T)],
  ["SAHABAT_FILER", "ANONYMOUS", false, access(V, C, P, N, K, T)],
  ["SAHABAT_FILER", "CONFIDENTIAL", true, access(V, C, P, N, K, T)],
  ["SAHABAT_FILER", "CONFIDENTIAL", false, access(V, C, P, N, K, T)],

  // The relay sahabat needs the name and contact to reach the resident and the answers to pass
  // on; never the verifier's or agency's internal notes, never acting as the reporter.
  ["SAHABAT_RELAY", "PUBLIC", true, access(V, C, P, N, K, T)],
  ["SAHABAT_RELAY", "PUBLIC", false, access(V, C, P, N, K, T)],
  ["SAHABAT_RELAY", "ANONYMOUS", true, access(V, C, P, N, K, T)],
  ["SAHABAT_RELAY", "ANONYMOUS", false, access(V, C, P, N, K, T)],
  ["SAHABAT_RELAY", "CONFIDENTIAL", true, access(V, C, P, N, K, T)],
  ["SAHABAT_RELAY", "CONFIDENTIAL", false, access(V, C, P, N, K, T)],

  // Verifiers see identity under every mode, and the internal notes.
  ["VERIFIER", "PUBLIC", true, access(V, C, P, N, K, I, T)],
  ["VERIFIER", "PUBLIC", false, access(V, C, P, N, K, I, T)],
  ["VERIFIER", "ANONYMOUS", true, access(V, C, P, N, K, I, T)],
  ["VERIFIER", "ANONYMOUS", false, access(V, C, P, N, K, I, T)],
  ["VERIFIER", "CONFIDENTIAL", true, access(V, C, P, N, K, I, T)],
  ["VERIFIER", "CONFIDENTIAL", false, access(V, C, P, N, K, I, T)],

  // The handling agency knows who asked only under PUBLIC.
  ["AGENCY_HANDLING", "PUBLIC", true, access(V, C, P, N, K, I, T)],
  ["AGENCY_HANDLING", "PUBLIC", false, access(V, C, P, N, K, I, T)],
  ["AGENCY_HANDLING", "ANONYMOUS", true, access(V, C, P, I, T)],
  ["AGENCY_HANDLING", "ANONYMOUS", false, access(V, C, P, I, T)],
  ["AGENCY_HANDLING", "CONFIDENTIAL", true, access(V, C, P, I, T)],
  ["AGENCY_HANDLING", "CONFIDENTIAL", false, access(V, C, P, I, T)],

  // Copied agencies never see identity.
  ["AGENCY_COPIED", "PUBLIC", true, access(V, C, P, I, T)],
  ["AGENCY_COPIED", "PUBLIC", false, access(V, C, P, I, T)],
  ["AGENCY_COPIED", "ANONYMOUS", true, access(V, C, P, I, T)],
  ["AGENCY_COPIED", "ANONYMOUS", false, access(V, C, P, I, T)],
  ["AGENCY_COPIED", "CONFIDENTIAL", true, access(V, C, P, I, T)],
  ["AGENCY_COPIED", "CONFIDENTIAL", false, access(V, C, P, I, T)],

  // Administrators: content and internal notes; identity only under PUBLIC (a hidden identity
  // stays hidden from them); not told of a confidential complaint's events.
  ["ADMINISTRATOR", "PUBLIC", true, access(V, C, P, N, K, I, T)],
  ["ADMINISTRATOR", "PUBLIC", false, access(V, C, P, N, K, I, T)],
  ["ADMINISTRATOR", "ANONYMOUS", true, access(V, C, P, I, T)],
  ["ADMINISTRATOR", "ANONYMOUS", false, access(V, C, P, I, T)],
  ["ADMINISTRATOR", "CONFIDENTIAL", true, access(V, C, P, I)],
  ["ADMINISTRATOR", "CONFIDENTIAL", false, access(V, C, P, I)],
];

describe("accessFor: the full table", () => {
  it("covers every audience × privacy × showReporterName exactly once", () => {
    const keys = TABLE.map(([a, p, s]) => `${a}/${p}/${s}`);
    expect(new Set(keys).size).toBe(AUDIENCES.length * PRIVACIES.length * 2);
    expect(keys).toHaveLength(AUDIENCES.length * PRIVACIES.length * 2);
  });

  it.each(TABLE)("%s viewing a %s complaint (showReporterName %s)", (audience, privacy, show, expected) => {
    expect(accessFor(audience, privacy, show, true)).toEqual(expected);
  });

  // Before verification only the public's view differs: it can find the complaint and follow it,
  // and read nothing of it (no title, story, photos, notes, nor a name shown publicly).
  it.each(TABLE)("%s viewing an unverified %s complaint (showReporterName %s)", (audience, privacy, show, verified) => {
    const expected = audience !== "PUBLIC" ? verified : privacy === "CONFIDENTIAL" ? access() : access(V, T);
    expect(accessFor(audience, privacy, show, false)).toEqual(expected);
  });
});

// The same rules stated as sentences, checked over every combination independently of the table.
describe("accessFor: rules from the issues", () => {
  const all = AUDIENCES.flatMap((a) => PRIVACIES.flatMap((p) => [true, false].map((s) => [a, p, s] as const)));
  const both = all.flatMap(([a, p, s]) => [true, false].map((v) => [a, p, s, v] as const));

  it.each(all)("%s / %s / show %s: only the REPORTER may act as reporter", (a, p, s) => {
    expect(accessFor(a, p, s, true).actAsReporter).toBe(a === "REPORTER");
  });

  it.each(all)("%s / %s / show %s: party notes go to every audience except the public", (a, p, s) => {
    expect(accessFor(a, p, s, true).partyNotes).toBe(a !== "PUBLIC");
  });

  it.each(all)("%s / %s / show %s: internal notes only for verifiers, agencies and administrators", (a, p, s) => {
    const staff = a === "VERIFIER" || a === "AGENCY_HANDLING" || a === "AGENCY_COPIED" || a === "ADMINISTRATOR";
    expect(accessFor(a, p, s, true).internalNotes).toBe(staff);
  });

  it.each(all)("%s / %s / show %s: no sahabat reads staff notes or acts as the reporter", (a, p, s) => {
    if (a !== "SAHABAT_FILER" && a !== "SAHABAT_RELAY") return;
    expect(accessFor(a, p, s, true).internalNotes).toBe(false);
    expect(accessFor(a, p, s, true).actAsReporter).toBe(false);
  });

  it.each(all)("%s / %s / show %s: the public never sees party notes or internal notes", (a, p, s) => {
    if (a !== "PUBLIC") return;
    expect(accessFor(a, p, s, true).partyNotes).toBe(false);
    expect(accessFor(a, p, s, true).internalNotes).toBe(false);
  });

  it.each(all)("%s / %s / show %s: copied agencies and the public never see contact details", (a, p, s) => {
    if (a === "AGENCY_COPIED" || a === "PUBLIC") expect(accessFor(a, p, s, true).reporterContact).toBe(false);
  });

  it.each(both)("%s / %s / show %s / verified %s: under CONFIDENTIAL identity only for reporter, filing or relay sahabat, verifier", (a, p, s, v) => {
    if (p !== "CONFIDENTIAL") return;
    const identity = accessFor(a, p, s, v);
    const allowed = a === "REPORTER" || a === "SAHABAT_FILER" || a === "SAHABAT_RELAY" || a === "VERIFIER";
    expect(identity.reporterName).toBe(allowed);
    expect(identity.reporterContact).toBe(allowed);
  });

  it.each(both)("%s / %s / show %s / verified %s: administrators never see a hidden identity", (a, p, s, v) => {
    if (a !== "ADMINISTRATOR" || p === "PUBLIC") return;
    expect(accessFor(a, p, s, v).reporterName).toBe(false);
    expect(accessFor(a, p, s, v).reporterContact).toBe(false);
  });

  it.each(both)("%s / %s / show %s / verified %s: a copied agency reads the content and hears of events like the handling agency, never the identity", (a, p, s, v) => {
    if (a !== "AGENCY_COPIED") return;
    const copied = accessFor(a, p, s, v);
    const handling = accessFor("AGENCY_HANDLING", p, s, v);
    expect(copied.content).toBe(true);
    expect(copied.toldOfEvents).toBe(handling.toldOfEvents);
    expect(copied.internalNotes).toBe(handling.internalNotes);
    expect(copied.reporterName || copied.reporterContact).toBe(false);
  });

  it.each(both)("%s / %s / show %s / verified %s: the public reads story and photos only once verified", (a, p, s, v) => {
    if (a !== "PUBLIC") return;
    const result = accessFor(a, p, s, v);
    expect(canSeeStory(result)).toBe(v && p !== "CONFIDENTIAL");
    expect(canSeePhotos(result)).toBe(v && p !== "CONFIDENTIAL");
  });

  it.each(all)("%s / %s / show %s: once verified, whatever is visible shows its content, and nothing shows when invisible", (a, p, s) => {
    const result = accessFor(a, p, s, true);
    if (!result.visible) expect(result).toEqual(access());
    else expect(result.content).toBe(true);
  });
});

describe("complaintAccess: union of audiences", () => {
  it.each<[string, Audience[], Privacy, boolean, Access]>([
    ["no audiences", [], "PUBLIC", true, access()],
    ["PUBLIC alone, confidential", ["PUBLIC"], "CONFIDENTIAL", false, access()],
    ["PUBLIC + REPORTER, confidential", ["PUBLIC", "REPORTER"], "CONFIDENTIAL", false, access(V, C, P, N, K, R, T)],
    ["PUBLIC + REPORTER, anonymous", ["PUBLIC", "REPORTER"], "ANONYMOUS", true, access(V, C, P, N, K, R, T)],
    // The public may see a shown name, so a copied agency sees it too (no contact, though).
    ["PUBLIC + AGENCY_COPIED, public with name", ["PUBLIC", "AGENCY_COPIED"], "PUBLIC", true, access(V, C, P, N, I, T)],
    ["PUBLIC + AGENCY_COPIED, public without name", ["PUBLIC", "AGENCY_COPIED"], "PUBLIC", false, access(V, C, P, I, T)],
    ["AGENCY_HANDLING + VERIFIER, anonymous", ["AGENCY_HANDLING", "VERIFIER"], "ANONYMOUS", false, access(V, C, P, N, K, I, T)],
    ["ADMINISTRATOR + SAHABAT_FILER, confidential", ["ADMINISTRATOR", "SAHABAT_FILER"], "CONFIDENTIAL", false, access(V, C, P, N, K, I, T)],
    ["ADMINISTRATOR + REPORTER, confidential", ["ADMINISTRATOR", "REPORTER"], "CONFIDENTIAL", false, access(V, C, P, N, K, I, R, T)],
    ["duplicates change nothing", ["PUBLIC", "PUBLIC", "AGENCY_COPIED", "AGENCY_COPIED"], "ANONYMOUS", true, access(V, C, P, I, T)],
  ])("%s", (_name, audiences, privacy, show, expected) => {
    expect(complaintAccess(audiences, privacy, show, true)).toEqual(expected);
    expect(complaintAccess(new Set(audiences), privacy, show, true)).toEqual(expected);
  });

  it("does not share state between calls", () => {
    complaintAccess(["REPORTER"], "PUBLIC", true, true);
    expect(complaintAccess(["PUBLIC"], "CONFIDENTIAL", false, true)).toEqual(access());
  });
});

describe("enclosingRegions", () => {
  it.each<[string, string | null, string[]]>([
    ["73.06.08", null, ["73", "73.06", "73.06.08"]],
    ["73.06.08", "73.06.08.2001", ["73", "73.06", "73.06.08", "73.06.08.2001"]],
    ["73.06", null, ["73", "73.06"]],
  ])("%s (village %s) lies in %j", (district, village, expected) => expect(enclosingRegions(district, village)).toEqual(expected));
});

describe("isWithinRegion", () => {
  it.each<[string, string | null, boolean]>([
    // No scope covers nothing, for every caller.
    ["73.06.08", null, false],
    ["73.06.08", "73", true], // province
    ["73.06.08", "73.06", true], // regency covers its districts
    ["73.06.08", "73.06.08", true], // district scope is exact
    ["73.06.08", "73.06.09", false],
    ["73.06.08", "73.0", false], // a string prefix is not a region prefix
    ["73.06.08", "73.06.0", false],
    ["73.06.08", "7", false],
    ["73.06.08", "73.71", false],
    ["73.06.08", "74", false],
    ["73.06.08", "73.06.08.2001", false], // a village scope does not cover its district
    ["73.06", "73.06.08", false],
    ["73.06.08", "", false],
  ])("%s within %s → %s", (code, scope, expected) => {
    expect(isWithinRegion(code, scope)).toBe(expected);
  });
});

describe("audiencesOf", () => {
  const complaint: ComplaintRelations = {
    reporterId: "u-reporter",
    sahabatId: "u-sahabat",
    relaySahabatId: null,
    sahabatAccessWithdrawnAt: null,
    districtCode: "73.06.08",
    agencyId: "ag-pupr",
    copiedAgencyIds: ["ag-dinkes", "ag-dishub"],
  };
  type Role = ViewerScope["roles"][number];
  const verifier = (regionCode: string | null): Role => ({ role: "VERIFIER", regionCode, agencyId: null });
  const officer = (agencyId: string | null): Role => ({ role: "AGENCY_OFFICER", regionCode: null, agencyId });
  const admin: Role = { role: "ADMINISTRATOR", regionCode: null, agencyId: null };
  const sahabat = (regionCode: string): Role => ({ role: "SAHABAT", regionCode, agencyId: null });
  const WITHDRAWN = new Date("2026-12-01T00:00:00Z");
  const viewer = (userId: string | null, ...roles: Role[]): ViewerScope => ({ userId, roles });

  it.each<[string, ViewerScope, Partial<ComplaintRelations>, boolean, Audience[]]>([
    ["a visitor", viewer(null), {}, false, ["PUBLIC"]],
    ["a visitor with the access secret", viewer(null), {}, true, ["PUBLIC", "REPORTER"]],
    ["the reporter's account", viewer("u-reporter"), {}, false, ["PUBLIC", "REPORTER"]],
    ["another account", viewer("u-other"), {}, false, ["PUBLIC"]],
    ["a visitor, complaint filed without account or sahabat", viewer(null), { reporterId: null, sahabatId: null }, false, ["PUBLIC"]],
    ["the sahabat who filed it", viewer("u-sahabat"), {}, false, ["PUBLIC", "SAHABAT_FILER"]],
    ["the sahabat holding the secret too", viewer("u-sahabat"), {}, true, ["PUBLIC", "REPORTER", "SAHABAT_FILER"]],
    ["the relay sahabat of a self-filed complaint", viewer("u-relay", sahabat("73.06.08")), { sahabatId: null, relaySahabatId: "u-relay" }, false, ["PUBLIC", "SAHABAT_RELAY"]],
    ["the filer, also its relay", viewer("u-sahabat", sahabat("73.06.08")), { relaySahabatId: "u-sahabat" }, false, ["PUBLIC", "SAHABAT_FILER", "SAHABAT_RELAY"]],
    ["a sahabat of the kecamatan, neither filer nor relay", viewer("u-s2", sahabat("73.06.08")), { relaySahabatId: "u-relay" }, false, ["PUBLIC"]],
    ["a sahabat of another kecamatan", viewer("u-s3", sahabat("73.06.01")), {}, false, ["PUBLIC"]],
    ["the filer after the resident withdrew access", viewer("u-sahabat", sahabat("73.06.08")), { sahabatAccessWithdrawnAt: WITHDRAWN }, false, ["PUBLIC"]],
    ["the relay after the resident withdrew access", viewer("u-relay", sahabat("73.06.08")), { sahabatId: null, relaySahabatId: "u-relay", sahabatAccessWithdrawnAt: WITHDRAWN }, false, ["PUBLIC"]],
    ["the withdrawn filer holding the secret is still the reporter", viewer("u-sahabat"), { sahabatAccessWithdrawnAt: WITHDRAWN }, true, ["PUBLIC", "REPORTER"]],
    ["a verifier for the regency 73.06", viewer("u-v", verifier("73.06")), {}, false, ["PUBLIC", "VERIFIER"]],
    ["a verifier for the district 73.06.08", viewer("u-v", verifier("73.06.08")), {}, false, ["PUBLIC", "VERIFIER"]],
    ["a verifier for the province 73", viewer("u-v", verifier("73")), {}, false, ["PUBLIC", "VERIFIER"]],
    // Was: a verifier role without a region covered every region. Now it covers none.
    ["a verifier role with no region", viewer("u-v", verifier(null)), {}, false, ["PUBLIC"]],
    ["a verifier role with no region, holding the secret", viewer("u-v", verifier(null)), {}, true, ["PUBLIC", "REPORTER"]],
    ["a verifier role with no region plus one in scope", viewer("u-v", verifier(null), verifier("73.06")), {}, false, ["PUBLIC", "VERIFIER"]],
    ["a verifier role with no region plus one out of scope", viewer("u-v", verifier(null), verifier("73.71")), {}, false, ["PUBLIC"]],
    ["an administrator with a verifier role without region", viewer("u-a", admin, verifier(null)), {}, false, ["PUBLIC", "ADMINISTRATOR"]],
    ["a verifier with an empty region code", viewer("u-v", verifier("")), {}, false, ["PUBLIC"]],
    ["a verifier for '73.0' (string prefix only)", viewer("u-v", verifier("73.0")), {}, false, ["PUBLIC"]],
    ["a verifier for another district 73.06.09", viewer("u-v", verifier("73.06.09")), {}, false, ["PUBLIC"]],
    ["a verifier for another regency 73.71", viewer("u-v", verifier("73.71")), {}, false, ["PUBLIC"]],
    ["a verifier with one role in scope and one out", viewer("u-v", verifier("73.71"), verifier("73.06.08")), {}, false, ["PUBLIC", "VERIFIER"]],
    ["an officer of the handling agency", viewer("u-o", officer("ag-pupr")), {}, false, ["PUBLIC", "AGENCY_HANDLING"]],
    ["an officer of a copied agency", viewer("u-o", officer("ag-dishub")), {}, false, ["PUBLIC", "AGENCY_COPIED"]],
    ["an officer of another agency", viewer("u-o", officer("ag-other")), {}, false, ["PUBLIC"]],
    ["an officer before disposition", viewer("u-o", officer("ag-pupr")), { agencyId: null, copiedAgencyIds: [] }, false, ["PUBLIC"]],
    ["an officer role without an agency, complaint not disposed", viewer("u-o", officer(null)), { agencyId: null }, false, ["PUBLIC"]],
    ["an officer of an agency both handling and copied", viewer("u-o", officer("ag-pupr")), { copiedAgencyIds: ["ag-pupr"] }, false, ["PUBLIC", "AGENCY_HANDLING"]],
    ["an administrator", viewer("u-a", admin), {}, false, ["PUBLIC", "ADMINISTRATOR"]],
    ["an administrator who is also a verifier in scope", viewer("u-a", admin, verifier("73.06")), {}, false, ["PUBLIC", "VERIFIER", "ADMINISTRATOR"]],
    ["a trainer", viewer("u-t", { role: "TRAINER", regionCode: "73.06", agencyId: null }), {}, false, ["PUBLIC"]],
  ])("%s", (_name, who, overrides, hasSecret, expected) => {
    const audiences = audiencesOf(who, { ...complaint, ...overrides }, hasSecret);
    expect([...audiences].sort()).toEqual([...expected].sort());
  });

  // End to end: what a viewer may see of a CONFIDENTIAL complaint, from their roles.
  it.each<[string, ViewerScope, Access]>([
    ["a verifier role with no region sees nothing", viewer("u-v", verifier(null)), access()],
    ["a verifier for the regency sees everything but acting", viewer("u-v", verifier("73.06")), access(V, C, P, N, K, I, T)],
    ["an administrator with a region-less verifier role: no identity", viewer("u-a", admin, verifier(null)), access(V, C, P, I)],
    ["the filing sahabat: the resident and the answers, no staff notes", viewer("u-sahabat", sahabat("73.06.08")), access(V, C, P, N, K, T)],
    ["a sahabat of the kecamatan who neither filed nor relays it: nothing of a rahasia one", viewer("u-s2", sahabat("73.06.08")), access()],
  ])("%s", (_name, who, expected) => {
    expect(complaintAccess(audiencesOf(who, complaint, false), "CONFIDENTIAL", false, true)).toEqual(expected);
  });

  it.each<[string, Partial<ComplaintRelations>, string | null]>([
    ["self-filed with a relay", { sahabatId: null, relaySahabatId: "u-relay" }, "u-relay"],
    ["assisted: the filer relays", { relaySahabatId: null }, "u-sahabat"],
    ["neither", { sahabatId: null, relaySahabatId: null }, null],
    ["access withdrawn", { relaySahabatId: "u-relay", sahabatAccessWithdrawnAt: WITHDRAWN }, null],
  ])("relayingSahabat: %s", (_name, overrides, expected) => {
    expect(relayingSahabat({ ...complaint, ...overrides })).toBe(expected);
  });
});

describe("isVerified: when the public may read a PUBLIC or ANONYMOUS complaint", () => {
  const PUBLISHED = ["VERIFIED", "DISPOSED", "IN_PROGRESS", "RESOLVED", "CLOSED", "NOT_OUR_AUTHORITY"];
  it.each(STATUSES)("%s", (status) => expect(isVerified(status)).toBe(PUBLISHED.includes(status)));
});

describe("publiclyReadable: what the public list may show, from the rules", () => {
  // Written from the rules, not the code: PUBLIC and ANONYMOUS once a verifier has checked them.
  const LISTED_STATUSES = ["VERIFIED", "DISPOSED", "IN_PROGRESS", "RESOLVED", "CLOSED", "NOT_OUR_AUTHORITY"];
  const LISTED_PRIVACIES = ["PUBLIC", "ANONYMOUS"];
  it("lists the public and anonymous modes, never the confidential one", () => {
    expect(publiclyReadable().privacies).toEqual(LISTED_PRIVACIES);
  });
  it("lists the verified statuses, never one waiting for a check or turned away", () => {
    expect(publiclyReadable().statuses).toEqual(LISTED_STATUSES);
  });
  const cells = (["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"] as const).flatMap((privacy) => STATUSES.map((status) => [privacy, status] as const));
  it.each(cells)("%s · %s", (privacy, status) => {
    const expected = LISTED_PRIVACIES.includes(privacy) && LISTED_STATUSES.includes(status);
    expect(isPubliclyReadable({ privacy, status })).toBe(expected);
    // The row rule and the lists agree.
    const { privacies, statuses } = publiclyReadable();
    expect(privacies.includes(privacy) && statuses.includes(status)).toBe(expected);
  });
});

describe("notes: an entry and its note each have an audience", () => {
  const VIS: Visibility[] = ["PUBLIC", "PARTIES", "STAFF"];
  const publicView = accessFor("PUBLIC", "PUBLIC", false, true);
  const reporter = accessFor("REPORTER", "PUBLIC", false, true);
  const agency = accessFor("AGENCY_HANDLING", "ANONYMOUS", false, true);
  const unverifiedPublic = accessFor("PUBLIC", "PUBLIC", false, false);
  // [viewer, note audience, may read]
  it.each<[string, Access, Visibility, boolean]>([
    ["the public", publicView, "PUBLIC", true],
    ["the public", publicView, "PARTIES", false],
    ["the public", publicView, "STAFF", false],
    ["the public, before verification", unverifiedPublic, "PUBLIC", false],
    ["the reporter", reporter, "PUBLIC", true],
    ["the reporter", reporter, "PARTIES", true],
    ["the reporter", reporter, "STAFF", false],
    ["the handling agency", agency, "PUBLIC", true],
    ["the handling agency", agency, "PARTIES", true],
    ["the handling agency", agency, "STAFF", true],
  ])("%s reading a note for %s → %s", (_who, access, visibility, expected) => {
    expect(mayRead(access, visibility)).toBe(expected);
  });

  it.each(VIS.flatMap((e) => VIS.map((n) => [e, n] as const)))("entry %s, note %s: the note is never wider than its entry", (e, n) => {
    const effective = noteVisibility({ visibility: e, noteVisibility: n });
    expect([e, n]).toContain(effective);
    expect(VIS.indexOf(effective)).toBe(Math.max(VIS.indexOf(e), VIS.indexOf(n)));
    expect(noteVisibility({ visibility: e, noteVisibility: null })).toBe(e);
  });

  it("a public disposal with a note for staff: the public sees the entry, not the note", () => {
    const disposal = { visibility: "PUBLIC" as const, noteVisibility: "STAFF" as const };
    expect(mayRead(publicView, disposal.visibility)).toBe(true);
    expect(mayReadNote(publicView, disposal)).toBe(false);
    expect(mayReadNote(reporter, disposal)).toBe(false);
    expect(mayReadNote(agency, disposal)).toBe(true);
  });
});

describe("mayNameAuditActor: the audit trail hides what the complaint hides", () => {
  it.each<[string, Privacy, string | null, boolean]>([
    ["the reporter of an anonymous complaint", "ANONYMOUS", "u-reporter", false],
    ["the reporter of a confidential complaint", "CONFIDENTIAL", "u-reporter", false],
    ["the reporter of a public complaint", "PUBLIC", "u-reporter", true],
    ["a verifier acting on a confidential complaint", "CONFIDENTIAL", "u-verifier", true],
    ["nobody (a visitor without an account)", "CONFIDENTIAL", null, true],
  ])("to an administrator: %s → %s", (_name, privacy, actorId, expected) => {
    const admin = accessFor("ADMINISTRATOR", privacy, false, true);
    expect(mayNameAuditActor(admin, actorId, "u-reporter")).toBe(expected);
  });

  it("a viewer who may know the reporter (a verifier in scope) sees who acted", () => {
    expect(mayNameAuditActor(accessFor("VERIFIER", "CONFIDENTIAL", false, true), "u-reporter", "u-reporter")).toBe(true);
  });
});

describe("canSeePhotos: audience × privacy × verified", () => {
  const audiences: Audience[] = ["PUBLIC", "REPORTER", "SAHABAT_FILER", "VERIFIER", "AGENCY_HANDLING", "AGENCY_COPIED", "ADMINISTRATOR"];
  const privacies: Privacy[] = ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"];
  // The public sees photos of PUBLIC and ANONYMOUS complaints once verified, never CONFIDENTIAL
  // ones; every party to the complaint sees them from the start.
  const expected = (audience: Audience, privacy: Privacy, verified: boolean) =>
    audience !== "PUBLIC" || (privacy !== "CONFIDENTIAL" && verified);
  const cases = audiences.flatMap((a) =>
    privacies.flatMap((p) => [
      [a, p, "SUBMITTED", expected(a, p, false)] as const,
      [a, p, "POSTPONED", expected(a, p, false)] as const,
      [a, p, "VERIFIED", expected(a, p, true)] as const,
      [a, p, "IN_PROGRESS", expected(a, p, true)] as const,
    ]),
  );
  it.each(cases)("%s, %s, %s → %s", (audience, privacy, status, result) => {
    expect(canSeePhotos(accessFor(audience, privacy, false, isVerified(status)))).toBe(result);
  });

  it("a reporter who is also the public sees their unverified photos", () => {
    const access = complaintAccess(["PUBLIC", "REPORTER"], "PUBLIC", false, isVerified("SUBMITTED"));
    expect(canSeePhotos(access)).toBe(true);
  });

  it.each([
    ["PUBLIC", "VERIFIED", true],
    ["ANONYMOUS", "DISPOSED", true],
    ["PUBLIC", "SUBMITTED", false],
    ["CONFIDENTIAL", "VERIFIED", false],
  ] as const)("photos of a %s complaint that is %s are public: %s", (privacy, status, result) => {
    expect(arePhotosPublic({ privacy, showReporterName: false, status })).toBe(result);
  });
});

describe("canSeeConsentSlip: audience × privacy", () => {
  // The slip shows the resident's name and signature: the resident, the sahabat and the verifier
  // always; an administrator only when the identity is not hidden; agencies and the public never.
  const table: [Audience, Privacy, boolean][] = [
    ["REPORTER", "CONFIDENTIAL", true],
    ["SAHABAT_FILER", "ANONYMOUS", true],
    ["SAHABAT_RELAY", "PUBLIC", true],
    ["VERIFIER", "CONFIDENTIAL", true],
    ["ADMINISTRATOR", "PUBLIC", true],
    ["ADMINISTRATOR", "ANONYMOUS", false],
    ["ADMINISTRATOR", "CONFIDENTIAL", false],
    ["AGENCY_HANDLING", "PUBLIC", false],
    ["AGENCY_COPIED", "PUBLIC", false],
    ["PUBLIC", "PUBLIC", false],
  ];
  it.each(table)("%s, %s → %s", (audience, privacy, result) => {
    expect(canSeeConsentSlip([audience], privacy, true)).toBe(result);
  });

  it("the union of audiences: an agency officer who is also the verifier sees it", () => {
    expect(canSeeConsentSlip(["AGENCY_HANDLING", "VERIFIER"], "ANONYMOUS", false)).toBe(true);
    expect(canSeeConsentSlip(["AGENCY_HANDLING", "PUBLIC"], "PUBLIC", true)).toBe(false);
  });
});

describe("supportRefusal: who may add \"saya juga mengalami\"", () => {
  const stranger = { actAsReporter: false };
  const reporter = { actAsReporter: true };
  type Subject = { privacy: Privacy; showReporterName: boolean; status: (typeof STATUSES)[number]; isSandbox: boolean; mergedIntoId: string | null };
  const base: Subject = { privacy: "PUBLIC", showReporterName: false, status: "DISPOSED", isSandbox: false, mergedIntoId: null };
  type Row = [string, Partial<Subject>, { actAsReporter: boolean }, SupportRefusal | null];
  const table: Row[] = [
    ["a public complaint at the agency", {}, stranger, null],
    ["an anonymous one", { privacy: "ANONYMOUS" }, stranger, null],
    ["a named one", { showReporterName: true }, stranger, null],
    ["just verified", { status: "VERIFIED" }, stranger, null],
    ["in progress", { status: "IN_PROGRESS" }, stranger, null],
    ["sent back to the verifier by the agency", { status: "NOT_OUR_AUTHORITY" }, stranger, null],
    ["resolved (a neighbour may still say it is not)", { status: "RESOLVED" }, stranger, null],
    ["closed", { status: "CLOSED" }, stranger, "FINISHED"],
    ["confidential", { privacy: "CONFIDENTIAL" }, stranger, "NOT_PUBLIC"],
    ["confidential, and the viewer is its reporter", { privacy: "CONFIDENTIAL" }, reporter, "NOT_PUBLIC"],
    ["not verified yet", { status: "SUBMITTED" }, stranger, "NOT_PUBLIC"],
    ["postponed back to checking", { status: "POSTPONED" }, stranger, "NOT_PUBLIC"],
    ["rejected", { status: "REJECTED" }, stranger, "NOT_PUBLIC"],
    ["archived", { status: "ARCHIVED" }, stranger, "NOT_PUBLIC"],
    ["out of scope", { status: "OUT_OF_SCOPE" }, stranger, "NOT_PUBLIC"],
    ["practice", { isSandbox: true }, stranger, "PRACTICE"],
    ["merged into another", { mergedIntoId: "c0" }, stranger, "MERGED"],
    ["its own reporter", {}, reporter, "OWN"],
  ];
  it.each(table)("%s → %s", (_name, over, access, expected) => {
    const complaint = { ...base, ...over };
    expect(supportRefusal(access, complaint)).toBe(expected);
    expect(maySupport(access, complaint)).toBe(expected === null);
  });

  it("never for a status the public cannot read, whatever the privacy", () => {
    for (const status of STATUSES) {
      for (const privacy of ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"] as const) {
        const open = maySupport(stranger, { ...base, privacy, status });
        if (open) expect(arePhotosPublic({ privacy, showReporterName: false, status })).toBe(true);
      }
    }
  });
});

describe("contentVersion: who reads the original and who the redacted version", () => {
  // The parties and staff the rules let read the complaint read what the reporter wrote; the
  // public (and anyone who is only the public to this complaint) reads the redacted version.
  const ORIGINAL_READERS: Audience[] = ["REPORTER", "SAHABAT_FILER", "SAHABAT_RELAY", "VERIFIER", "AGENCY_HANDLING", "AGENCY_COPIED", "ADMINISTRATOR"];
  const table: [Audience[], Privacy, boolean, ContentVersion][] = [
    ...ORIGINAL_READERS.flatMap((a) =>
      (["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"] as const).flatMap((privacy) => [
        [[a, "PUBLIC"], privacy, true, "ORIGINAL"] as [Audience[], Privacy, boolean, ContentVersion],
        [[a, "PUBLIC"], privacy, false, "ORIGINAL"] as [Audience[], Privacy, boolean, ContentVersion],
      ]),
    ),
    [["PUBLIC"], "PUBLIC", true, "PUBLIC"],
    [["PUBLIC"], "ANONYMOUS", true, "PUBLIC"],
    [["PUBLIC"], "CONFIDENTIAL", true, "NONE"],
    [["PUBLIC"], "PUBLIC", false, "NONE"],
    [["PUBLIC"], "ANONYMOUS", false, "NONE"],
    [[], "PUBLIC", true, "NONE"],
  ];
  it.each(table)("%j · %s · verified %s → %s", (audiences, privacy, verified, expected) => {
    expect(contentVersion(audiences, privacy, false, verified)).toBe(expected);
  });
});

describe("textOf and photoFileOf: what each version shows", () => {
  const complaint = { title: "Pak Budi minta uang", story: "Pak Budi, 0812 3456 7890", publicTitle: "Pak [disamarkan] minta uang", publicStory: "Pak [disamarkan], [disamarkan]" };
  it.each<[ContentVersion, ReturnType<typeof textOf>]>([
    ["ORIGINAL", { title: complaint.title, story: complaint.story }],
    ["PUBLIC", { title: complaint.publicTitle, story: complaint.publicStory }],
    ["NONE", null],
  ])("text, %s", (version, expected) => {
    expect(textOf(version, complaint)).toEqual(expected);
  });

  it("the public reads the original where nothing was redacted", () => {
    expect(textOf("PUBLIC", { ...complaint, publicTitle: null, publicStory: null })).toEqual({ title: complaint.title, story: complaint.story });
  });

  const photo = (publicStorageKey: string | null, hiddenFromPublic: boolean) => ({ storageKey: "asli.jpg", publicStorageKey, hiddenFromPublic });
  it.each<[string, ContentVersion, ReturnType<typeof photo>, string | null, boolean]>([
    ["untouched, original reader", "ORIGINAL", photo(null, false), "asli.jpg", false],
    ["untouched, public", "PUBLIC", photo(null, false), "asli.jpg", false],
    ["blurred, original reader", "ORIGINAL", photo("samar.jpg", false), "asli.jpg", true],
    ["blurred, public", "PUBLIC", photo("samar.jpg", false), "samar.jpg", true],
    ["hidden, original reader", "ORIGINAL", photo(null, true), "asli.jpg", true],
    ["hidden, public", "PUBLIC", photo(null, true), null, true],
    ["hidden and blurred, public: hidden wins", "PUBLIC", photo("samar.jpg", true), null, true],
    ["nobody", "NONE", photo(null, false), null, false],
  ])("photo %s", (_name, version, p, file, differs) => {
    expect(photoFileOf(version, p)).toBe(file);
    expect(photoDiffersForPublic(p)).toBe(differs);
  });
});

describe("mayRedact: verifiers in scope and administrators", () => {
  it.each<[Audience[], boolean]>([
    [["PUBLIC", "VERIFIER"], true],
    [["PUBLIC", "ADMINISTRATOR"], true],
    [["PUBLIC", "AGENCY_HANDLING"], false],
    [["PUBLIC", "REPORTER"], false],
    [["PUBLIC", "SAHABAT_FILER"], false],
    [["PUBLIC"], false],
  ])("%j → %s", (audiences, expected) => {
    expect(mayRedact(audiences)).toBe(expected);
  });
});
