// The photo of the consent slip a resident signed, in a sahabat's filing for a resident: uploaded
// to /unggah with tujuan=slip (once more from the offline outbox under the phone's id), one a
// draft (a new one replaces the one before), never one of the complaint's photos, filed with the
// complaint. Who sees it afterwards is in privacy-matrix.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { postPhotos } from "../support/photos.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const BEGIN = `mutation { discardDraft saveDraft(input: { step: "", answers: { assisted: true } }) { errors { field } } }`;
const SAVE = `mutation($input: SaveDraftInput!) { saveDraft(input: $input) { errors { field code } } }`;
const DRAFT = `{ draft { photos { id } consentSlip { id fileName url } } }`;
const SUBMIT_DRAFT = `mutation($id: String) { submitDraft(clientRequestId: $id) {
  accessSecret errors { field code } complaint { trackingCode photos { id } consentSlip { id url } } } }`;

type Answer = { photos: { id: string }[]; errors: { code: string; message: string }[] };

const picture = (background: string) => sharp({ create: { width: 60, height: 40, channels: 3, background } }).jpeg().toBuffer();

async function upload(client: GqlClient, name: string, fields: Record<string, string>): Promise<{ status: number; body: Answer }> {
  const response = await postPhotos(server.url, client, [{ name, bytes: await picture("#d4c7a1") }], { fields });
  return { status: response.status, body: (await response.json()) as Answer };
}

const purposesOf = (draftPhotoIds: string[]) =>
  server.db.prisma.attachment.findMany({ where: { id: { in: draftPhotoIds } }, select: { purpose: true } });

describe("the consent slip's photo", () => {
  it("is one a draft, apart from the photos, replaced by a newer one, and filed with the complaint", async () => {
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    expect((await sahabat.request(BEGIN)).errors).toBeUndefined();

    const evidence = await upload(sahabat, "sumur.jpg", { keterangan: "Air sumur keruh" });
    expect(evidence.body.photos).toHaveLength(1);
    const first = await upload(sahabat, "slip-1.jpg", { tujuan: "slip" });
    expect(first.status).toBe(200);
    // Sent again from the offline outbox under the phone's id: the same photo.
    const phoneId = `slip-${crypto.randomUUID()}`;
    const second = await upload(sahabat, "slip-2.jpg", { tujuan: "slip", fotoId: phoneId });
    const again = await upload(sahabat, "slip-2.jpg", { tujuan: "slip", fotoId: phoneId });
    expect(again.body.photos.map((p) => p.id)).toEqual(second.body.photos.map((p) => p.id));

    const draft = (await sahabat.request(DRAFT)).data.draft;
    expect(draft.photos.map((p: { id: string }) => p.id)).toEqual([evidence.body.photos[0]!.id]);
    expect(draft.consentSlip).toMatchObject({ id: second.body.photos[0]!.id, fileName: "slip-2.jpg" });
    // The first slip is gone, row and file: one slip a draft.
    expect(await server.db.prisma.attachment.count({ where: { id: first.body.photos[0]!.id } })).toBe(0);
    expect(await purposesOf([evidence.body.photos[0]!.id, second.body.photos[0]!.id])).toEqual(
      expect.arrayContaining([{ purpose: "EVIDENCE" }, { purpose: "CONSENT_SLIP" }]),
    );

    await sahabat.request(SAVE, {
      input: {
        step: "persetujuan",
        answers: {
          kind: "PENGADUAN", title: "Air sumur keruh", story: "Air sumur warga keruh sejak seminggu.", districtCode: "73.06.08",
          privacy: "CONFIDENTIAL", reporterName: "Hasnah", contactPreference: "SAHABAT",
          consentMethod: "WRITTEN", consentReadBack: true, consentGivenAt: new Date().toISOString(),
        },
        check: [],
      },
    });
    const filed = await sahabat.request(SUBMIT_DRAFT, { id: `slip-${crypto.randomUUID()}` });
    expect(filed.data.submitDraft.errors).toEqual([]);
    const complaint = filed.data.submitDraft.complaint;
    expect(complaint.photos).toHaveLength(1);
    expect(complaint.consentSlip.id).toBe(second.body.photos[0]!.id);

    // Its address works for the sahabat who filed it, and shows the picture.
    const served = await fetch(`${server.url}${complaint.consentSlip.url}`, { headers: { cookie: sahabat.cookieHeader() } });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    // The resident with the PIN sees it too.
    const resident = await server.client().request(`query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { consentSlip { id } } }`, {
      c: complaint.trackingCode,
      s: filed.data.submitDraft.accessSecret,
    });
    expect(resident.data.complaint.consentSlip).toEqual({ id: second.body.photos[0]!.id });
  });

  it("is refused, in the person's language, outside a sahabat's filing for a resident; nothing is kept", async () => {
    const before = await server.db.prisma.attachment.count({ where: { purpose: "CONSENT_SLIP" } });
    // A resident filing for themselves.
    const resident = server.client();
    const refused = await upload(resident, "slip.jpg", { tujuan: "slip" });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toMatchObject([{ code: "slip_unasked", message: expect.stringContaining("Sahabat LAPOR") }]);
    // A sahabat's own filing (not for a resident).
    const sahabat = await server.signedIn("sahabat@demo.suara.id", { locale: "en" });
    await sahabat.request(`mutation { discardDraft }`);
    await sahabat.request(SAVE, { input: { step: "jenis", answers: { kind: "PENGADUAN" }, check: [] } });
    const own = await upload(sahabat, "slip.jpg", { tujuan: "slip" });
    expect(own.body.errors).toMatchObject([{ code: "slip_unasked", message: "A consent slip photo is only for a report a Sahabat LAPOR files for a resident" }]);
    expect(await server.db.prisma.attachment.count({ where: { purpose: "CONSENT_SLIP" } })).toBe(before);
  });

  it("goes only with a filing for a resident: the API refuses it in any other", async () => {
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    await sahabat.request(BEGIN);
    const slip = await upload(sahabat, "slip.jpg", { tujuan: "slip" });
    const res = await sahabat.request(
      `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field code } complaint { id } } }`,
      { i: { kind: "PENGADUAN", title: "Lampu jalan padam", story: "Lampu jalan padam sejak seminggu.", districtCode: "73.06.08", privacy: "PUBLIC", attachmentIds: [slip.body.photos[0]!.id] } },
    );
    expect(res.data.submitComplaint).toEqual({ errors: [{ field: "attachmentIds", code: "invalid_choice" }], complaint: null });
  });

  it("without JavaScript, keeps the consent step's answers as typed and comes back with the outcome in the address", async () => {
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    await sahabat.request(BEGIN);
    // The slip's button posts the whole consent step, answers and all.
    const response = await postPhotos(server.url, sahabat, [{ name: "slip.jpg", bytes: await picture("#eee") }], {
      json: false,
      fields: { tujuan: "slip", kembali: "/lapor/persetujuan", consentMethod: "WRITTEN", consentReadBack: "true", consentNote: "Ditandatangani di balai desa" },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/lapor/persetujuan?foto=1");
    const typed = await sahabat.request(`{ draft { answers { consentMethod consentReadBack consentNote } } }`);
    expect(typed.data.draft.answers).toEqual({ consentMethod: "WRITTEN", consentReadBack: true, consentNote: "Ditandatangani di balai desa" });
    const slip = (await sahabat.request(DRAFT)).data.draft.consentSlip;
    const removed = await postPhotos(server.url, sahabat, [], { json: false, fields: { hapus: slip.id, kembali: "/lapor/persetujuan" } });
    expect(removed.headers.get("location")).toBe("/lapor/persetujuan?foto=0&dihapus=1");
    expect((await sahabat.request(DRAFT)).data.draft.consentSlip).toBeNull();
  });
});
