// Helpers that act like a person on Suara's pages (by role and label), shared by the specs.
import { expect, type Page } from "@playwright/test";

/** Fills the complaint form with a complete, valid report (labels in Bahasa Indonesia). */
export async function fillReportForm(page: Page, title: string): Promise<void> {
  await page.getByRole("radio", { name: "Pengaduan", exact: true }).check();
  await page.getByLabel("Judul laporan").fill(title);
  await page
    .getByLabel("Ceritakan masalahnya")
    .fill("Lampu jalan di depan SD Inpres mati sejak dua minggu. Malam hari sangat gelap.");
  const date = page.getByRole("group", { name: /Kapan kejadiannya/ });
  await date.getByLabel("Tanggal", { exact: true }).fill("3");
  await date.getByLabel("Bulan", { exact: true }).fill("11");
  await date.getByLabel("Tahun", { exact: true }).fill("2026");
  await page.getByLabel("Kecamatan", { exact: true }).selectOption({ label: "Somba Opu" });
  await page.getByLabel(/Desa atau kelurahan/).selectOption({ label: "Sungguminasa" });
  await page.getByLabel(/Patokan tempat/).fill("Dekat masjid raya");
  await page.getByRole("radio", { name: "Listrik dan lampu jalan" }).check();
  await page.getByRole("radio", { name: "Publik", exact: true }).check();
  await page.getByLabel(/^Nama/).fill("Daeng Ngai");
  await page.getByLabel(/Nomor HP/).fill("0812 3456 7890");
}

/** The error summary: an alert with a heading and links to the fields. */
export function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Ada yang perlu diperbaiki" }) });
}

/** Follows every link in the error summary and checks each one puts focus on its field. */
export async function expectSummaryLinksFocusFields(page: Page): Promise<number> {
  const links = errorSummary(page).getByRole("link");
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^#[\w-]+$/);
    await link.click();
    await expect(page.locator(href!)).toBeFocused();
  }
  return count;
}

/** No sideways scrolling (WCAG 1.4.10) at the current viewport width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const [scrollWidth, clientWidth] = await page
    .locator("html")
    .evaluate((html) => [html.scrollWidth, html.clientWidth] as const);
  expect(scrollWidth, "page scrolls sideways").toBeLessThanOrEqual(clientWidth);
}
