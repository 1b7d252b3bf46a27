// A resident who files by themselves and chooses "Lewat Sahabat LAPOR!" hears back through a
// relay sahabat of their kecamatan: assigned at filing (their pick from the public list, or the
// one with the fewest open relays), told by tasks, shown on the timeline; and the resident can
// withdraw that sahabat's access (and a filer's) again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
const SOMBA_OPU = "73.06.08";
const BONTONOMPO = "73.06.01";
let demoSahabatId: string;
/** Two kecamatan no demo sahabat serves: one stays without any, the other gets new ones. */
let lonely: string;
let quiet: string;

beforeAll(async () => {
  server = await startTestServer();
  demoSahabatId = (await server.db.prisma.user.findUniqueOrThrow({ where: { email: "sahabat@demo.suara.id" } })).id;
  const free = await server.db.prisma.region.findMany({
    where: { level: "DISTRICT", parentCode: "73.06", code: { notIn: [SOMBA_OPU, BONTONOMPO, "73.06.06"] } },
    orderBy: { code: "asc" },
    take: 2,
  });
  [lonely, quiet] = free.map((r) => r.code) as [string, string];
});
afterAll(() => server?.close());

const SUBMIT = `mutation($i: SubmitComplaintInput!) {
  submitComplaint(input: $i) { accessSecret errors { field code message } complaint { id trackingCode } }
}`;
const TIMELINE = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) {
  reporterName reporterPhone sahabatAccess timeline { entry summary note }
} }`;
const TASKS = `{ sahabatTasks { id trackingCode done } }`;
const WITHDRAW = `mutation($i: WithdrawSahabatAccessInput!) { withdrawSahabatAccess(input: $i) { errors { field } complaint { sahabatAccess } } }`;
const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`;

const filing = (extra: Record<string, unknown> = {}) => ({
  kind: "PENGADUAN",
  title: "Jembatan bambu hampir putus",
  story: "Jembatan bambu ke sekolah goyang dan talinya lapuk.",
  districtCode: SOMBA_OPU,
  privacy: "CONFIDENTIAL",
  reporterName: "Daeng Sikki",
  reporterPhone: "0812 7777 1111",
  contactPreference: "SAHABAT",
  ...extra,
});

let n = 0;
/** Another sahabat serving one kecamatan, with a published directory entry unless told not to. */
async function sahabat(districtCode: string, published = true) {
  n += 1;
  const email = `sahabat${n}@contoh.id`;
  const user = await server.db.prisma.user.create({
    data: {
      name: `Sahabat ${n}`,
      email,
      passwordHash: await hashPassword("kata sandi uji"),
      roles: { create: { role: "SAHABAT", regionCode: districtCode } },
      sahabatProfile: { create: { published, displayName: `Kak Sahabat ${n}`, place: "Kantor desa" } },
    },
    include: { sahabatProfile: true },
  });
  return { id: user.id, profileId: user.sahabatProfile!.id, email, client: () => server.signedIn(email, { password: "kata sandi uji" }) };
}

async function file(extra: Record<string, unknown> = {}, by: GqlClient = server.client()) {
  const res = await by.request(SUBMIT, { i: filing(extra) });
  expect(res.data.submitComplaint.errors).toEqual([]);
  const { complaint, accessSecret } = res.data.submitComplaint;
  return { id: complaint.id as string, code: complaint.trackingCode as string, secret: accessSecret as string };
}

const stored = (id: string) => server.db.prisma.complaint.findUniqueOrThrow({ where: { id } });

describe("choosing the relay sahabat", () => {
  it("assigns the sahabat the resident picked from the public list, on the timeline for the resident only, audited", async () => {
    const picked = await sahabat(SOMBA_OPU);
    const c = await file({ relaySahabatId: picked.profileId });
    expect(await stored(c.id)).toMatchObject({ relaySahabatId: picked.id, sahabatId: null, channel: "WEB", contactPreference: "SAHABAT" });

    const resident = await server.client().request(TIMELINE, { c: c.code, s: c.secret });
    expect(resident.data.complaint.sahabatAccess).toBe("RELAY");
    expect(resident.data.complaint.timeline).toContainEqual(
      expect.objectContaining({ entry: "relayAssigned", summary: "Sahabat LAPOR! kecamatan ditunjuk untuk menyampaikan kabar", note: "Kak Sahabat " + (n) }),
    );
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: c.id, action: "complaint.relay.assign" } });
    expect(audit.data).toEqual({ sahabatId: picked.id, picked: true });
    // The sahabat is told, as news for their queue (not as a task: nothing to pass on yet).
    const told = await server.db.prisma.notification.findMany({ where: { complaintId: c.id, userId: picked.id } });
    expect(told.map((t) => t.title)).toEqual([`Anda diminta menyampaikan kabar ${c.code} kepada pelapornya.`]);
  });

  it("without a pick, assigns the sahabat of the kecamatan with the fewest open relays (ties: the first account)", async () => {
    const [a, b] = [await sahabat(quiet), await sahabat(quiet, false)].sort((x, y) => (x.id < y.id ? -1 : 1)) as [Awaited<ReturnType<typeof sahabat>>, Awaited<ReturnType<typeof sahabat>>];
    // A tie (no open relays yet): the first by account id, every time.
    const first = await file({ districtCode: quiet, reporterPhone: null });
    expect((await stored(first.id)).relaySahabatId).toBe(a.id);
    // An answer for that resident becomes an open task of a's; the next goes to b.
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    await verifier.request(ACT, { i: { complaintId: first.id, action: "verify" } });
    await server.outbox.runOnce();
    expect(await server.db.prisma.sahabatTask.count({ where: { sahabatId: a.id, status: "OPEN" } })).toBe(1);
    const second = await file({ districtCode: quiet });
    expect((await stored(second.id)).relaySahabatId).toBe(b.id);
  });

  it.each([
    ["a sahabat of another kecamatan", async () => (await sahabat(BONTONOMPO)).profileId],
    ["a sahabat who has not published", async () => (await sahabat(SOMBA_OPU, false)).profileId],
    ["an id that is no directory entry", async () => "bukan-id"],
  ])("refuses a pick of %s, with a clear error, and files nothing", async (_name, pick) => {
    const before = await server.db.prisma.complaint.count();
    const res = await server.client().request(SUBMIT, { i: filing({ relaySahabatId: await pick() }) });
    expect(res.data.submitComplaint.errors).toEqual([
      { field: "relaySahabatId", code: "invalid_choice", message: "Pilih Sahabat LAPOR! dari daftar kecamatan Anda, atau pilih siapa saja" },
    ]);
    expect(await server.db.prisma.complaint.count()).toBe(before);
  });

  it("refuses the preference where no sahabat serves the kecamatan, in the reader's language", async () => {
    const res = await server.client().request(SUBMIT, { i: filing({ districtCode: lonely }) });
    expect(res.data.submitComplaint.errors).toEqual([
      { field: "contactPreference", code: "no_sahabat", message: "Belum ada Sahabat LAPOR! di kecamatan ini. Pilih cara lain untuk menerima kabar" },
    ]);
    const en = await server.client({ locale: "en" }).request(SUBMIT, { i: filing({ districtCode: lonely }) });
    expect(en.data.submitComplaint.errors[0].message).toBe("There is no Sahabat LAPOR! in this kecamatan yet. Choose another way to hear back");
    // The public directory says so too, so the page need not offer it.
    const dir = await server.client().request(`query($d: String!) { sahabatDirectory(districtCode: $d) { relayOffered } }`, { d: lonely });
    expect(dir.data.sahabatDirectory.relayOffered).toBe(false);
    const here = await server.client().request(`query($d: String!) { sahabatDirectory(districtCode: $d) { relayOffered } }`, { d: SOMBA_OPU });
    expect(here.data.sahabatDirectory.relayOffered).toBe(true);
  });

  it("keeps the pick in the draft and assigns it when the draft is filed", async () => {
    const picked = await sahabat(SOMBA_OPU);
    const device = server.client();
    const answers = filing({ reporterPhone: null });
    const saved = await device.request(`mutation($i: SaveDraftInput!) { saveDraft(input: $i) { errors { field code } } }`, {
      i: { step: "kabar", answers: { ...answers, relaySahabatId: picked.profileId }, check: ["contactPreference", "relaySahabatId"] },
    });
    expect(saved.data.saveDraft.errors).toEqual([]);
    const draft = await device.request(`{ draft { answers { contactPreference relaySahabatId } } }`);
    expect(draft.data.draft.answers).toEqual({ contactPreference: "SAHABAT", relaySahabatId: picked.profileId });
    const res = await device.request(`mutation { submitDraft { errors { field } complaint { id } } }`);
    expect(res.data.submitDraft.errors).toEqual([]);
    expect((await stored(res.data.submitDraft.complaint.id)).relaySahabatId).toBe(picked.id);
  });

  it("checks the kabar step's answer early: no sahabat in the kecamatan", async () => {
    const device = server.client();
    const saved = await device.request(`mutation($i: SaveDraftInput!) { saveDraft(input: $i) { errors { field code } } }`, {
      i: { step: "kabar", answers: { ...filing({ districtCode: lonely }) }, check: ["contactPreference", "relaySahabatId"] },
    });
    expect(saved.data.saveDraft.errors).toEqual([{ field: "contactPreference", code: "no_sahabat" }]);
  });
});

describe("relaying to a resident who filed alone", () => {
  it("turns the answers into tasks for the relay sahabat, who sees the name and contact but no staff notes", async () => {
    const relay = await sahabat(SOMBA_OPU);
    const c = await file({ relaySahabatId: relay.profileId, reporterPhone: null, privacy: "CONFIDENTIAL" });
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    expect((await verifier.request(ACT, { i: { complaintId: c.id, action: "addNote", body: "Catatan internal: cek anggaran." } })).data.actOnComplaint.errors).toEqual([]);
    expect((await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } })).data.actOnComplaint.errors).toEqual([]);
    await server.outbox.runOnce();

    const client = await relay.client();
    const tasks = (await client.request(TASKS)).data.sahabatTasks.filter((t: { trackingCode: string }) => t.trackingCode === c.code);
    expect(tasks).toHaveLength(1);
    const view = await client.request(TIMELINE, { c: c.code });
    expect(view.data.complaint.reporterName).toBe("Daeng Sikki");
    expect(view.data.complaint.sahabatAccess).toBeNull(); // only the reporter is told who has access
    expect(view.data.complaint.timeline.map((e: { note: string | null }) => e.note)).not.toContain("Catatan internal: cek anggaran.");
    // Neither the demo sahabat (same kecamatan, neither filer nor relay) sees this rahasia complaint.
    const other = await server.signedIn("sahabat@demo.suara.id");
    expect((await other.request(TIMELINE, { c: c.code })).data.complaint).toBeNull();
    // Relayed through the sahabat's queue page too.
    expect((await client.request(`{ queue(first: 50) { edges { node { trackingCode reporterName } } } }`)).data.queue.edges).toContainEqual({
      node: { trackingCode: c.code, reporterName: "Daeng Sikki" },
    });
  });
});

describe("withdrawing the sahabat's access", () => {
  it("leaves the relay sahabat the public's view, closes the open tasks, sends no new ones; on the timeline, audited", async () => {
    const relay = await sahabat(SOMBA_OPU);
    const c = await file({ relaySahabatId: relay.profileId, reporterPhone: null, privacy: "PUBLIC" });
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
    await server.outbox.runOnce();
    const client = await relay.client();
    expect((await client.request(TASKS)).data.sahabatTasks.some((t: { trackingCode: string }) => t.trackingCode === c.code)).toBe(true);

    // Only the reporter may.
    const stranger = await server.client().request(WITHDRAW, { i: { trackingCode: c.code } });
    expect(stranger.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const relayTries = await client.request(WITHDRAW, { i: { trackingCode: c.code } });
    expect(relayTries.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const res = await server.client().request(WITHDRAW, { i: { trackingCode: c.code, accessSecret: c.secret } });
    expect(res.data.withdrawSahabatAccess).toEqual({ errors: [], complaint: { sahabatAccess: "WITHDRAWN" } });
    const again = await server.client().request(WITHDRAW, { i: { trackingCode: c.code, accessSecret: c.secret } });
    expect(again.data.withdrawSahabatAccess.errors).toEqual([]);
    expect(await server.db.prisma.timelineEvent.count({ where: { complaintId: c.id, type: "SAHABAT_WITHDRAWN" } })).toBe(1);

    const view = await client.request(TIMELINE, { c: c.code });
    expect(view.data.complaint).toMatchObject({ reporterName: null, reporterPhone: null });
    expect(view.data.complaint.timeline.map((e: { entry: string }) => e.entry)).not.toContain("relayAssigned");
    expect((await client.request(TASKS)).data.sahabatTasks.some((t: { trackingCode: string }) => t.trackingCode === c.code)).toBe(false);
    expect((await client.request(`{ queue(first: 50) { edges { node { trackingCode reporterName } } } }`)).data.queue.edges).not.toContainEqual({
      node: { trackingCode: c.code, reporterName: "Daeng Sikki" },
    });

    // An answer afterwards: no task for anyone (the resident chose no other channel).
    await verifier.request(ACT, { i: { complaintId: c.id, action: "postpone", note: "Mohon foto jembatannya." } });
    await server.outbox.runOnce();
    const tasks = await server.db.prisma.sahabatTask.findMany({ where: { notification: { complaintId: c.id } } });
    expect(tasks.map((t) => t.status)).toEqual(["WITHDRAWN"]);

    const resident = await server.client().request(TIMELINE, { c: c.code, s: c.secret });
    expect(resident.data.complaint.timeline).toContainEqual(expect.objectContaining({ entry: "sahabatWithdrawn", summary: "Pelapor mencabut akses Sahabat LAPOR!" }));
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: c.id, action: "complaint.sahabat.withdraw" } });
    expect(audit.data).toEqual({ sahabatIds: [relay.id], tasksClosed: 1 });
  });

  it("takes back the access of the sahabat who filed it for the resident", async () => {
    const filer = await server.signedIn("sahabat@demo.suara.id");
    const c = await file({ assisted: true, consentMethod: "SPOKEN", consentReadBack: true, privacy: "CONFIDENTIAL", contactPreference: null, reporterPhone: null }, filer);
    expect(await stored(c.id)).toMatchObject({ sahabatId: demoSahabatId, relaySahabatId: null });
    expect((await filer.request(TIMELINE, { c: c.code })).data.complaint.reporterName).toBe("Daeng Sikki");
    const res = await server.client().request(WITHDRAW, { i: { trackingCode: c.code, accessSecret: c.secret } });
    expect(res.data.withdrawSahabatAccess.complaint.sahabatAccess).toBe("WITHDRAWN");
    // Rahasia: nothing at all for the filer now.
    expect((await filer.request(TIMELINE, { c: c.code })).data.complaint).toBeNull();
  });
});
