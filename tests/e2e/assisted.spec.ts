// "Lapor untuk warga", with and without JavaScript: a sahabat files for a resident through the
// same questions, reads everything back and records the resident's consent, gives the resident
// a printed receipt; the verifier and an officer answer; the answer waits in the sahabat's
// "Perlu disampaikan", and the sahabat records how it was passed on and the resident's rating.
// Each project uses a sahabat and a kecamatan of its own.
import { expect, test, type Page } from "@playwright/test";
import { signInOver } from "../support/graphql-http.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { beginAssistedFiling, createSahabat } from "./support/factories.ts";
import { chooseDistrict, chooseTopic, continueTo, errorSummary, openRelayTasks, scriptsReady, tinyPng } from "./support/pages.ts";
import { resolveComplaint } from "./support/workflow.ts";

const kecamatan: Record<string, { code: string; name: string }> = {
  js: { code: "73.06.04", name: "Tinggimoncong" },
  nojs: { code: "73.06.03", name: "Tompobulu" },
};

/** A new sahabat of the kecamatan, signed in on the page, with a filing for a resident answered up to consent. */
async function filingUnderWay(page: Page, districtCode: string, name: string): Promise<void> {
  const account = await createSahabat(page.context().request, districtCode, `${name} ${Date.now()}`);
  await signInOver(page.context().request, account.email, account.password);
  await beginAssistedFiling(page.context().request, { districtCode, title: "Pipa air bocor" });
}

/** The questions, answered for the resident, from the first step to the consent step. */
async function answerForResident(page: Page, district: string, title: string): Promise<void> {
  await expect(page).toHaveURL(/\/lapor\/jenis$/);
  await expect(page.getByText("Anda melapor untuk warga.")).toBeVisible();
  await expect(page.getByText("Langkah 1 dari 10")).toBeVisible();
  await page.getByRole("radio", { name: "Pengaduan", exact: true }).check();
  await continueTo(page, /\/lapor\/kejadian$/);
  await page.getByLabel("Judul laporan").fill(title);
  await page.getByLabel("Ceritakan masalahnya").fill("Pipa air di dusun kami bocor sejak sebulan. Air bersih tidak sampai ke rumah-rumah di ujung dusun.");
  await continueTo(page, /\/lapor\/waktu$/);
  await page.getByLabel(/^Saya tidak ingat tanggal/).check();
  await continueTo(page, /\/lapor\/lokasi$/);
  await chooseDistrict(page, district);
  await page.getByLabel(/Patokan tempat/).fill("Dekat sumur umum");
  await continueTo(page, /\/lapor\/kategori$/);
  await chooseTopic(page, "Air bersih");
  await continueTo(page, /\/lapor\/instansi$/);
  await continueTo(page, /\/lapor\/foto$/);
  await continueTo(page, /\/lapor\/privasi$/);
  await page.getByRole("radio", { name: "Anonim", exact: true }).check();
  // The name is the resident's, and needed: the sahabat is not the reporter.
  await continueTo(page, /\/lapor\/privasi$/);
  await expect(errorSummary(page)).toContainText("Tulis nama");
  await page.getByLabel(/^Nama warga/).fill("Daeng Sikki");
  await continueTo(page, /\/lapor\/kabar$/);
  // The resident has no account here: that choice is not offered; news comes through the sahabat.
  await expect(page.getByRole("radio", { name: "Lewat akun Suara saya" })).toHaveCount(0);
  await page.getByRole("radio", { name: "Lewat Sahabat LAPOR" }).check();
  await continueTo(page, /\/lapor\/persetujuan$/);
}

test("a sahabat files for a resident with consent, gives the receipt, and passes the answer and the resident's rating back", async ({ page, baseURL }, testInfo) => {
  // The whole journey: ten steps, the receipt, two staff actions and a delivery run.
  test.setTimeout(120_000);
  const javaScript = testInfo.project.name !== "nojs";
  const where = kecamatan[testInfo.project.name] ?? kecamatan["js"]!;
  const account = await createSahabat(page.context().request, where.code, `Daeng Bantu ${testInfo.project.name} ${Date.now()}`);
  await signInOver(page.context().request, account.email, account.password);
  const title = `Pipa air bocor di dusun (${testInfo.project.name} ${Date.now()})`;

  // From the sahabat's queue page to "Lapor untuk warga".
  await page.goto("/kerja");
  await page.getByRole("link", { name: "Lapor untuk warga" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lapor untuk warga");
  await scriptsReady(page, javaScript);
  await page.getByRole("button", { name: "Mulai lapor untuk warga" }).click();
  await answerForResident(page, where.name, title);

  // The read-back: who files for whom, every answer, who sees what, how the resident hears back.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Persetujuan warga");
  const script = page.getByRole("region", { name: "Bacakan kepada warga" });
  await expect(script).toContainText("Daeng Sikki, saya akan mengirim laporan ini atas nama Anda.");
  await expect(script).toContainText(title);
  await expect(script).toContainText(where.name);
  await expect(script).toContainText("Siapa yang bisa membacanya");
  await expect(script).toContainText("Kabar tentang laporan ini saya sampaikan kepada Anda.");
  await expect(script).toContainText("Apakah Anda setuju laporan ini dikirim?");

  // Consent not recorded: refused, each problem linked to its question.
  await scriptsReady(page, javaScript);
  await continueTo(page, /\/lapor\/persetujuan$/);
  const summary = errorSummary(page);
  if (javaScript) await expect(summary).toBeFocused();
  await expect(summary).toContainText("Pilih cara warga memberi persetujuan");
  await expect(summary).toContainText("Bacakan dulu isi laporan kepada warga, lalu centang kotak ini");
  await expect(page.getByRole("group", { name: /Bagaimana warga menyatakan setuju/ })).toHaveAccessibleDescription(/Pilih cara warga memberi persetujuan/);
  await page.getByRole("radio", { name: "Cap jempol" }).check();
  await page.getByLabel(/^Saya sudah membacakan laporan ini kepada warga/).check();
  await page.getByLabel(/^Catatan tentang persetujuan/).fill("Dibacakan dalam bahasa Makassar");

  // The photo of the slip the resident put their thumbprint on: sent as soon as it is chosen with
  // JavaScript, with "Unggah foto slip" without it; nothing typed above is lost either way.
  const slipPhoto = page.getByRole("region", { name: "Foto slip persetujuan" });
  await expect(slipPhoto).toContainText("instansi dan publik tidak melihatnya");
  await page.getByLabel("Pilih foto slip").setInputFiles({ name: "slip-cap-jempol.png", mimeType: "image/png", buffer: tinyPng(60, 80, [230, 225, 210]) });
  if (!javaScript) await slipPhoto.getByRole("button", { name: "Unggah foto slip" }).click();
  await expect(slipPhoto.getByText("Foto slip tersimpan.")).toBeVisible();
  await expect(slipPhoto.getByRole("img", { name: "Foto slip persetujuan yang ditandatangani warga" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Cap jempol" })).toBeChecked();
  await expect(page.getByLabel(/^Saya sudah membacakan laporan ini kepada warga/)).toBeChecked();
  await expect(page.getByLabel(/^Catatan tentang persetujuan/)).toHaveValue("Dibacakan dalam bahasa Makassar");
  await scriptsReady(page, javaScript);
  await continueTo(page, /\/lapor\/periksa$/);

  // Check answers: the consent is listed, with the slip's photo, and a change link; then sent.
  const consent = page.getByRole("definition").filter({ hasText: "Cap jempol" });
  await expect(consent).toContainText("Sudah dibacakan kepada warga");
  await expect(consent).toContainText(/Foto slip: slip-cap-jempol\./);
  await expect(page.getByRole("link", { name: "Ubah Persetujuan warga" })).toHaveAttribute("href", "/lapor/persetujuan?ubah=1");
  await scriptsReady(page, javaScript);
  await page.getByRole("button", { name: "Kirim laporan warga" }).click();
  await expect(page).toHaveURL(/\/lapor\/terkirim\/[A-Z0-9-]+$/);
  const code = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);

  // The receipt is the resident's: their name, who helped, the consent, the code and PIN.
  await expect(page).toHaveTitle(/^Tanda terima untuk warga/);
  await expect(page.getByText("Laporan atas nama Daeng Sikki")).toBeVisible();
  await expect(page.getByText(/^Ditulis dengan bantuan Daeng Bantu/)).toBeVisible();
  await expect(page.getByText(/^Persetujuan warga: Cap jempol, tanggal /)).toBeVisible();
  await expect(page.getByTestId("receipt-pin")).toHaveText(/^[A-Z0-9-]+$/);
  await expect(page.getByText('Jawaban tentang laporan ini akan muncul di daftar "Perlu disampaikan" Anda.')).toBeVisible();
  if (javaScript) {
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole("button", { name: "Cetak tanda terima" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  }
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText("Tanda terima laporan Suara")).toBeVisible();
  await expect(page.getByText("Laporan atas nama Daeng Sikki")).toBeVisible();
  await expect(page.getByText(/^Berikan kode lacak dan PIN ini kepada warga/)).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // Never the sahabat's own report.
  await page.goto("/akun");
  await expect(page.getByRole("main")).not.toContainText(title);

  // The verifier and Dinas PUPR's officer answer; the answer becomes the sahabat's task.
  await resolveComplaint(baseURL!, code, "Pipa sudah diganti oleh petugas PDAM pada hari Senin.");
  await openRelayTasks(page, javaScript);
  const tasks = page.getByRole("region").filter({ has: page.getByRole("link", { name: `Laporan ${code}` }) });
  // The officer's answer is one message of several (verified, sent on, answered): it carries the rating.
  const rated = tasks.filter({ hasText: "Pipa sudah diganti" });
  await expect(async () => {
    await page.reload();
    await expect(rated).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(rated.getByRole("group", { name: /Nilai dari warga/ })).toBeVisible();
  await scriptsReady(page, javaScript);
  await rated.getByLabel("Datang langsung", { exact: true }).check();
  await rated.getByLabel(/^Balasan atau keterangan tambahan dari warga/).fill("Terima kasih, air sudah mengalir lagi");
  await rated.getByRole("radio", { name: "4 – Puas" }).check();
  await rated.getByLabel(/^Alasan nilai dari warga/).fill("Cepat ditangani");
  await rated.getByRole("button", { name: "Sudah disampaikan" }).click();
  await expect(page.getByText("Berhasil: pesan dicatat sudah disampaikan.")).toBeVisible();
  await expect(rated).toHaveCount(0);

  // On the complaint's page: who filed it for the resident, the consent and the slip's photo
  // (the sahabat who filed it may see it; agencies never do).
  await page.goto(`/kerja/${encodeURIComponent(code)}`);
  await expect(page.getByRole("heading", { name: "Diajukan lewat Sahabat LAPOR" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Cap jempol, tanggal / })).toBeVisible();
  const slip = page.getByRole("img", { name: "Foto slip persetujuan yang ditandatangani warga" });
  await expect(slip).toBeVisible();
  expect(await slip.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expectNoAxeViolations(page, "staff complaint page of a filing for a resident, with the slip photo");
  // On the complaint's history, as given through the sahabat.
  const history = page.getByRole("main");
  await expect(history).toContainText("Terima kasih, air sudah mengalir lagi");
  await expect(history).toContainText("4/5 — Cepat ditangani");
  await expect(history).toContainText("Disampaikan Sahabat LAPOR! ke pelapor");
  // The reply and the rating are marked as given through the sahabat.
  await expect(page.getByRole("listitem").filter({ hasText: "Penilaian dari pelapor" })).toContainText("Oleh: Sahabat LAPOR!");
});

test("only a sahabat may file for a resident; a visitor is asked to sign in first", async ({ page }) => {
  await page.goto("/lapor/untuk-warga");
  await expect(page).toHaveURL(/\/masuk\?returnTo=%2Flapor%2Funtuk-warga$/);
  await signInOver(page.context().request, "warga@demo.suara.id");
  const forbidden = await page.goto("/lapor/untuk-warga");
  expect(forbidden?.status()).toBe(403);
  // The consent step belongs to a filing for a resident: anyone else's draft goes on to checking.
  await page.goto("/lapor/persetujuan");
  await expect(page).toHaveURL(/\/lapor\/periksa$/);
});

test("the consent step is a plain page: the slip's photo is sent when chosen and shown in place, a refused one is said at its field, a removal leaves the focus on the field, and Lanjutkan waits for a photo on its way", { tag: "@with-js" }, async ({ page }) => {
  await filingUnderWay(page, "73.06.04", "Daeng Plain");
  await page.goto("/lapor/persetujuan");
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  // Only the plain pages' small script, the consent step's own part of it and, for the signed-in
  // sahabat, the part that says new notifications: SvelteKit's client never loads here.
  const scripts = () => page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => p.endsWith(".js")));
  expect((await scripts()).sort()).toEqual([
    expect.stringMatching(/^\/_app\/immutable\/plain-consent\.[0-9a-f]+\.js$/),
    expect.stringMatching(/^\/_app\/immutable\/plain-notify\.[0-9a-f]+\.js$/),
    expect.stringMatching(/^\/_app\/immutable\/plain-page\.[0-9a-f]+\.js$/),
  ]);
  await page.getByRole("radio", { name: "Cap jempol" }).check();
  await page.getByLabel(/^Catatan tentang persetujuan/).fill("Dibacakan di balai desa");
  const slip = page.getByRole("region", { name: "Foto slip persetujuan" });
  const field = page.getByLabel("Pilih foto slip");

  // Not a photo: refused, said at the field, which keeps the focus; nothing typed moves.
  await field.setInputFiles({ name: "catatan.txt", mimeType: "text/plain", buffer: Buffer.from("bukan foto") });
  await expect(field).toHaveAccessibleDescription(/catatan\.txt bukan foto/);
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");

  // A photo: stored, its thumbnail in place of "none", the problem gone, the answers as typed.
  await field.setInputFiles({ name: "slip-cap-jempol.png", mimeType: "image/png", buffer: tinyPng(60, 80, [230, 225, 210]) });
  await expect(slip.getByText("Foto slip tersimpan.")).toBeVisible();
  const thumbnail = slip.getByRole("img", { name: "Foto slip persetujuan yang ditandatangani warga" });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(slip.getByText("Belum ada foto slip.")).toBeHidden();
  await expect(field).not.toHaveAttribute("aria-invalid");
  await expect(field).toHaveAccessibleDescription(/^Satu foto/);
  await expect(page.getByRole("radio", { name: "Cap jempol" })).toBeChecked();
  await expect(page.getByLabel(/^Catatan tentang persetujuan/)).toHaveValue("Dibacakan di balai desa");
  // The photo was made smaller on the phone first, by the shrinking part fetched once it was chosen.
  expect(await scripts()).toContainEqual(expect.stringMatching(/\/plain-shrink\.[0-9a-f]+\.js$/));

  // Removed: on the server too; the button is gone, so the field has the focus.
  await slip.getByRole("button", { name: "Hapus foto slip" }).click();
  await expect(slip.getByText("Foto slip dihapus.")).toBeVisible();
  await expect(thumbnail).toHaveCount(0);
  await expect(slip.getByText("Belum ada foto slip.")).toBeVisible();
  await expect(field).toBeFocused();
  await page.reload();
  await expect(page.getByRole("region", { name: "Foto slip persetujuan" }).getByText("Belum ada foto slip.")).toBeVisible();

  // "Lanjutkan" pressed while the photo is still on its way: the step goes once it is stored.
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  await page.getByRole("radio", { name: "Cap jempol" }).check();
  await page.getByLabel(/^Saya sudah membacakan laporan ini kepada warga/).check();
  await page.route("**/unggah", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await field.setInputFiles({ name: "slip-lambat.png", mimeType: "image/png", buffer: tinyPng(60, 80, [230, 225, 210]) });
  await expect(page.getByRole("button", { name: "Mengunggah foto slip…" })).toBeVisible();
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page).toHaveURL(/\/lapor\/periksa$/);
  await expect(page.getByRole("definition").filter({ hasText: "Cap jempol" })).toContainText(/Foto slip: slip-lambat\./);
});

test("the consent step opened by a hydrated page's client does the same with its components: the slip's photo sent when chosen, removed", { tag: "@with-js" }, async ({ page }) => {
  await filingUnderWay(page, "73.06.04", "Daeng Klien");
  // The sahabat's account page is hydrated; its client may open the consent step itself (no link
  // leads there today, so the test adds one).
  await page.goto("/akun");
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  await page.evaluate(() => {
    (window as unknown as { samePage: boolean }).samePage = true;
    const link = Object.assign(document.createElement("a"), { href: "/lapor/persetujuan", textContent: "Ke persetujuan" });
    document.querySelector("main")!.append(link);
  });
  await page.getByRole("link", { name: "Ke persetujuan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Persetujuan warga");
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  await expect(page.getByRole("region", { name: "Bacakan kepada warga" })).toContainText("Pipa air bocor");
  await page.getByLabel(/^Catatan tentang persetujuan/).fill("Dibacakan di rumah warga");
  const slip = page.getByRole("region", { name: "Foto slip persetujuan" });
  await page.getByLabel("Pilih foto slip").setInputFiles({ name: "slip-klien.png", mimeType: "image/png", buffer: tinyPng(60, 80, [230, 225, 210]) });
  await expect(slip.getByText("Foto slip tersimpan.")).toBeVisible();
  await expect(slip.getByRole("img", { name: "Foto slip persetujuan yang ditandatangani warga" })).toBeVisible();
  await expect(page.getByLabel(/^Catatan tentang persetujuan/)).toHaveValue("Dibacakan di rumah warga");
  await slip.getByRole("button", { name: "Hapus foto slip" }).click();
  await expect(slip.getByText("Foto slip dihapus.")).toBeVisible();
  await expect(slip.getByText("Belum ada foto slip.")).toBeVisible();
  await expect(page.getByLabel("Pilih foto slip")).toBeFocused();
});

test("without JavaScript, a slip photo chosen and not uploaded brings the consent step back asking for it, the answers kept", { tag: "@without-js" }, async ({ page }) => {
  await filingUnderWay(page, "73.06.03", "Daeng Slip");
  await page.goto("/lapor/persetujuan");
  await page.getByRole("radio", { name: "Menandatangani slip persetujuan" }).check();
  await page.getByLabel(/^Saya sudah membacakan laporan ini kepada warga/).check();
  // Enter in a field sends the step on ("Lanjutkan"), not the slip photo's upload that comes first.
  await page.getByLabel(/^Saya sudah membacakan laporan ini kepada warga/).press("Enter");
  await expect(page).toHaveURL(/\/lapor\/periksa$/);
  await page.goto("/lapor/persetujuan");
  await expect(page.getByRole("radio", { name: "Menandatangani slip persetujuan" })).toBeChecked();
  await page.getByLabel("Pilih foto slip").setInputFiles({ name: "slip.png", mimeType: "image/png", buffer: tinyPng(60, 80, [230, 225, 210]) });
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page).toHaveURL(/\/lapor\/persetujuan\?galat=foto-slip-belum-diunggah#slip$/);
  await expect(errorSummary(page)).toContainText("Foto slip yang dipilih belum diunggah.");
  await expect(page.getByLabel("Pilih foto slip")).toHaveAccessibleDescription(/belum diunggah/);
  await expect(page.getByRole("radio", { name: "Menandatangani slip persetujuan" })).toBeChecked();
  await expect(page.getByLabel(/^Saya sudah membacakan laporan ini kepada warga/)).toBeChecked();
  // Chosen again and uploaded, then on.
  await page.getByLabel("Pilih foto slip").setInputFiles({ name: "slip.png", mimeType: "image/png", buffer: tinyPng(60, 80, [230, 225, 210]) });
  await page.getByRole("button", { name: "Unggah foto slip" }).click();
  await expect(page.getByText("Foto slip tersimpan.")).toBeVisible();
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page).toHaveURL(/\/lapor\/periksa$/);
  await expect(page.getByRole("definition").filter({ hasText: "Menandatangani slip persetujuan" })).toContainText(/Foto slip: slip\./);
});
