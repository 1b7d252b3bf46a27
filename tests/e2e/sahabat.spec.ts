// the sahabat directory, with and without JavaScript: a sahabat chooses what residents
// see (nothing until they tick "Tampilkan"), a resident finds them from the footer of any page,
// and a hidden profile is gone at once. Each project uses a kecamatan of its own, and a sahabat
// of the test's own, so the demo sahabat's profile stays as the matrix expects it.
import { expect, test, type Page } from "@playwright/test";
import { gql, signInOver } from "../support/graphql-http.ts";
import { createSahabat } from "./support/factories.ts";
import { errorSummary, openRelayTasks, scriptsReady } from "./support/pages.ts";
import { verifyComplaint } from "./support/workflow.ts";

const kecamatan: Record<string, { code: string; name: string }> = {
  js: { code: "73.06.07", name: "Pallangga" },
  nojs: { code: "73.06.02", name: "Bajeng" },
};

async function saveProfile(page: Page) {
  await page.getByRole("button", { name: "Simpan profil", exact: true }).click();
}

test("a sahabat shows their profile, a resident finds it from the footer, and hidden again it is gone", async ({ page, browser }, testInfo) => {
  const javaScript = testInfo.project.name !== "nojs";
  const where = kecamatan[testInfo.project.name] ?? kecamatan["js"]!;
  const name = `Daeng Uji ${testInfo.project.name} ${Date.now()}`;
  const account = await createSahabat(page.context().request, where.code, name);

  // The sahabat finds the profile from "Laporan saya"; nothing is shown yet.
  await signInOver(page.context().request, account.email, account.password);
  await page.goto("/akun");
  await scriptsReady(page, javaScript);
  await page.getByRole("link", { name: "Profil Sahabat LAPOR! saya di halaman publik" }).click();
  await expect(page).toHaveURL(/\/akun\/sahabat$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profil Sahabat LAPOR! Anda");
  await expect(page.getByText("Sekarang: tidak tampil di halaman publik.")).toBeVisible();
  await expect(page.getByRole("link", { name: where.name, exact: true })).toHaveAttribute("href", `/sahabat-lapor/${where.code}`);
  await expect(page.getByLabel(/^Nama yang ditampilkan/)).toHaveValue(name);

  // Shown with no way to reach them: refused, with the reason linked to the field, nothing lost.
  await scriptsReady(page, javaScript);
  await page.getByLabel("Tampilkan saya di halaman Sahabat LAPOR! kecamatan").check();
  await page.getByLabel(/^Kapan warga bisa/).fill("Sore hari, setelah pukul 15.00 WITA");
  await saveProfile(page);
  await expect(page).toHaveTitle(/^Galat: Profil Sahabat LAPOR! Anda/);
  const summary = errorSummary(page);
  if (javaScript) await expect(summary).toBeFocused();
  await expect(summary).toContainText("Tulis nomor HP atau tempat warga bisa menemui Anda");
  await expect(page.getByLabel(/^Nomor HP untuk warga/)).toHaveAccessibleDescription(/Tulis nomor HP atau tempat/);
  await expect(page.getByLabel(/^Kapan warga bisa/)).toHaveValue("Sore hari, setelah pukul 15.00 WITA");
  await expect(page.getByLabel("Tampilkan saya di halaman Sahabat LAPOR! kecamatan")).toBeChecked();

  await page.getByLabel(/^Nomor HP untuk warga/).fill("0812-3456-7890");
  await page.getByLabel(/^Tempat warga bisa/).fill("Kantor camat, meja layanan warga");
  await saveProfile(page);
  await expect(page).toHaveURL(/\/akun\/sahabat\?disimpan=tampil$/);
  await expect(page.getByText("Profil disimpan. Warga melihat Anda di halaman kecamatan.")).toBeVisible();
  await expect(page.getByText("Sekarang: tampil di halaman publik.")).toBeVisible();
  // Without JavaScript the page comes back with the number as stored; with it, as typed.
  await expect(page.getByLabel(/^Nomor HP untuk warga/)).toHaveValue(javaScript ? "0812-3456-7890" : "0812 3456 7890");

  // A resident, without an account, from the footer of the home page and from the start of filing.
  const context = await browser.newContext({ javaScriptEnabled: javaScript, locale: "id-ID", timezoneId: "Asia/Makassar", serviceWorkers: "block" });
  const resident = await context.newPage();
  await resident.goto("/lapor");
  await expect(resident.getByRole("main").getByRole("link", { name: "Cari Sahabat LAPOR! di kecamatan Anda" })).toHaveAttribute("href", "/sahabat-lapor");
  await resident.goto("/");
  await scriptsReady(resident, javaScript);
  await resident.getByRole("contentinfo").getByRole("link", { name: "Cari Sahabat LAPOR! di kecamatan Anda" }).click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Sahabat LAPOR! di kecamatan Anda");
  const districts = resident.getByRole("list", { name: "Pilih kecamatan Anda" });
  await expect(districts.getByRole("listitem")).toHaveCount(18);
  await expect(districts.getByRole("listitem").filter({ hasText: "Somba Opu" })).toContainText("1 Sahabat LAPOR!");
  await districts.getByRole("link", { name: where.name, exact: true }).click();
  await expect(resident).toHaveURL(new RegExp(`/sahabat-lapor/${where.code.replace(/\./g, "\\.")}$`));
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText(`Sahabat LAPOR! di Kecamatan ${where.name}`);
  const entry = resident.getByRole("listitem").filter({ has: resident.getByRole("heading", { level: 2, name }) });
  await expect(entry.getByRole("link", { name: "Telepon 0812 3456 7890" })).toHaveAttribute("href", "tel:+6281234567890");
  await expect(entry).toContainText("Kantor camat, meja layanan warga");
  await expect(entry).toContainText("Sore hari, setelah pukul 15.00 WITA");
  await expect(entry).not.toContainText(account.email);

  // Hidden again: saved, and gone from the public page at once.
  await page.getByLabel("Tampilkan saya di halaman Sahabat LAPOR! kecamatan").uncheck();
  await saveProfile(page);
  await expect(page.getByText("Profil disimpan. Anda tidak tampil di halaman publik.")).toBeVisible();
  await expect(page.getByLabel(/^Tempat warga bisa/)).toHaveValue("Kantor camat, meja layanan warga");
  await resident.reload();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText(`Sahabat LAPOR! di Kecamatan ${where.name}`);
  await expect(resident.getByRole("heading", { level: 2, name })).toHaveCount(0);
  await context.close();
});

test("a kecamatan that is not on the list is a page that leads back to it", async ({ page }) => {
  const response = await page.goto("/sahabat-lapor/73.06.99");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kecamatan tidak ditemukan");
  await expect(page.getByText("Kecamatan itu tidak ada di daftar. Pilih kecamatan dari daftar.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Semua kecamatan" })).toHaveAttribute("href", "/sahabat-lapor");
});

test("only a sahabat may open the entry page; a visitor is asked to sign in first", async ({ page }) => {
  const response = await page.goto("/akun/sahabat");
  await expect(page).toHaveURL(/\/masuk\?returnTo=%2Fakun%2Fsahabat$/);
  expect(response?.status()).toBe(200);
  await signInOver(page.context().request, "warga@demo.suara.id");
  const forbidden = await page.goto("/akun/sahabat");
  expect(forbidden?.status()).toBe(403);
});

test("a message for a resident with no channel reaches the sahabat who filed for them, who records how it was passed on", async ({ page, baseURL }, testInfo) => {
  const javaScript = testInfo.project.name !== "nojs";
  const where = kecamatan[testInfo.project.name] ?? kecamatan["js"]!;
  const account = await createSahabat(page.context().request, where.code, `Daeng Sampaikan ${testInfo.project.name} ${Date.now()}`);
  await signInOver(page.context().request, account.email, account.password);
  const filed = await gql<{ submitComplaint: { errors: unknown[]; complaint: { trackingCode: string } } }>(
    page.context().request,
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field message } complaint { trackingCode } } }`,
    {
      i: {
        kind: "PENGADUAN", title: "Jalan setapak ke sawah putus", story: "Jalan setapak ke sawah putus karena longsor kecil.",
        districtCode: where.code, privacy: "PUBLIC", reporterName: "Ibu Hasnah",
        assisted: true, consentMethod: "SPOKEN", consentReadBack: true,
      },
    },
  );
  expect(filed.submitComplaint.errors).toEqual([]);
  const code = filed.submitComplaint.complaint.trackingCode;
  await verifyComplaint(baseURL!, code);

  await openRelayTasks(page, javaScript);
  const task = page.getByRole("region").filter({ has: page.getByRole("link", { name: `Laporan ${code}` }) }).first();
  await expect(task).toContainText("Sampaikan paling lambat");
  await expect(task.getByRole("blockquote")).not.toBeEmpty();

  // Sent without saying how: the error is this message's, linked to its question.
  await task.getByRole("button", { name: "Sudah disampaikan" }).click();
  await expect(page).toHaveTitle(/^Galat: Perlu disampaikan/);
  const summary = errorSummary(page);
  await expect(summary).toContainText("Pilih cara jawaban disampaikan kepada warga");
  if (javaScript) await expect(summary).toBeFocused();
  const again = page.getByRole("region").filter({ has: page.getByRole("link", { name: `Laporan ${code}` }) }).first();
  await expect(again.getByRole("group", { name: /Bagaimana Anda menyampaikannya/ })).toHaveAccessibleDescription(/Pilih cara jawaban disampaikan/);

  await again.getByLabel("Telepon", { exact: true }).check();
  await again.getByLabel(/^Catatan/).fill("Ditelepon sore hari; Ibu Hasnah sudah mengerti.");
  await again.getByRole("button", { name: "Sudah disampaikan" }).click();
  await expect(page.getByText("Berhasil: pesan dicatat sudah disampaikan.")).toBeVisible();
  await expect(page).toHaveTitle(/^Perlu disampaikan/);
  await expect(page.getByRole("link", { name: `Laporan ${code}` })).toHaveCount(0);
});
