// Assisted filing through GraphQL: a sahabat files for a resident (channel ASSISTED) only with the
// resident's consent recorded; the complaint is the resident's, never the sahabat's own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SUBMIT = `mutation($i: SubmitComplaintInput!) {
  submitComplaint(input: $i) { accessSecret errors { field code message } complaint { id trackingCode reporterName reporterPhone reporterEmail } }
}`;
const MINE = `{ myComplaints(first: 50) { edges { node { trackingCode } } } }`;

const filing = (extra: Record<string, unknown> = {}) => ({
  kind: "PENGADUAN",
  title: "Air sumur keruh sejak seminggu",
  story: "Air sumur warga di dusun kami keruh dan berbau sejak seminggu. Anak-anak mulai gatal-gatal.",
  districtCode: "73.06.08",
  privacy: "CONFIDENTIAL",
  reporterName: "Hasnah",
  assisted: true,
  consentMethod: "SPOKEN",
  consentReadBack: true,
  ...extra,
});

const complaintCount = () => server.db.prisma.complaint.count();

describe("a sahabat files for a resident", () => {
  it("records the resident as the reporter, the sahabat as the filer, and the consent with the privacy chosen", async () => {
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    const res = await sahabat.request(SUBMIT, { i: filing({ consentMethod: "THUMBPRINT", consentNote: "Cap jempol di lembar persetujuan" }) });
    expect(res.data.submitComplaint.errors).toEqual([]);
    const { complaint, accessSecret } = res.data.submitComplaint;
    expect(accessSecret).toEqual(expect.any(String));
    // The sahabat filed it, so the sahabat sees the resident's name (the filer's audience).
    expect(complaint).toMatchObject({ reporterName: "Hasnah", reporterPhone: null, reporterEmail: null });

    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "sahabat@demo.suara.id" } });
    const stored = await server.db.prisma.complaint.findUniqueOrThrow({
      where: { id: complaint.id },
      include: { consents: true, timeline: true },
    });
    expect(stored).toMatchObject({ channel: "ASSISTED", reporterId: null, sahabatId: user.id, reporterEmail: null, contactPreference: "SAHABAT" });
    expect(stored.consents).toEqual([
      expect.objectContaining({ sahabatId: user.id, method: "THUMBPRINT", readBackDone: true, privacy: "CONFIDENTIAL", note: "Cap jempol di lembar persetujuan" }),
    ]);
    expect(stored.timeline).toEqual([expect.objectContaining({ type: "SUBMITTED", actorId: user.id, actorRole: "SAHABAT" })]);
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: complaint.id, action: "complaint.submit" } });
    expect(audit.data).toMatchObject({ channel: "ASSISTED", consent: "THUMBPRINT", privacy: "CONFIDENTIAL" });

    // Never the sahabat's own: not in their "Laporan saya".
    const mine = await sahabat.request(MINE);
    expect(mine.data.myComplaints.edges.map((e: { node: { trackingCode: string } }) => e.node.trackingCode)).not.toContain(complaint.trackingCode);
  });

  it("sends the resident's receipt by SMS when a number is given, and hears back by SMS", async () => {
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    const res = await sahabat.request(SUBMIT, { i: filing({ reporterPhone: "0813 2222 3333", privacy: "ANONYMOUS" }) });
    expect(res.data.submitComplaint.errors).toEqual([]);
    const stored = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: res.data.submitComplaint.complaint.id } });
    expect(stored).toMatchObject({ reporterPhone: "+6281322223333", contactPreference: "SMS", channel: "ASSISTED" });
    const receipts = await server.db.prisma.notification.findMany({ where: { complaintId: stored.id, receipt: true } });
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.userId).toBeNull();
  });

  it("is refused by the API without a consent record, with a clear error, and nothing is filed", async () => {
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    const before = await complaintCount();
    const res = await sahabat.request(SUBMIT, { i: filing({ consentMethod: null, consentReadBack: null }) });
    expect(res.data.submitComplaint).toMatchObject({
      complaint: null,
      accessSecret: null,
      errors: [{ field: "consent", code: "needs_consent", message: "Catat dulu persetujuan warga: bacakan laporannya, lalu pilih cara warga menyetujuinya" }],
    });
    const en = await server.signedIn("sahabat@demo.suara.id", { locale: "en" });
    const partial = await en.request(SUBMIT, { i: filing({ consentMethod: "OTHER", consentReadBack: false, reporterName: " " }) });
    expect(partial.data.submitComplaint.errors).toEqual([
      { field: "consentNote", code: "required", message: "Write how the resident gave consent" },
      { field: "consentReadBack", code: "required", message: "Read the complaint back to the resident first, then tick this box" },
      { field: "reporterName", code: "required", message: "Enter the name of the resident filing" },
    ]);
    expect(await complaintCount()).toBe(before);
  });

  it("is only for a sahabat: anyone else asking for it is refused, and a plain filing stays theirs", async () => {
    const before = await complaintCount();
    const visitor = await server.client().request(SUBMIT, { i: filing() });
    expect(visitor.errors?.[0]).toMatchObject({ message: "Hanya Sahabat LAPOR! yang bisa melapor untuk warga", extensions: { code: "FORBIDDEN" } });
    for (const email of ["warga@demo.suara.id", "verifikator@demo.suara.id"]) {
      const res = await (await server.signedIn(email)).request(SUBMIT, { i: filing() });
      expect(res.errors?.[0]?.extensions?.code, email).toBe("FORBIDDEN");
    }
    expect(await complaintCount()).toBe(before);

    // A sahabat filing for themselves (not assisted) is an ordinary web filing of their own.
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    const own = await sahabat.request(SUBMIT, { i: filing({ assisted: false, consentMethod: null, consentReadBack: null, reporterName: null }) });
    expect(own.data.submitComplaint.errors).toEqual([]);
    const stored = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: own.data.submitComplaint.complaint.id }, include: { consents: true } });
    expect(stored).toMatchObject({ channel: "WEB", sahabatId: null, reporterName: "Nurhayati Daeng Baji" });
    expect(stored.reporterId).not.toBeNull();
    expect(stored.consents).toEqual([]);
  });
});

describe("through the filing journey (a draft marked assisted)", () => {
  const SAVE = `mutation($input: SaveDraftInput!) { saveDraft(input: $input) { draft { answers { assisted reporterName consentMethod } } errors { field code message } } }`;
  const BEGIN = `mutation { discardDraft saveDraft(input: { step: "", answers: { assisted: true } }) { errors { field } } }`;
  const SUBMIT_DRAFT = `mutation($id: String) { submitDraft(clientRequestId: $id) {
    accessSecret errors { field code } complaint { id trackingCode assistance { sahabatName consentMethod throughSahabat privacy } reporterName }
  } }`;
  const ASSISTANCE = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { assistance { sahabatName } reporterName } }`;
  const answers = {
    kind: "PENGADUAN",
    title: "Lampu jalan padam di dusun",
    story: "Sudah dua minggu lampu jalan di dusun kami padam. Malam hari gelap dan warga takut lewat.",
    districtCode: "73.06.08",
    privacy: "ANONYMOUS",
    contactPreference: "SAHABAT",
  };

  it("asks the resident's name, then consent on its own step, and files the resident's complaint with it", async () => {
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    expect((await sahabat.request(BEGIN)).errors).toBeUndefined();
    await sahabat.request(SAVE, { input: { step: "lokasi", answers, check: [] } });
    // The name is the resident's and required (for the sahabat's own filing it is optional).
    const noName = await sahabat.request(SAVE, { input: { step: "privasi", answers: { reporterName: "" }, check: ["privacy", "reporterName"] } });
    expect(noName.data.saveDraft.errors).toMatchObject([{ field: "reporterName", code: "required" }]);
    await sahabat.request(SAVE, { input: { step: "privasi", answers: { reporterName: "Daeng Sikki" }, check: ["privacy", "reporterName"] } });

    // Nothing chosen on the consent step: each question says what it needs.
    const empty = await sahabat.request(SAVE, {
      input: { step: "persetujuan", answers: { consentMethod: "", consentReadBack: false, consentNote: "" }, check: ["consentMethod", "consentReadBack", "consentNote", "consentGivenAt"] },
    });
    expect(empty.data.saveDraft.errors).toMatchObject([
      { field: "consentMethod", code: "required", message: "Pilih cara warga memberi persetujuan" },
      { field: "consentReadBack", code: "required" },
    ]);
    const other = await sahabat.request(SAVE, {
      input: { step: "persetujuan", answers: { consentMethod: "OTHER", consentReadBack: true, consentNote: "" }, check: ["consentMethod", "consentReadBack", "consentNote"] },
    });
    expect(other.data.saveDraft.errors).toMatchObject([{ field: "consentNote", code: "required" }]);
    const given = await sahabat.request(SAVE, {
      input: {
        step: "persetujuan",
        answers: { consentMethod: "SIGN_LANGUAGE", consentReadBack: true, consentNote: "", consentGivenAt: new Date().toISOString() },
        check: ["consentMethod", "consentReadBack", "consentNote", "consentGivenAt"],
      },
    });
    expect(given.data.saveDraft).toMatchObject({ errors: [], draft: { answers: { assisted: true, reporterName: "Daeng Sikki", consentMethod: "SIGN_LANGUAGE" } } });

    const res = await sahabat.request(SUBMIT_DRAFT, { id: "assisted-journey-1" });
    expect(res.data.submitDraft.errors).toEqual([]);
    const { complaint, accessSecret } = res.data.submitDraft;
    expect(complaint).toMatchObject({
      reporterName: "Daeng Sikki",
      assistance: { sahabatName: expect.any(String), consentMethod: "SIGN_LANGUAGE", throughSahabat: true, privacy: "ANONYMOUS" },
    });
    const stored = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id }, include: { consents: true } });
    expect(stored).toMatchObject({ channel: "ASSISTED", reporterId: null, reporterName: "Daeng Sikki", contactPreference: "SAHABAT" });
    expect(stored.consents).toMatchObject([{ method: "SIGN_LANGUAGE", readBackDone: true, privacy: "ANONYMOUS" }]);

    // The receipt's words: the resident with the PIN sees who helped; a stranger sees nothing of it.
    const resident = server.client();
    const own = await resident.request(ASSISTANCE, { c: complaint.trackingCode, s: accessSecret });
    expect(own.data.complaint).toMatchObject({ reporterName: "Daeng Sikki", assistance: { sahabatName: expect.any(String) } });
    const stranger = await server.client().request(ASSISTANCE, { c: complaint.trackingCode, s: null });
    expect(stranger.data.complaint?.assistance ?? null).toBeNull();
  });

  it("is refused on sending when the consent step was skipped, and the draft is kept", async () => {
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    await sahabat.request(BEGIN);
    await sahabat.request(SAVE, { input: { step: "kabar", answers: { ...answers, reporterName: "Hasnah" }, check: [] } });
    const res = await sahabat.request(SUBMIT_DRAFT, { id: "assisted-journey-2" });
    expect(res.data.submitDraft).toMatchObject({ complaint: null, errors: [{ field: "consent", code: "needs_consent" }] });
    const draft = await sahabat.request(`{ draft { answers { assisted reporterName } } }`);
    expect(draft.data.draft.answers).toEqual({ assisted: true, reporterName: "Hasnah" });
  });

  it("is refused to anyone but a sahabat, even with consent in the draft", async () => {
    const resident = server.client();
    await resident.request(SAVE, {
      input: { step: "persetujuan", answers: { ...answers, reporterName: "Hasnah", assisted: true, consentMethod: "SPOKEN", consentReadBack: true }, check: [] },
    });
    const res = await resident.request(SUBMIT_DRAFT, { id: "assisted-journey-3" });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("passing an answer on", () => {
  const TASKS = `{ sahabatTasks { id title body trackingCode done dueAt overdue } }`;
  const RELAY = `mutation($i: RecordRelayInput!) { recordRelay(input: $i) { ok errors { field code message } } }`;

  it("turns a message for a resident with no channel into the filer's task, recorded with how it was passed on", async () => {
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    const filed = await sahabat.request(SUBMIT, { i: filing({ title: "Lampu jalan padam di lorong masjid", privacy: "PUBLIC" }) });
    const { id, trackingCode } = filed.data.submitComplaint.complaint;
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    const verified = await verifier.request(`mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, { i: { complaintId: id, action: "verify" } });
    expect(verified.data.actOnComplaint.errors).toEqual([]);
    await server.outbox.runOnce();

    const tasks = (await sahabat.request(TASKS)).data.sahabatTasks.filter((t: { trackingCode: string }) => t.trackingCode === trackingCode);
    expect(tasks.length).toBeGreaterThan(0);
    const task = tasks[0];
    expect(task).toMatchObject({ done: false, overdue: false });
    expect(new Date(task.dueAt).getTime()).toBeGreaterThan(Date.now());

    // Refused without a way, in the reader's language; then recorded once.
    const refused = await sahabat.request(RELAY, { i: { taskId: task.id, relayChannel: "", relayNote: "" } });
    expect(refused.data.recordRelay.errors).toEqual([{ field: "relayChannel", code: "required", message: "Pilih cara jawaban disampaikan kepada warga" }]);
    const done = await sahabat.request(RELAY, { i: { taskId: task.id, relayChannel: "IN_PERSON", relayNote: "Dibacakan di rumah Ibu Hasnah" } });
    expect(done.data.recordRelay).toEqual({ ok: true, errors: [] });
    const logs = await server.db.prisma.relayLog.findMany({ where: { complaintId: id } });
    expect(logs).toEqual([expect.objectContaining({ channel: "IN_PERSON", note: "Dibacakan di rumah Ibu Hasnah" })]);

    // On the timeline for the resident (with the PIN) and staff, not for the public; nobody is
    // notified of it (a notification to this resident would be the sahabat's next task).
    const TIMELINE = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { timeline { entry summary note actorLabel } } }`;
    const residentView = await server.client().request(TIMELINE, { c: trackingCode, s: filed.data.submitComplaint.accessSecret });
    expect(residentView.data.complaint.timeline).toContainEqual(
      expect.objectContaining({ entry: "relayed", summary: "Disampaikan oleh Sahabat LAPOR!", note: "Dibacakan di rumah Ibu Hasnah" }),
    );
    const publicView = await server.client().request(TIMELINE, { c: trackingCode });
    expect(publicView.data.complaint.timeline.map((e: { entry: string }) => e.entry)).not.toContain("relayed");
    const relayEvent = await server.db.prisma.timelineEvent.findFirstOrThrow({ where: { complaintId: id, type: "RELAYED" }, include: { notifications: true } });
    expect(relayEvent.notifications).toEqual([]);
    expect((await sahabat.request(TASKS)).data.sahabatTasks.map((t: { id: string }) => t.id)).not.toContain(task.id);

    // A second record of the same task (a double tap), or someone else's, finds nothing to do.
    const again = await sahabat.request(RELAY, { i: { taskId: task.id, relayChannel: "PHONE" } });
    expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const resident = await server.signedIn("warga@demo.suara.id");
    const notTheirs = await resident.request(RELAY, { i: { taskId: task.id, relayChannel: "PHONE" } });
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await server.db.prisma.relayLog.count({ where: { complaintId: id } })).toBe(1);
  });

  it("records the resident's reply and rating typed in by the sahabat, marked as given through them", async () => {
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    const filed = await sahabat.request(SUBMIT, { i: filing({ title: "Saluran tersumbat di depan pasar", privacy: "PUBLIC" }) });
    const { id, trackingCode } = filed.data.submitComplaint.complaint;
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    const act = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`;
    const agencies = (await verifier.request(`{ agencies { id shortName } }`)).data.agencies as Array<{ id: string; shortName: string }>;
    await verifier.request(act, { i: { complaintId: id, action: "verify" } });
    await verifier.request(act, { i: { complaintId: id, action: "dispose", agencyId: agencies.find((a) => a.shortName === "Dinas PUPR")!.id } });
    const officer = await server.signedIn("petugas.pupr@demo.suara.id");
    const resolved = await officer.request(act, { i: { complaintId: id, action: "resolve", body: "Saluran sudah dibersihkan." } });
    expect(resolved.data.actOnComplaint.errors).toEqual([]);
    await server.outbox.runOnce();

    const TASKS_RATE = `{ sahabatTasks { id trackingCode mayRate } }`;
    const tasks = (await sahabat.request(TASKS_RATE)).data.sahabatTasks.filter((t: { trackingCode: string }) => t.trackingCode === trackingCode);
    const task = tasks.at(-1);
    expect(task.mayRate).toBe(true);

    // A rating off the scale is refused with nothing recorded; then reply and rating go in together.
    const wrong = await sahabat.request(RELAY, { i: { taskId: task.id, relayChannel: "PHONE", residentRating: 9 } });
    expect(wrong.data.recordRelay.errors).toEqual([{ field: "residentRating", code: "invalid_choice", message: "Pilih nilai 1 sampai 5" }]);
    const done = await sahabat.request(RELAY, {
      i: { taskId: task.id, relayChannel: "PHONE", residentRating: 4, residentRatingComment: "Cepat, tapi baunya masih ada", residentReply: "Terima kasih, air sudah mengalir" },
    });
    expect(done.data.recordRelay).toEqual({ ok: true, errors: [] });
    const stored = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id }, include: { timeline: { orderBy: { createdAt: "asc" } }, replies: true } });
    expect(stored).toMatchObject({ rating: 4, ratingComment: "Cepat, tapi baunya masih ada" });
    expect(stored.replies).toMatchObject([{ body: "Terima kasih, air sudah mengalir" }]);
    const sahabatUser = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "sahabat@demo.suara.id" } });
    expect(stored.timeline.filter((e) => e.type === "REPLY" || e.type === "RATED")).toMatchObject([
      { type: "REPLY", actorRole: "SAHABAT", actorId: sahabatUser.id, visibility: "PARTIES" },
      { type: "RATED", actorRole: "SAHABAT", note: "4/5 — Cepat, tapi baunya masih ada" },
    ]);
    const audits = await server.db.prisma.auditLog.findMany({ where: { entityId: id, action: { in: ["complaint.reply", "complaint.rate"] } } });
    expect(audits.map((a) => a.data)).toEqual([expect.objectContaining({ onBehalfOfResident: true }), expect.objectContaining({ rating: 4, onBehalfOfResident: true })]);
  });
});

describe("the demo data", () => {
  let demo: TestServer;
  beforeAll(async () => {
    demo = await startTestServer({ demoComplaints: true });
  });
  afterAll(() => demo?.close());

  it("shows the demo sahabat's assisted complaints at every stage, each the resident's, each with consent", async () => {
    const sahabat = await demo.db.prisma.user.findUniqueOrThrow({ where: { email: "sahabat@demo.suara.id" } });
    const assisted = await demo.db.prisma.complaint.findMany({
      where: { channel: "ASSISTED" },
      include: { consents: true },
      orderBy: { submittedAt: "asc" },
    });
    expect(assisted.map((c) => c.status)).toEqual(["RESOLVED", "IN_PROGRESS", "DISPOSED", "VERIFIED", "SUBMITTED"]);
    for (const c of assisted) {
      expect(c, c.title).toMatchObject({ sahabatId: sahabat.id, reporterId: null, contactPreference: "SAHABAT" });
      expect(c.reporterName, c.title).toBeTruthy();
      expect(c.consents, c.title).toEqual([expect.objectContaining({ sahabatId: sahabat.id, readBackDone: true, privacy: c.privacy })]);
    }
    // The demo resident's own complaint is theirs, filed on the web.
    const warga = await demo.db.prisma.user.findUniqueOrThrow({ where: { email: "warga@demo.suara.id" } });
    const own = await demo.db.prisma.complaint.findFirstOrThrow({ where: { title: "Sampah menumpuk di saluran air" } });
    expect(own).toMatchObject({ reporterId: warga.id, channel: "WEB", sahabatId: null });
    // The sahabat reads each one with the resident's name, whatever its privacy; the two whose
    // consent is on paper come with the slip's photo, which is there to be seen.
    const client = await demo.signedIn("sahabat@demo.suara.id");
    const slips: string[] = [];
    for (const c of assisted) {
      const res = await client.request(`query($c: String!) { complaint(trackingCode: $c) { reporterName status photos { id } consentSlip { url } } }`, {
        c: c.trackingCode,
      });
      expect(res.data.complaint, c.title).toMatchObject({ reporterName: c.reporterName, status: c.status, photos: [] });
      const slip = res.data.complaint.consentSlip;
      if (!slip) continue;
      slips.push(c.consents[0]!.method);
      expect((await fetch(`${demo.url}${slip.url}`, { headers: { cookie: client.cookieHeader() } })).status, c.title).toBe(200);
    }
    expect(slips.sort()).toEqual(["THUMBPRINT", "WRITTEN"]);
    // The drafts the slips were uploaded to are gone.
    expect(await demo.db.prisma.draft.count({ where: { userId: sahabat.id } })).toBe(0);
  });
});
