// Staff handling a complaint from start to finish, as people do it in the browser (with and
// without JavaScript): the verifier finds it in the queue, verifies and passes it to Dinas PUPR;
// the officer acknowledges, answers with a template, adds an internal note and resolves; the
// reporter rates it on the tracking page and staff see the rating.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { createComplaint } from "./support/factories.ts";
import { errorSummary, expectNoHorizontalScroll, signedInPage } from "./support/pages.ts";



/** The section of one action on the staff complaint page, by its heading. */
const actionSection = (page: Page, heading: string) =>
  page.getByRole("region", { name: heading, exact: true });

async function expectDone(page: Page, text: string) {
  const notice = page.getByRole("status").filter({ hasText: text });
  await expect(notice).toBeVisible();
  await expect(notice).toBeFocused();
}

async function openFromQueue(page: Page, title: string) {
  await page.goto("/kerja");
  await page.getByLabel("Kecamatan").selectOption({ label: "Biringbulu" });
  await page.getByRole("button", { name: "Saring", exact: true }).click();
  await expect(page).toHaveURL(/kecamatan=73\.06\.11/);
  const table = page.getByRole("table", { name: /Laporan yang menunggu/ });
  await expect(table.getByRole("columnheader", { name: "Tenggat" })).toBeVisible();
  const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
  // The deadline is said in words, not only shown by colour.
  await expect(row).toContainText(/hari kerja/);
  await row.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** The reporter opens their complaint with its code and PIN and rates it on the tracking page. */
async function rateOnTrackingPage(reporter: Page, trackingCode: string, accessSecret: string) {
  await reporter.goto("/lacak");
  await reporter.getByLabel("Kode lacak").fill(trackingCode);
  await reporter.getByLabel("PIN").fill(accessSecret);
  await reporter.getByRole("main").getByRole("button", { name: "Lacak", exact: true }).click();
  const mine = reporter.getByRole("region", { name: "Untuk Anda sebagai pelapor" });
  await mine.getByRole("radio", { name: "5 – Sangat puas" }).check();
  await mine.getByLabel("Komentar").fill("Cepat sekali, terima kasih.");
  await mine.getByRole("button", { name: "Kirim penilaian" }).click();
  await expect(reporter.getByText("Terima kasih. Penilaian Anda sudah tersimpan.")).toBeVisible();
}

test("a complaint goes from the verifier to Dinas PUPR and back to the reporter, rated", async ({ browser, request, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  const filed = await createComplaint(request, { districtCode: "73.06.11", reporterName: "Daeng Ngai", reporterPhone: "0812 3456 7890" });

  // ── The verifier ──
  const verifier = await signedInPage(browser, "verifikator@demo.suara.id", javaScriptEnabled);
  await expect(verifier.getByRole("heading", { level: 1, name: "Antrean kerja" })).toBeVisible();
  await openFromQueue(verifier, filed.title);
  // Only what is allowed now: no agency actions for a new complaint.
  const actions = verifier.getByRole("region", { name: /./ }).getByRole("heading", { level: 3 });
  await expect(actions).toHaveText(["Verifikasi", "Tunda dan minta keterangan", "Bukan urusan layanan publik", "Tambah catatan internal", "Tolak", "Arsipkan"]);
  // A verifier sees who reported it.
  await expect(verifier.getByText("Daeng Ngai")).toBeVisible();

  const verify = actionSection(verifier, "Verifikasi");
  const tidy = `Jalan berlubang di depan pasar Biringbulu, ${filed.trackingCode}`;
  await verify.getByLabel("Judul laporan").fill(tidy);
  await verify.getByRole("radio", { name: "Pengaduan" }).check();
  await verify.getByLabel("Topik").selectOption({ label: "Jalan dan jembatan" });
  await verify.getByRole("button", { name: "Verifikasi laporan" }).click();
  await expectDone(verifier, "Berhasil: Verifikasi laporan.");
  await expect(verifier.getByRole("heading", { level: 1, name: tidy })).toBeVisible();

  // The routing table suggests the agency. Passing it on with no agency chosen: the error is
  // said at the top and at the field.
  const dispose = actionSection(verifier, "Teruskan ke instansi");
  const agencySelect = dispose.getByLabel("Instansi yang menangani");
  await expect(agencySelect).toHaveAccessibleDescription(/ditangani Dinas Pekerjaan Umum/);
  await expect(agencySelect.locator("option:checked")).toHaveText("Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Gowa");
  await agencySelect.selectOption({ value: "" });
  await dispose.getByRole("button", { name: "Teruskan ke instansi" }).click();
  await expect(verifier).toHaveTitle(/^Galat:/);
  await expect(errorSummary(verifier)).toBeFocused();
  await expect(errorSummary(verifier).getByRole("link", { name: "Pilih instansi tujuan" })).toBeVisible();
  await expectNoAxeViolations(verifier, "staff complaint page, dispose with errors");
  await actionSection(verifier, "Teruskan ke instansi").getByLabel("Instansi yang menangani").selectOption({ label: "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Gowa" });
  await actionSection(verifier, "Teruskan ke instansi").getByRole("button", { name: "Teruskan ke instansi" }).click();
  await expectDone(verifier, "Berhasil: Teruskan ke instansi.");
  await expect(verifier.getByText("Diteruskan ke instansi").first()).toBeVisible();

  // The verifier makes the privacy stricter (anonymous): the agency no longer learns who asked.
  const privacy = verifier.getByRole("region", { name: "Privasi laporan" });
  await expect(privacy.getByRole("radio")).toHaveCount(2);
  await privacy.getByRole("radio", { name: /^Anonim/ }).check();
  await privacy.getByRole("button", { name: "Buat privasi lebih ketat" }).click();
  await expectDone(verifier, "Berhasil: privasi laporan dibuat lebih ketat.");
  await expect(verifier.getByRole("region", { name: "Privasi laporan" }).getByRole("radio")).toHaveCount(1);
  await verifier.context().close();

  // ── The officer of Dinas PUPR ──
  const officer = await signedInPage(browser, "petugas.pupr@demo.suara.id", javaScriptEnabled);
  await expectNoAxeViolations(officer, "queue, officer");
  await openFromQueue(officer, tidy);
  await expectNoAxeViolations(officer, "staff complaint page, disposed");
  await expect(officer.getByText("Identitas pelapor disembunyikan dari Anda")).toBeVisible();
  await expect(officer.getByText("Daeng Ngai")).toHaveCount(0);
  await expect(officer.getByRole("region", { name: "Privasi laporan" })).toHaveCount(0);
  await actionSection(officer, "Terima").getByRole("button", { name: "Terima laporan" }).click();
  await expectDone(officer, "Berhasil: Terima laporan.");

  // A template fills the answer: with JavaScript as it is chosen, in place; without, "Pakai
  // templat" brings the page back with ?templat=… and the text in the form.
  const followUp = actionSection(officer, "Kirim tindak lanjut");
  await followUp.getByLabel("Templat jawaban").selectOption({ label: "Laporan diterima, petugas akan meninjau" });
  if (!javaScriptEnabled) await followUp.getByRole("button", { name: "Pakai templat" }).click();
  const answer = actionSection(officer, "Kirim tindak lanjut").getByLabel("Jawaban untuk pelapor");
  await expect(answer).toHaveValue(/petugas Dinas PUPR akan meninjau lokasi/);
  if (javaScriptEnabled) {
    expect(officer.url()).not.toContain("templat=");
  } else {
    expect(officer.url()).toContain("templat=");
  }
  await expectNoAxeViolations(officer, "staff complaint page, template used");
  await actionSection(officer, "Kirim tindak lanjut").getByRole("button", { name: "Kirim tindak lanjut" }).click();
  await expectDone(officer, "Berhasil: Kirim tindak lanjut.");

  const note = actionSection(officer, "Tambah catatan internal");
  await note.getByLabel("Catatan internal").fill("Tim lapangan berangkat Kamis.");
  await note.getByRole("button", { name: "Simpan catatan internal" }).click();
  await expectDone(officer, "Berhasil: Simpan catatan internal.");
  const timeline = officer.getByRole("list", { name: "Riwayat lengkap" });
  await expect(timeline.getByRole("listitem").filter({ hasText: "Tim lapangan berangkat Kamis." })).toContainText("Catatan internal, hanya untuk petugas");

  const resolve = actionSection(officer, "Tandai selesai");
  await resolve.getByLabel("Jawaban penyelesaian").fill("Lubang sudah ditambal dan diaspal ulang.");
  await resolve.getByRole("button", { name: "Tandai selesai" }).click();
  await expectDone(officer, "Berhasil: Tandai selesai.");
  await expect(officer.getByText("Pelapor belum memberi penilaian.")).toBeVisible();

  // ── The reporter rates on the tracking page ──
  const reporterContext = await browser.newContext({ javaScriptEnabled, serviceWorkers: "block" });
  const reporter = await reporterContext.newPage();
  await rateOnTrackingPage(reporter, filed.trackingCode, filed.accessSecret);
  await expectNoAxeViolations(reporter, "tracking page, rated");
  await reporterContext.close();
  await officer.goto(`/kerja/${filed.trackingCode}`);
  await expect(officer.getByText("Nilai 5 dari 5")).toBeVisible();
  await expect(officer.getByText("Komentar: Cepat sekali, terima kasih.")).toBeVisible();
  await expectNoAxeViolations(officer, "staff complaint page, resolved and rated");

  // The internal note never reaches the public page.
  const publicPage = await browser.newPage({ javaScriptEnabled });
  await publicPage.goto(`/lacak/${filed.trackingCode}`);
  await expect(publicPage.getByText("Lubang sudah ditambal")).toBeVisible();
  await expect(publicPage.getByText("Tim lapangan berangkat Kamis.")).toHaveCount(0);
  await publicPage.close();
  await officer.context().close();
});

test("an officer keeps the agency's answer templates", async ({ browser, javaScriptEnabled }) => {
  // Eight page loads: slow without JavaScript on a busy 2-core machine.
  test.slow();
  const page = await signedInPage(browser, "petugas.pupr@demo.suara.id", javaScriptEnabled, "/kerja/templat");
  await expect(page.getByRole("heading", { level: 1, name: "Templat jawaban" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Templat jawaban/ }).getByRole("rowheader", { name: "Perbaikan selesai" })).toBeVisible();

  await page.getByRole("button", { name: "Simpan templat" }).click();
  await expect(page).toHaveTitle(/^Galat:/);
  await expect(errorSummary(page)).toBeFocused();

  const title = `Menunggu anggaran ${javaScriptEnabled ? "js" : "nojs"} ${Date.now()}`;
  await page.getByLabel("Judul templat").fill(title);
  await page.getByLabel("Isi jawaban").fill("Perbaikan menunggu anggaran tahun depan.");
  await page.getByRole("button", { name: "Simpan templat" }).click();
  await expectDone(page, "Berhasil: templat disimpan.");

  await page.getByRole("link", { name: `Ubah templat ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ubah templat" })).toBeVisible();
  await page.getByLabel("Isi jawaban").fill("Perbaikan menunggu anggaran perubahan.");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expectDone(page, "Berhasil: templat diubah.");
  await expect(page.getByLabel("Isi jawaban")).toHaveValue("Perbaikan menunggu anggaran perubahan.");

  await page.getByRole("button", { name: "Hapus templat" }).click();
  await expect(errorSummary(page)).toContainText("Centang dulu");
  await page.getByLabel("Ya, hapus templat ini").check();
  await page.getByRole("button", { name: "Hapus templat" }).click();
  await expectDone(page, "Berhasil: templat dihapus.");
  await expect(page.getByRole("rowheader", { name: title })).toHaveCount(0);
  await page.context().close();
});

test("a long queue comes in pages, reachable by keyboard, with the filter kept", async ({ browser, request, javaScriptEnabled }) => {
  for (let i = 0; i < 21; i++) await createComplaint(request, { districtCode: "73.06.12" });
  const page = await signedInPage(browser, "verifikator@demo.suara.id", javaScriptEnabled, "/kerja?kecamatan=73.06.12");
  await expect(page.getByText(/^Halaman 1 dari [2-9]\.$/)).toBeVisible();
  await expect(page.getByRole("table", { name: /Laporan yang menunggu/ }).getByRole("row")).toHaveCount(21); // header + 20
  const next = page.getByRole("navigation", { name: "Halaman antrean" }).getByRole("link", { name: "Halaman berikutnya" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/kecamatan=73\.06\.12&halaman=2|halaman=2&kecamatan=73\.06\.12/);
  await expect(page.getByText(/^Halaman 2 dari [2-9]\.$/)).toBeVisible();
  await expect(page.getByLabel("Kecamatan")).toHaveValue("73.06.12");
  await expect(page.getByRole("navigation", { name: "Halaman antrean" }).getByRole("link", { name: "Halaman sebelumnya" })).toBeVisible();
  await page.context().close();
});

test("the queue's filter offers the very words its rows show", async ({ browser, request, javaScriptEnabled }) => {
  await createComplaint(request, { districtCode: "73.06.14", kind: "ASPIRASI" });
  const page = await signedInPage(browser, "verifikator@demo.suara.id", javaScriptEnabled, "/kerja?kecamatan=73.06.14");
  // Both come from the API's one catalogue of labels.
  await page.getByRole("combobox", { name: /^Status/ }).selectOption({ label: "Terkirim, menunggu verifikasi" });
  await page.getByRole("combobox", { name: /^Jenis/ }).selectOption({ label: "Aspirasi" });
  await page.getByRole("button", { name: "Saring", exact: true }).click();
  await expect(page).toHaveURL(/status=SUBMITTED/);
  await expect(page).toHaveURL(/jenis=ASPIRASI/);
  const rows = page.getByRole("table", { name: /Laporan yang menunggu/ }).getByRole("row");
  const count = await rows.count();
  expect(count).toBeGreaterThan(1);
  await expect(rows.filter({ hasText: "Terkirim, menunggu verifikasi" })).toHaveCount(count - 1);
  await expect(rows.filter({ hasText: "Aspirasi" })).toHaveCount(count - 1);
  await page.context().close();
});

test("the queue fits a small phone, a sahabat has one too, and a resident has none", async ({ browser, javaScriptEnabled }) => {
  const sahabat = await signedInPage(browser, "sahabat@demo.suara.id", javaScriptEnabled);
  await expect(sahabat.getByRole("table", { name: /Laporan yang menunggu/ })).toBeVisible();
  await sahabat.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(sahabat);
  await expectNoAxeViolations(sahabat, "queue, sahabat, 320 px");
  await sahabat.context().close();

  const resident = await signedInPage(browser, "warga@demo.suara.id", javaScriptEnabled, "/");
  const response = await resident.goto("/kerja");
  expect(response?.status()).toBe(403);
  await resident.context().close();
});

test("a duplicate is archived with a link to the complaint it repeats", async ({ browser, request, javaScriptEnabled }) => {
  const original = await createComplaint(request, { districtCode: "73.06.13" });
  const duplicate = await createComplaint(request, { districtCode: "73.06.13" });
  const page = await signedInPage(browser, "verifikator@demo.suara.id", javaScriptEnabled, `/kerja/${duplicate.trackingCode}`);
  const archive = actionSection(page, "Arsipkan");
  await archive.getByLabel("Alasan pengarsipan").selectOption({ label: "Sama dengan laporan lain" });
  await archive.getByLabel(/Kode laporan yang sama/).fill(`Sama dengan ${original.trackingCode}.`);
  await archive.getByRole("button", { name: "Arsipkan laporan" }).click();
  // Archiving ends the complaint unanswered: the page asks first.
  await page.getByRole("group", { name: "Yakin arsipkan laporan ini?" }).getByRole("button", { name: "Ya, arsipkan laporan" }).click();
  await expectDone(page, "Berhasil: Arsipkan laporan.");
  // Nothing is left to do on an archived complaint.
  await expect(page.getByText("Tidak ada tindakan untuk Anda pada laporan ini saat ini.")).toBeVisible();
  await expectNoAxeViolations(page, "staff complaint page, archived");
  await page.getByRole("list", { name: "Riwayat lengkap" }).getByRole("link", { name: original.trackingCode }).click();
  await expect(page.getByRole("heading", { level: 1, name: original.title })).toBeVisible();
  await page.context().close();
});
