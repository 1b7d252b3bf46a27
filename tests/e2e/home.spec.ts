// The home page: what Suara is, the three kinds of report, what happens next, and the way in.
import { expect, test } from "@playwright/test";

test("home page explains Suara in plain words and leads to reporting", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Beranda – Suara");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(/layanan publik/);
  await expect(main.getByText(/Sahabat LAPOR!/)).toBeVisible();
  for (const kind of ["Pengaduan", "Aspirasi", "Permintaan informasi"]) {
    await expect(main.getByRole("listitem").filter({ hasText: kind })).toBeVisible();
  }
  await expect(main.getByText(/3 hari kerja/)).toBeVisible();
  await expect(main.getByText(/5 hari kerja/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Lacak laporan" }).first()).toBeVisible();

  await main.getByRole("link", { name: "Buat laporan" }).click();
  await expect(page).toHaveURL(/\/lapor$/);
  await expect(page.getByRole("heading", { level: 1, name: "Buat laporan" })).toBeVisible();
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Langsung ke isi utama" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("an unknown page is a friendly 404", async ({ page }) => {
  const response = await page.goto("/tidak-ada");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page).toHaveTitle("Halaman tidak ditemukan – Suara");
  // Its accessibility (axe, focus, contrast in every theme, with and without JavaScript) is the
  // matrix's state "/lacak/[code] · errors", the same friendly 404 page.
});
