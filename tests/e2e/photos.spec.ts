// Photos from the reporter to the people allowed to see them, with and without JavaScript: a
// photo chosen and sent with "Lanjutkan" (never "Unggah foto") is kept with its one-line
// description; the verifier sees it as a sized, lazy thumbnail that opens full size; the public
// sees a PUBLIC complaint's photo only once verified and a CONFIDENTIAL one's never; photo links
// work only for the viewer they were made for. With JavaScript: going offline keeps the form and
// says so, and an upload that fails offline is sent when the connection returns.
import { expect, type Browser, type Page, test } from "@playwright/test";
import { createComplaintWithPhoto } from "./support/factories.ts";
import { continueTo, fillFiling, sendReport, signedInPage, tinyPng } from "./support/pages.ts";

const DESCRIPTION = "Foto lubang di depan pasar";

async function anonymousPage(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: "id-ID", timezoneId: "Asia/Makassar", serviceWorkers: "block" });
  return context.newPage();
}

/** Photos served from Suara's photo address on the page, whatever their text. */
const photoImages = (page: Page) => page.locator('img[src^="/foto/"]');

async function verifyOnStaffPage(verifier: Page, trackingCode: string) {
  const verify = verifier.getByRole("region", { name: "Verifikasi", exact: true });
  await verify.getByLabel("Judul laporan").fill(`Jalan berlubang di depan pasar, ${trackingCode}`);
  await verify.getByRole("radio", { name: "Pengaduan" }).check();
  await verify.getByLabel("Topik").selectOption({ label: "Jalan dan jembatan" });
  await verify.getByRole("button", { name: "Verifikasi laporan" }).click();
  await expect(verifier.getByRole("status").filter({ hasText: "Berhasil: Verifikasi laporan." })).toBeVisible();
}

test("a photo sent with Lanjutkan keeps its description, reaches the verifier, and the public only once verified", async ({
  page,
  browser,
  javaScriptEnabled,
}) => {
  test.setTimeout(120_000);
  const title = `Jalan berlubang dekat pasar ${Date.now()}`;
  await fillFiling(page, { title, privacy: "Publik" });

  // Choose a photo, describe it, and press "Lanjutkan" without pressing "Unggah foto".
  await page.goto("/lapor/foto");
  await page.getByLabel("Pilih foto").setInputFiles({ name: "lubang.png", mimeType: "image/png", buffer: tinyPng(40, 30, [90, 60, 30]) });
  await page.getByLabel("Keterangan foto").fill(DESCRIPTION);
  await continueTo(page, /\/lapor\/privasi$/);
  await page.goto("/lapor/foto");
  await expect(page.getByRole("img", { name: DESCRIPTION })).toBeVisible();
  await page.goto("/lapor/periksa");
  await expect(page.locator("dl").getByText("1 foto", { exact: true })).toBeVisible();
  const code = await sendReport(page);

  // The reporter (with the PIN cookie) sees it at once.
  await page.goto(`/lacak/${code}`);
  await expect(page.getByRole("img", { name: DESCRIPTION })).toBeVisible();

  // The public does not, until the complaint is verified.
  const visitor = await anonymousPage(browser, javaScriptEnabled);
  await visitor.goto(`/lacak/${code}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(photoImages(visitor)).toHaveCount(0);

  // The verifier sees a sized, lazy thumbnail that links to the full picture.
  const verifier = await signedInPage(browser, "verifikator@demo.suara.id", javaScriptEnabled, `/kerja/${code}`);
  const thumbnail = verifier.getByRole("img", { name: DESCRIPTION });
  await expect(thumbnail).toBeVisible();
  await expect(thumbnail).toHaveAttribute("loading", "lazy");
  await expect(thumbnail).toHaveAttribute("width", "40");
  await expect(thumbnail).toHaveAttribute("height", "30");
  const full = await verifier.getByRole("link", { name: new RegExp(DESCRIPTION) }).getAttribute("href");
  expect(full).toMatch(/^\/foto\//);
  const picture = await verifier.request.get(full!);
  expect(picture.status()).toBe(200);
  expect(picture.headers()["content-type"]).toBe("image/jpeg");
  // The link is the verifier's: the same address shows nothing to anyone else.
  expect((await visitor.request.get(full!)).status()).toBe(404);

  await verifyOnStaffPage(verifier, code);
  await visitor.reload();
  await expect(visitor.getByRole("img", { name: DESCRIPTION })).toBeVisible();
  const shown = await visitor.getByRole("link", { name: new RegExp(DESCRIPTION) }).getAttribute("href");
  expect((await visitor.request.get(shown!)).status()).toBe(200);
  await visitor.context().close();
  await verifier.context().close();
});

test("a CONFIDENTIAL complaint's photo reaches the verifier, with a fallback text, and never the public", async ({ browser, request, javaScriptEnabled }) => {
  test.setTimeout(90_000);
  const filed = await createComplaintWithPhoto(request, { privacy: "CONFIDENTIAL", photo: tinyPng(30, 20) });
  const verifier = await signedInPage(browser, "verifikator@demo.suara.id", javaScriptEnabled, `/kerja/${filed.trackingCode}`);
  await expect(verifier.getByRole("img", { name: "Foto 1 dari 1 dari pelapor" })).toBeVisible();
  const full = await verifier.getByRole("link", { name: /Foto 1 dari 1 dari pelapor/ }).getAttribute("href");
  await verifyOnStaffPage(verifier, filed.trackingCode);

  const visitor = await anonymousPage(browser, javaScriptEnabled);
  const response = await visitor.goto(`/lacak/${filed.trackingCode}`);
  expect(response?.status()).toBe(404);
  await expect(photoImages(visitor)).toHaveCount(0);
  expect((await visitor.request.get(full!)).status()).toBe(404);
  await visitor.context().close();
  await verifier.context().close();
});

test("going offline on a step keeps the form and says the connection is gone, not the server", { tag: "@with-js", annotation: { type: "why", description: "without JavaScript the browser itself says it is offline" } }, async ({ page, context }) => {
  await page.goto("/lapor/kejadian");
  await page.getByLabel("Judul laporan").fill("Lampu jalan mati");
  await page.getByLabel("Ceritakan masalahnya").fill("Sudah dua minggu mati.");
  await page.waitForLoadState("networkidle");
  await context.setOffline(true);
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tidak ada sambungan internet. Jawaban Anda tersimpan di ponsel ini." })).toBeVisible();
  await expect(page.getByText("Ada gangguan di sistem kami")).toHaveCount(0);
  await expect(page).toHaveURL(/\/lapor\/kejadian$/);
  await expect(page.getByLabel("Judul laporan")).toHaveValue("Lampu jalan mati");
  await expect(page.getByLabel("Ceritakan masalahnya")).toHaveValue("Sudah dua minggu mati.");

  await context.setOffline(false);
  await continueTo(page, /\/lapor\/waktu$/);
});

test("a photo upload that fails offline stops, says why, and is sent when the connection returns", { tag: "@with-js", annotation: { type: "why", description: "without JavaScript the upload is a plain form post the browser reports on" } }, async ({ page, context }) => {
  await page.goto("/lapor/foto");
  // Offline before the page's scripts have all arrived, the button is a plain form post the
  // browser answers itself; that is the no-JavaScript case, not this one.
  await page.waitForLoadState("networkidle");
  await context.setOffline(true);
  await page.getByLabel("Pilih foto").setInputFiles({ name: "jalan.png", mimeType: "image/png", buffer: tinyPng(20, 10) });
  await page.getByLabel("Keterangan foto").fill("Foto jalan retak");
  await page.getByRole("button", { name: "Unggah foto" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tidak ada sambungan internet. Foto belum terkirim." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unggah foto" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Mengunggah/ })).toHaveCount(0);
  await expect(page.getByText(/dynamically imported module/)).toHaveCount(0);

  await context.setOffline(false);
  await expect(page.getByRole("img", { name: "Foto jalan retak" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Tidak ada sambungan internet" })).toHaveCount(0);
});
