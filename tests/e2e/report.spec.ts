// Filing a complaint on /lapor, with and without JavaScript (the `js` and `nojs` projects).
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { errorSummary, expectNoHorizontalScroll, expectSummaryLinksFocusFields, fillReportForm } from "./support/pages.ts";

test("a resident files a complaint and gets a tracking code and PIN", async ({ page }) => {
  await page.goto("/lapor");
  await expect(page).toHaveTitle("Buat laporan – Suara");
  await expectNoAxeViolations(page, "report form, empty");

  const title = `Lampu jalan mati ${Date.now()}`;
  await fillReportForm(page, title);
  await expectNoAxeViolations(page, "report form, filled");
  await page.getByRole("button", { name: "Kirim laporan" }).click();

  await expect(page).toHaveURL(/\/lacak\/[A-Z0-9-]+\?baru=1$/);
  await expect(page.getByRole("heading", { level: 1, name: "Laporan terkirim" })).toBeVisible();
  await expect(page).toHaveTitle("Laporan terkirim – Suara");
  const code = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
  expect(code).toMatch(/^[A-Z]{3}-[A-Z0-9]{4}-[A-Z0-9]{2}$/);
  await expect(page.getByText(code, { exact: true })).toBeVisible();
  await expect(page.getByText("PIN Anda")).toBeVisible();
  await expect(page.getByText(/Petugas memeriksa laporan Anda paling lambat/)).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("Sungguminasa, Somba Opu (Dekat masjid raya)")).toBeVisible();
  await expect(page.getByRole("list").filter({ has: page.locator("time") }).getByRole("listitem")).not.toHaveCount(0);
  await expectNoAxeViolations(page, "tracking page right after filing");

  // Coming back later (without ?baru=1) shows the report, not the PIN.
  await page.goto(`/lacak/${code}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("PIN Anda")).toHaveCount(0);
  await expect(page.getByText("Lampu jalan di depan SD Inpres mati")).toBeVisible();
});

test("an empty report shows an error summary linked to each field, keeping what was typed", async ({ page }) => {
  await page.goto("/lapor");
  await page.getByLabel("Judul laporan").fill("Jalan rusak");
  await page.getByLabel(/Patokan tempat/).fill("Depan pasar");
  await page.getByRole("button", { name: "Kirim laporan" }).click();

  await expect(page).toHaveTitle(/^Galat: Buat laporan – Suara$/);
  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();

  // What was typed is still there.
  await expect(page.getByLabel("Judul laporan")).toHaveValue("Jalan rusak");
  await expect(page.getByLabel(/Patokan tempat/)).toHaveValue("Depan pasar");

  // Each invalid field says so, with hint and error joined in its description.
  const story = page.getByLabel("Ceritakan masalahnya");
  await expect(story).toHaveAttribute("aria-invalid", "true");
  await expect(story).toHaveAttribute("aria-describedby", "story-hint story-error");
  const storyError = await page.locator("#story-error").innerText();
  await expect(story).toHaveAccessibleDescription(new RegExp(storyError.replace(/^Galat:\s*/, "").trim()));
  await expect(page.getByLabel("Kecamatan", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await expectNoAxeViolations(page, "report form, with errors");
  const links = await expectSummaryLinksFocusFields(page);
  expect(links).toBeGreaterThanOrEqual(4);
});

test("a fixed report after errors is stored once and lands on the tracking page", async ({ page }) => {
  await page.goto("/lapor");
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await fillReportForm(page, `Sampah menumpuk ${Date.now()}`);
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Laporan terkirim" })).toBeVisible();
});

test("the form fits a 320 px wide screen, also with errors", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/lapor");
  await expectNoHorizontalScroll(page);
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("the same form sent twice (a double tap, a retry) is stored once", async ({ request, baseURL }) => {
  const form = {
    clientRequestId: crypto.randomUUID(),
    kind: "ASPIRASI",
    title: `Usul taman baca ${Date.now()}`,
    story: "Mohon dibuatkan taman baca di balai desa.",
    districtCode: "73.06.08",
    privacy: "PUBLIC",
  };
  const send = () =>
    request.post("/lapor", { form, headers: { origin: baseURL!, accept: "text/html" }, maxRedirects: 0 });
  const first = await send();
  const second = await send();
  expect(first.status()).toBe(303);
  expect(second.status()).toBe(303);
  expect(first.headers()["location"]).toMatch(/^\/lacak\/[A-Z0-9-]+\?baru=1$/);
  expect(second.headers()["location"]).toBe(first.headers()["location"]);
});
