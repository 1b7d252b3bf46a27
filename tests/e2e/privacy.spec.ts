// What the public tracking page (/lacak/<code>, no PIN) shows and keeps back: a disposal is
// public (which agency, when) while the verifier's message to the agency is for staff only, and
// a complaint's story is public only once a verifier has checked it. Runs with and without
// JavaScript (projects js and nojs).
import { expect, test } from "@playwright/test";
import { createComplaint } from "./support/factories.ts";
import { verifyComplaint } from "./support/workflow.ts";

const STORY = "Lubang besar di tengah jalan. Sudah dua motor jatuh minggu ini.";

test("the public sees a disposal and its agency, never the verifier's message to the agency", async ({ page, request, baseURL }) => {
  const complaint = await createComplaint(request);
  const message = `Mohon hubungi kepala dusun dulu ${Date.now()}`;
  await verifyComplaint(baseURL!, complaint.trackingCode, { agencyShortName: "Dinas PUPR", note: message });

  await page.goto(`/lacak/${complaint.trackingCode}`);
  await expect(page.getByRole("heading", { level: 1, name: complaint.title })).toBeVisible();
  await expect(page.getByText(STORY)).toBeVisible();
  // The disposal itself: where it went, in the details and the history.
  await expect(page.getByRole("definition").filter({ hasText: "Dinas Pekerjaan Umum" })).toBeVisible();
  await expect(page.getByRole("list").filter({ hasText: "Diteruskan ke instansi" }).first()).toBeVisible();
  await expect(page.getByText(message)).toHaveCount(0);
  expect(await page.content()).not.toContain(message);
});

test("an unverified public complaint shows by code that it is being checked, and its story only with the PIN", async ({ page, request }) => {
  const complaint = await createComplaint(request);

  await page.goto(`/lacak/${complaint.trackingCode}`);
  await expect(page.getByText("Laporan ini sedang diperiksa petugas. Isinya tampil di sini setelah diperiksa.")).toBeVisible();
  await expect(page.getByText(STORY)).toHaveCount(0);
  expect(await page.content()).not.toContain(complaint.title);

  // The reporter with the PIN sees everything.
  await page.goto("/lacak");
  await page.getByLabel("Kode lacak").fill(complaint.trackingCode);
  await page.getByLabel(/^PIN/).fill(complaint.accessSecret);
  await page.getByRole("button", { name: "Lacak", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: complaint.title })).toBeVisible();
  await expect(page.getByText(STORY)).toBeVisible();
});
