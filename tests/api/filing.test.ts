// The filing's server side: the agency suggestion from the routing table, the chosen
// agency (never a workshop one), the shared location (and photo location kept only then), how
// the reporter wants to hear back, exactly-once filing, and the privacy step's preview checked
// against what each audience really receives.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jpegWithGps, postPhotos } from "../support/photos.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SAVE = `mutation($input: SaveDraftInput!) { saveDraft(input: $input) {
  errors { field code message } draft { answers { suggestedAgencyId latitude longitude contactPreference reporterPhone } } } }`;
const SUBMIT_DRAFT = `mutation($id: String) { submitDraft(clientRequestId: $id) {
  accessSecret errors { field code message } complaint { id trackingCode suggestedAgency { shortName } } } }`;
const SUGGEST = `query($c: String!, $p: String) { agencySuggestion(categoryId: $c, placeCode: $p) { id shortName isSandbox } }`;

async function ids() {
  const prisma = server.db.prisma;
  const category = async (slug: string) => (await prisma.category.findUniqueOrThrow({ where: { slug } })).id;
  const agency = async (slug: string) => (await prisma.agency.findUniqueOrThrow({ where: { slug } })).id;
  return {
    water: await category("air-bersih"),
    road: await category("jalan-jembatan"),
    pupr: await agency("dinas-pupr"),
    sandboxPupr: await agency("latihan-dinas-pupr"),
  };
}

const BASE = {
  kind: "PENGADUAN",
  title: "Pipa bocor di depan pasar",
  story: "Air mengalir ke jalan sejak kemarin.",
  districtCode: "73.06.08",
  privacy: "PUBLIC",
};

async function signIn(client: GqlClient, email: string) {
  await server.signInOn(client, email);
}

describe("agency suggestion", () => {
  it("picks the most specific route for the place, and none for a workshop agency", async () => {
    const { water, road, pupr } = await ids();
    // Clean water in Tompobulu (73.06.03) goes to Dinas PUPR by a specific route.
    const specific = await server.client().request(SUGGEST, { c: water, p: "73.06.03.2001" });
    expect(specific.data.agencySuggestion).toMatchObject({ id: pupr, isSandbox: false });
    // Elsewhere, the regency-wide route.
    const general = await server.client().request(SUGGEST, { c: water, p: "73.06.08" });
    expect(general.data.agencySuggestion.shortName).not.toBe("Dinas PUPR");
    expect(general.data.agencySuggestion.isSandbox).toBe(false);
    // No place yet: the service-area default.
    const anywhere = await server.client().request(SUGGEST, { c: road });
    expect(anywhere.data.agencySuggestion).toMatchObject({ id: pupr });
    // An unknown category: no suggestion, no error.
    expect((await server.client().request(SUGGEST, { c: "tidak-ada" })).data.agencySuggestion).toBeNull();
    // A malformed place code is refused by the schema.
    expect((await server.client().request(SUGGEST, { c: road, p: "73.06'--" })).errors?.length).toBeGreaterThan(0);
  });
});

describe("drafts and filing with the filing's answers", () => {
  it.each<[string, Record<string, unknown>, string[], { field: string; code: string }[]]>([
    ["a real agency", { suggestedAgencyId: "@pupr" }, ["suggestedAgencyId"], []],
    ["a workshop agency", { suggestedAgencyId: "@sandbox" }, ["suggestedAgencyId"], [{ field: "suggestedAgencyId", code: "invalid_choice" }]],
    ["an unknown agency id", { suggestedAgencyId: "clx0nothere" }, ["suggestedAgencyId"], [{ field: "suggestedAgencyId", code: "invalid_choice" }]],
    ["a tampered agency id", { suggestedAgencyId: "x' OR 1=1" }, ["suggestedAgencyId"], [{ field: "suggestedAgencyId", code: "invalid_choice" }]],
    ["I don't know", { suggestedAgencyId: "" }, ["suggestedAgencyId"], []],
    ["a location", { latitude: "-5.2855", longitude: "119.4419" }, ["latitude", "longitude"], []],
    ["half a location", { latitude: "-5.2855", longitude: "" }, ["latitude", "longitude"], [{ field: "latitude", code: "invalid_choice" }]],
    ["SMS with a phone", { contactPreference: "SMS", reporterPhone: "0812 3456 7890" }, ["contactPreference", "reporterPhone", "reporterEmail"], []],
    ["SMS without a phone", { contactPreference: "SMS", reporterPhone: " " }, ["contactPreference", "reporterPhone", "reporterEmail"], [{ field: "reporterPhone", code: "required" }]],
    ["EMAIL without an e-mail", { contactPreference: "EMAIL" }, ["contactPreference", "reporterPhone", "reporterEmail"], [{ field: "reporterEmail", code: "required" }]],
    ["ACCOUNT without signing in", { contactPreference: "ACCOUNT" }, ["contactPreference"], [{ field: "contactPreference", code: "sign_in_required" }]],
    ["an unknown way", { contactPreference: "MERPATI" }, ["contactPreference"], [{ field: "contactPreference", code: "invalid_choice" }]],
    ["through a sahabat", { contactPreference: "SAHABAT" }, ["contactPreference"], []],
  ])("saveDraft: %s", async (_name, answers, check, expected) => {
    const { pupr, sandboxPupr } = await ids();
    const resolved = Object.fromEntries(
      Object.entries(answers).map(([k, v]) => [k, v === "@pupr" ? pupr : v === "@sandbox" ? sandboxPupr : v]),
    );
    const phone = server.client();
    const r = await phone.request(SAVE, { input: { step: "uji", answers: resolved, check } });
    expect(r.data.saveDraft.errors.map((e: { field: string; code: string }) => ({ field: e.field, code: e.code }))).toEqual(expected);
    for (const e of r.data.saveDraft.errors) expect(e.message).not.toMatch(/^[a-z_]+$/);
  });

  it("ACCOUNT is accepted once signed in, and the filed complaint keeps agency, location and preference", async () => {
    const { pupr } = await ids();
    const phone = server.client();
    await signIn(phone, "warga@demo.suara.id");
    const saved = await phone.request(SAVE, {
      input: {
        step: "kabar",
        answers: { ...BASE, suggestedAgencyId: pupr, latitude: "-5.2855", longitude: "119.4419", contactPreference: "ACCOUNT" },
        check: ["contactPreference", "suggestedAgencyId", "latitude"],
      },
    });
    expect(saved.data.saveDraft.errors).toEqual([]);
    const filed = await phone.request(SUBMIT_DRAFT, { id: `filing-${Date.now()}` });
    expect(filed.data.submitDraft.errors).toEqual([]);
    expect(filed.data.submitDraft.complaint.suggestedAgency).toEqual({ shortName: "Dinas PUPR" });
    const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: filed.data.submitDraft.complaint.id } });
    expect(row).toMatchObject({ suggestedAgencyId: pupr, latitude: -5.2855, longitude: 119.4419, contactPreference: "ACCOUNT", agencyId: null });
  });

  it("a workshop agency slipped into a draft is refused on submit, and nothing is lost", async () => {
    const { sandboxPupr } = await ids();
    const phone = server.client();
    await phone.request(SAVE, { input: { step: "instansi", answers: { ...BASE, suggestedAgencyId: sandboxPupr }, check: [] } });
    const filed = await phone.request(SUBMIT_DRAFT, { id: `sandbox-${Date.now()}` });
    expect(filed.data.submitDraft.errors).toMatchObject([{ field: "suggestedAgencyId", code: "invalid_choice" }]);
    const draft = await phone.request(`{ draft { answers { title suggestedAgencyId } } }`);
    expect(draft.data.draft.answers).toEqual({ title: BASE.title, suggestedAgencyId: sandboxPupr });
  });

  it("a replayed submit files once and answers with the same code and PIN", async () => {
    const phone = server.client();
    await phone.request(SAVE, { input: { step: "periksa", answers: { ...BASE, contactPreference: "NONE" }, check: [] } });
    const id = `replay-${Date.now()}`;
    const first = await phone.request(SUBMIT_DRAFT, { id });
    const second = await phone.request(SUBMIT_DRAFT, { id });
    expect(second.data.submitDraft.errors).toEqual([]);
    expect(second.data.submitDraft.complaint.trackingCode).toBe(first.data.submitDraft.complaint.trackingCode);
    expect(second.data.submitDraft.accessSecret).toBe(first.data.submitDraft.accessSecret);
    expect(await server.db.prisma.complaint.count({ where: { clientRequestId: id } })).toBe(1);
  });

  it("the older API without a preference still works it out from the details", async () => {
    const r = await server.client().request(
      `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field } complaint { id } } }`,
      { i: { ...BASE, reporterEmail: "daeng@contoh.id" } },
    );
    expect(r.data.submitComplaint.errors).toEqual([]);
    const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: r.data.submitComplaint.complaint.id } });
    expect(row.contactPreference).toBe("EMAIL");
  });
});

describe("privacy preview", () => {
  const PREVIEW = `query($p: String!, $s: Boolean) { privacyPreview(privacy: $p, showReporterName: $s) {
    audience visible content reporterName reporterContact } }`;
  const VIEW = `query($c: String!) { complaint(trackingCode: $c) { trackingCode story reporterName reporterPhone reporterEmail } }`;

  it.each<[string, boolean]>([
    ["PUBLIC", false],
    ["PUBLIC", true],
    ["ANONYMOUS", false],
    ["ANONYMOUS", true],
    ["CONFIDENTIAL", false],
  ])("%s (show name %s): the preview says what the public and the agency really get", async (privacy, showReporterName) => {
    const { pupr } = await ids();
    const filed = await server.client().request(
      `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field code } complaint { id trackingCode } } }`,
      { i: { ...BASE, privacy, showReporterName, reporterName: "Daeng Ngai", reporterPhone: "081234567890", reporterEmail: "daeng@contoh.id" } },
    );
    expect(filed.data.submitComplaint.errors).toEqual([]);
    const { id, trackingCode } = filed.data.submitComplaint.complaint;
    // As if a verifier had sent it to Dinas PUPR, whose demo officer then looks at it.
    await server.db.prisma.complaint.update({ where: { id }, data: { agencyId: pupr, status: "DISPOSED" } });

    const preview = (await server.client().request(PREVIEW, { p: privacy, s: showReporterName })).data.privacyPreview as {
      audience: string; visible: boolean; content: boolean; reporterName: boolean; reporterContact: boolean;
    }[];
    const officer = server.client();
    await signIn(officer, "petugas.pupr@demo.suara.id");
    const viewers: Record<string, GqlClient> = { PUBLIC: server.client(), AGENCY_HANDLING: officer };
    expect(preview.map((p) => p.audience)).toEqual(["PUBLIC", "AGENCY_HANDLING"]);
    for (const expected of preview) {
      const seen = (await viewers[expected.audience]!.request(VIEW, { c: trackingCode })).data.complaint;
      const actual = {
        audience: expected.audience,
        visible: seen !== null,
        content: seen?.story != null,
        reporterName: seen?.reporterName != null,
        reporterContact: seen?.reporterPhone != null && seen?.reporterEmail != null,
      };
      expect(actual).toEqual(expected);
    }
  });
});

describe("photo location", () => {
  async function uploadOne(client: GqlClient) {
    // A client cannot ask to keep the location by itself: only the draft's choice counts.
    const response = await postPhotos(server.url, client, [{ name: "jalan.jpg", bytes: await jpegWithGps() }], { fields: { simpanLokasi: "1" } });
    const body = (await response.json()) as { photos: { id: string }[] };
    return server.db.prisma.attachment.findUniqueOrThrow({ where: { id: body.photos[0]!.id } });
  }

  // Every photo is re-encoded without metadata: a location the resident shares is on the complaint.
  it.each<[string, Record<string, string>, boolean]>([
    ["not shared", {}, false],
    ["shared with 'use my location'", { latitude: "-5.2855", longitude: "119.4419" }, false],
  ])("location %s → kept in the photo %s", async (_name, answers, kept) => {
    const phone = server.client();
    await phone.request(SAVE, { input: { step: "lokasi", answers: { ...BASE, ...answers }, check: [] } });
    const stored = await uploadOne(phone);
    expect(stored.locationKept).toBe(kept);
  });
});
