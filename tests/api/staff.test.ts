// Staff tools: response templates (who may manage which agency's, and what a template must
// hold), the verifier's tidying when verifying, making privacy stricter (never looser), and the
// sahabat's and everyone's queue counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let verifier: GqlClient;
let officer: GqlClient;
let admin: GqlClient;
let otherOfficer: GqlClient;
let resident: GqlClient;
let sahabat: GqlClient;
let agencies: { id: string; shortName: string }[];
const now = new Date("2026-11-30T01:00:00Z");

const agency = (short: string) => agencies.find((a) => a.shortName === short)!;

beforeAll(async () => {
  server = await startTestServer({ now: () => now });
  verifier = await server.signedIn("verifikator@demo.suara.id");
  officer = await server.signedIn("petugas.pupr@demo.suara.id");
  admin = await server.signedIn("admin@demo.suara.id");
  resident = await server.signedIn("warga@demo.suara.id");
  sahabat = await server.signedIn("sahabat@demo.suara.id");
  agencies = (await verifier.request(`{ agencies { id shortName } }`)).data.agencies;
  // An officer of another agency (Dinkes).
  const prisma = server.db.prisma;
  await prisma.user.create({
    data: {
      name: "Petugas Dinkes",
      email: "petugas.dinkes@contoh.id",
      passwordHash: await hashPassword("kata-sandi-dinkes"),
      roles: { create: { role: "AGENCY_OFFICER", agencyId: agency("Dinkes").id } },
    },
  });
  otherOfficer = await server.signedIn("petugas.dinkes@contoh.id", { password: "kata-sandi-dinkes" });
});
afterAll(() => server?.close());

const CREATE = `mutation($i: CreateResponseTemplateInput!) { createResponseTemplate(input: $i) {
  errors { field code message } template { id title body agency { shortName } } } }`;
const UPDATE = `mutation($i: UpdateResponseTemplateInput!) { updateResponseTemplate(input: $i) {
  errors { field code message } template { id title body } } }`;
const LIST = `query($a: ID) { responseTemplates(agencyId: $a) { id title agency { shortName } } }`;
const ONE = `query($id: ID!) { responseTemplate(id: $id) { id title } }`;
const DELETE = `mutation($id: ID!) { deleteResponseTemplate(id: $id) }`;

describe("response templates", () => {
  it("an officer creates, lists, edits and deletes their own agency's templates, each audited", async () => {
    const created = await officer.request(CREATE, { i: { title: "  Sudah  ditinjau ", body: "Petugas sudah meninjau lokasi." } });
    expect(created.data.createResponseTemplate).toMatchObject({ errors: [], template: { title: "Sudah ditinjau", agency: { shortName: "Dinas PUPR" } } });
    const id = created.data.createResponseTemplate.template.id as string;
    expect((await officer.request(LIST)).data.responseTemplates.map((t: { title: string }) => t.title)).toContain("Sudah ditinjau");

    const edited = await officer.request(UPDATE, { i: { id, title: "Sudah ditinjau petugas", body: "Isi baru." } });
    expect(edited.data.updateResponseTemplate).toMatchObject({ errors: [], template: { title: "Sudah ditinjau petugas", body: "Isi baru." } });

    expect((await officer.request(DELETE, { id })).data.deleteResponseTemplate).toBe(true);
    expect((await officer.request(ONE, { id })).data.responseTemplate).toBeNull();
    const audits = await server.db.prisma.auditLog.findMany({ where: { entityType: "ResponseTemplate", entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action).sort()).toEqual(["template.create", "template.delete", "template.update"]);
  });

  it("reports every problem at its field: empty, too long, a title the agency already uses", async () => {
    const empty = await officer.request(CREATE, { i: { title: " ", body: "" } });
    expect(empty.data.createResponseTemplate.errors).toMatchObject([
      { field: "title", code: "required" },
      { field: "body", code: "required" },
    ]);
    const long = await officer.request(CREATE, { i: { title: "x".repeat(101), body: "y".repeat(4001) } });
    expect(long.data.createResponseTemplate.errors.map((e: { code: string }) => e.code)).toEqual(["too_long", "too_long"]);
    await officer.request(CREATE, { i: { title: "Jawaban baku", body: "Isi." } });
    const twice = await officer.request(CREATE, { i: { title: "Jawaban baku", body: "Isi lain." } });
    expect(twice.errors).toBeUndefined();
    expect(twice.data.createResponseTemplate.errors).toMatchObject([{ field: "title", code: "taken", message: expect.stringContaining("sudah dipakai") }]);
    // Another agency may use the same title.
    const dinkes = await otherOfficer.request(CREATE, { i: { title: "Jawaban baku", body: "Isi." } });
    expect(dinkes.data.createResponseTemplate.errors).toEqual([]);
  });

  it("keeps each agency's templates to its own officers; administrators manage any agency's", async () => {
    const mine = (await officer.request(CREATE, { i: { title: "Milik PUPR", body: "Isi." } })).data.createResponseTemplate.template.id;
    // Another agency's officer neither sees, edits nor deletes it, nor writes into PUPR.
    expect((await otherOfficer.request(LIST)).data.responseTemplates.map((t: { title: string }) => t.title)).not.toContain("Milik PUPR");
    expect((await otherOfficer.request(LIST, { a: agency("Dinas PUPR").id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await otherOfficer.request(ONE, { id: mine })).data.responseTemplate).toBeNull();
    expect((await otherOfficer.request(UPDATE, { i: { id: mine, title: "Diubah", body: "x" } })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await otherOfficer.request(DELETE, { id: mine })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const into = await otherOfficer.request(CREATE, { i: { agencyId: agency("Dinas PUPR").id, title: "Susupan", body: "x" } });
    expect(into.data.createResponseTemplate.errors).toMatchObject([{ field: "agencyId", code: "invalid_choice" }]);

    // Administrators: any agency, and they must say which.
    expect((await admin.request(CREATE, { i: { title: "Tanpa instansi", body: "x" } })).data.createResponseTemplate.errors).toMatchObject([{ field: "agencyId", code: "required" }]);
    const byAdmin = await admin.request(CREATE, { i: { agencyId: agency("Dinas PUPR").id, title: "Dari admin", body: "x" } });
    expect(byAdmin.data.createResponseTemplate).toMatchObject({ errors: [], template: { agency: { shortName: "Dinas PUPR" } } });
    expect((await admin.request(LIST, { a: agency("Dinas PUPR").id })).data.responseTemplates.map((t: { title: string }) => t.title)).toEqual(
      expect.arrayContaining(["Dari admin", "Milik PUPR"]),
    );
    expect((await admin.request(UPDATE, { i: { id: mine, title: "Milik PUPR", body: "Diperbaiki admin." } })).data.updateResponseTemplate.errors).toEqual([]);
    const row = await server.db.prisma.responseTemplate.findUniqueOrThrow({ where: { id: mine } });
    expect(row.updatedById).not.toBe(row.createdById);

    // Everyone else is kept out by the schema.
    for (const [client, code] of [
      [verifier, "FORBIDDEN"],
      [resident, "FORBIDDEN"],
      [sahabat, "FORBIDDEN"],
      [server.client(), "UNAUTHENTICATED"],
    ] as const) {
      expect((await client.request(LIST)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await client.request(CREATE, { i: { agencyId: agency("Dinas PUPR").id, title: "x", body: "y" } })).errors?.[0]?.extensions?.code).toBe(code);
      expect((await client.request(DELETE, { id: mine })).errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});

async function file(privacy: string, extra: Record<string, unknown> = {}) {
  const res = await server.client().request(
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id trackingCode } } }`,
    { i: { kind: "PENGADUAN", title: "jalan rusak   di dusun", story: "Cerita.", districtCode: "73.06.08", privacy, reporterName: "Daeng Ngai", ...extra } },
  );
  return res.data.submitComplaint.complaint as { id: string; trackingCode: string };
}

const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) {
  errors { field code } complaint { title kind status category { slug } } } }`;

describe("verify tidies the complaint", () => {
  it("sets a tidied title, the kind and the category; refuses an empty title or unknown choices", async () => {
    const c = await file("PUBLIC");
    const categories = (await verifier.request(`{ categories { id slug } }`)).data.categories as { id: string; slug: string }[];
    const road = categories.find((x) => x.slug === "jalan-jembatan")!;
    const bad = await verifier.request(ACT, { i: { complaintId: c.id, action: "verify", title: "  ", kind: "SURAT", categoryId: "nope" } });
    expect(bad.data.actOnComplaint.errors).toEqual([
      { field: "title", code: "required" },
      { field: "kind", code: "invalid_choice" },
      { field: "categoryId", code: "invalid_choice" },
    ]);
    const ok = await verifier.request(ACT, { i: { complaintId: c.id, action: "verify", title: "Jalan rusak di Dusun Bontoa", kind: "ASPIRASI", categoryId: road.id } });
    expect(ok.data.actOnComplaint).toEqual({
      errors: [],
      complaint: { title: "Jalan rusak di Dusun Bontoa", kind: "ASPIRASI", status: "VERIFIED", category: { slug: "jalan-jembatan" } },
    });
  });
});

const RESTRICT = `mutation($i: RestrictComplaintPrivacyInput!) { restrictComplaintPrivacy(input: $i) {
  errors { field code message } complaint { privacy showReporterName timeline { type note } } } }`;

describe("making privacy stricter", () => {
  it("lets a verifier in scope make it stricter, on the timeline and in the audit, never looser", async () => {
    const c = await file("PUBLIC", { showReporterName: true });
    const may = `query($c: String!) { complaint(trackingCode: $c) { viewerMayRestrictPrivacy } }`;
    expect((await verifier.request(may, { c: c.trackingCode })).data.complaint.viewerMayRestrictPrivacy).toBe(true);
    expect((await resident.request(may, { c: c.trackingCode })).data.complaint.viewerMayRestrictPrivacy).toBe(false);

    const hidden = await verifier.request(RESTRICT, { i: { complaintId: c.id, privacy: "PUBLIC", showReporterName: false } });
    expect(hidden.data.restrictComplaintPrivacy.complaint).toMatchObject({ privacy: "PUBLIC", showReporterName: false });
    const same = await verifier.request(RESTRICT, { i: { complaintId: c.id, privacy: "PUBLIC", showReporterName: false } });
    expect(same.data.restrictComplaintPrivacy.errors).toMatchObject([{ field: "privacy", code: "unchanged" }]);
    const back = await verifier.request(RESTRICT, { i: { complaintId: c.id, privacy: "PUBLIC", showReporterName: true } });
    expect(back.data.restrictComplaintPrivacy.errors).toMatchObject([{ field: "privacy", code: "needs_consent" }]);

    const confidential = await verifier.request(RESTRICT, { i: { complaintId: c.id, privacy: "CONFIDENTIAL" } });
    expect(confidential.data.restrictComplaintPrivacy.complaint.privacy).toBe("CONFIDENTIAL");
    expect(confidential.data.restrictComplaintPrivacy.complaint.timeline.filter((e: { type: string }) => e.type === "PRIVACY_CHANGED").map((e: { note: string }) => e.note)).toEqual([
      "Privasi laporan dibuat lebih ketat: publik, nama disembunyikan",
      "Privasi laporan dibuat lebih ketat: rahasia",
    ]);
    const looser = await verifier.request(RESTRICT, { i: { complaintId: c.id, privacy: "ANONYMOUS" } });
    expect(looser.data.restrictComplaintPrivacy.errors).toMatchObject([{ field: "privacy", code: "needs_consent" }]);
    // Now confidential: the public cannot find it any more.
    expect((await server.client().request(`query($c: String!) { complaint(trackingCode: $c) { id } }`, { c: c.trackingCode })).data.complaint).toBeNull();
    const audits = await server.db.prisma.auditLog.findMany({ where: { entityId: c.id, action: "complaint.restrictPrivacy" } });
    expect(audits).toHaveLength(2);
  });

  it("refuses anyone who is not a verifier in scope or an administrator, and nonsense", async () => {
    const c = await file("PUBLIC");
    expect((await officer.request(RESTRICT, { i: { complaintId: c.id, privacy: "CONFIDENTIAL" } })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    for (const client of [sahabat, resident]) {
      expect((await client.request(RESTRICT, { i: { complaintId: c.id, privacy: "CONFIDENTIAL" } })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await verifier.request(RESTRICT, { i: { complaintId: c.id, privacy: "SECRET" } })).data.restrictComplaintPrivacy.errors).toMatchObject([
      { field: "privacy", code: "invalid_choice" },
    ]);
    expect((await admin.request(RESTRICT, { i: { complaintId: c.id, privacy: "ANONYMOUS" } })).data.restrictComplaintPrivacy.errors).toEqual([]);
  });
});

const QUEUE = `query($f: QueueFilter) { queue(first: 50, filter: $f) { totalCount edges { node { trackingCode title reporterName } } } queueCounts(filter: $f) { status label count } }`;

describe("queues for sahabat, and counts", () => {
  it("shows a sahabat their kecamatan's open complaints anyone may read, never another's confidential one", async () => {
    const open = await file("PUBLIC", { districtCode: "73.06.08" });
    const secret = await file("CONFIDENTIAL", { districtCode: "73.06.08" });
    const elsewhere = await file("PUBLIC", { districtCode: "73.06.01" });
    const res = await sahabat.request(QUEUE);
    expect(res.errors).toBeUndefined();
    const codes = res.data.queue.edges.map((e: { node: { trackingCode: string } }) => e.node.trackingCode);
    expect(codes).toContain(open.trackingCode);
    expect(codes).not.toContain(secret.trackingCode);
    expect(codes).not.toContain(elsewhere.trackingCode);
    // The reporter's name follows the public rules for a sahabat who did not file it.
    expect(res.data.queue.edges.find((e: { node: { trackingCode: string } }) => e.node.trackingCode === open.trackingCode).node.reporterName).toBeNull();
  });

  it("counts the queue per status, with the total", async () => {
    const res = await verifier.request(QUEUE, { f: { regionCode: "73.06.08" } });
    const total = res.data.queue.totalCount as number;
    expect(total).toBe(res.data.queue.edges.length);
    expect(res.data.queueCounts.reduce((sum: number, c: { count: number }) => sum + c.count, 0)).toBe(total);
    expect(res.data.queueCounts.find((c: { status: string }) => c.status === "SUBMITTED")).toMatchObject({ label: expect.any(String), count: expect.any(Number) });
    const filtered = await verifier.request(QUEUE, { f: { regionCode: "73.06.08", status: "VERIFIED" } });
    // Counts ignore the status filter, so the tabs still show the other statuses.
    expect(filtered.data.queueCounts).toEqual(res.data.queueCounts);
    expect((await resident.request(QUEUE)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("queue pages", () => {
  it("pages forward by cursor in a stable order, with the total", async () => {
    for (let i = 0; i < 3; i++) await file("PUBLIC", { districtCode: "73.06.12" });
    const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
      queue(first: $first, after: $after, last: $last, before: $before, filter: { regionCode: "73.06.12" }) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { trackingCode } } } }`;
    const all = (await verifier.request(PAGE, { first: 50 })).data.queue;
    const codes = all.edges.map((e: { node: { trackingCode: string } }) => e.node.trackingCode);
    expect(codes.length).toBeGreaterThanOrEqual(3);
    const first = (await verifier.request(PAGE, { first: 2 })).data.queue;
    expect(first.totalCount).toBe(codes.length);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await verifier.request(PAGE, { first: 2, after: first.pageInfo.endCursor })).data.queue;
    expect(second.edges.map((e: { node: { trackingCode: string } }) => e.node.trackingCode)).toEqual(codes.slice(2, 4));
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    // The staff page asks for the first N × 20 and shows the last page of them: the same order.
    const grown = (await verifier.request(PAGE, { first: 4 })).data.queue;
    expect(grown.edges.map((e: { node: { trackingCode: string } }) => e.node.trackingCode)).toEqual(codes.slice(0, 4));
  });
});

describe("what the staff page is told", () => {
  const VIEW = `query($c: String!) { complaint(trackingCode: $c) { reporterHiddenFromViewer routedAgency { shortName } } }`;

  it("suggests the agency of the most specific route, to verifiers only", async () => {
    const categories = (await verifier.request(`{ categories { id slug } }`)).data.categories as { id: string; slug: string }[];
    const water = categories.find((x) => x.slug === "air-bersih")!.id;
    const inTompobulu = await file("PUBLIC", { districtCode: "73.06.03", categoryId: water });
    const inSombaOpu = await file("PUBLIC", { districtCode: "73.06.08", categoryId: water });
    const unsorted = await file("PUBLIC");
    expect((await verifier.request(VIEW, { c: inTompobulu.trackingCode })).data.complaint.routedAgency).toEqual({ shortName: "Dinas PUPR" });
    expect((await verifier.request(VIEW, { c: inSombaOpu.trackingCode })).data.complaint.routedAgency).toEqual({ shortName: expect.stringMatching(/^PDAM/) });
    expect((await verifier.request(VIEW, { c: unsorted.trackingCode })).data.complaint.routedAgency).toBeNull();
    expect((await resident.request(VIEW, { c: inTompobulu.trackingCode })).data.complaint.routedAgency).toBeNull();
  });

  it("says when privacy hides the reporter from this viewer", async () => {
    const anonymous = await file("ANONYMOUS");
    expect((await verifier.request(VIEW, { c: anonymous.trackingCode })).data.complaint.reporterHiddenFromViewer).toBe(false);
    expect((await resident.request(VIEW, { c: anonymous.trackingCode })).data.complaint.reporterHiddenFromViewer).toBe(true);
  });
});
