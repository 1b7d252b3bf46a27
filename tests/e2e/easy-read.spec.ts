// Easy-read Bahasa Indonesia reaches every page residents read: with the setting on (the `mudah`
// cookie the display settings page stores), each page shows its "Penjelasan" box, and the page's
// own words, the box left aside, differ from the standard wording, and axe finds nothing. Each
// page as the server renders it (without JavaScript); with JavaScript, that hydration keeps the
// easy-read words and that a page reached by client-side navigation is in easy-read too.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { createComplaint } from "./support/factories.ts";
import { scriptsReady } from "./support/pages.ts";

/** The page's main text as a resident reads it, without the easy-read explanation box. */
async function mainText(page: Page) {
  return page.getByRole("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const box of copy.querySelectorAll(".explain")) box.remove();
    // innerText needs layout: read the text nodes, one line per block, instead.
    return (copy.textContent ?? "").split(/\s*\n\s*/).map((line) => line.replace(/\s+/g, " ").trim()).filter(Boolean);
  });
}

async function openIn(browser: Browser, baseURL: string, path: string, easyRead: boolean, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled, locale: "id-ID", serviceWorkers: "block" });
  if (easyRead) await context.addCookies([{ name: "mudah", value: "1", url: baseURL }]);
  const page = await context.newPage();
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBe(200);
  return { page, context };
}

const filingRoutes = [
  "/",
  "/lapor",
  "/lapor/jenis",
  "/lapor/kejadian",
  "/lapor/waktu",
  "/lapor/lokasi",
  "/lapor/kategori",
  "/lapor/instansi",
  "/lapor/foto",
  "/lapor/privasi",
  "/lapor/kabar",
  "/lapor/periksa",
  "/lacak",
  "/pengaturan/tampilan",
];

const codeRoutes = ["/lapor/terkirim/<kode>", "/lacak/<kode>"];

for (const route of [...filingRoutes, ...codeRoutes]) {
  const why = { type: "why", description: "the words are the server's; hydration and client-side pages are checked below" };
  test(`easy-read changes the words of ${route}`, { tag: "@without-js", annotation: why }, async ({ browser, baseURL, request, javaScriptEnabled }) => {
    test.setTimeout(180_000);
    let path = route;
    if (route.includes("<kode>")) {
      const { trackingCode } = await createComplaint(request);
      path = route.replace("<kode>", encodeURIComponent(trackingCode));
    }
    const standard = await openIn(browser, baseURL!, path, false, javaScriptEnabled);
    const easy = await openIn(browser, baseURL!, path, true, javaScriptEnabled);
    try {
      await expect(standard.page.getByText("Penjelasan", { exact: true })).toHaveCount(0);
      await expect(easy.page.getByText("Penjelasan", { exact: true })).toBeVisible();
      // The page's own words, the box left aside, read differently.
      const [before, after] = [await mainText(standard.page), await mainText(easy.page)];
      expect(after, "easy-read leaves the page's words as they were").not.toEqual(before);
      // Every {placeholder} of the easy-read wording was filled in.
      expect(after.filter((line) => /\{\w+\}/.test(line))).toEqual([]);
      // The same page: one heading, the same form fields.
      await expect(easy.page.getByRole("heading", { level: 1 })).toHaveCount(1);
      expect(await easy.page.locator("main input, main select, main textarea").count()).toBe(
        await standard.page.locator("main input, main select, main textarea").count(),
      );
      // The explanation box keeps the page accessible (the matrix checks the standard wording).
      await expectNoAxeViolations(easy.page, `${route} in easy-read`);
    } finally {
      await standard.context.close();
      await easy.context.close();
    }
  });
}

test("a step reads in easy-read from heading to button, and the answers still go through", async ({ page, context, baseURL, javaScriptEnabled }) => {
  await context.addCookies([{ name: "mudah", value: "1", url: baseURL! }]);
  await page.goto("/lapor/instansi");
  // With JavaScript: once hydrated, the page still says what the server said.
  await scriptsReady(page, javaScriptEnabled);
  await expect(page.getByRole("heading", { level: 1, name: "Kantor pemerintah mana yang mengurus masalah ini?" })).toBeVisible();
  await expect(page.getByText("Pilih kantor pemerintah yang mengurus masalah ini. Tidak tahu? Petugas akan memilihkan.")).toBeVisible();
  await expect(page.getByRole("main").getByText(/instansi/i)).toHaveCount(0);

  await page.goto("/lapor/jenis");
  // With JavaScript the next step is drawn in the browser: in easy-read as well.
  await scriptsReady(page, javaScriptEnabled);
  await page.getByRole("radio", { name: "Aspirasi (usul)" }).check();
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page).toHaveURL(/\/lapor\/kejadian$/);
  await expect(page.getByText("Apa yang terjadi? Sejak kapan? Siapa yang kena masalah? Paling banyak 4000 karakter.", { exact: false })).toBeVisible();
});

test("the tracking page, found with code and PIN, says the status and kind in easy-read words", async ({ page, context, baseURL, request, javaScriptEnabled }) => {
  // Confidential: only the PIN opens it, as a reporter follows their own complaint.
  const { trackingCode, accessSecret } = await createComplaint(request, { privacy: "CONFIDENTIAL" });
  await context.addCookies([{ name: "mudah", value: "1", url: baseURL! }]);
  await page.goto("/lacak");
  await scriptsReady(page, javaScriptEnabled);
  await page.getByRole("textbox", { name: "Kode lacak" }).fill(trackingCode);
  await page.getByRole("textbox", { name: /^PIN/ }).fill(accessSecret);
  await page.getByRole("button", { name: "Lacak" }).click();
  await expect(page).toHaveURL(new RegExp(`/lacak/${trackingCode}$`));
  // The words come from the API, which reads the same cookie as the page.
  await expect(page.getByText("Status: Terkirim, menunggu diperiksa petugas", { exact: true })).toBeVisible();
  await expect(page.getByText("Pengaduan (ada masalah)", { exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByText(/verifikasi/i)).toHaveCount(0);
});
