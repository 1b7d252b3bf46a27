// The offline outbox sends a photo with the phone's id for it, and may send it again when the
// first answer was lost: the same id is the same photo (one row, counted once towards the five),
// also after the draft was filed; another draft sending the same id gets a photo of its own, never
// the first draft's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { postPhotos } from "../support/photos.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SAVE = `mutation($input: SaveDraftInput!) { saveDraft(input: $input) { errors { field } } }`;
const SUBMIT_DRAFT = `mutation($id: String) { submitDraft(clientRequestId: $id) {
  errors { field code } complaint { trackingCode photos { id } } } }`;

const jpeg = () => sharp({ create: { width: 40, height: 30, channels: 3, background: "#336699" } }).jpeg().toBuffer();

type Answer = { photos: { id: string; url: string | null }[]; errors: { code: string }[] };

async function upload(client: GqlClient, bytes: Buffer, fotoId: string): Promise<{ status: number; body: Answer }> {
  const response = await postPhotos(server.url, client, [{ name: "lubang.jpg", bytes }], {
    fields: { fotoId, keterangan: "Lubang di depan sekolah" },
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

describe("photos sent again from the offline outbox", () => {
  it("stores one photo per phone id, before and after filing; another draft gets its own, not that one", async () => {
    const phone = server.client();
    const bytes = await jpeg();
    const photoId = `foto-${crypto.randomUUID()}`;
    const first = await upload(phone, bytes, photoId);
    expect(first.status).toBe(200);
    expect(first.body.photos).toHaveLength(1);
    const again = await upload(phone, bytes, photoId);
    expect(again.body.photos.map((p) => p.id)).toEqual([first.body.photos[0]!.id]);
    expect(await server.db.prisma.attachment.count({ where: { clientPhotoId: photoId } })).toBe(1);

    // Two tries at once (the page and the service worker): still one row.
    const otherId = `foto-${crypto.randomUUID()}`;
    const both = await Promise.all([upload(phone, bytes, otherId), upload(phone, bytes, otherId)]);
    expect(new Set(both.map((b) => b.body.photos[0]?.id)).size).toBe(1);
    expect(await server.db.prisma.attachment.count({ where: { clientPhotoId: otherId } })).toBe(1);

    await phone.request(SAVE, {
      input: {
        step: "kabar",
        answers: { kind: "PENGADUAN", title: "Jalan berlubang", story: "Lubang besar.", districtCode: "73.06.08", privacy: "CONFIDENTIAL", contactPreference: "NONE" },
        check: [],
      },
    });
    const requestId = crypto.randomUUID();
    const filed = await phone.request(SUBMIT_DRAFT, { id: requestId });
    expect(filed.data.submitDraft.errors).toEqual([]);
    expect(filed.data.submitDraft.complaint.photos).toHaveLength(2);

    // The outbox tries again after a lost answer: the photo is known, no new row, no address.
    const afterFiling = await upload(phone, bytes, photoId);
    expect(afterFiling.status).toBe(200);
    expect(afterFiling.body.photos).toMatchObject([{ id: first.body.photos[0]!.id, url: null }]);
    expect(await server.db.prisma.attachment.count({ where: { clientPhotoId: photoId } })).toBe(1);

    // The same id from another draft (this phone's draft lost and begun again, or another device):
    // that draft gets a photo of its own, once however often it is sent, and never the first one.
    const mine = `foto-${crypto.randomUUID()}`;
    const kept = await upload(phone, bytes, mine);
    const other = server.client();
    const fresh = await upload(other, bytes, mine);
    expect(fresh.body.errors).toEqual([]);
    expect(fresh.body.photos).toHaveLength(1);
    expect(fresh.body.photos[0]!.id).not.toBe(kept.body.photos[0]!.id);
    const freshAgain = await upload(other, bytes, mine);
    expect(freshAgain.body.photos.map((p) => p.id)).toEqual([fresh.body.photos[0]!.id]);
    const rows = await server.db.prisma.attachment.findMany({ where: { clientPhotoId: { startsWith: mine } } });
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.draftId)).size).toBe(2);
    // The first draft still has its photo, and answers with it.
    expect((await upload(phone, bytes, mine)).body.photos.map((p) => p.id)).toEqual([kept.body.photos[0]!.id]);
  });
});
