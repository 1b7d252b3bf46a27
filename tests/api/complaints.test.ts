// The first slice through the real API: submit, validate, look up under each privacy mode,
// replay exactly once, and reply as the reporter.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitComplaintInput!) {
    submitComplaint(input: $input) {
      accessSecret
      errors { field code message }
      complaint { id trackingCode status statusLabel kind title story reporterName privacy verifyDueAt
        district { code name } timeline { type toStatus } }
    }
  }`;

const LOOKUP = /* GraphQL */ `
  query Lookup($code: String!, $secret: String) {
    complaint(trackingCode: $code, accessSecret: $secret) {
      trackingCode title story reporterName reporterPhone reporterEmail viewerIsReporter
      timeline { type note }
    }
  }`;

const valid = (overrides: Record<string, unknown> = {}) => ({
  kind: "PENGADUAN",
  title: "Jalan berlubang di depan SD Inpres",
  story: "Lubang besar sejak musim hujan. Motor sering jatuh.",
  districtCode: "73.06.08",
  privacy: "PUBLIC",
  reporterName: "Daeng Ngai",
  reporterPhone: "0812 3456 7890",
  ...overrides,
});

let server: TestServer;
beforeAll(async () => {
  // Saturday 28 November 2026, 10:00 WITA.
  server = await startTestServer({ now: () => new Date("2026-11-28T02:00:00Z") });
});
afterAll(() => server?.close());

describe("submitComplaint", () => {
  it("stores a complaint with a tracking code, a secret, a timeline event and a due date in working days", async () => {
    const res = await server.client().request(SUBMIT, { input: valid() });
    const payload = res.data.submitComplaint;
    expect(payload.errors).toEqual([]);
    expect(payload.complaint.trackingCode).toMatch(/^GWA-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
    expect(payload.accessSecret).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(payload.complaint.status).toBe("SUBMITTED");
    expect(payload.complaint.district.name).toBe("Somba Opu");
    expect(payload.complaint.timeline).toEqual([{ type: "SUBMITTED", toStatus: "SUBMITTED" }]);
    // Three working days after Saturday: Mon 30 Nov, Tue 1 Dec, Wed 2 Dec, end of day WITA.
    expect(payload.complaint.verifyDueAt).toBe("2026-12-02T15:59:59.999Z");
    const audit = await server.db.prisma.auditLog.findFirst({ where: { entityId: payload.complaint.id } });
    expect(audit?.action).toBe("complaint.submit");
  });

  it.each([
    ["empty form", {}, ["kind", "title", "story", "districtCode", "privacy"]],
    ["whitespace only", valid({ title: "   ", story: "\n\t " }), ["title", "story"]],
    ["unknown kecamatan", valid({ districtCode: "73.06.99" }), ["districtCode"]],
    ["desa of another kecamatan", valid({ villageCode: "73.06.01.2001" }), ["villageCode"]],
    ["desa that does not exist", valid({ villageCode: "73.06.08.9999" }), ["villageCode"]],
    ["unknown category", valid({ categoryId: "no-such-category" }), ["categoryId"]],
    ["future date", valid({ incidentDate: "2026-11-29" }), ["incidentDate"]],
    ["impossible date", valid({ incidentDate: "2026-02-30" }), ["incidentDate"]],
    ["tampered kind", valid({ kind: "DROP TABLE" }), ["kind"]],
    ["bad phone", valid({ reporterPhone: "12" }), ["reporterPhone"]],
  ])("returns field errors for %s and stores nothing", async (_name, input, fields) => {
    const before = await server.db.prisma.complaint.count();
    const res = await server.client().request(SUBMIT, { input });
    expect(res.data.submitComplaint.complaint).toBeNull();
    expect(res.data.submitComplaint.errors.map((e: { field: string }) => e.field).sort()).toEqual([...fields].sort());
    for (const error of res.data.submitComplaint.errors) expect(error.message.length).toBeGreaterThan(5);
    expect(await server.db.prisma.complaint.count()).toBe(before);
  });

  it("speaks the reader's language", async () => {
    const [id, en] = await Promise.all(
      (["id", "en"] as const).map((locale) =>
        server.client({ locale }).request(SUBMIT, { input: valid({ title: "" }) }),
      ),
    );
    expect(id!.data.submitComplaint.errors[0].message).toBe("Tulis judul laporan");
    expect(en!.data.submitComplaint.errors[0].message).toBe("Enter a title for your report");
  });

  it("stores a replayed submission exactly once and returns the same code and secret", async () => {
    const clientRequestId = randomUUID();
    const input = valid({ clientRequestId, title: "Lampu jalan mati" });
    const results = await Promise.all([1, 2, 3].map(() => server.client().request(SUBMIT, { input })));
    const codes = new Set(results.map((r) => r.data.submitComplaint.complaint.trackingCode));
    const secrets = new Set(results.map((r) => r.data.submitComplaint.accessSecret));
    expect(codes.size).toBe(1);
    expect(secrets.size).toBe(1);
    expect(await server.db.prisma.complaint.count({ where: { clientRequestId } })).toBe(1);
    // The replayed secret really opens the complaint.
    const [code] = codes;
    const [secret] = secrets;
    const owner = await server.client().request(LOOKUP, { code, secret });
    expect(owner.data.complaint.viewerIsReporter).toBe(true);
  });

  it("does not hand another complaint to a reused request id with different content", async () => {
    const clientRequestId = randomUUID();
    const first = await server.client().request(SUBMIT, { input: valid({ clientRequestId }) });
    const second = await server.client().request(SUBMIT, { input: valid({ clientRequestId, story: "Cerita lain sama sekali." }) });
    expect(second.data.submitComplaint.complaint.trackingCode).not.toBe(first.data.submitComplaint.complaint.trackingCode);
    expect(second.data.submitComplaint.accessSecret).not.toBe(first.data.submitComplaint.accessSecret);
  });
});

describe("complaint(trackingCode) under each privacy mode", () => {
  const cases = [
    { privacy: "PUBLIC", showReporterName: true, publicSees: true, publicName: "Daeng Ngai" },
    { privacy: "PUBLIC", showReporterName: false, publicSees: true, publicName: null },
    { privacy: "ANONYMOUS", showReporterName: true, publicSees: true, publicName: null },
    { privacy: "CONFIDENTIAL", showReporterName: false, publicSees: false, publicName: null },
  ] as const;

  it.each(cases)("$privacy (show name: $showReporterName)", async ({ privacy, showReporterName, publicSees, publicName }) => {
    const filed = await server.client().request(SUBMIT, { input: valid({ privacy, showReporterName }) });
    const { trackingCode: code } = filed.data.submitComplaint.complaint;
    const secret = filed.data.submitComplaint.accessSecret;

    const anyone = await server.client().request(LOOKUP, { code });
    if (!publicSees) expect(anyone.data.complaint).toBeNull();
    else {
      // Until a verifier has checked it, the public finds it and reads nothing of it.
      expect(anyone.data.complaint.story).toBeNull();
      expect(anyone.data.complaint.reporterName).toBeNull();
      expect(anyone.data.complaint.reporterPhone).toBeNull();
      expect(anyone.data.complaint.viewerIsReporter).toBe(false);
    }

    const wrongSecret = await server.client().request(LOOKUP, { code, secret: "2222-2222" });
    expect(wrongSecret.data).toEqual(anyone.data);

    // Once verified, the public reads the story, and the name only where the reporter chose it.
    await server.db.prisma.complaint.update({ where: { trackingCode: code }, data: { status: "VERIFIED" } });
    const verified = await server.client().request(LOOKUP, { code });
    if (!publicSees) expect(verified.data.complaint).toBeNull();
    else {
      expect(verified.data.complaint.story).toContain("Lubang besar");
      expect(verified.data.complaint.reporterName).toBe(publicName);
      expect(verified.data.complaint.reporterPhone).toBeNull();
    }

    const owner = await server.client().request(LOOKUP, { code: code.toLowerCase().replaceAll("-", " "), secret });
    expect(owner.data.complaint).toMatchObject({
      trackingCode: code,
      reporterName: "Daeng Ngai",
      reporterPhone: "+6281234567890",
      viewerIsReporter: true,
    });
  });

  it("answers an unknown code and a hidden complaint the same way", async () => {
    const unknown = await server.client().request(LOOKUP, { code: "GWA-2222-22" });
    const malformed = await server.client().request(LOOKUP, { code: "hello" });
    expect(unknown).toEqual({ status: 200, data: { complaint: null }, errors: undefined });
    expect(malformed).toEqual(unknown);
  });

  it("lets a signed-in reporter see their own complaint without the secret", async () => {
    const resident = server.client();
    const signIn = await resident.request(
      `mutation { signIn(input: { email: "warga@demo.suara.id", password: "suara-demo-2026" }) { user { name } errors { message } } }`,
    );
    expect(signIn.data.signIn.errors).toEqual([]);
    const filed = await resident.request(SUBMIT, { input: valid({ privacy: "CONFIDENTIAL", reporterName: null }) });
    const code = filed.data.submitComplaint.complaint.trackingCode;
    const mine = await resident.request(LOOKUP, { code });
    expect(mine.data.complaint.viewerIsReporter).toBe(true);
    expect(mine.data.complaint.reporterName).toBe(signIn.data.signIn.user.name);
    expect((await server.client().request(LOOKUP, { code })).data.complaint).toBeNull();
  });
});

describe("replyToComplaint", () => {
  const REPLY = `mutation($input: ReplyToComplaintInput!) { replyToComplaint(input: $input) { errors { field code } complaint { timeline { type note } } } }`;

  it("records the reporter's reply on the timeline; others are refused as if it did not exist", async () => {
    const filed = await server.client().request(SUBMIT, { input: valid() });
    const code = filed.data.submitComplaint.complaint.trackingCode;
    const secret = filed.data.submitComplaint.accessSecret;

    const empty = await server.client().request(REPLY, { input: { trackingCode: code, accessSecret: secret, body: "  " } });
    expect(empty.data.replyToComplaint.errors).toEqual([{ field: "body", code: "required" }]);

    const ok = await server.client().request(REPLY, { input: { trackingCode: code, accessSecret: secret, body: "Lubangnya makin besar." } });
    expect(ok.data.replyToComplaint.complaint.timeline.map((e: { type: string }) => e.type)).toEqual(["SUBMITTED", "REPLY"]);

    const stranger = await server.client().request(REPLY, { input: { trackingCode: code, body: "spam" } });
    expect(stranger.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    // The reply is for the parties, not the public timeline (read once the complaint is verified).
    await server.db.prisma.complaint.update({ where: { trackingCode: code }, data: { status: "VERIFIED" } });
    const publicView = await server.client().request(LOOKUP, { code });
    expect(publicView.data.complaint.timeline.map((e: { type: string }) => e.type)).toEqual(["SUBMITTED"]);
  });
});

describe("history is append-only", () => {
  it("refuses to edit or delete timeline events and audit entries", async () => {
    const event = await server.db.prisma.timelineEvent.findFirstOrThrow();
    await expect(server.db.prisma.timelineEvent.update({ where: { id: event.id }, data: { note: "x" } })).rejects.toThrow(/append-only/);
    await expect(server.db.prisma.timelineEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    const entry = await server.db.prisma.auditLog.findFirstOrThrow();
    await expect(server.db.prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });
});

describe("relay node(id)", () => {
  it("does not hand an audit entry to anyone but an administrator", async () => {
    const admin = server.client();
    await server.signInOn(admin, "admin@demo.suara.id");
    const entries = await admin.request(`{ auditEntries(first: 1) { edges { node { id action } } } }`);
    const id = entries.data.auditEntries.edges[0].node.id;
    const NODE = `query($id: ID!) { node(id: $id) { id ... on AuditEntry { action entityId } } }`;
    expect((await admin.request(NODE, { id })).data.node.id).toBe(id);
    const anonymous = await server.client().request(NODE, { id });
    expect(anonymous.data?.node ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
