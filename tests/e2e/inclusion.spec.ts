// "Who is being served", with and without JavaScript, on a server of this file's own (its database
// tells whether answers were stored): after filing, the receipt offers the optional questions
// about the reporter; answered, it shows the code that deletes them, and that code deletes them
// on /hapus-jawaban; skipped, nothing is stored and the offer is gone. A spent ticket and a
// missing one are said plainly, and a sahabat is asked to read the questions to the resident.
import { expect, test, type APIRequestContext, type Browser, type Page, type TestInfo } from "@playwright/test";
import type { TestServer } from "../support/server.ts";
import { asAccount, gql } from "../support/graphql-http.ts";
import { demoEmail } from "../support/demo.ts";
import { ownServerPage, useOwnServer } from "./support/own-server.ts";
import { errorSummary, fillFiling, scriptsReady, sendReport } from "./support/pages.ts";

let server: TestServer;
useOwnServer((started) => (server = started));

// A whole filing and several page loads each: on a busy two-core machine 90 s is too tight.
test.describe.configure({ timeout: 180_000 });

const answersStored = () => server.db.prisma.inclusionAnswer.count();

/** A page of this file's own server. */
const ownPage = (browser: Browser, testInfo: TestInfo): Promise<Page> => ownServerPage(server, browser, testInfo);

let filed = 0;
/**
 * A complaint filed over the API, with its ticket put in the receipt's cookie as the filing puts
 * it (the browser journey itself is walked by the first test), and the receipt opened.
 */
async function receiptWithTicket(page: Page, api: APIRequestContext = page.context().request, overrides: Record<string, unknown> = {}) {
  filed += 1;
  const { submitComplaint } = await gql<{ submitComplaint: { complaint: { trackingCode: string }; accessSecret: string; inclusionTicket: string } }>(
    api,
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { trackingCode } accessSecret inclusionTicket errors { message } } }`,
    { i: { kind: "PENGADUAN", title: `Lampu jalan mati ${filed}`, story: "Sudah dua minggu gelap di depan sekolah.", districtCode: "73.06.08", privacy: "PUBLIC", ...overrides } },
  );
  const code = submitComplaint.complaint.trackingCode;
  // Where the filing puts them: on the receipt's own path (the page below it sees them too).
  const where = { domain: new URL(server.url).hostname, path: `/lapor/terkirim/${code}`, httpOnly: true, sameSite: "Lax" as const };
  await page.context().addCookies([
    { name: `pin_${code}`, value: submitComplaint.accessSecret, ...where },
    { name: `tiket_${code}`, value: submitComplaint.inclusionTicket, ...where },
  ]);
  await page.goto(`/lapor/terkirim/${code}`);
  return { code, ticket: submitComplaint.inclusionTicket };
}

const offer = (page: Page) => page.getByRole("region", { name: "Pertanyaan tentang Anda (boleh dilewati)" });

test("filed step by step, answered, then deleted with the code on the receipt", async ({ browser }, testInfo) => {
  const page = await ownPage(browser, testInfo);
  const before = await answersStored();
  await fillFiling(page, { title: `Lampu jalan mati, tentang pelapor ${Date.now()}` });
  const code = await sendReport(page);

  // The receipt offers the questions: why, stored apart, nobody handling the report sees them.
  const section = offer(page);
  await expect(section).toBeVisible();
  await expect(section.getByText(/penyandang disabilitas, warga lanjut usia, dan perempuan/)).toBeVisible();
  await expect(section.getByText(/tidak terhubung dengan laporan ini/)).toBeVisible();
  await expect(section.getByText("Jika dilewati, tidak ada yang berubah.", { exact: false })).toBeVisible();
  await scriptsReady(page, testInfo.project.use.javaScriptEnabled !== false);
  await section.getByRole("link", { name: "Jawab pertanyaan" }).click();

  await expect(page).toHaveURL(new RegExp(`/lapor/terkirim/${code}/tentang-anda$`));
  await expect(page.getByRole("heading", { level: 1, name: "Pertanyaan tentang Anda" })).toBeVisible();
  const walking = page.getByRole("group", { name: /Apakah Anda mengalami kesulitan berjalan atau naik tangga\? \(tidak wajib\)/ });
  await walking.getByRole("radio", { name: "Sangat kesulitan" }).check();
  await page.getByRole("group", { name: /Apakah Anda mengalami kesulitan melihat/ }).getByRole("radio", { name: "Tidak kesulitan" }).check();
  await page.getByRole("group", { name: /Berapa umur Anda\?/ }).getByRole("radio", { name: "60 tahun atau lebih" }).check();
  // Gender left unanswered: every question may be.
  await page.getByRole("button", { name: "Kirim jawaban" }).click();

  await expect(page).toHaveURL(new RegExp(`/lapor/terkirim/${code}$`));
  await expect(offer(page)).toHaveCount(0);
  const token = (await page.getByTestId("receipt-deletion-token").textContent())!.trim();
  expect(token).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(page.getByRole("heading", { level: 2, name: "Kode hapus jawaban" })).toBeVisible();
  // Stored apart: the kecamatan and month of the filing, the answers given, nothing that names the complaint.
  expect(await answersStored()).toBe(before + 1);
  const stored = await server.db.prisma.inclusionAnswer.findFirstOrThrow({ orderBy: { month: "desc" }, where: { walking: "A_LOT", ageBand: "FROM_60" } });
  expect(stored).toMatchObject({ districtCode: "73.06.08", channel: "SELF", seeing: "NONE", gender: null, hearing: null });
  expect(JSON.stringify(stored)).not.toContain(code);

  // Printed with the receipt, with where to delete the answers.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("receipt-deletion-token")).toBeVisible();
  await expect(page.getByText(/^Hapus jawaban tentang Anda di http.*\/hapus-jawaban dengan kode ini\.$/)).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // A wrong code first: said at the field, and nothing more.
  await page.getByRole("link", { name: "Hapus jawaban tentang Anda" }).click();
  await expect(page).toHaveURL(/\/hapus-jawaban$/);
  const field = page.getByRole("textbox", { name: "Kode hapus jawaban" });
  await field.fill("ABCD-EFGH-JKMN");
  await page.getByRole("button", { name: "Hapus jawaban" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(page.getByText("Tidak ada jawaban dengan kode ini", { exact: false }).first()).toBeVisible();
  await expect(field).toHaveValue("ABCD-EFGH-JKMN");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await errorSummary(page).getByRole("link").click();
  await expect(field).toBeFocused();
  expect(await answersStored()).toBe(before + 1);

  // Then the code from the receipt, typed as people do (lower case, spaces).
  await field.fill(token.toLowerCase().replace(/-/g, " "));
  await page.getByRole("button", { name: "Hapus jawaban" }).click();
  await expect(page.getByText("Jawaban Anda sudah dihapus.", { exact: false })).toBeVisible();
  expect(await answersStored()).toBe(before);
  await page.context().close();
});

test("skipped on the receipt: the offer is gone and nothing is stored", async ({ browser }, testInfo) => {
  const page = await ownPage(browser, testInfo);
  const before = await answersStored();
  const { code } = await receiptWithTicket(page);
  await expect(offer(page)).toBeVisible();
  await scriptsReady(page, testInfo.project.use.javaScriptEnabled !== false);
  await offer(page).getByRole("button", { name: "Lewati" }).click();
  await expect(page).toHaveURL(new RegExp(`/lapor/terkirim/${code}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Laporan Anda terkirim" })).toBeVisible();
  await expect(offer(page)).toHaveCount(0);
  await expect(page.getByTestId("receipt-deletion-token")).toHaveCount(0);
  // Not offered again: the questions page says they are over, with the way back.
  await page.goto(`/lapor/terkirim/${code}/tentang-anda`);
  await expect(page.getByText(/sudah dijawab atau dilewati/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Kembali ke tanda terima" }).first()).toBeVisible();
  expect(await answersStored()).toBe(before);
  await page.context().close();
});

test("skipped on the questions page, with answers chosen: nothing is stored", async ({ browser }, testInfo) => {
  const page = await ownPage(browser, testInfo);
  const before = await answersStored();
  const { code } = await receiptWithTicket(page);
  await page.goto(`/lapor/terkirim/${code}/tentang-anda`);
  await page.getByRole("group", { name: /Apa jenis kelamin Anda\?/ }).getByRole("radio", { name: "Perempuan" }).check();
  await page.getByRole("button", { name: "Lewati" }).click();
  await expect(page).toHaveURL(new RegExp(`/lapor/terkirim/${code}$`));
  await expect(offer(page)).toHaveCount(0);
  expect(await answersStored()).toBe(before);
  await page.context().close();
});

test("a ticket spent meanwhile: said in the error summary, the answers kept on the page", async ({ browser }, testInfo) => {
  const page = await ownPage(browser, testInfo);
  const { code, ticket } = await receiptWithTicket(page);
  await page.goto(`/lapor/terkirim/${code}/tentang-anda`);
  await page.getByRole("group", { name: /Apakah Anda mengalami kesulitan mendengar/ }).getByRole("radio", { name: "Sedikit kesulitan" }).check();
  // Answered in another tab first.
  const spent = await gql<{ answerInclusionQuestions: { deletionToken: string | null } }>(
    page.context().request,
    `mutation($i: InclusionAnswersInput!) { answerInclusionQuestions(input: $i) { deletionToken errors { code } } }`,
    { i: { ticket, gender: "MALE" } },
  );
  expect(spent.answerInclusionQuestions.deletionToken).toBeTruthy();
  await scriptsReady(page, testInfo.project.use.javaScriptEnabled !== false);
  await page.getByRole("button", { name: "Kirim jawaban" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(errorSummary(page).getByText(/sudah dijawab, atau sudah lewat sehari/)).toBeVisible();
  await expect(page).toHaveTitle(/^Galat: /);
  await expect(page.getByRole("group", { name: /kesulitan mendengar/ }).getByRole("radio", { name: "Sedikit kesulitan" })).toBeChecked();
  await expect(page.getByRole("link", { name: "Kembali ke tanda terima" })).toBeVisible();
  await page.context().close();
});

test("for a filing by a sahabat, the receipt asks the sahabat to ask the resident", async ({ browser }, testInfo) => {
  const page = await ownPage(browser, testInfo);
  const api = page.context().request;
  await asAccount(api, demoEmail.sahabat, async () => {
    const { code } = await receiptWithTicket(page, api, {
      reporterName: "Daeng Sikki", contactPreference: "SAHABAT", privacy: "ANONYMOUS", assisted: true, consentMethod: "THUMBPRINT", consentReadBack: true,
    });
    await expect(offer(page).getByText(/^Tanyakan kepada warga apakah ia mau menjawab/)).toBeVisible();
    await page.goto(`/lapor/terkirim/${code}/tentang-anda`);
    await expect(page.getByText("Bacakan setiap pertanyaan kepada warga, lalu pilih jawabannya.", { exact: false })).toBeVisible();
  });
  await page.context().close();
});
