// The reporter changes who may read their complaint on its tracking page (code and PIN), either
// way, in the filing's words: the notice and the new setting afterwards, what a change does now
// (after the verifier's check, or at once), and the same choice again said at the field.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { createComplaint } from "./support/factories.ts";
import { errorSummary } from "./support/pages.ts";
import { verifyComplaint } from "./support/workflow.ts";

/** Opens the complaint the way a reporter does: code and PIN on /lacak (the PIN is remembered). */
async function openWithPin(page: Page, complaint: { trackingCode: string; accessSecret: string; title: string }) {
  await page.goto("/lacak");
  await page.getByLabel("Kode lacak").fill(complaint.trackingCode);
  await page.getByLabel(/^PIN/).fill(complaint.accessSecret);
  await page.getByRole("button", { name: "Lacak", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: complaint.title })).toBeVisible();
}

const privacyForm = (page: Page) => page.getByRole("form", { name: "Privasi laporan" });

test("a confidential complaint made anonymous: the notice, the new setting, and when it shows", async ({ page, request }) => {
  const complaint = await createComplaint(request, { privacy: "CONFIDENTIAL" });
  await openWithPin(page, complaint);

  const mine = page.getByRole("region", { name: "Untuk Anda sebagai pelapor" });
  await expect(mine).toContainText("Sekarang: Rahasia.");
  await expect(mine).toContainText("baru tampil untuk umum setelah petugas pemeriksa memeriksanya");
  const form = privacyForm(page);
  await expect(form.getByRole("group", { name: "Siapa yang boleh membaca" })).toBeVisible();
  await expect(form.getByRole("radio", { name: "Rahasia", exact: true })).toBeChecked();
  // The filing's words for each choice, joined to its radio.
  await expect(form.getByRole("radio", { name: "Anonim", exact: true })).toHaveAccessibleDescription(/nama Anda tidak ditampilkan/);
  await expectNoAxeViolations(page, "tracking page, the reporter's privacy section");

  await form.getByRole("radio", { name: "Anonim", exact: true }).check();
  await form.getByRole("button", { name: "Simpan privasi" }).click();

  const notice = page.getByText("Privasi laporan Anda sudah diubah.");
  await expect(notice).toBeVisible();
  await expect(page).toHaveURL(/\?selesai=privacy/);
  await expect(mine).toContainText("Sekarang: Anonim.");
  await expect(privacyForm(page).getByRole("radio", { name: "Anonim", exact: true })).toBeChecked();
  // On the history, as the reporter's own choice.
  await expect(page.getByText("Pelapor mengubah privasi laporan: anonim")).toBeVisible();
});

test("the same choice again is said at the field, and its link goes to the choice", async ({ page, request }) => {
  const complaint = await createComplaint(request, { privacy: "ANONYMOUS" });
  await openWithPin(page, complaint);
  const form = privacyForm(page);
  await form.getByRole("button", { name: "Simpan privasi" }).click();

  const summary = errorSummary(page);
  await expect(summary).toContainText("Laporan Anda sudah memakai pilihan ini. Pilih yang lain untuk mengubahnya");
  await expect(page).toHaveTitle(/^Galat: /);
  await expect(privacyForm(page).getByRole("radio", { name: "Anonim", exact: true })).toBeChecked();
  await expectNoAxeViolations(page, "tracking page, a privacy error");
  await summary.getByRole("link").click();
  await expect(privacyForm(page).getByRole("radio", { name: "Publik", exact: true })).toBeFocused();
});

test("a public complaint made confidential leaves the public view at once", async ({ page, request, baseURL, browser }) => {
  const complaint = await createComplaint(request, { privacy: "PUBLIC", reporterName: "Daeng Ngai" });
  await verifyComplaint(baseURL!, complaint.trackingCode);
  await openWithPin(page, complaint);
  const mine = page.getByRole("region", { name: "Untuk Anda sebagai pelapor" });
  await expect(mine).toContainText("Laporan ini sudah tampil untuk umum. Perubahan langsung berlaku.");
  await expect(mine).toContainText("Nama Anda tidak ditampilkan kepada umum.");

  const form = privacyForm(page);
  await form.getByRole("radio", { name: "Rahasia", exact: true }).check();
  await form.getByRole("button", { name: "Simpan privasi" }).click();
  await expect(page.getByText("Privasi laporan Anda sudah diubah.")).toBeVisible();
  await expect(mine).toContainText("Sekarang: Rahasia.");

  // Someone else, without the PIN: the same page as a code that does not exist.
  const visitor = await browser.newPage();
  const response = await visitor.goto(`/lacak/${complaint.trackingCode}`);
  expect(response?.status()).toBe(404);
  await visitor.close();
});
