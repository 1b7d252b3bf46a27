// The privacy matrix, generated from the schema. Every root field whose result can reach a
// complaint, a person or their traces is found by walking the schema; each must be registered
// below with how it is checked, so a path added later (a list, a search, an export) fails this
// test until someone decides what it may show. Then every viewer × privacy mode × revealing
// field is checked against a table written from the rules, not from the code.
import {
  getNamedType,
  type GraphQLNamedType,
  GraphQLObjectType,
  GraphQLInterfaceType,
  GraphQLUnionType,
} from "graphql";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { schema } from "../../server/src/graphql/schema.ts";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { jpegWithGps, postPhotos } from "../support/photos.ts";
import { deliverSms, type InboundGateway } from "../support/stand-ins.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

// ───────────────────────────── 1. every path, from the schema ─────────────────────────────

// RevealedIdentity is a hidden identity opened by an administrator (revealIdentity): a person.
// AdminUser is the administrator's view of an account (contact, roles): a person, under another name.
// PublicComplaint is a complaint as the public list shows it: only public facts, but a complaint all the same.
// SimilarComplaint is a complaint's text and place under another name (the duplicate check).
const SENSITIVE = new Set(["Complaint", "PublicComplaint", "PublicFeedEntry", "SimilarComplaint", "TimelineEvent", "Photo", "User", "AdminUser", "Draft", "AuditEntry", "DraftAnswers", "Notification", "RevealedIdentity"]);

function reaches(type: GraphQLNamedType, seen = new Set<string>()): boolean {
  if (SENSITIVE.has(type.name)) return true;
  if (seen.has(type.name)) return false;
  seen.add(type.name);
  if (type instanceof GraphQLUnionType) return type.getTypes().some((t) => reaches(t, seen));
  if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) {
    return Object.values(type.getFields()).some((f) => reaches(getNamedType(f.type), seen));
  }
  return false;
}

const ROOTS = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
  (t): t is GraphQLObjectType => t !== null && t !== undefined,
);
const SENSITIVE_PATHS = ROOTS.flatMap((root) =>
  Object.values(root.getFields())
    .filter((f) => reaches(getNamedType(f.type)))
    .map((f) => `${root.name}.${f.name}`),
);

/** How each path that can reveal something is held to the rules. */
const REGISTERED: Record<string, string> = {
  "Query.complaint": "matrix below: every viewer × privacy mode × field",
  "Query.queue": "matrix below: staff queues list only complaints in scope, with the same field rules",
  "Query.myComplaints": "matrix below: only the account's own complaints",
  "Subscription.complaintUpdated": "matrix below: checked on subscribe and on every event",
  "Query.node": "only AuditEntry is a node, scoped to administrators on the type (complaints.test.ts)",
  "Query.nodes": "as Query.node",
  "Query.auditEntries": "administrators only (complaints.test.ts)",
  "Query.viewer": "the signed-in person themself",
  "Query.draft": "this device's own draft (drafts-photos.test.ts)",
  "Mutation.submitComplaint": "returns the complaint to its own reporter (who holds the new PIN)",
  "Mutation.submitDraft": "as submitComplaint",
  "Mutation.saveDraft": "this device's own draft",
  "Mutation.replyToComplaint": "reporter only; the payload is read with the reporter's access",
  "Mutation.rateComplaint": "reporter only; as replyToComplaint",
  "Mutation.claimComplaint": "needs the PIN; then the account is the reporter",
  "Mutation.withdrawSahabatAccess": "reporter only (PIN or owning account); the payload is read with the reporter's access (relay-sahabat.test.ts); the sahabat's view afterwards: matrix below",
  "Mutation.changeOwnPrivacy": "reporter only (PIN or owning account), else NOT_FOUND; the payload is read with the reporter's access (reporter-privacy.test.ts); who reads it afterwards: the matrix's modes",
  "Mutation.actOnComplaint": "the actor is a party by definition (workflow.test.ts); fields follow the same rules",
  "Mutation.restrictComplaintPrivacy": "verifiers in scope and administrators only, stricter only (staff.test.ts); fields follow the same rules",
  "Mutation.signIn": "returns the person who just proved their password",
  "Mutation.confirmSignUp": "returns the person who just created the account with the code sent to their own contact",
  "Query.adminUsers": "administrators only, on the AdminUser type and the field (admin.test.ts)",
  "Query.adminUser": "as Query.adminUsers",
  "Query.adminChanges": "administrators only, like Query.auditEntries (admin.test.ts)",
  "Mutation.createStaffAccount": "administrators only; returns the account they made (admin.test.ts)",
  "Mutation.grantRole": "administrators only; returns the account they changed (admin.test.ts)",
  "Mutation.revokeRole": "as Mutation.grantRole",
  "Mutation.setAccountDisabled": "as Mutation.grantRole",
  "Query.notifications": "the person's own rows; who gets which row: viewers × modes in notifications.test.ts",
  "Mutation.markNotificationRead": "the person's own notification only (notifications.test.ts)",
  "Mutation.markAllNotificationsRead": "the person's own notifications only",
  "Subscription.notificationAdded": "the person's own rows; session checked on every event (notifications.test.ts)",
  "Mutation.playWorkshopClockStep": "the workshop's own trainer, on its practice complaints only (workshop-clock.test.ts); fields follow the same rules",
  "Query.publicComplaintFeed": "PublicFeedEntry is a complaint's public text: only PUBLIC and ANONYMOUS once verified (publiclyReadable), never practice, never a reporter (statistics.test.ts)",
  "Subscription.queueChanged": "matrix below: only complaints in the viewer's queue, with the same field rules; roles checked on every event",
  "Query.publicComplaints": "matrix below: every viewer sees the same public list, verified PUBLIC and ANONYMOUS only (public-list.test.ts: practice, merged, filters, search)",
  "Mutation.redactComplaint": "verifiers in scope and administrators only (redaction.test.ts); who then reads the original or the redacted text and photos: matrix below",
  "Query.similarComplaints":
    "only open, verified PUBLIC/ANONYMOUS complaints (privacy.ts), never practice or merged, nothing during practice; their public text (merge.test.ts)",
  "Mutation.revealIdentity":
    "administrators only, with a reason and a fresh second factor, only where the identity is hidden; normal views keep hiding it afterwards (matrix below, identity-reveal.test.ts)",
  "Mutation.mergeComplaint": "verifiers of both complaints' region and administrators only (merge.test.ts); returns the original, whose fields follow the same rules",
  // A JSON document (a String), so the walk above cannot see into it: registered by hand.
  "Query.myData": "the signed-in person's own data only, their complaints read with the reporter's access (personal-data.test.ts: nothing of others, no staff note, no staff name)",
};

describe("every path that can reveal a complaint or a person is registered", () => {
  it("finds the paths by walking the schema", () => expect(SENSITIVE_PATHS).toContain("Query.complaint"));
  it.each(SENSITIVE_PATHS)("%s", (path) => {
    expect(REGISTERED[path], `${path} can reach a complaint or a person: register how it is checked`).toBeTruthy();
  });
});

// "Who is being served": the optional answers leave the API only as suppressed counts
// (InclusionCell: a value where published, "< 5" or withheld otherwise). Every root field whose
// result can reach one is registered with the test that holds it to small-cell suppression; no
// type may carry an answer row.
function reachesCell(type: GraphQLNamedType, seen = new Set<string>()): boolean {
  if (type.name === "InclusionCell") return true;
  if (seen.has(type.name)) return false;
  seen.add(type.name);
  if (type instanceof GraphQLUnionType) return type.getTypes().some((t) => reachesCell(t, seen));
  if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) {
    return Object.values(type.getFields()).some((f) => reachesCell(getNamedType(f.type), seen));
  }
  return false;
}
const INCLUSION_PATHS = ROOTS.flatMap((root) =>
  Object.values(root.getFields())
    .filter((f) => reachesCell(getNamedType(f.type)))
    .map((f) => `${root.name}.${f.name}`),
);
const INCLUSION_REGISTERED: Record<string, string> = {
  "Query.inclusionFigures": "public; one calendar year, every table suppressed in one run, practice answers excluded (inclusion-figures.test.ts, figures.test.ts)",
  "Query.inclusionMonthSummary": "verifiers and administrators; this month out of the same run as the public year (inclusion-figures.test.ts)",
  "Query.sahabatDashboard": "the sahabat's own kecamatan's line of the staff's month, same run (inclusion-figures.test.ts)",
  "Subscription.sahabatDashboardChanged": "as Query.sahabatDashboard",
  "Query.workshopReport": "the workshop's own trainer; its practice answers by channel, suppressed, kept suppressed after the purge (inclusion-figures.test.ts)",
};

describe("every path that can reach the optional answers gives suppressed counts only", () => {
  it("finds the paths by walking the schema", () => expect(INCLUSION_PATHS).toContain("Query.inclusionFigures"));
  it.each(INCLUSION_PATHS)("%s", (path) => {
    expect(INCLUSION_REGISTERED[path], `${path} can reach the inclusion figures: register how suppression is checked`).toBeTruthy();
  });
  it("no type carries an answer: a cell is a published value and its publication", () => {
    const cell = schema.getType("InclusionCell") as GraphQLObjectType;
    expect(Object.keys(cell.getFields()).sort()).toEqual(["publication", "value"]);
    const answerFields = ["seeing", "hearing", "walking", "remembering", "selfCare", "communicating", "ageBand", "gender"];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith("__")) continue;
      expect(Object.keys(type.getFields()).filter((f) => answerFields.includes(f)), type.name).toEqual([]);
    }
  });
});

// ───────────────────────────── 2. the rules, written out ─────────────────────────────

type Mode = "PUBLIC_NAMED" | "PUBLIC" | "ANONYMOUS" | "CONFIDENTIAL";
type Viewer =
  | "public"
  | "owner"
  | "otherResident"
  | "sahabatFiler"
  | "sahabatNeither"
  | "sahabatOtherDistrict"
  | "verifierInScope"
  | "verifierOutOfScope"
  | "officerHandling"
  | "officerCopied"
  | "officerOther"
  | "administrator";
/** visible, name, contact, story, photos, party notes, staff notes */
type Seen = { v: 0 | 1; n: 0 | 1; c: 0 | 1; s: 0 | 1; p: 0 | 1; party: 0 | 1; staff: 0 | 1 };
const seen = (bits: string): Seen => {
  const [v, n, c, s, p, party, staff] = [...bits].map((b) => (b === "1" ? 1 : 0)) as Seen[keyof Seen][];
  return { v: v!, n: n!, c: c!, s: s!, p: p!, party: party!, staff: staff! };
};
//                         visible name contact story photos party staff
const NOTHING = seen("0000000");
const PUBLIC_VIEW = seen("1001100");
const PUBLIC_NAMED_VIEW = seen("1101100");
const REPORTER_SIDE = seen("1111110");
const STAFF_FULL = seen("1111111");
const STAFF_NO_IDENTITY = seen("1001111");

const EXPECTED: Record<Viewer, Record<Mode, Seen>> = {
  public: { PUBLIC_NAMED: PUBLIC_NAMED_VIEW, PUBLIC: PUBLIC_VIEW, ANONYMOUS: PUBLIC_VIEW, CONFIDENTIAL: NOTHING },
  otherResident: { PUBLIC_NAMED: PUBLIC_NAMED_VIEW, PUBLIC: PUBLIC_VIEW, ANONYMOUS: PUBLIC_VIEW, CONFIDENTIAL: NOTHING },
  verifierOutOfScope: { PUBLIC_NAMED: PUBLIC_NAMED_VIEW, PUBLIC: PUBLIC_VIEW, ANONYMOUS: PUBLIC_VIEW, CONFIDENTIAL: NOTHING },
  officerOther: { PUBLIC_NAMED: PUBLIC_NAMED_VIEW, PUBLIC: PUBLIC_VIEW, ANONYMOUS: PUBLIC_VIEW, CONFIDENTIAL: NOTHING },
  // A sahabat who neither filed nor relays it, of its kecamatan or another: what the public sees.
  sahabatNeither: { PUBLIC_NAMED: PUBLIC_NAMED_VIEW, PUBLIC: PUBLIC_VIEW, ANONYMOUS: PUBLIC_VIEW, CONFIDENTIAL: NOTHING },
  sahabatOtherDistrict: { PUBLIC_NAMED: PUBLIC_NAMED_VIEW, PUBLIC: PUBLIC_VIEW, ANONYMOUS: PUBLIC_VIEW, CONFIDENTIAL: NOTHING },
  owner: { PUBLIC_NAMED: REPORTER_SIDE, PUBLIC: REPORTER_SIDE, ANONYMOUS: REPORTER_SIDE, CONFIDENTIAL: REPORTER_SIDE },
  sahabatFiler: { PUBLIC_NAMED: REPORTER_SIDE, PUBLIC: REPORTER_SIDE, ANONYMOUS: REPORTER_SIDE, CONFIDENTIAL: REPORTER_SIDE },
  verifierInScope: { PUBLIC_NAMED: STAFF_FULL, PUBLIC: STAFF_FULL, ANONYMOUS: STAFF_FULL, CONFIDENTIAL: STAFF_FULL },
  // The handling agency knows who asked only under PUBLIC; copied agencies never (beyond a name shown to all).
  officerHandling: { PUBLIC_NAMED: STAFF_FULL, PUBLIC: STAFF_FULL, ANONYMOUS: STAFF_NO_IDENTITY, CONFIDENTIAL: STAFF_NO_IDENTITY },
  officerCopied: { PUBLIC_NAMED: { ...STAFF_NO_IDENTITY, n: 1 }, PUBLIC: STAFF_NO_IDENTITY, ANONYMOUS: STAFF_NO_IDENTITY, CONFIDENTIAL: STAFF_NO_IDENTITY },
  // A hidden identity (anonymous, confidential) stays with verifiers and the sahabat who filed it.
  administrator: { PUBLIC_NAMED: STAFF_FULL, PUBLIC: STAFF_FULL, ANONYMOUS: STAFF_NO_IDENTITY, CONFIDENTIAL: STAFF_NO_IDENTITY },
};

// Before verification: anyone may find a public or anonymous complaint by its code, and read
// nothing of it (no story, photos, notes, nor a name shown publicly); agencies are not involved yet.
const FOUND_ONLY = seen("1000000");
const UNVERIFIED_PUBLIC = { PUBLIC_NAMED: FOUND_ONLY, PUBLIC: FOUND_ONLY, ANONYMOUS: FOUND_ONLY, CONFIDENTIAL: NOTHING };
const EXPECTED_UNVERIFIED: Record<Viewer, Record<Mode, Seen>> = {
  public: UNVERIFIED_PUBLIC,
  otherResident: UNVERIFIED_PUBLIC,
  verifierOutOfScope: UNVERIFIED_PUBLIC,
  officerOther: UNVERIFIED_PUBLIC,
  sahabatNeither: UNVERIFIED_PUBLIC,
  sahabatOtherDistrict: UNVERIFIED_PUBLIC,
  officerHandling: UNVERIFIED_PUBLIC,
  officerCopied: UNVERIFIED_PUBLIC,
  owner: EXPECTED.owner,
  sahabatFiler: EXPECTED.sahabatFiler,
  verifierInScope: EXPECTED.verifierInScope,
  administrator: EXPECTED.administrator,
};

// ───────────────────────────── 3. the world to look at ─────────────────────────────

const MODES: Mode[] = ["PUBLIC_NAMED", "PUBLIC", "ANONYMOUS", "CONFIDENTIAL"];
const VIEWERS = Object.keys(EXPECTED) as Viewer[];
const PARTY_NOTE = "Balasan pelapor: lubangnya makin dalam.";
const STAFF_NOTE = "Catatan internal: anggaran pos darurat.";

let server: TestServer;
const SMS_SECRET = "rahasia-bersama-gateway-matriks";
const filed = new Map<Mode, { id: string; code: string; secret: string }>();
const unverified = new Map<Mode, { id: string; code: string; secret: string }>();
const DISPOSE_NOTE = "Pesan untuk instansi: hubungi kepala dusun.";
const clients = new Map<Viewer, GqlClient>();


async function account(email: string, role: "RESIDENT" | "VERIFIER" | "AGENCY_OFFICER" | "SAHABAT", scope: { regionCode?: string; agencyId?: string } = {}) {
  await server.db.prisma.user.create({
    data: { name: email, email, passwordHash: await hashPassword("kata sandi uji"), roles: { create: { role, ...scope } } },
  });
  return server.signedIn(email, { password: "kata sandi uji" });
}

beforeAll(async () => {
  // The SMS door too (its answers are read from the outbox's rows: no gateway is needed).
  server = await startTestServer({ env: { SMS_INBOUND_SECRET: SMS_SECRET } });
  const agencies: { id: string; shortName: string }[] = (await server.client().request(`{ agencies { id shortName } }`)).data.agencies;
  const agency = (short: string) => agencies.find((a) => a.shortName.includes(short))!.id;
  const verifier = await server.signedIn("verifikator@demo.suara.id");
  const sahabat = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "sahabat@demo.suara.id" } });

  // Each mode twice: first a complaint left unverified, then one verified and disposed.
  for (const [i, mode] of MODES.flatMap((m) => [m, m]).entries()) {
    const twin = i % 2 === 0;
    // Filed by the demo sahabat for the resident (assisted, with consent): the sahabat is the
    // filer, the resident (who holds the PIN) the reporter.
    const phone = await server.signedIn("sahabat@demo.suara.id");
    const form = new FormData();
    // A real photo: every upload is decoded and drawn again on the server.
    form.append("foto", new Blob([new Uint8Array(await jpegWithGps())], { type: "image/jpeg" }), "lokasi.jpg");
    const upload = await fetch(`${server.url}/unggah`, { method: "POST", body: form, headers: { accept: "application/json" } });
    const draftCookie = upload.headers.getSetCookie()[0]!.split(";")[0]!.split("=");
    phone.cookies.set(draftCookie[0]!, draftCookie[1]!);
    const photoId = ((await upload.json()) as { photos: { id: string }[] }).photos[0]!.id;

    const res = await phone.request(
      `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret errors { field } complaint { id trackingCode } } }`,
      {
        i: {
          kind: "PENGADUAN", title: `Jalan rusak (${mode})`, story: `Cerita rahasia ${mode}`, districtCode: "73.06.08",
          privacy: mode === "PUBLIC_NAMED" ? "PUBLIC" : mode, showReporterName: mode === "PUBLIC_NAMED",
          reporterName: "Daeng Ngai", reporterPhone: "0812 3456 7890", reporterEmail: "ngai@contoh.id", attachmentIds: [photoId],
          assisted: true, consentMethod: "SPOKEN", consentReadBack: true,
        },
      },
    );
    expect(res.data.submitComplaint.errors).toEqual([]);
    const c = { id: res.data.submitComplaint.complaint.id, code: res.data.submitComplaint.complaint.trackingCode, secret: res.data.submitComplaint.accessSecret };
    (twin ? unverified : filed).set(mode, c);
    // The photo of the consent slip the resident signed (uploads are tested in consent-slip.test.ts):
    // never one of the complaint's photos (each viewer still sees one), shown by its own rule below.
    await server.db.prisma.attachment.create({
      data: { complaintId: c.id, fileName: "slip.jpg", mimeType: "image/jpeg", sizeBytes: 1, sha256: "-", storageKey: `slip/${c.id}.jpg`, purpose: "CONSENT_SLIP" },
    });
    expect((await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } })).sahabatId).toBe(sahabat.id);
    await phone.request(`mutation($i: ReplyToComplaintInput!) { replyToComplaint(input: $i) { errors { field } } }`, {
      i: { trackingCode: c.code, accessSecret: c.secret, body: PARTY_NOTE },
    });
    const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`;
    await verifier.request(ACT, { i: { complaintId: c.id, action: "addNote", body: STAFF_NOTE } });
    if (twin) continue;
    await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
    await verifier.request(ACT, { i: { complaintId: c.id, action: "dispose", agencyId: agency("PUPR"), copyAgencyIds: [agency("BPBD")], note: DISPOSE_NOTE } });
  }

  clients.set("public", server.client());
  clients.set("owner", server.client()); // holds the PIN (given per request below)
  clients.set("otherResident", await account("lain@contoh.id", "RESIDENT"));
  clients.set("sahabatFiler", await server.signedIn("sahabat@demo.suara.id"));
  clients.set("sahabatNeither", await account("sahabat.sombaopu@contoh.id", "SAHABAT", { regionCode: "73.06.08" }));
  clients.set("sahabatOtherDistrict", await account("sahabat.bontonompo@contoh.id", "SAHABAT", { regionCode: "73.06.01" }));
  clients.set("verifierInScope", verifier);
  clients.set("verifierOutOfScope", await account("verif.bontonompo@contoh.id", "VERIFIER", { regionCode: "73.06.01" }));
  clients.set("officerHandling", await server.signedIn("petugas.pupr@demo.suara.id"));
  clients.set("officerCopied", await account("petugas.bpbd@contoh.id", "AGENCY_OFFICER", { agencyId: agency("BPBD") }));
  clients.set("officerOther", await account("petugas.dinkes@contoh.id", "AGENCY_OFFICER", { agencyId: agency("Dinkes") }));
  clients.set("administrator", await server.signedIn("admin@demo.suara.id"));
}, 600_000);
afterAll(() => server?.close());

const FIELDS = `trackingCode reporterName reporterPhone reporterEmail story photos { id } timeline { note }`;

function observed(complaint: null | { reporterName: string | null; reporterPhone: string | null; reporterEmail: string | null; story: string | null; photos: unknown[]; timeline: { note: string | null }[] }): Seen {
  if (!complaint) return NOTHING;
  const notes = complaint.timeline.map((e) => e.note);
  return {
    v: 1,
    n: complaint.reporterName === "Daeng Ngai" ? 1 : 0,
    c: complaint.reporterPhone === "+6281234567890" && complaint.reporterEmail === "ngai@contoh.id" ? 1 : 0,
    s: complaint.story?.startsWith("Cerita rahasia") ? 1 : 0,
    p: complaint.photos.length === 1 ? 1 : 0,
    party: notes.includes(PARTY_NOTE) ? 1 : 0,
    staff: notes.includes(STAFF_NOTE) ? 1 : 0,
  };
}

// ───────────────────────────── 4. the matrix ─────────────────────────────

const CELLS = VIEWERS.flatMap((viewer) => MODES.map((mode) => [viewer, mode] as const));

describe("Query.complaint", () => {
  it.each(CELLS)("%s · %s", async (viewer, mode) => {
    const c = filed.get(mode)!;
    const res = await clients.get(viewer)!.request(`query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { ${FIELDS} } }`, {
      c: c.code,
      s: viewer === "owner" ? c.secret : null,
    });
    expect(res.errors).toBeUndefined();
    expect(observed(res.data.complaint)).toEqual(EXPECTED[viewer][mode]);
  });
});

describe("Query.complaint before verification", () => {
  it.each(CELLS)("%s · %s", async (viewer, mode) => {
    const c = unverified.get(mode)!;
    const res = await clients.get(viewer)!.request(`query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { ${FIELDS} title storyState } }`, {
      c: c.code,
      s: viewer === "owner" ? c.secret : null,
    });
    expect(res.errors).toBeUndefined();
    expect(observed(res.data.complaint)).toEqual(EXPECTED_UNVERIFIED[viewer][mode]);
    const complaint = res.data.complaint;
    if (complaint && !EXPECTED_UNVERIFIED[viewer][mode].s) {
      expect(complaint.title).toBeNull();
      expect(complaint.storyState).toBe("BEING_CHECKED");
    }
  });
});

describe("the support count (\"saya juga mengalami\") and whether the viewer supports: exactly for those who read the story", () => {
  // Support's mutations (supportComplaint, requestSupportCode, confirmSupportCode) return only a
  // count and field errors, never a complaint or a person; who may support is supportRefusal
  // (privacy.test.ts) and tests/api/support.test.ts.
  it.each(CELLS.flatMap(([viewer, mode]) => [[viewer, mode, "verified"] as const, [viewer, mode, "unverified"] as const]))("%s · %s · %s", async (viewer, mode, state) => {
    const c = (state === "verified" ? filed : unverified).get(mode)!;
    const res = await clients.get(viewer)!.request(`query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { supportCount viewerSupports } }`, {
      c: c.code,
      s: viewer === "owner" ? c.secret : null,
    });
    expect(res.errors).toBeUndefined();
    const reads = (state === "verified" ? EXPECTED : EXPECTED_UNVERIFIED)[viewer][mode].s === 1;
    const complaint = res.data.complaint;
    expect(complaint?.supportCount ?? null).toBe(reads ? 0 : null);
    expect(complaint?.viewerSupports ?? null).toBe(reads ? false : null);
  });
});

describe("the consent slip's photo: the resident, the sahabat who filed, verifiers in scope, administrators where the identity is not hidden", () => {
  // It shows the resident's name and signature: never an agency, another sahabat or the public.
  const sees = (viewer: Viewer, mode: Mode) =>
    ["owner", "sahabatFiler", "verifierInScope"].includes(viewer) || (viewer === "administrator" && (mode === "PUBLIC" || mode === "PUBLIC_NAMED"));
  it.each(CELLS.flatMap(([viewer, mode]) => [[viewer, mode, "verified"] as const, [viewer, mode, "unverified"] as const]))("%s · %s · %s", async (viewer, mode, state) => {
    const c = (state === "verified" ? filed : unverified).get(mode)!;
    const res = await clients.get(viewer)!.request(`query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { consentSlip { id url } } }`, {
      c: c.code,
      s: viewer === "owner" ? c.secret : null,
    });
    expect(res.errors).toBeUndefined();
    const slip = res.data.complaint?.consentSlip ?? null;
    expect(slip !== null).toBe(sees(viewer, mode));
  });
});

describe("a disposal is public, the verifier's message to the agency is for staff", () => {
  it.each(CELLS)("%s · %s", async (viewer, mode) => {
    const c = filed.get(mode)!;
    const res = await clients.get(viewer)!.request(`query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { timeline { toStatus note } } }`, {
      c: c.code,
      s: viewer === "owner" ? c.secret : null,
    });
    const timeline: { toStatus: string | null; note: string | null }[] = res.data.complaint?.timeline ?? [];
    const expected = EXPECTED[viewer][mode];
    expect(timeline.some((e) => e.toStatus === "DISPOSED")).toBe(expected.s === 1);
    expect(timeline.some((e) => e.note === DISPOSE_NOTE)).toBe(expected.staff === 1);
  });
});

describe("Query.queue", () => {
  it.each(CELLS.filter(([viewer]) => ["verifierInScope", "verifierOutOfScope", "officerHandling", "officerCopied", "officerOther", "administrator"].includes(viewer)))(
    "%s · %s lists only what is theirs, and shows it by the same rules",
    async (viewer, mode) => {
      const c = filed.get(mode)!;
      const res = await clients.get(viewer)!.request(`{ queue(first: 50) { edges { node { ${FIELDS} } } } }`);
      const node = res.data.queue.edges.map((e: { node: { trackingCode: string } }) => e.node).find((n: { trackingCode: string }) => n.trackingCode === c.code) ?? null;
      // Disposed complaints wait for the handling agency only.
      if (viewer === "officerHandling") expect(observed(node)).toEqual(EXPECTED[viewer][mode]);
      else expect(node).toBeNull();
    },
  );
});

describe("Query.queue of a sahabat", () => {
  it.each(CELLS.filter(([viewer]) => ["sahabatFiler", "sahabatNeither", "sahabatOtherDistrict"].includes(viewer)))(
    "%s · %s lists what they filed and, of their kecamatan, what is not rahasia, by the same rules",
    async (viewer, mode) => {
      const c = filed.get(mode)!;
      const res = await clients.get(viewer)!.request(`{ queue(first: 100) { edges { node { ${FIELDS} } } } }`);
      const node = res.data.queue.edges.map((e: { node: { trackingCode: string } }) => e.node).find((n: { trackingCode: string }) => n.trackingCode === c.code) ?? null;
      const listed = viewer === "sahabatFiler" || (viewer === "sahabatNeither" && mode !== "CONFIDENTIAL");
      expect(observed(node)).toEqual(listed ? EXPECTED[viewer][mode] : NOTHING);
    },
  );
});

describe("Query.publicComplaints", () => {
  // The public list is the same for everyone, staff and reporters included: what the public may
  // read, and never a name, a contact, a story or a note (its rows have no such fields).
  const ROW = `trackingCode title districtCode`;
  it.each(CELLS)("%s · %s", async (viewer, mode) => {
    const res = await clients.get(viewer)!.request(`query($f: PublicComplaintFilter) { publicComplaints(filter: $f, search: "rusak") { errors { field } complaints { ${ROW} } } }`, {
      f: { district: "73.06.08" },
    });
    expect(res.errors).toBeUndefined();
    const codes = (res.data.publicComplaints.complaints as { trackingCode: string }[]).map((r) => r.trackingCode);
    const listed = EXPECTED.public[mode].s === 1;
    expect(codes.includes(filed.get(mode)!.code)).toBe(listed);
    // Never before a verifier checked it, whatever the mode and whoever asks.
    expect(codes.includes(unverified.get(mode)!.code)).toBe(false);
    if (listed) {
      const row = res.data.publicComplaints.complaints.find((r: { trackingCode: string }) => r.trackingCode === filed.get(mode)!.code);
      expect(row.title).toBe(`Jalan rusak (${mode})`);
    }
  });
});

// The Open311 GeoReport v2 door (/open311/v2/, not GraphQL): its requests are the public list's,
// read with the public's access whoever asks (the door reads no cookies), and never carry a name,
// a contact or a note; a photo only where the public sees the photos (open311.test.ts: the rest).
describe("Open311 GET /open311/v2/requests and requests/{id}", () => {
  const SECRETS = ["Daeng Ngai", "+6281234567890", "0812 3456 7890", "ngai@contoh.id", PARTY_NOTE, STAFF_NOTE, DISPOSE_NOTE];
  const door = (path: string, cookie = "") => fetch(`${server.url}/open311/v2/${path}`, { headers: cookie ? { cookie } : {} });

  it.each(MODES)("%s: listed and readable exactly when the public reads its story, with no leak", async (mode) => {
    const c = filed.get(mode)!;
    const u = unverified.get(mode)!;
    const listed = EXPECTED.public[mode].s === 1;
    for (const format of ["json", "xml"]) {
      // With the verifier's session cookie too: the door is the public's, whoever's browser asks.
      for (const cookie of ["", clients.get("verifierInScope")!.cookieHeader()]) {
        const list = await door(`requests.${format}?service_request_id=${c.code},${u.code}`, cookie);
        const listText = await list.text();
        expect(list.status).toBe(200);
        expect(listText.includes(c.code)).toBe(listed);
        expect(listText.includes(u.code)).toBe(false);
        const broad = await (await door(`requests.${format}`, cookie)).text();
        expect(broad.includes(c.code)).toBe(listed);
        expect(broad.includes(u.code)).toBe(false);
        const one = await door(`requests/${c.code}.${format}`, cookie);
        const oneText = await one.text();
        expect(one.status).toBe(listed ? 200 : 404);
        expect((await door(`requests/${u.code}.${format}`, cookie)).status).toBe(404);
        for (const text of [listText, broad, oneText]) for (const secret of SECRETS) expect(text).not.toContain(secret);
        expect(oneText.includes(`Cerita rahasia ${mode}`)).toBe(listed);
      }
    }
    if (!listed) return;
    const [item] = (await (await door(`requests/${c.code}.json`)).json()) as { media_url: string | null }[];
    expect(item!.media_url !== null).toBe(EXPECTED.public[mode].p === 1);
    if (item!.media_url) expect((await fetch(item!.media_url)).status).toBe(200);
  });
});

// ─────────────── 4b. the relay sahabat, and a sahabat whose access was withdrawn ───────────────

describe("a relay sahabat, and sahabat after the resident withdrew their access", () => {
  type Case = { code: string; secret: string };
  const relayed = new Map<Mode, Case>();
  const relayedWithdrawn = new Map<Mode, Case>();
  const assistedWithdrawn = new Map<Mode, Case>();
  let relay: GqlClient;

  beforeAll(async () => {
    const relayUser = await server.db.prisma.user.create({
      data: {
        name: "Relay", email: "relay@contoh.id", passwordHash: await hashPassword("kata sandi uji"),
        roles: { create: { role: "SAHABAT", regionCode: "73.06.08" } },
        sahabatProfile: { create: { published: true, displayName: "Kak Relay", place: "Kantor desa" } },
      },
      include: { sahabatProfile: true },
    });
    relay = await server.signedIn("relay@contoh.id", { password: "kata sandi uji" });
    const verifier = clients.get("verifierInScope")!;
    const agencies: { id: string; shortName: string }[] = (await server.client().request(`{ agencies { id shortName } }`)).data.agencies;
    const pupr = agencies.find((a) => a.shortName.includes("PUPR"))!.id;
    const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`;

    /** Files with a photo from `by`'s device, then the reply, a staff note, verification and disposal. */
    const fileFull = async (by: GqlClient, mode: Mode, extra: Record<string, unknown>): Promise<Case & { id: string }> => {
      const form = new FormData();
      form.append("foto", new Blob([new Uint8Array(await jpegWithGps())], { type: "image/jpeg" }), "lokasi.jpg");
      const upload = await fetch(`${server.url}/unggah`, { method: "POST", body: form, headers: { accept: "application/json", cookie: by.cookieHeader() } });
      const setCookie = upload.headers.getSetCookie()[0];
      if (setCookie) {
        const [name, value] = setCookie.split(";")[0]!.split("=");
        by.cookies.set(name!, value!);
      }
      const photoId = ((await upload.json()) as { photos: { id: string }[] }).photos[0]!.id;
      const res = await by.request(
        `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret errors { field } complaint { id trackingCode } } }`,
        {
          i: {
            kind: "PENGADUAN", title: `Jalan rusak (${mode})`, story: `Cerita rahasia ${mode}`, districtCode: "73.06.08",
            privacy: mode === "PUBLIC_NAMED" ? "PUBLIC" : mode, showReporterName: mode === "PUBLIC_NAMED",
            reporterName: "Daeng Ngai", reporterPhone: "0812 3456 7890", reporterEmail: "ngai@contoh.id", attachmentIds: [photoId],
            ...extra,
          },
        },
      );
      expect(res.data.submitComplaint.errors).toEqual([]);
      const c = { id: res.data.submitComplaint.complaint.id, code: res.data.submitComplaint.complaint.trackingCode, secret: res.data.submitComplaint.accessSecret };
      await server.client().request(`mutation($i: ReplyToComplaintInput!) { replyToComplaint(input: $i) { errors { field } } }`, {
        i: { trackingCode: c.code, accessSecret: c.secret, body: PARTY_NOTE },
      });
      await verifier.request(ACT, { i: { complaintId: c.id, action: "addNote", body: STAFF_NOTE } });
      await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
      await verifier.request(ACT, { i: { complaintId: c.id, action: "dispose", agencyId: pupr, note: DISPOSE_NOTE } });
      return c;
    };
    const withdraw = async (c: Case) => {
      const res = await server.client().request(
        `mutation($i: WithdrawSahabatAccessInput!) { withdrawSahabatAccess(input: $i) { complaint { sahabatAccess } } }`,
        { i: { trackingCode: c.code, accessSecret: c.secret } },
      );
      expect(res.data.withdrawSahabatAccess.complaint.sahabatAccess).toBe("WITHDRAWN");
    };
    const bySelf = { contactPreference: "SAHABAT", relaySahabatId: relayUser.sahabatProfile!.id };
    for (const mode of MODES) {
      relayed.set(mode, await fileFull(server.client(), mode, bySelf));
      const gone = await fileFull(server.client(), mode, bySelf);
      await withdraw(gone);
      relayedWithdrawn.set(mode, gone);
      const assisted = await fileFull(await server.signedIn("sahabat@demo.suara.id"), mode, { assisted: true, consentMethod: "SPOKEN", consentReadBack: true });
      await withdraw(assisted);
      assistedWithdrawn.set(mode, assisted);
    }
  }, 600_000);

  const ask = (who: GqlClient, c: Case) =>
    who.request(`query($c: String!) { complaint(trackingCode: $c) { ${FIELDS} } }`, { c: c.code }).then((res) => {
      expect(res.errors).toBeUndefined();
      return observed(res.data.complaint);
    });

  it.each(MODES)("the relay sahabat · %s: the resident, the answers and party notes, never staff notes", async (mode) => {
    expect(await ask(relay, relayed.get(mode)!)).toEqual(REPORTER_SIDE);
  });

  it.each(MODES)("a sahabat of the kecamatan who neither filed nor relays it · %s: the public's view", async (mode) => {
    expect(await ask(clients.get("sahabatNeither")!, relayed.get(mode)!)).toEqual(EXPECTED.public[mode]);
    expect(await ask(clients.get("sahabatFiler")!, relayed.get(mode)!)).toEqual(EXPECTED.public[mode]);
  });

  it.each(MODES)("a sahabat of another kecamatan · %s: the public's view", async (mode) => {
    expect(await ask(clients.get("sahabatOtherDistrict")!, relayed.get(mode)!)).toEqual(EXPECTED.public[mode]);
  });

  it.each(MODES)("the relay sahabat after the resident withdrew access · %s: the public's view, and not in their queue", async (mode) => {
    const c = relayedWithdrawn.get(mode)!;
    expect(await ask(relay, c)).toEqual(EXPECTED.public[mode]);
    const queue = await relay.request(`{ queue(first: 100) { edges { node { trackingCode reporterName } } } }`);
    const node = queue.data.queue.edges.find((e: { node: { trackingCode: string } }) => e.node.trackingCode === c.code)?.node ?? null;
    // Still a complaint of their kecamatan: listed as the public sees it, unless rahasia.
    expect(node === null ? null : node.reporterName).toBe(mode === "CONFIDENTIAL" ? null : mode === "PUBLIC_NAMED" ? "Daeng Ngai" : null);
    if (mode === "CONFIDENTIAL") expect(node).toBeNull();
  });

  it.each(MODES)("the filing sahabat after the resident withdrew access · %s: the public's view", async (mode) => {
    expect(await ask(clients.get("sahabatFiler")!, assistedWithdrawn.get(mode)!)).toEqual(EXPECTED.public[mode]);
  });

  it.each(MODES)("the reporter still sees it all after withdrawing · %s", async (mode) => {
    const c = relayedWithdrawn.get(mode)!;
    const res = await server.client().request(`query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { ${FIELDS} } }`, { c: c.code, s: c.secret });
    expect(observed(res.data.complaint)).toEqual(REPORTER_SIDE);
  });
});

describe("Query.myComplaints", () => {
  it("lists nothing filed without the account", async () => {
    for (const viewer of ["otherResident", "sahabatFiler"] as const) {
      const res = await clients.get(viewer)!.request(`{ myComplaints(first: 50) { edges { node { trackingCode } } } }`);
      expect(res.data.myComplaints.edges).toEqual([]);
    }
  });
});

describe("Subscription.complaintUpdated", () => {
  it.each(CELLS.filter(([viewer]) => ["public", "owner", "officerCopied", "officerHandling"].includes(viewer)))(
    "%s · %s hears only what they may see",
    async (viewer, mode) => {
      const c = filed.get(mode)!;
      const before = server.subscriberCount(c.id);
      const client = createClient({
        url: server.wsUrl,
        retryAttempts: 0,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { cookie: clients.get(viewer)!.cookieHeader() } });
          }
        },
      });
      const iterator = client.iterate({
        query: `subscription($c: String!, $s: String) { complaintUpdated(trackingCode: $c, accessSecret: $s) { ${FIELDS} } }`,
        variables: { c: c.code, s: viewer === "owner" ? c.secret : null },
      });
      const first = iterator.next().then(
        (r) => ({ value: r.value as { data: { complaintUpdated: Parameters<typeof observed>[0] } } }),
        (errors: unknown) => ({ errors }),
      );
      // A refused subscription never registers: only wait for those that should be heard.
      if (EXPECTED[viewer][mode].v) await server.subscribed(c.id, before);
      await server.deps.bus.publish(`complaint:${c.id}`, { type: "complaint.updated", complaintId: c.id, trackingCode: c.code, eventId: null });
      const result = await first;
      const got = "errors" in result ? null : result.value.data.complaintUpdated;
      expect(observed(got)).toEqual(EXPECTED[viewer][mode]);
      await iterator.return?.();
      await client.dispose();
    },
  );
});

describe("Subscription.queueChanged", () => {
  const STAFF: Viewer[] = ["verifierInScope", "verifierOutOfScope", "officerHandling", "officerCopied", "officerOther", "administrator"];
  it.each(CELLS.filter(([viewer]) => STAFF.includes(viewer)))("%s · %s hears only of their queue, by the same rules", async (viewer, mode) => {
    const c = filed.get(mode)!;
    const before = server.deps.bus.subscriberCount("queue");
    const client = createClient({
      url: server.wsUrl,
      retryAttempts: 0,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: clients.get(viewer)!.cookieHeader() } });
        }
      },
    });
    const iterator = client.iterate({ query: `subscription { queueChanged { change complaint { ${FIELDS} } } }` });
    const first = iterator.next();
    for (let i = 0; i < 2000 && server.deps.bus.subscriberCount("queue") <= before; i++) await new Promise((r) => setTimeout(r, 5));
    expect(server.deps.bus.subscriberCount("queue")).toBeGreaterThan(before);
    await server.deps.bus.publish("queue", { type: "queue.changed", complaintId: c.id, eventId: null });
    const got = await Promise.race([first, new Promise<"silence">((r) => setTimeout(() => r("silence"), 1000))]);
    // Disposed complaints wait in the handling agency's queue only.
    if (viewer === "officerHandling") {
      const value = (got as IteratorResult<{ data: { queueChanged: { change: string; complaint: Parameters<typeof observed>[0] } } }>).value;
      expect(value.data.queueChanged.change).toBe("CHANGED");
      expect(observed(value.data.queueChanged.complaint)).toEqual(EXPECTED[viewer][mode]);
    } else expect(got).toBe("silence");
    await iterator.return?.();
    await client.dispose();
    // Gone before the next case counts its starting point, or that case would wait for nothing.
    for (let i = 0; i < 2000 && server.deps.bus.subscriberCount("queue") > before; i++) await new Promise((r) => setTimeout(r, 5));
  });
});

// ─────────────── 4c. the original or the redacted text and photos ───────────────

// Who reads what the reporter wrote and photographed, and who the verifier's redacted version
// (the name hidden, the first photo blurred, the second hidden from the public), written from the
// rules: the parties and staff the privacy rules let read it read the original; everyone else who
// may read it, the redacted version; the rest nothing.
type Version = "original" | "redacted" | "none";
const REDACTED_PUBLIC: Record<Mode, Version> = { PUBLIC_NAMED: "redacted", PUBLIC: "redacted", ANONYMOUS: "redacted", CONFIDENTIAL: "none" };
const ORIGINAL_ALWAYS: Record<Mode, Version> = { PUBLIC_NAMED: "original", PUBLIC: "original", ANONYMOUS: "original", CONFIDENTIAL: "original" };
const VERSION: Record<Viewer, Record<Mode, Version>> = {
  public: REDACTED_PUBLIC,
  otherResident: REDACTED_PUBLIC,
  verifierOutOfScope: REDACTED_PUBLIC,
  officerOther: REDACTED_PUBLIC,
  sahabatNeither: REDACTED_PUBLIC,
  sahabatOtherDistrict: REDACTED_PUBLIC,
  owner: ORIGINAL_ALWAYS,
  sahabatFiler: ORIGINAL_ALWAYS,
  verifierInScope: ORIGINAL_ALWAYS,
  officerHandling: ORIGINAL_ALWAYS,
  officerCopied: ORIGINAL_ALWAYS,
  administrator: ORIGINAL_ALWAYS,
};

describe("the original or the redacted title, story and photos", () => {
  const redacted = new Map<Mode, { id: string; code: string; secret: string; original: string; blurred: string; hidden: string }>();
  const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
  const stored = async (key: string) => sha(await readFile(path.join(server.deps.uploadDir, key)));

  beforeAll(async () => {
    const agencies: { id: string; shortName: string }[] = (await server.client().request(`{ agencies { id shortName } }`)).data.agencies;
    const agency = (short: string) => agencies.find((a) => a.shortName.includes(short))!.id;
    const verifier = clients.get("verifierInScope")!;
    const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`;
    const noise = (seed: number) => {
      const pixels = Buffer.alloc(96 * 72 * 3);
      for (let i = 0, x = seed; i < pixels.length; i++) pixels[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 23;
      return sharp(pixels, { raw: { width: 96, height: 72, channels: 3 } }).jpeg().toBuffer();
    };
    for (const mode of MODES) {
      const phone = await server.signedIn("sahabat@demo.suara.id");
      const upload = await postPhotos(server.url, phone, [{ name: "wajah.jpg", bytes: await noise(1) }, { name: "plat.jpg", bytes: await noise(2) }]);
      const photoIds = ((await upload.json()) as { photos: { id: string }[] }).photos.map((p) => p.id);
      const res = await phone.request(
        `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret errors { field } complaint { id trackingCode } } }`,
        {
          i: {
            kind: "PENGADUAN", title: `Pungutan Pak Budi Santoso (${mode})`, story: `Cerita rahasia ${mode}: Pak Budi Santoso minta uang.`, districtCode: "73.06.08",
            privacy: mode === "PUBLIC_NAMED" ? "PUBLIC" : mode, showReporterName: mode === "PUBLIC_NAMED",
            reporterName: "Daeng Ngai", reporterPhone: "0812 3456 7890", attachmentIds: photoIds,
            assisted: true, consentMethod: "SPOKEN", consentReadBack: true,
          },
        },
      );
      expect(res.data.submitComplaint.errors).toEqual([]);
      const c = res.data.submitComplaint;
      const done = await verifier.request(`mutation($i: RedactComplaintInput!) { redactComplaint(input: $i) { errors { field } } }`, {
        i: { complaintId: c.complaint.id, phrases: ["Budi Santoso"], photos: [{ photoId: photoIds[0], regions: [{ x: 0, y: 0, w: 1, h: 0.5 }] }, { photoId: photoIds[1], hidden: true }] },
      });
      expect(done.data.redactComplaint.errors).toEqual([]);
      await verifier.request(ACT, { i: { complaintId: c.complaint.id, action: "verify" } });
      await verifier.request(ACT, { i: { complaintId: c.complaint.id, action: "dispose", agencyId: agency("PUPR"), copyAgencyIds: [agency("BPBD")] } });
      const [first, second] = await server.db.prisma.attachment.findMany({ where: { id: { in: photoIds } }, orderBy: { createdAt: "asc" } });
      redacted.set(mode, {
        id: c.complaint.id, code: c.complaint.trackingCode, secret: c.accessSecret,
        original: await stored(first!.storageKey), blurred: await stored(first!.publicStorageKey!), hidden: await stored(second!.storageKey),
      });
    }
  }, 600_000);

  it.each(CELLS)("%s · %s", async (viewer, mode) => {
    const c = redacted.get(mode)!;
    const client = clients.get(viewer)!;
    const res = await client.request(`query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { title story photos { url thumbnailUrl } } }`, {
      c: c.code,
      s: viewer === "owner" ? c.secret : null,
    });
    expect(res.errors).toBeUndefined();
    const complaint: { title: string | null; story: string | null; photos: { url: string }[] } | null = res.data.complaint;
    const text = `${complaint?.title ?? ""} ${complaint?.story ?? ""}`;
    const textVersion: Version = !complaint?.story ? "none" : text.includes("Budi Santoso") ? "original" : "redacted";
    if (textVersion === "redacted") expect(text).toContain("[disamarkan]");
    const shas = await Promise.all(
      (complaint?.photos ?? []).map(async (p) => sha(Buffer.from(await (await fetch(`${server.url}${p.url}`, { headers: { cookie: client.cookieHeader() } })).arrayBuffer()))),
    );
    const photoVersion: Version =
      shas.length === 0 ? "none" : shas.length === 2 && shas[0] === c.original && shas[1] === c.hidden ? "original" : shas.length === 1 && shas[0] === c.blurred ? "redacted" : ("?" as Version);
    expect({ text: textVersion, photos: photoVersion }).toEqual({ text: VERSION[viewer][mode], photos: VERSION[viewer][mode] });
  });
});

// ───────────────────────────── 5. audit entries ─────────────────────────────

describe("Query.auditEntries hides what the complaint hides", () => {
  const own = new Map<string, string>();
  beforeAll(async () => {
    // A resident files while signed in: the audit entry's actor is their account.
    const resident = clients.get("otherResident")!;
    for (const privacy of ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"]) {
      const res = await resident.request(
        `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field } complaint { id } } }`,
        { i: { kind: "PENGADUAN", title: `Lampu jalan mati (${privacy})`, story: "Gelap sejak sepekan.", districtCode: "73.06.08", privacy } },
      );
      expect(res.data.submitComplaint.errors).toEqual([]);
      own.set(privacy, res.data.submitComplaint.complaint.id);
    }
  });

  it.each([
    ["PUBLIC", true],
    ["ANONYMOUS", false],
    ["CONFIDENTIAL", false],
  ] as const)("the administrator reading a %s complaint's filing: actor named %s", async (privacy, named) => {
    const res = await clients.get("administrator")!.request(`{ auditEntries(first: 100) { edges { node { action entityId actor { name email } actorHidden actorLabel } } } }`);
    expect(res.errors).toBeUndefined();
    const entries = res.data.auditEntries.edges.map((e: { node: unknown }) => e.node) as {
      action: string; entityId: string; actor: { name: string; email: string | null } | null; actorHidden: boolean; actorLabel: string | null;
    }[];
    const about = entries.filter((e) => e.entityId === own.get(privacy));
    expect(about.map((e) => e.action)).toContain("complaint.submit");
    for (const entry of about) {
      if (named) {
        expect(entry.actor?.email).toBe("lain@contoh.id");
        expect(entry.actorHidden).toBe(false);
      } else {
        expect(entry.actor).toBeNull();
        expect(entry.actorHidden).toBe(true);
        expect(entry.actorLabel).toBe("Pelapor (identitas dilindungi)");
      }
    }
    if (!named) expect(JSON.stringify(about)).not.toContain("lain@contoh.id");
  });
});

// ───────────────────────────── 6. notes per action and audience ─────────────────────────────

// Who reads the note typed with each action, written from the rules (the workflow table must agree).
const NOTE_AUDIENCE: Record<string, "PUBLIC" | "PARTIES" | "STAFF"> = {
  postpone: "PARTIES",
  resume: "PARTIES",
  markOutOfScope: "PARTIES",
  reject: "PARTIES",
  dispose: "STAFF",
  returnNotOurAuthority: "STAFF",
  postFollowUp: "PUBLIC",
  addNote: "STAFF",
  resolve: "PUBLIC",
  reopen: "PARTIES",
};
const READERS: Record<"PUBLIC" | "PARTIES" | "STAFF", Viewer[]> = {
  PUBLIC: ["public", "owner", "verifierInScope", "officerHandling"],
  PARTIES: ["owner", "verifierInScope", "officerHandling"],
  STAFF: ["verifierInScope", "officerHandling"],
};

describe("each action's note reaches exactly its audience", () => {
  const walked = new Map<string, { code: string; secret: string }>();
  beforeAll(async () => {
    const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field message } } }`;
    const agencies: { id: string; shortName: string }[] = (await server.client().request(`{ agencies { id shortName } }`)).data.agencies;
    const pupr = agencies.find((a) => a.shortName.includes("PUPR"))!.id;
    const file = async (title: string) => {
      const res = await server.client().request(
        `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { id trackingCode } } }`,
        { i: { kind: "PENGADUAN", title, story: "Cerita.", districtCode: "73.06.08", privacy: "PUBLIC" } },
      );
      const p = res.data.submitComplaint;
      return { id: p.complaint.id as string, code: p.complaint.trackingCode as string, secret: p.accessSecret as string };
    };
    const verifier = clients.get("verifierInScope")!;
    const officer = clients.get("officerHandling")!;
    const step = async (who: GqlClient, c: { id: string; code: string; secret: string }, action: string, extra: Record<string, unknown>) => {
      const asReporter = who === clients.get("owner");
      const target = asReporter ? { trackingCode: c.code, accessSecret: c.secret } : { complaintId: c.id };
      const res = await who.request(ACT, { i: { ...target, action, ...extra } });
      expect(res.data.actOnComplaint.errors, action).toEqual([]);
    };
    const note = (action: string) => `Catatan untuk ${action}.`;
    // One complaint along the main road; side exits on their own complaints.
    const main = await file("Jalan utama");
    await step(verifier, main, "postpone", { note: note("postpone") });
    await step(verifier, main, "resume", { note: note("resume") });
    await step(verifier, main, "verify", {});
    await step(verifier, main, "dispose", { agencyId: pupr, note: note("dispose") });
    await step(officer, main, "returnNotOurAuthority", { note: note("returnNotOurAuthority") });
    await step(verifier, main, "dispose", { agencyId: pupr });
    await step(officer, main, "addNote", { body: note("addNote") });
    await step(officer, main, "postFollowUp", { body: note("postFollowUp") });
    await step(officer, main, "resolve", { body: note("resolve") });
    await step(clients.get("owner")!, main, "reopen", { note: note("reopen") });
    for (const action of ["postpone", "resume", "dispose", "returnNotOurAuthority", "addNote", "postFollowUp", "resolve", "reopen"]) walked.set(action, main);
    for (const action of ["markOutOfScope", "reject"]) {
      const side = await file(`Jalan ${action}`);
      await step(verifier, side, action, action === "reject" ? { reason: "duplicate", note: note(action) } : { note: note(action) });
      walked.set(action, side);
    }
  });

  const CASES = Object.keys(NOTE_AUDIENCE).flatMap((action) =>
    (["public", "owner", "verifierInScope", "officerHandling"] as Viewer[]).map((viewer) => [action, viewer] as const),
  );
  it.each(CASES)("%s · %s", async (action, viewer) => {
    const c = walked.get(action)!;
    const res = await clients.get(viewer)!.request(`query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { story timeline { note } } }`, {
      c: c.code,
      s: viewer === "owner" ? c.secret : null,
    });
    const notes = ((res.data.complaint?.timeline ?? []) as { note: string | null }[]).map((e) => e.note ?? "");
    const sideExit = action === "markOutOfScope" || action === "reject";
    // Side exits happen before verification and before any agency: there the officer is the public,
    // and the public reads nothing of an unverified complaint.
    const readers = READERS[NOTE_AUDIENCE[action]!].filter((v) => !(sideExit && (v === "officerHandling" || v === "public")));
    expect(notes.some((n) => n.includes(`Catatan untuk ${action}.`))).toBe(readers.includes(viewer));
  });
});

// ───────────────────────────── 5. the SMS door ─────────────────────────────

describe("the SMS door: CEK and the privacy keywords tell the PIN holder the status, and nobody else anything", () => {
  let senders = 0;
  const gateway = (): InboundGateway => ({
    url: `${server.url}/sms/masuk`,
    secret: SMS_SECRET,
    signatureHeader: "X-Signature",
    format: "json",
    fields: { from: "from", text: "text", id: "id", reference: "reference", part: "part", parts: "parts" },
  });
  /** Texts from a number of its own and returns the answer written for it. */
  async function ask(message: string): Promise<string> {
    const from = `+6281377${String(++senders).padStart(5, "0")}`;
    expect((await deliverSms(gateway(), { from, text: message })).status).toBe(200);
    const answer = await server.db.prisma.notification.findFirstOrThrow({ where: { contact: from, reply: true } });
    return answer.body;
  }
  const SECRETS = [/Daeng Ngai/, /3456 ?7890/, /ngai@contoh\.id/, /Cerita rahasia/, /Jalan rusak/, new RegExp(PARTY_NOTE), new RegExp(STAFF_NOTE), new RegExp(DISPOSE_NOTE)];

  const SMS_CELLS = MODES.flatMap((mode) => (["verified", "unverified"] as const).map((state) => [mode, state] as const));
  it.each(SMS_CELLS)("%s · %s", async (mode, state) => {
    const c = (state === "verified" ? filed : unverified).get(mode)!;
    const wrong = c.secret === "AAAA-AAAA" ? "BBBB-BBBB" : "AAAA-AAAA";
    for (const keyword of ["CEK", "PUBLIK", "RAHASIA"]) {
      const refused = await ask(`${keyword} ${c.code} ${wrong}`);
      expect(refused).toBe("Kode atau PIN tidak cocok. Periksa SMS tanda terima Anda.");
    }
    const status = await ask(`CEK ${c.code} ${c.secret}`);
    expect(status).toMatch(new RegExp(`^${c.code}: (Terkirim|Sedang|Sudah|Diteruskan|Ditangani|Didisposisikan)`));
    for (const secret of SECRETS) expect(status).not.toMatch(secret);
    // A wrong PIN changed nothing.
    const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.privacy).toBe(mode === "PUBLIC_NAMED" ? "PUBLIC" : mode);
  });
});

// ───────────────────────────── 7. revealing a hidden identity ─────────────────────────────

describe("revealing a hidden identity: administrators only, with a reason and a fresh second factor; normal views still hide it", () => {
  const REVEAL = `mutation($i: RevealIdentityInput!) { revealIdentity(input: $i) { identity { name phone email hasAccount } errors { field code } } }`;
  const REASON = "Permintaan tertulis Polres Gowa no. B/123/XII/2026 untuk penyidikan ancaman";
  const revealsOf = (id: string) => server.db.prisma.identityReveal.count({ where: { complaintId: id } });
  /**
   * An arrangement for API tests only: the administrator's sessions get a second factor given
   * just now, as typing an authenticator code does (the browser journey goes through that page).
   */
  const secondFactor = (at: Date | null) =>
    server.db.prisma.session.updateMany({ where: { user: { email: "admin@demo.suara.id" }, revokedAt: null }, data: { secondFactorAt: at } });

  const OTHERS: Viewer[] = VIEWERS.filter((v) => v !== "administrator");
  it.each(OTHERS)("%s may not, even with a reason", async (viewer) => {
    const c = filed.get("ANONYMOUS")!;
    const res = await clients.get(viewer)!.request(REVEAL, { i: { complaintId: c.id, reason: REASON } });
    expect(res.data?.revealIdentity ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    expect(await revealsOf(c.id)).toBe(0);
  });

  it("an administrator without a reason, or with too short a one, is told at the reason; nothing is recorded", async () => {
    await secondFactor(new Date());
    const c = filed.get("ANONYMOUS")!;
    for (const [reason, code] of [[null, "required"], ["  ", "required"], ["polisi minta", "too_short"]] as const) {
      const res = await clients.get("administrator")!.request(REVEAL, { i: { complaintId: c.id, reason } });
      expect(res.data.revealIdentity).toEqual({ identity: null, errors: [{ field: "reason", code }] });
    }
    expect(await revealsOf(c.id)).toBe(0);
  });

  it("an administrator without a fresh second factor is sent to give one; nothing is recorded", async () => {
    const c = filed.get("CONFIDENTIAL")!;
    // A signed-in administrator always gave a code once (staff roles need it); here it is stale.
    for (const at of [new Date(Date.now() - 11 * 60_000), new Date(Date.now() - 86_400_000)]) {
      await secondFactor(at);
      const res = await clients.get("administrator")!.request(REVEAL, { i: { complaintId: c.id, reason: REASON } });
      expect(res.data.revealIdentity).toEqual({ identity: null, errors: [{ field: "secondFactor", code: "second_factor_needed" }] });
      const state = await clients.get("administrator")!.request(`query($c: String!) { complaint(trackingCode: $c) { identityRevealState } }`, { c: c.code });
      expect(state.data.complaint.identityRevealState).toBe("NEEDS_SECOND_FACTOR");
    }
    expect(await revealsOf(c.id)).toBe(0);
  });

  it.each(["PUBLIC_NAMED", "PUBLIC"] as const)("%s: nothing is hidden from administrators, so nothing to reveal", async (mode) => {
    await secondFactor(new Date());
    const c = filed.get(mode)!;
    const res = await clients.get("administrator")!.request(REVEAL, { i: { complaintId: c.id, reason: REASON } });
    expect(res.data.revealIdentity).toEqual({ identity: null, errors: [{ field: "complaintId", code: "not_hidden" }] });
    expect(await revealsOf(c.id)).toBe(0);
  });

  it.each(["ANONYMOUS", "CONFIDENTIAL"] as const)(
    "%s: with both, the identity comes back once; every normal view still hides it, and only the reporter and administrators see the record",
    async (mode) => {
      await secondFactor(new Date());
      const c = filed.get(mode)!;
      const admin = clients.get("administrator")!;
      const res = await admin.request(REVEAL, { i: { complaintId: c.id, reason: REASON } });
      expect(res.data.revealIdentity).toEqual({
        identity: { name: "Daeng Ngai", phone: "+6281234567890", email: "ngai@contoh.id", hasAccount: false },
        errors: [],
      });
      expect(await revealsOf(c.id)).toBe(1);

      // Zero leaks: the administrator's normal views are what they were.
      const after = await admin.request(`query($c: String!) { complaint(trackingCode: $c) { ${FIELDS} } }`, { c: c.code });
      expect(observed(after.data.complaint)).toEqual(EXPECTED.administrator[mode]);
      const audit = await admin.request(`{ auditEntries(first: 100) { edges { node { action entityId actorLabel } } } }`);
      expect(audit.errors).toBeUndefined();
      const entries = (audit.data.auditEntries.edges as { node: { action: string; entityId: string } }[]).map((e) => e.node).filter((e) => e.entityId === c.id);
      expect(entries.map((e) => e.action)).toContain("complaint.revealIdentity");
      for (const secret of ["Daeng Ngai", "3456", "ngai@contoh.id"]) expect(JSON.stringify(entries)).not.toContain(secret);
      const stored = await server.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: c.id, action: "complaint.revealIdentity" } });
      expect(stored.data).toMatchObject({ reason: REASON });

      // The record of the reveal: the reporter and administrators, nobody else.
      for (const viewer of VIEWERS) {
        const seen = await clients.get(viewer)!.request(
          `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { identityReveals { reason adminName } } }`,
          { c: c.code, s: viewer === "owner" ? c.secret : null },
        );
        expect(seen.errors).toBeUndefined();
        const reveals = seen.data.complaint?.identityReveals ?? [];
        if (viewer === "owner") expect(reveals).toEqual([{ reason: REASON, adminName: null }]);
        else if (viewer === "administrator") expect(reveals).toEqual([{ reason: REASON, adminName: expect.any(String) }]);
        else expect(reveals, viewer).toEqual([]);
      }
    },
  );
});

// ─────────────── 4d. a reporter who erased their account and data ───────────────

// A resident with an account files in every mode (with a name, a phone and an e-mail), the
// complaints are verified and disposed, then the resident erases their account and data. Every
// view that reaches a complaint — by code for every viewer, the queues, the public list, Open311,
// a live subscription, the audit log, staff's notifications — shows the complaint with its
// tombstone and never the erased name, phone or e-mail.
describe("an erased reporter's complaints: every view keeps the complaint and leaks nothing of the reporter", () => {
  const NAME = "Ibu Terhapus Matriks";
  const ACCOUNT_EMAIL = "terhapus.akun@contoh.id";
  const SECRETS = [NAME, "0812 9999 1111", "+6281299991111", "6281299991111", "terhapus.laporan@contoh.id", ACCOUNT_EMAIL];
  const erased = new Map<Mode, { id: string; code: string; secret: string }>();
  const noLeak = (value: unknown) => {
    const text = JSON.stringify(value);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  };

  beforeAll(async () => {
    const agencies: { id: string; shortName: string }[] = (await server.client().request(`{ agencies { id shortName } }`)).data.agencies;
    const agency = (short: string) => agencies.find((a) => a.shortName.includes(short))!.id;
    const verifier = clients.get("verifierInScope")!;
    const resident = await server.signedUp({ name: NAME, email: ACCOUNT_EMAIL, password: "kata sandi panjang sekali" });
    const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`;
    for (const mode of MODES) {
      const res = await resident.request(
        `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret errors { field } complaint { id trackingCode } } }`,
        {
          i: {
            kind: "PENGADUAN", title: `Jalan rusak terhapus (${mode})`, story: `Cerita terhapus ${mode}`, districtCode: "73.06.08",
            privacy: mode === "PUBLIC_NAMED" ? "PUBLIC" : mode, showReporterName: mode === "PUBLIC_NAMED",
            reporterName: NAME, reporterPhone: "0812 9999 1111", reporterEmail: "terhapus.laporan@contoh.id",
          },
        },
      );
      expect(res.data.submitComplaint.errors).toEqual([]);
      const c = { id: res.data.submitComplaint.complaint.id, code: res.data.submitComplaint.complaint.trackingCode, secret: res.data.submitComplaint.accessSecret };
      erased.set(mode, c);
      await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
      await verifier.request(ACT, { i: { complaintId: c.id, action: "dispose", agencyId: agency("PUPR"), copyAgencyIds: [agency("BPBD")], note: DISPOSE_NOTE } });
    }
    // Before the erasure the name is there (so the checks below are not vacuous).
    const before = await verifier.request(`query($c: String!) { complaint(trackingCode: $c) { reporterName } }`, { c: erased.get("PUBLIC")!.code });
    expect(before.data.complaint.reporterName).toBe(NAME);

    const res = await resident.request(`mutation($i: EraseMyDataInput!) { eraseMyData(input: $i) { ok errors { field } } }`, { i: { password: "kata sandi panjang sekali" } });
    expect(res.data.eraseMyData).toEqual({ ok: true, errors: [] });
  }, 300_000);

  it.each(CELLS)("Query.complaint · %s · %s: the tombstone where the timeline is read, no name or contact", async (viewer, mode) => {
    const c = erased.get(mode)!;
    const res = await clients.get(viewer)!.request(
      `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { ${FIELDS} reporterName timeline { entry summary } } }`,
      { c: c.code, s: viewer === "owner" ? c.secret : null },
    );
    expect(res.errors).toBeUndefined();
    noLeak(res.data);
    const complaint = res.data.complaint;
    // Filed by the resident alone: the demo sahabat is one more sahabat of the kecamatan here.
    const expected = EXPECTED[viewer === "sahabatFiler" ? "sahabatNeither" : viewer][mode];
    expect(complaint !== null).toBe(expected.v === 1);
    if (complaint && expected.s === 1) {
      expect(complaint.story).toBe(`Cerita terhapus ${mode}`);
      expect(complaint.timeline.map((e: { entry: string }) => e.entry)).toContain("reporterErased");
    }
  });

  it.each(["verifierInScope", "verifierOutOfScope", "officerHandling", "officerCopied", "officerOther", "administrator", "sahabatFiler", "sahabatNeither"] as Viewer[])(
    "Query.queue of %s: no name or contact",
    async (viewer) => {
      const res = await clients.get(viewer)!.request(`{ queue(first: 100) { edges { node { ${FIELDS} } } } }`);
      expect(res.errors).toBeUndefined();
      noLeak(res.data);
    },
  );

  it.each(VIEWERS)("Query.publicComplaints for %s: listed as before, no name", async (viewer) => {
    const res = await clients.get(viewer)!.request(`{ publicComplaints(search: "terhapus") { complaints { trackingCode title } } }`);
    expect(res.errors).toBeUndefined();
    noLeak(res.data);
    const codes = (res.data.publicComplaints.complaints as { trackingCode: string }[]).map((r) => r.trackingCode);
    expect(codes).toContain(erased.get("PUBLIC_NAMED")!.code);
    expect(codes).not.toContain(erased.get("CONFIDENTIAL")!.code);
  });

  it("Open311 requests: no name or contact", async () => {
    for (const format of ["json", "xml"]) {
      const list = await (await fetch(`${server.url}/open311/v2/requests.${format}?service_request_id=${[...erased.values()].map((c) => c.code).join(",")}`)).text();
      expect(list).toContain(erased.get("PUBLIC_NAMED")!.code);
      for (const secret of SECRETS) expect(list).not.toContain(secret);
    }
  });

  it("Subscription.complaintUpdated (the verifier's handling page): the update carries no name", async () => {
    const c = erased.get("PUBLIC_NAMED")!;
    const before = server.subscriberCount(c.id);
    const client = createClient({
      url: server.wsUrl,
      retryAttempts: 0,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: clients.get("verifierInScope")!.cookieHeader() } });
        }
      },
    });
    const iterator = client.iterate({ query: `subscription($c: String!) { complaintUpdated(trackingCode: $c) { ${FIELDS} reporterName } }`, variables: { c: c.code } });
    const first = iterator.next();
    await server.subscribed(c.id, before);
    await server.deps.bus.publish(`complaint:${c.id}`, { type: "complaint.updated", complaintId: c.id, trackingCode: c.code, eventId: null });
    const got = (await first).value as { data: { complaintUpdated: { reporterName: string | null; story: string } } };
    expect(got.data.complaintUpdated.story).toBe("Cerita terhapus PUBLIC_NAMED");
    noLeak(got);
    await iterator.return?.();
    await client.dispose();
  });

  it("Query.auditEntries and staff notifications: no name or contact", async () => {
    const audit = await clients.get("administrator")!.request(`{ auditEntries(first: 100) { edges { node { action entityId actor { name email } actorLabel } } } }`);
    expect(audit.errors).toBeUndefined();
    noLeak(audit.data);
    const actions = audit.data.auditEntries.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(actions).toContain("account.erased");
    for (const viewer of ["verifierInScope", "officerHandling", "officerCopied", "administrator"] as Viewer[]) {
      const res = await clients.get(viewer)!.request(`{ notifications(first: 100) { edges { node { title body trackingCode } } } }`);
      expect(res.errors).toBeUndefined();
      noLeak(res.data);
    }
  });

  it("the erased account holds nothing: no name, contact or password, disabled", async () => {
    const users = await server.db.prisma.user.findMany({ where: { OR: [{ name: NAME }, { email: ACCOUNT_EMAIL }] } });
    expect(users).toEqual([]);
    const rows = await server.db.prisma.complaint.findMany({ where: { id: { in: [...erased.values()].map((c) => c.id) } }, select: { reporterId: true, reporterName: true, reporterPhone: true, reporterEmail: true } });
    expect(rows).toEqual(MODES.map(() => ({ reporterId: null, reporterName: null, reporterPhone: null, reporterEmail: null })));
  });
});
