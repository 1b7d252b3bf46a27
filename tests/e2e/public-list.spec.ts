// The public list (/laporan), with and without JavaScript: a visitor searches words and filters by
// kecamatan and sees exactly the verified public complaints that match (never a confidential or
// unverified one), opens one; a wrong filter value is said at its field with what was typed kept;
// with JavaScript, a newly verified match is offered ("1 laporan baru — tampilkan") without the
// page reloading by itself. Each run uses a word of its own, so the lists of other tests do not mix in.
import { expect, test, type Page } from "@playwright/test";
import { createComplaint } from "./support/factories.ts";
import { errorSummary, scriptsReady } from "./support/pages.ts";
import { verifyComplaint } from "./support/workflow.ts";

const SOMBA_OPU = "73.06.08";
const BONTOMARANNU = "73.06.06";

async function search(page: Page, words: string, kecamatan: string) {
  await page.getByLabel(/^Cari kata/).fill(words);
  await page.getByLabel(/^Kecamatan/).selectOption({ label: kecamatan });
  await page.getByRole("button", { name: "Tampilkan", exact: true }).click();
}

test("a visitor searches words in one kecamatan and sees the matching public complaints only", async ({ page, baseURL }, testInfo) => {
  const javaScript = testInfo.project.name !== "nojs";
  const tag = `uji${testInfo.project.name}${Date.now().toString(36)}`;
  const request = page.context().request;
  const shown = await createComplaint(request, { title: `Jalan berlubang dekat ${tag}`, districtCode: SOMBA_OPU });
  const elsewhere = await createComplaint(request, { title: `Jalan berlubang di kecamatan lain ${tag}`, districtCode: BONTOMARANNU });
  const otherWords = await createComplaint(request, { title: `Lampu jalan padam ${tag}`, story: "Gelap setiap malam.", districtCode: SOMBA_OPU });
  const secret = await createComplaint(request, { title: `Jalan berlubang rahasia ${tag}`, districtCode: SOMBA_OPU, privacy: "CONFIDENTIAL" });
  const unchecked = await createComplaint(request, { title: `Jalan berlubang belum diperiksa ${tag}`, districtCode: SOMBA_OPU });
  for (const c of [shown, elsewhere, otherWords, secret]) await verifyComplaint(baseURL!, c.trackingCode);

  await page.goto("/laporan");
  await scriptsReady(page, javaScript);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Laporan warga");
  // "berlubang" finds the stem "lubang" too.
  await search(page, `lubang ${tag}`, "Somba Opu");
  await expect(page).toHaveURL(new RegExp(`kecamatan=${SOMBA_OPU.replaceAll(".", "\\.")}`));
  const results = page.getByRole("list", { name: "1 laporan ditemukan" });
  await expect(results).toBeVisible();
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await expect(results.getByRole("link", { name: shown.title })).toHaveAttribute("href", `/lacak/${shown.trackingCode}`);
  await expect(results).toContainText("Sudah diverifikasi");
  await expect(results).toContainText(/Menunggu|Dilaporkan hari ini/);
  await expect(results).toContainText("Belum ada orang lain yang ikut");
  for (const hidden of [elsewhere, otherWords, secret, unchecked]) await expect(page.getByText(hidden.title)).toHaveCount(0);
  // What was asked stays in the form.
  await expect(page.getByLabel(/^Cari kata/)).toHaveValue(`lubang ${tag}`);
  await expect(page.getByLabel(/^Kecamatan/)).toHaveValue(SOMBA_OPU);
  if (javaScript) await expect(page.locator("[data-live-announcer]")).toHaveText("1 laporan ditemukan");

  // The same words everywhere: the other kecamatan's complaint too, never the confidential or unchecked one.
  await page.getByLabel(/^Kecamatan/).selectOption({ label: "Semua kecamatan" });
  await page.getByRole("button", { name: "Tampilkan", exact: true }).click();
  await expect(page.getByRole("heading", { name: "2 laporan ditemukan" })).toBeVisible();
  await expect(page.getByRole("link", { name: elsewhere.title })).toBeVisible();
  await expect(page.getByText(secret.title)).toHaveCount(0);

  // Words nothing matches: said, with what to change.
  await page.getByLabel(/^Cari kata/).fill(`${tag} jembatan`);
  await page.getByRole("button", { name: "Tampilkan", exact: true }).click();
  await expect(page.getByRole("heading", { name: "0 laporan ditemukan" })).toBeVisible();
  await expect(page.getByText("Tidak ada laporan yang cocok.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Lihat semua laporan warga" })).toBeVisible();

  // The complaint's own public page.
  await page.goBack();
  await page.getByRole("link", { name: elsewhere.title }).click();
  await expect(page).toHaveURL(new RegExp(`/lacak/${elsewhere.trackingCode}$`));
});

test("a wrong filter value is said at its field, and what was typed is kept", async ({ page }, testInfo) => {
  const javaScript = testInfo.project.name !== "nojs";
  await page.goto("/laporan?kecamatan=99.99&kata=jalan%20rusak");
  await scriptsReady(page, javaScript);
  await expect(page).toHaveTitle(/^Galat: Laporan warga/);
  const summary = errorSummary(page);
  await expect(summary).toContainText("Kecamatan itu tidak ada. Pilih kecamatan dari daftar");
  await expect(page.getByLabel(/^Kecamatan/)).toHaveAccessibleDescription(/Kecamatan itu tidak ada/);
  await expect(page.getByLabel(/^Cari kata/)).toHaveValue("jalan rusak");
  await summary.getByRole("link", { name: /Kecamatan itu tidak ada/ }).click();
  await expect(page.getByLabel(/^Kecamatan/)).toBeFocused();
});

test("an open list offers a newly verified match without reloading by itself @with-js", async ({ page, baseURL }, testInfo) => {
  const tag = `baru${testInfo.project.name}${Date.now().toString(36)}`;
  const request = page.context().request;
  const first = await createComplaint(request, { title: `Got mampet dekat ${tag}`, districtCode: SOMBA_OPU });
  await verifyComplaint(baseURL!, first.trackingCode);
  await page.goto(`/laporan?kata=${tag}`);
  await scriptsReady(page, true);
  await expect(page.getByRole("heading", { name: "1 laporan ditemukan" })).toBeVisible();
  // Give the page's subscription a moment to be in place before the verification it should hear.
  await page.waitForTimeout(1000);

  const later = await createComplaint(request, { title: `Got mampet lagi dekat ${tag}`, districtCode: SOMBA_OPU });
  await verifyComplaint(baseURL!, later.trackingCode);
  const offer = page.getByRole("button", { name: "1 laporan baru — tampilkan" });
  await expect(offer).toBeVisible();
  await expect(page.locator("[data-live-announcer]")).toContainText("Ada 1 laporan baru yang cocok");
  // Not shown until asked.
  await expect(page.getByText(later.title)).toHaveCount(0);
  await offer.click();
  await expect(page.getByRole("link", { name: later.title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "2 laporan ditemukan" })).toBeFocused();
  await expect(offer).toHaveCount(0);
});
