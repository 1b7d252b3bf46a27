// Workshop mode, with and without JavaScript: a trainer creates a workshop and sees its code and
// QR code; a participant in a second browser joins by that code, sees the LATIHAN band and files
// a practice complaint through the ordinary pages; the trainer's room shows their step and their
// finish (live with scripts, after a reload without).
import { expect, test } from "@playwright/test";
import { signInOver } from "../support/graphql-http.ts";
import { createWorkshopOnPage, fillFiling, scriptsReady, sendReport, signedInPage } from "./support/pages.ts";

const BANNER = "LATIHAN — laporan ini tidak dikirim ke instansi mana pun";

test("only a trainer may open the workshops page", async ({ page }) => {
  await page.goto("/pelatih");
  await expect(page).toHaveURL(/\/masuk\?returnTo=%2Fpelatih$/);
  await signInOver(page.context().request, "warga@demo.suara.id");
  const refused = await page.goto("/pelatih");
  expect(refused?.status()).toBe(403);
});

test("a trainer runs a room: a participant joins by code, practises, and the room follows", async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const javaScript = testInfo.project.name !== "nojs";
  const trainer = await signedInPage(browser, "pelatih@demo.suara.id", javaScript, "/pelatih");
  await scriptsReady(trainer, javaScript);
  await expect(trainer.getByRole("heading", { level: 1 })).toHaveText("Pelatihan Anda");
  // A trainer's menu leads here.
  await expect(trainer.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Pelatihan" })).toHaveAttribute("href", "/pelatih");

  // The form refuses what is missing, with errors linked to the fields.
  await trainer.getByRole("button", { name: "Buat pelatihan" }).click();
  const summary = trainer.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Tulis nama pelatihan" })).toHaveAttribute("href", "#workshopTitle");
  await expect(summary.getByRole("link", { name: "Pilih kecamatan tempat pelatihan" })).toHaveAttribute("href", "#workshopDistrict");

  const code = await createWorkshopOnPage(trainer, `Belajar melapor ${testInfo.project.name} ${Date.now()}`, "Somba Opu");

  // The code, spelled out, and the QR code.
  await expect(trainer.getByText(/^Dibaca: /)).toBeVisible();
  await expect(trainer.getByRole("img", { name: new RegExp(`^Kode QR untuk bergabung ke pelatihan .*kode ${code}$`) })).toBeVisible();
  for (const name of ["Jam cepat", "Atur ruang", "Laporan"]) {
    await expect(trainer.getByRole("navigation", { name: "Menu pelatihan" }).getByRole("link", { name })).toBeVisible();
  }
  await expect(trainer.getByText("0 peserta bergabung, 0 selesai, 0 perlu bantuan.")).toBeVisible();

  // A participant on their own phone, without an account.
  const phone = await browser.newContext({ javaScriptEnabled: javaScript, locale: "id-ID", timezoneId: "Asia/Makassar", serviceWorkers: "block" });
  const participant = await phone.newPage();
  await participant.goto(`/latihan?kode=${code}`);
  await expect(participant.getByLabel("Kode pelatihan")).toHaveValue(code);
  await participant.getByLabel(/Nama Anda/).fill("Ibu Sari");
  await participant.getByRole("button", { name: "Bergabung" }).click();
  await expect(participant).toHaveURL(/\/lapor\/jenis$/);
  await expect(participant.getByText(BANNER)).toBeVisible();
  await expect(participant.getByRole("button", { name: "Keluar dari latihan" })).toBeVisible();

  const table = trainer.getByRole("table", { name: "Peserta dan langkah mereka" });
  if (!javaScript) await trainer.reload();
  await expect(table.getByRole("row", { name: /Peserta 1/ })).toContainText("Baru bergabung");

  await fillFiling(participant, { title: "Latihan: lampu jalan mati" });
  await expect(participant.getByText(BANNER)).toBeVisible();
  if (!javaScript) await trainer.reload();
  await expect(table.getByRole("row", { name: /Peserta 1/ })).toContainText("Cara menerima kabar");
  const trackingCode = await sendReport(participant);
  await expect(participant.getByText(BANNER)).toHaveCount(1);

  if (!javaScript) await trainer.reload();
  await expect(table.getByRole("row", { name: /Peserta 1/ })).toContainText("Selesai: laporan latihan terkirim");
  await expect(trainer.getByText("1 peserta bergabung, 1 selesai, 0 perlu bantuan.").first()).toBeVisible();

  // Mode presentasi hides names until the trainer shows them.
  await expect(table).not.toContainText("Ibu Sari");
  await trainer.getByRole("button", { name: "Tampilkan nama peserta" }).click();
  await expect(table).toContainText("Ibu Sari");

  // Leaving the practice: the band is gone; the practice complaint still says what it is.
  await participant.getByRole("button", { name: "Keluar dari latihan" }).click();
  await expect(participant).toHaveURL(/\/$/);
  await expect(participant.getByText(BANNER)).toHaveCount(0);
  await participant.goto(`/lacak/${trackingCode}`);
  await expect(participant.getByText(BANNER)).toBeVisible();
  await phone.close();
  await trainer.context().close();
});
