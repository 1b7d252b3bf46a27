// The reporter changes who may read their own complaint with its code and PIN, either way (their
// consent): a confidential complaint loosened to anonymous and public shows in the public list
// once verified, and made confidential again leaves it at once. Strangers and wrong PINs learn
// nothing; the same choice again is said at the field in the reporter's words; every change is on
// the timeline for the parties and in the audit log as the reporter's choice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let verifier: GqlClient;
beforeAll(async () => {
  server = await startTestServer();
  verifier = await server.signedIn("verifikator@demo.suara.id");
});
afterAll(() => server?.close());

const FILE = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { id trackingCode privacy } } }`;
const CHANGE = `mutation($i: ChangeOwnPrivacyInput!) { changeOwnPrivacy(input: $i) {
  errors { field code message } complaint { privacy showReporterName isPublic loosenedShows timeline { type summary note actorLabel } } } }`;
const LIST = `query($s: String) { publicComplaints(search: $s) { complaints { trackingCode } } }`;
const READ = `query($c: String!) { complaint(trackingCode: $c) { trackingCode story storyState } }`;
const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field code } complaint { status } } }`;

let n = 0;
async function file(privacy = "CONFIDENTIAL", reporterName: string | null = null) {
  // A word of its own, so the public search finds this complaint and nothing else.
  const word = `Kalimbu${++n}${Date.now().toString(36)}`.toLowerCase();
  const res = await server.client().request(FILE, {
    i: { kind: "PENGADUAN", title: `Saluran ${word} tersumbat`, story: `Saluran air di ${word} tersumbat sampah.`, districtCode: "73.06.08", privacy, reporterName },
  });
  expect(res.errors).toBeUndefined();
  const filed = res.data.submitComplaint as { accessSecret: string; complaint: { id: string; trackingCode: string; privacy: string } };
  return { ...filed.complaint, secret: filed.accessSecret, word };
}

async function change(c: { trackingCode: string; secret: string }, privacy: string, showReporterName = false, accessSecret: string | null = c.secret) {
  return server.client().request(CHANGE, { i: { trackingCode: c.trackingCode, accessSecret, privacy, showReporterName } });
}

async function listed(word: string): Promise<boolean> {
  const res = await server.client().request(LIST, { s: word });
  expect(res.errors).toBeUndefined();
  return res.data.publicComplaints.complaints.length > 0;
}

describe("the reporter's own privacy choice", () => {
  it("loosens a confidential web complaint to anonymous, then public; public once verified; confidential again hides it at once", async () => {
    const c = await file("CONFIDENTIAL");
    expect(c.privacy).toBe("CONFIDENTIAL");

    const anon = await change(c, "ANONYMOUS");
    expect(anon.errors).toBeUndefined();
    expect(anon.data.changeOwnPrivacy.errors).toEqual([]);
    expect(anon.data.changeOwnPrivacy.complaint).toMatchObject({ privacy: "ANONYMOUS", isPublic: false, loosenedShows: "AFTER_CHECK" });
    // Not checked yet: the story waits for a verifier, for the public as for the list.
    expect((await server.client().request(READ, { c: c.trackingCode })).data.complaint).toMatchObject({ story: null, storyState: "BEING_CHECKED" });
    expect(await listed(c.word)).toBe(false);

    const pub = await change(c, "PUBLIC");
    expect(pub.data.changeOwnPrivacy.complaint).toMatchObject({ privacy: "PUBLIC", showReporterName: false, isPublic: false });

    const verified = await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
    expect(verified.data.actOnComplaint).toMatchObject({ errors: [], complaint: { status: "VERIFIED" } });
    expect(await listed(c.word)).toBe(true);
    expect((await server.client().request(READ, { c: c.trackingCode })).data.complaint.story).toContain(c.word);

    const back = await change(c, "CONFIDENTIAL");
    expect(back.data.changeOwnPrivacy.complaint).toMatchObject({ privacy: "CONFIDENTIAL", isPublic: false, loosenedShows: "AT_ONCE" });
    expect(await listed(c.word)).toBe(false);
    expect((await server.client().request(READ, { c: c.trackingCode })).data.complaint).toBeNull();

    // Each change on the timeline for the parties, as the reporter's choice, and in the audit log.
    const entries = back.data.changeOwnPrivacy.complaint.timeline.filter((e: { type: string }) => e.type === "PRIVACY_CHANGED");
    expect(entries.map((e: { note: string }) => e.note)).toEqual([
      "Pelapor mengubah privasi laporan: anonim",
      "Pelapor mengubah privasi laporan: publik, nama disembunyikan",
      "Pelapor mengubah privasi laporan: rahasia",
    ]);
    expect(new Set(entries.map((e: { summary: string }) => e.summary))).toEqual(new Set(["Pelapor mengubah privasi laporan"]));
    const audit = await server.db.prisma.auditLog.findMany({ where: { entityId: c.id, action: "complaint.reporterPrivacy" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => (a.data as { to: { privacy: string }; door: string }).to.privacy)).toEqual(["ANONYMOUS", "PUBLIC", "CONFIDENTIAL"]);
    expect(audit.every((a) => (a.data as { door: string }).door === "WEB")).toBe(true);
  });

  it("shows the name only if the reporter gave one", async () => {
    const named = await file("ANONYMOUS", "Daeng Rahman");
    const shown = await change(named, "PUBLIC", true);
    expect(shown.data.changeOwnPrivacy.complaint).toMatchObject({ privacy: "PUBLIC", showReporterName: true });

    const nameless = await file("ANONYMOUS");
    const refused = await change(nameless, "PUBLIC", true);
    expect(refused.data.changeOwnPrivacy.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([["privacy", "invalid_choice"]]);
    expect(refused.data.changeOwnPrivacy.errors[0].message).toMatch(/menulis nama/);
  });

  it("a wrong PIN, no PIN, or a verifier: not found, and nothing changes", async () => {
    const c = await file("CONFIDENTIAL");
    const wrong = await change(c, "PUBLIC", false, "2222-2222");
    expect(wrong.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const none = await change(c, "PUBLIC", false, null);
    expect(none.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const staff = await verifier.request(CHANGE, { i: { trackingCode: c.trackingCode, privacy: "PUBLIC" } });
    expect(staff.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const stored = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } });
    expect(stored.privacy).toBe("CONFIDENTIAL");
  });

  it("the same choice again, or no choice: said at the privacy field in the reporter's words", async () => {
    const c = await file("CONFIDENTIAL");
    const same = await change(c, "CONFIDENTIAL");
    expect(same.data.changeOwnPrivacy.errors).toEqual([
      { field: "privacy", code: "unchanged", message: "Laporan Anda sudah memakai pilihan ini. Pilih yang lain untuk mengubahnya" },
    ]);
    expect(same.data.changeOwnPrivacy.complaint).toBeNull();
    const empty = await change(c, "");
    expect(empty.data.changeOwnPrivacy.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([["privacy", "required"]]);
    const odd = await change(c, "SECRET");
    expect(odd.data.changeOwnPrivacy.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([["privacy", "invalid_choice"]]);
    const english = await server.client({ locale: "en" }).request(CHANGE, { i: { trackingCode: c.trackingCode, accessSecret: c.secret, privacy: "CONFIDENTIAL" } });
    expect(english.data.changeOwnPrivacy.errors[0].message).toBe("Your complaint already has this setting. Choose another one to change it");
    expect(await server.db.prisma.timelineEvent.count({ where: { complaintId: c.id, type: "PRIVACY_CHANGED" } })).toBe(0);
  });
});
