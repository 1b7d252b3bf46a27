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
  canSeePhotos,
  complaintAccess,
  isWithinRegion,
} from "./privacy.ts";

type Facet = keyof Access;
const V: Facet = "visible";
const C: Facet = "content";
const N: Facet = "reporterName";
const K: Facet = "reporterContact"; // K for kontak
const P: Facet = "partyNotes";
const I: Facet = "internalNotes";
const R: Facet = "actAsReporter";

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
  };
}

const AUDIENCES: Audience[] = [
  "PUBLIC",
  "REPORTER",
  "SAHABAT_FILER",
  "VERIFIER",
  "AGENCY_HANDLING",
  "AGENCY_COPIED",
  "ADMINISTRATOR",
];
const PRIVACIES: Privacy[] = ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"];

// Written out by hand from the rules in the issues; do not compute it. partyNotes (replies and
// relays between the parties) go to everyone involved, never to the public.
const TABLE: Array<[Audience, Privacy, boolean, Access]> = [
  // PUBLIC: the story is public; the name only if the reporter ticked showReporterName.
  ["PUBLIC", "PUBLIC", true, access(V, C, N)],
  ["PUBLIC", "PUBLIC", false, access(V, C)],
  ["PUBLIC", "ANONYMOUS", true, access(V, C)],
  ["PUBLIC", "ANONYMOUS", false, access(V, C)],
  ["PUBLIC", "CONFIDENTIAL", true, access()],
  ["PUBLIC", "CONFIDENTIAL", false, access()],

  // The reporter always sees everything about their own complaint and may act on it.
  ["REPORTER", "PUBLIC", true, access(V, C, P, N, K, R)],
  ["REPORTER", "PUBLIC", false, access(V, C, P, N, K, R)],
  ["REPORTER", "ANONYMOUS", true, access(V, C, P, N, K, R)],
  ["REPORTER", "ANONYMOUS", false, access(V, C, P, N, K, R)],
  ["REPORTER", "CONFIDENTIAL", true, access(V, C, P, N, K, R)],
  ["REPORTER", "CONFIDENTIAL", false, access(V, C, P, N, K, R)],

  // The sahabat who filed it knows the resident; not staff, so no internal notes.
  ["SAHABAT_FILER", "PUBLIC", true, access(V, C, P, N, K)],
  ["SAHABAT_FILER", "PUBLIC", false, access(V, C, P, N, K)],
  ["SAHABAT_FILER", "ANONYMOUS", true, access(V, C, P, N, K)],
  ["SAHABAT_FILER", "ANONYMOUS", false, access(V, C, P, N, K)],
  ["SAHABAT_FILER", "CONFIDENTIAL", true, access(V, C, P, N, K)],
  ["SAHABAT_FILER", "CONFIDENTIAL", false, access(V, C, P, N, K)],

  // Verifiers see identity under every mode, and the internal notes.
  ["VERIFIER", "PUBLIC", true, access(V, C, P, N, K, I)],
  ["VERIFIER", "PUBLIC", false, access(V, C, P, N, K, I)],
  ["VERIFIER", "ANONYMOUS", true, access(V, C, P, N, K, I)],
  ["VERIFIER", "ANONYMOUS", false, access(V, C, P, N, K, I)],
  ["VERIFIER", "CONFIDENTIAL", true, access(V, C, P, N, K, I)],
  ["VERIFIER", "CONFIDENTIAL", false, access(V, C, P, N, K, I)],

  // The handling agency knows who asked only under PUBLIC.
  ["AGENCY_HANDLING", "PUBLIC", true, access(V, C, P, N, K, I)],
  ["AGENCY_HANDLING", "PUBLIC", false, access(V, C, P, N, K, I)],
  ["AGENCY_HANDLING", "ANONYMOUS", true, access(V, C, P, I)],
  ["AGENCY_HANDLING", "ANONYMOUS", false, access(V, C, P, I)],
  ["AGENCY_HANDLING", "CONFIDENTIAL", true, access(V, C, P, I)],
  ["AGENCY_HANDLING", "CONFIDENTIAL", false, access(V, C, P, I)],

  // Copied agencies never see identity.
  ["AGENCY_COPIED", "PUBLIC", true, access(V, C, P, I)],
  ["AGENCY_COPIED", "PUBLIC", false, access(V, C, P, I)],
  ["AGENCY_COPIED", "ANONYMOUS", true, access(V, C, P, I)],
  ["AGENCY_COPIED", "ANONYMOUS", false, access(V, C, P, I)],
  ["AGENCY_COPIED", "CONFIDENTIAL", true, access(V, C, P, I)],
  ["AGENCY_COPIED", "CONFIDENTIAL", false, access(V, C, P, I)],

  // Administrators: content and internal notes; identity except under CONFIDENTIAL.
  ["ADMINISTRATOR", "PUBLIC", true, access(V, C, P, N, K, I)],
  ["ADMINISTRATOR", "PUBLIC", false, access(V, C, P, N, K, I)],
  ["ADMINISTRATOR", "ANONYMOUS", true, access(V, C, P, N, K, I)],
  ["ADMINISTRATOR", "ANONYMOUS", false, access(V, C, P, N, K, I)],
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
    expect(accessFor(audience, privacy, show)).toEqual(expected);
  });
});

// The same rules stated as sentences, checked over every combination independently of the table.
describe("accessFor: rules from the issues", () => {
  const all = AUDIENCES.flatMap((a) => PRIVACIES.flatMap((p) => [true, false].map((s) => [a, p, s] as const)));

  it.each(all)("%s / %s / show %s: only the REPORTER may act as reporter", (a, p, s) => {
    expect(accessFor(a, p, s).actAsReporter).toBe(a === "REPORTER");
  });

  it.each(all)("%s / %s / show %s: party notes go to every audience except the public", (a, p, s) => {
    expect(accessFor(a, p, s).partyNotes).toBe(a !== "PUBLIC");
  });

  it.each(all)("%s / %s / show %s: internal notes only for verifiers, agencies and administrators", (a, p, s) => {
    const staff = a === "VERIFIER" || a === "AGENCY_HANDLING" || a === "AGENCY_COPIED" || a === "ADMINISTRATOR";
    expect(accessFor(a, p, s).internalNotes).toBe(staff);
  });

  it.each(all)("%s / %s / show %s: the public never sees party notes or internal notes", (a, p, s) => {
    if (a !== "PUBLIC") return;
    expect(accessFor(a, p, s).partyNotes).toBe(false);
    expect(accessFor(a, p, s).internalNotes).toBe(false);
  });

  it.each(all)("%s / %s / show %s: copied agencies and the public never see contact details", (a, p, s) => {
    if (a === "AGENCY_COPIED" || a === "PUBLIC") expect(accessFor(a, p, s).reporterContact).toBe(false);
  });

  it.each(all)("%s / %s / show %s: under CONFIDENTIAL identity only for reporter, sahabat, verifier", (a, p, s) => {
    if (p !== "CONFIDENTIAL") return;
    const identity = accessFor(a, p, s);
    const allowed = a === "REPORTER" || a === "SAHABAT_FILER" || a === "VERIFIER";
    expect(identity.reporterName).toBe(allowed);
    expect(identity.reporterContact).toBe(allowed);
  });

  it.each(all)("%s / %s / show %s: whatever is visible shows its content, and nothing shows when invisible", (a, p, s) => {
    const result = accessFor(a, p, s);
    if (!result.visible) expect(result).toEqual(access());
    else expect(result.content).toBe(true);
  });
});

describe("complaintAccess: union of audiences", () => {
  it.each<[string, Audience[], Privacy, boolean, Access]>([
    ["no audiences", [], "PUBLIC", true, access()],
    ["PUBLIC alone, confidential", ["PUBLIC"], "CONFIDENTIAL", false, access()],
    ["PUBLIC + REPORTER, confidential", ["PUBLIC", "REPORTER"], "CONFIDENTIAL", false, access(V, C, P, N, K, R)],
    ["PUBLIC + REPORTER, anonymous", ["PUBLIC", "REPORTER"], "ANONYMOUS", true, access(V, C, P, N, K, R)],
    // The public may see a shown name, so a copied agency sees it too (no contact, though).
    ["PUBLIC + AGENCY_COPIED, public with name", ["PUBLIC", "AGENCY_COPIED"], "PUBLIC", true, access(V, C, P, N, I)],
    ["PUBLIC + AGENCY_COPIED, public without name", ["PUBLIC", "AGENCY_COPIED"], "PUBLIC", false, access(V, C, P, I)],
    ["AGENCY_HANDLING + VERIFIER, anonymous", ["AGENCY_HANDLING", "VERIFIER"], "ANONYMOUS", false, access(V, C, P, N, K, I)],
    ["ADMINISTRATOR + SAHABAT_FILER, confidential", ["ADMINISTRATOR", "SAHABAT_FILER"], "CONFIDENTIAL", false, access(V, C, P, N, K, I)],
    ["ADMINISTRATOR + REPORTER, confidential", ["ADMINISTRATOR", "REPORTER"], "CONFIDENTIAL", false, access(V, C, P, N, K, I, R)],
    ["duplicates change nothing", ["PUBLIC", "PUBLIC", "AGENCY_COPIED", "AGENCY_COPIED"], "ANONYMOUS", true, access(V, C, P, I)],
  ])("%s", (_name, audiences, privacy, show, expected) => {
    expect(complaintAccess(audiences, privacy, show)).toEqual(expected);
    expect(complaintAccess(new Set(audiences), privacy, show)).toEqual(expected);
  });

  it("does not share state between calls", () => {
    complaintAccess(["REPORTER"], "PUBLIC", true);
    expect(complaintAccess(["PUBLIC"], "CONFIDENTIAL", false)).toEqual(access());
  });
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
    districtCode: "73.06.08",
    agencyId: "ag-pupr",
    copiedAgencyIds: ["ag-dinkes", "ag-dishub"],
  };
  type Role = ViewerScope["roles"][number];
  const verifier = (regionCode: string | null): Role => ({ role: "VERIFIER", regionCode, agencyId: null });
  const officer = (agencyId: string | null): Role => ({ role: "AGENCY_OFFICER", regionCode: null, agencyId });
  const admin: Role = { role: "ADMINISTRATOR", regionCode: null, agencyId: null };
  const viewer = (userId: string | null, ...roles: Role[]): ViewerScope => ({ userId, roles });

  it.each<[string, ViewerScope, Partial<ComplaintRelations>, boolean, Audience[]]>([
    ["a visitor", viewer(null), {}, false, ["PUBLIC"]],
    ["a visitor with the access secret", viewer(null), {}, true, ["PUBLIC", "REPORTER"]],
    ["the reporter's account", viewer("u-reporter"), {}, false, ["PUBLIC", "REPORTER"]],
    ["another account", viewer("u-other"), {}, false, ["PUBLIC"]],
    ["a visitor, complaint filed without account or sahabat", viewer(null), { reporterId: null, sahabatId: null }, false, ["PUBLIC"]],
    ["the sahabat who filed it", viewer("u-sahabat"), {}, false, ["PUBLIC", "SAHABAT_FILER"]],
    ["the sahabat holding the secret too", viewer("u-sahabat"), {}, true, ["PUBLIC", "REPORTER", "SAHABAT_FILER"]],
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
    ["a verifier for the regency sees everything but acting", viewer("u-v", verifier("73.06")), access(V, C, P, N, K, I)],
    ["an administrator with a region-less verifier role: no identity", viewer("u-a", admin, verifier(null)), access(V, C, P, I)],
  ])("%s", (_name, who, expected) => {
    expect(complaintAccess(audiencesOf(who, complaint, false), "CONFIDENTIAL", false)).toEqual(expected);
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
    expect(canSeePhotos(accessFor(audience, privacy, false), { status })).toBe(result);
  });

  it("a reporter who is also the public sees their unverified photos", () => {
    const access = complaintAccess(["PUBLIC", "REPORTER"], "PUBLIC", false);
    expect(canSeePhotos(access, { status: "SUBMITTED" })).toBe(true);
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
