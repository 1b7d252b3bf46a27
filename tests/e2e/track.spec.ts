// Following a complaint on /lacak: by tracking code (typed any way), with a PIN, or not found.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { createComplaint } from "./support/factories.ts";
import { errorSummary } from "./support/pages.ts";
import { verifyComplaint } from "./support/workflow.ts";

test("a complaint is found by its tracking code, typed with dashes", async ({ page, request, baseURL }) => {
  const complaint = await createComplaint(request);
  // The public reads a complaint once a verifier has checked it.
  await verifyComplaint(baseURL!, complaint.trackingCode);
  await page.goto("/lacak");
  await expect(page).toHaveTitle("Lacak laporan – Suara");

  await page.getByLabel("Kode lacak").fill(complaint.trackingCode);
  await page.getByRole("button", { name: "Lacak", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/lacak/${complaint.trackingCode}$`));
  await expect(page.getByRole("heading", { level: 1, name: complaint.title })).toBeVisible();
  await expect(page).toHaveTitle(`Laporan ${complaint.trackingCode} – Suara`);
  await expect(page.getByText(`Kode lacak: ${complaint.trackingCode}`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Riwayat laporan" })).toBeVisible();
  await expectNoAxeViolations(page, "tracking page");
});

test("a tracking code typed in small letters without dashes is understood", async ({ page, request, baseURL }) => {
  const complaint = await createComplaint(request);
  await verifyComplaint(baseURL!, complaint.trackingCode);
  await page.goto("/lacak");
  await page.getByLabel("Kode lacak").fill(` ${complaint.trackingCode.replaceAll("-", "").toLowerCase()} `);
  await page.getByRole("button", { name: "Lacak", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/lacak/${complaint.trackingCode}$`));
  await expect(page.getByRole("heading", { level: 1, name: complaint.title })).toBeVisible();
});

test("an unknown tracking code gets a friendly message and keeps what was typed", async ({ page }) => {
  await page.goto("/lacak");
  await page.getByLabel("Kode lacak").fill("GWA-0000-00");
  await page.getByRole("button", { name: "Lacak", exact: true }).click();

  await expect(page).toHaveTitle("Galat: Lacak laporan – Suara");
  const summary = errorSummary(page);
  await expect(summary).toContainText("Laporan tidak ditemukan");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Kode lacak")).toHaveValue("GWA-0000-00");
  await expect(page.getByLabel("Kode lacak")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "tracking form, not found");

  await summary.getByRole("link").click();
  await expect(page.getByLabel("Kode lacak")).toBeFocused();
});

test("a confidential complaint is found only with its PIN, with the same message otherwise", async ({
  page,
  request,
}) => {
  const complaint = await createComplaint(request, { privacy: "CONFIDENTIAL" });
  await page.goto("/lacak");
  await page.getByLabel("Kode lacak").fill(complaint.trackingCode);
  await page.getByRole("button", { name: "Lacak", exact: true }).click();
  await expect(errorSummary(page)).toContainText("Laporan tidak ditemukan");

  await page.getByLabel(/^PIN/).fill(complaint.accessSecret);
  await page.getByRole("button", { name: "Lacak", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: complaint.title })).toBeVisible();
  await expect(page.getByText("Lubang besar di tengah jalan.")).toBeVisible();

  // The PIN is remembered for this complaint's page in this browser.
  await page.goto(`/lacak/${complaint.trackingCode}`);
  await expect(page.getByRole("heading", { level: 1, name: complaint.title })).toBeVisible();
});

test("opening an unknown complaint's page gives a friendly 404", async ({ page }) => {
  const response = await page.goto("/lacak/GWA-0000-00");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Laporan tidak ditemukan" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Lacak laporan lain" })).toBeVisible();
});
