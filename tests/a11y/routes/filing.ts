// Route declarations for the filing: the start page, each one-question step, check your
// answers and the confirmation, each in its empty, error and filled state. routes.ts spreads them in.
import { expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { createComplaint } from "../../e2e/support/factories.ts";
import { chooseDistrict, chooseTopic, tinyPng } from "../../e2e/support/pages.ts";
import { asAccount } from "../../support/graphql-http.ts";
import { errorSummaryShown, send } from "../support/acts.ts";
import { notApplicable, type RouteDeclaration } from "../support/declaration.ts";
import { complaintWithTicket, receiptCookies } from "./inclusion.ts";

const SAVE = `mutation($input: SaveDraftInput!) { saveDraft(input: $input) { errors { field } } }`;

/** A complete draft on this browser's device cookie (the same as answering every step). */
async function saveFullDraft(request: APIRequestContext) {
  const response = await request.post("/graphql", {
    data: {
      query: SAVE,
      variables: {
        input: {
          step: "kabar",
          answers: {
            kind: "PENGADUAN",
            title: "Lampu jalan mati di depan SD Inpres",
            story: "Sudah dua minggu mati. Malam hari sangat gelap.",
            incidentDate: "2026-11-03",
            districtCode: "73.06.08",
            landmark: "Dekat masjid raya",
            privacy: "PUBLIC",
            reporterName: "Daeng Ngai",
            contactPreference: "SMS",
            reporterPhone: "0812 3456 7890",
          },
          check: [],
        },
      },
    },
  });
  expect(response.ok()).toBe(true);
}

const withDraft = async ({ context }: { context: BrowserContext }) => saveFullDraft(context.request);
const next = send("Lanjutkan");

/** A step: empty as it opens, its own errors, its answers given but not yet sent. */
function step(
  description: string,
  errors: RouteDeclaration["states"]["errors"],
  fill: (page: Page) => Promise<void>,
): RouteDeclaration {
  return {
    role: "anonymous",
    states: {
      empty: { description: `${description}, as it opens on a new device` },
      errors,
      filled: { description: `${description}, answered, not yet sent`, act: fill },
    },
  };
}

const geoReason = {
  text: /^(Lokasi dari HP \(boleh dilewati\)|Petugas lebih mudah menemukan tempatnya.*|Pakai lokasi saya)$/,
  reason: "the \"use my location\" button needs JavaScript and the phone's location; without it kecamatan and desa are enough",
};

export const filingRoutes: Record<string, RouteDeclaration> = {
  "/lapor": {
    role: "anonymous",
    states: {
      empty: { description: "the start page: what Suara does, the three kinds, what happens next, the start button" },
      errors: notApplicable("the start page has no question to answer"),
      filled: { description: "a device with an unfinished report: carry on or start again", before: withDraft },
    },
  },
  "/lapor/jenis": step(
    "the kind of report",
    { description: "sent without a choice", act: next, reached: errorSummaryShown },
    async (page) => page.getByRole("radio", { name: "Aspirasi", exact: true }).check(),
  ),
  "/lapor/kejadian": {
    ...step(
      "title and story",
      { description: "sent empty: both fields explained", act: next, reached: errorSummaryShown },
      async (page) => {
        await page.getByLabel("Judul laporan").fill("Lampu jalan mati");
        await page.getByLabel("Ceritakan masalahnya").fill("Sudah dua minggu mati.");
      },
    ),
    moreStates: {
      // A trainer shows filing on a projector (display setting "Presentasi"), with an error so
      // the explanation sits beside a summary and a marked field.
      presenting: {
        description: "in the presenter layout, sent empty: the explanation for the room beside the form",
        before: async ({ context, baseURL }) => {
          await context.addCookies([{ name: "presentasi", value: "1", url: baseURL }]);
        },
        act: next,
        reached: async (page) => {
          await errorSummaryShown(page);
          await expect(page.getByRole("complementary", { name: "Penjelasan untuk peserta" })).toBeVisible();
        },
      },
    },
  },
  "/lapor/waktu": step(
    "the date",
    {
      description: "a date in the future",
      act: async (page) => {
        await page.getByLabel("Tahun", { exact: true }).fill("2099");
        await page.getByLabel("Bulan", { exact: true }).fill("1");
        await page.getByLabel("Tanggal", { exact: true }).fill("1");
        await next(page);
      },
      reached: errorSummaryShown,
    },
    async (page) => {
      await page.getByLabel("Tanggal", { exact: true }).fill("3");
      await page.getByLabel("Bulan", { exact: true }).fill("11");
      await page.getByLabel("Tahun", { exact: true }).fill("2026");
    },
  ),
  "/lapor/lokasi": {
    ...step(
      "kecamatan, desa and landmark",
      { description: "sent without a kecamatan", act: next, reached: errorSummaryShown },
      async (page) => {
        await page.getByLabel(/Patokan tempat/).fill("Dekat masjid raya");
        await chooseDistrict(page, "Somba Opu");
        await page.getByLabel(/Desa atau kelurahan/).selectOption({ label: "Sungguminasa" });
      },
    ),
    scriptOnly: [geoReason],
  },
  "/lapor/kategori": step(
    "the topic",
    notApplicable("every choice is valid, \"I don't know\" included: the step has no error a person can make"),
    async (page) => chooseTopic(page, "Listrik dan lampu jalan"),
  ),
  "/lapor/instansi": step(
    "the agency",
    notApplicable("every choice is valid, \"I don't know\" included; a tampered id is covered by tests/api/filing.test.ts"),
    async (page) => page.getByRole("radio", { name: "Saya tidak tahu" }).check(),
  ),
  "/lapor/foto": step(
    "photos",
    {
      description: "a file that is not a photo",
      act: async (page) => {
        await page.getByLabel("Pilih foto").setInputFiles({ name: "catatan.txt", mimeType: "text/plain", buffer: Buffer.from("bukan foto") });
        await page.getByRole("button", { name: "Unggah foto" }).click();
      },
      reached: async (page) => expect(page.locator("[data-error-summary]")).toBeVisible(),
    },
    async (page) => {
      // One photo uploaded with its description (shown as its text), a second chosen and described.
      await page.getByLabel("Pilih foto").setInputFiles({ name: "jalan.png", mimeType: "image/png", buffer: tinyPng(12, 9) });
      await page.getByLabel("Keterangan foto").fill("Foto lubang di depan pasar");
      await page.getByRole("button", { name: "Unggah foto" }).click();
      await expect(page.getByRole("img", { name: "Foto lubang di depan pasar" })).toBeVisible();
      await page.getByLabel("Pilih foto").setInputFiles({ name: "pasar.png", mimeType: "image/png", buffer: tinyPng(9, 12) });
      await page.getByLabel("Keterangan foto").fill("Foto pasar dari seberang jalan");
    },
  ),
  "/lapor/privasi": step(
    "who may read it, with the preview of what the public and the agency see",
    { description: "sent without a choice", act: next, reached: errorSummaryShown },
    async (page) => {
      await page.getByRole("radio", { name: "Publik", exact: true }).check();
      await page.getByLabel("Nama Anda").fill("Daeng Ngai");
      await page.getByLabel("Tampilkan nama saya kepada umum").check();
    },
  ),
  "/lapor/kabar": {
    ...step(
      "how to hear back",
      {
        description: "SMS chosen without a phone number",
        act: async (page) => {
          await page.getByRole("radio", { name: "SMS ke HP saya" }).check();
          await next(page);
        },
        reached: errorSummaryShown,
      },
      async (page) => {
        await page.getByRole("radio", { name: "SMS ke HP saya" }).check();
        await page.getByLabel(/Nomor HP/).fill("0812 3456 7890");
      },
    ),
    moreStates: {
      relay: {
        description: "a draft in Somba Opu, where a sahabat serves: who then sees the name and contact, and the public list to pick from",
        before: withDraft,
        act: async (page) => {
          await page.getByRole("radio", { name: "Lewat Sahabat LAPOR" }).check();
          await page.getByRole("group", { name: /Sahabat LAPOR! yang menyampaikan kabar/ }).getByRole("radio", { name: "Nurhayati Daeng Baji" }).check();
        },
        reached: async (page) => {
          await expect(page.getByText("seorang Sahabat LAPOR! di Kecamatan Somba Opu melihat nama dan kontak Anda", { exact: false })).toBeVisible();
        },
      },
    },
  },
  "/lapor/periksa": {
    role: "anonymous",
    states: {
      empty: { description: "check your answers with nothing answered yet" },
      errors: {
        description: "sent with nothing answered: the summary links to the steps",
        act: send("Kirim laporan"),
        reached: errorSummaryShown,
      },
      filled: { description: "every answer given, each with its change link", before: withDraft },
    },
  },
  "/lapor/terkirim/[code]": {
    role: "anonymous",
    scriptOnly: [
      { text: /^Salin kode$/, reason: "copying needs the clipboard API; without it the code is shown large to copy by hand" },
      { text: /^Cetak tanda terima$/, reason: "window.print needs JavaScript; without it the page says to use the browser's Print menu" },
      { text: /^Bacakan kode dan PIN$/, reason: "speech synthesis needs JavaScript; the code and PIN are also spelled out in text" },
    ],
    params: async (request) => {
      // With an SMS contact over the day's receipt cap: the longest sentence about the receipt,
      // and one that does not change while delivery works (a scripted and a plain load agree).
      const sms = { reporterPhone: "0813 5555 0101", contactPreference: "SMS" };
      for (let i = 0; i < 5; i++) await createComplaint(request, sms);
      const complaint = await createComplaint(request, sms);
      // And one a sahabat filed for a resident, who hears back through the sahabat.
      const assisted = await asAccount(request, "sahabat@demo.suara.id", () =>
        createComplaint(request, {
          reporterName: "Daeng Sikki",
          contactPreference: "SAHABAT",
          privacy: "ANONYMOUS",
          assisted: true,
          consentMethod: "THUMBPRINT",
          consentReadBack: true,
        }),
      );
      // And one with the ticket for the optional questions about the reporter.
      const asked = await complaintWithTicket(request);
      return {
        code: complaint.trackingCode, secret: complaint.accessSecret, assistedCode: assisted.trackingCode, assistedSecret: assisted.accessSecret,
        askedCode: asked.code, askedSecret: asked.secret, askedTicket: asked.ticket,
      };
    },
    states: {
      empty: { description: "the confirmation opened later, without the PIN cookie" },
      errors: { description: "an unknown tracking code: the friendly 404 page", path: () => "/lapor/terkirim/GWA-0000-00", status: 404 },
      filled: {
        description: "right after sending: code, PIN, no SMS receipt today (cap reached), print and read-aloud, what happens next",
        before: async ({ context, params, baseURL }) => {
          const code = params["code"]!;
          await context.addCookies([
            { name: `pin_${code}`, value: params["secret"]!, url: `${baseURL}/lapor/terkirim/${code}` },
          ]);
        },
      },
    },
    moreStates: {
      assisted: {
        description: "the resident's receipt of a filing by a sahabat: their name, who helped, the consent, code and PIN",
        path: (params) => `/lapor/terkirim/${params["assistedCode"]}`,
        before: async ({ context, params, baseURL }) => {
          const code = params["assistedCode"]!;
          await context.addCookies([{ name: `pin_${code}`, value: params["assistedSecret"]!, url: `${baseURL}/lapor/terkirim/${code}` }]);
        },
        reached: async (page) => {
          await expect(page.getByText("Laporan atas nama Daeng Sikki")).toBeVisible();
        },
      },
      questionsOffered: {
        description: "right after sending, with the ticket: the optional questions about the reporter offered, with \"Lewati\"",
        path: (params) => `/lapor/terkirim/${params["askedCode"]}`,
        before: async ({ context, params, baseURL }) => {
          const code = params["askedCode"]!;
          await receiptCookies(context, baseURL, code, { [`pin_${code}`]: params["askedSecret"]!, [`tiket_${code}`]: params["askedTicket"]! });
        },
        reached: async (page) => {
          await expect(page.getByRole("region", { name: "Pertanyaan tentang Anda (boleh dilewati)" })).toBeVisible();
        },
      },
      questionsAnswered: {
        description: "after answering the questions: the code that deletes the answers, big and spelled out, with the link to delete them",
        path: (params) => `/lapor/terkirim/${params["askedCode"]}`,
        before: async ({ context, params, baseURL }) => {
          const code = params["askedCode"]!;
          await receiptCookies(context, baseURL, code, { [`pin_${code}`]: params["askedSecret"]!, [`hapus_${code}`]: "ABCD-EFGH-JKMN" });
        },
        reached: async (page) => {
          await expect(page.getByRole("heading", { level: 2, name: "Kode hapus jawaban" })).toBeVisible();
        },
      },
    },
  },
};
