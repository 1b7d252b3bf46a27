// The filing, one question per page, with and without JavaScript (the `js` and `nojs`
// projects): each of the three kinds from the start page to the confirmation and the tracking
// page, with photos; then bad input on each step, the change links, and exactly-once sending.
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import {
  continueTo,
  errorSummary,
  expectNoHorizontalScroll,
  expectSummaryLinksFocusFields,
  fillFiling,
  scriptsReady,
  sendReport,
  tinyPng,
  uploadPhotos,
} from "./support/pages.ts";

const KINDS = [
  { kind: "Pengaduan", privacy: "Publik", photos: 2, title: "Lampu jalan mati" },
  { kind: "Aspirasi", privacy: "Anonim", photos: 1, title: "Usul taman baca di balai desa" },
  { kind: "Permintaan informasi", privacy: "Rahasia", photos: 1, title: "Minta data penerima bantuan" },
] as const;

for (const { kind, privacy, photos, title: base } of KINDS) {
  test(`a resident files a ${kind} (${privacy}, ${photos} photos) from the start page to the tracking page`, async ({ page }) => {
    // Thirteen pages and photo uploads: more than the default on a busy two-core machine.
    test.setTimeout(90_000);
    await page.goto("/lapor");
    await expect(page).toHaveTitle("Buat laporan – Suara");
    await expect(page.getByText(/paling lambat 3 hari kerja/)).toBeVisible();
    await expect(page.getByText(/paling lambat 5 hari kerja sesudah itu/)).toBeVisible();

    const title = `${base} ${Date.now()}`;
    await fillFiling(page, { kind, title, photos, privacy });

    // Check your answers shows every answer.
    await expect(page).toHaveTitle("Periksa jawaban Anda – Suara");
    const answers = page.locator("dl");
    await expect(answers.getByText(kind, { exact: true })).toBeVisible();
    await expect(answers.getByText(title, { exact: true })).toBeVisible();
    await expect(answers.getByText("Somba Opu", { exact: true })).toBeVisible();
    await expect(answers.getByText("Sungguminasa", { exact: true })).toBeVisible();
    await expect(answers.getByText(`${photos} foto`, { exact: true })).toBeVisible();
    await expect(answers.getByText(privacy, { exact: true })).toBeVisible();
    await expect(answers.getByText("0812 3456 7890")).toBeVisible();

    const code = await sendReport(page);
    expect(code).toMatch(/^[A-Z]{3}-[A-Z0-9]{4}-[A-Z0-9]{2}$/);
    await expect(page).toHaveTitle("Laporan terkirim – Suara");
    await expect(page.getByText(code, { exact: true })).toBeVisible();
    await expect(page.getByText(`Dieja: ${code.split("-").map((g) => [...g].join(" ")).join(" – ")}`).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "PIN rahasia Anda" })).toBeVisible();
    await expect(page.getByText(/Petugas memeriksa laporan Anda paling lambat \d+ \w+ \d{4}/)).toBeVisible();

    // The tracking page: the reporter (holding the PIN cookie) sees the whole report and its photos.
    await page.getByRole("link", { name: "Lihat halaman lacak" }).click();
    await expect(page).toHaveURL(new RegExp(`/lacak/${code}$`));
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    // The draft is gone: a new filing starts empty.
    await page.goto("/lapor/kejadian");
    await expect(page.getByLabel("Judul laporan")).toHaveValue("");
  });
}

test("empty and whitespace answers are explained at the field and in a linked summary, keeping what was typed", async ({ page }) => {
  await page.goto("/lapor/jenis");
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page).toHaveTitle("Galat: Jenis laporan – Suara");
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole("link", { name: "Pilih jenis laporan" })).toBeVisible();
  await expectSummaryLinksFocusFields(page);
  await page.getByRole("radio", { name: "Aspirasi", exact: true }).check();
  await continueTo(page, /\/lapor\/kejadian$/);

  await page.getByLabel("Judul laporan").fill("Jalan rusak");
  await page.getByLabel("Ceritakan masalahnya").fill("   \n  ");
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page).toHaveTitle("Galat: Apa yang terjadi – Suara");
  await expect(errorSummary(page)).toBeFocused();
  await expect(page.getByLabel("Judul laporan")).toHaveValue("Jalan rusak");
  const story = page.getByLabel("Ceritakan masalahnya");
  await expect(story).toHaveAttribute("aria-invalid", "true");
  await expect(story).toHaveAttribute("aria-describedby", /story-hint.*story-error/);
  await expect(page.locator("#story-error")).toContainText("Ceritakan apa yang terjadi");
  await expectSummaryLinksFocusFields(page);

  // Going back never clears what was answered.
  await page.getByRole("link", { name: "Kembali" }).click();
  await expect(page).toHaveURL(/\/lapor\/jenis$/);
  await expect(page.getByRole("radio", { name: "Aspirasi", exact: true })).toBeChecked();
});

test("a story pasted over the limit is kept and explained; a future date and a desa from another kecamatan are refused", async ({ page, request, baseURL }) => {
  await page.goto("/lapor/kejadian");
  await page.getByLabel("Judul laporan").fill("Cerita panjang");
  await page.getByLabel("Ceritakan masalahnya").fill("a".repeat(4005));
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(errorSummary(page)).toContainText("Cerita paling banyak 4000 karakter. Sekarang 4005 karakter");
  await expect(page.getByLabel("Ceritakan masalahnya")).toHaveValue("a".repeat(4005));

  await page.goto("/lapor/waktu");
  const date = page.getByRole("group", { name: /Tanggal kejadian/ });
  await date.getByLabel("Tanggal", { exact: true }).fill("1");
  await date.getByLabel("Bulan", { exact: true }).fill("1");
  await date.getByLabel("Tahun", { exact: true }).fill("2099");
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(errorSummary(page)).toContainText("Tanggal kejadian tidak boleh di masa depan");
  await expect(date.getByLabel("Tahun", { exact: true })).toHaveValue("2099");
  await date.getByLabel("Tanggal", { exact: true }).fill("31");
  await date.getByLabel("Bulan", { exact: true }).fill("2");
  await date.getByLabel("Tahun", { exact: true }).fill("2026");
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(errorSummary(page)).toContainText("Tanggal kejadian harus tanggal yang benar");
  // Not remembering the date is an answer.
  await page.getByLabel("Saya tidak ingat tanggal pastinya").check();
  await continueTo(page, /\/lapor\/lokasi$/);

  // A desa of another kecamatan (a tampered or stale form): refused, both answers kept.
  const cookies = await page.context().cookies();
  const draft = cookies.find((c) => c.name === "suara_draf")!;
  const response = await request.post("/lapor/lokasi", {
    form: { districtCode: "73.06.08", villageCode: "73.06.01.2001", landmark: "Pasar" },
    headers: { origin: baseURL!, accept: "text/html", cookie: `suara_draf=${draft.value}` },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("Desa atau kelurahan itu tidak ada di kecamatan yang dipilih");
  // A tampered hidden location field is explained too, not stored silently.
  const tampered = await request.post("/lapor/lokasi", {
    form: { districtCode: "73.06.08", landmark: "Pasar", latitude: "-5.2; DROP", longitude: "119.4" },
    headers: { origin: baseURL!, accept: "text/html", cookie: `suara_draf=${draft.value}` },
    maxRedirects: 0,
  });
  expect(tampered.status()).toBe(400);
  expect(await tampered.text()).toContain("Lokasi dari HP tidak terbaca");
  await page.reload();
  await expect(page.getByLabel("Kecamatan", { exact: true })).toHaveValue("73.06.08");
  await expect(page.getByLabel(/Patokan tempat/)).toHaveValue("Pasar");
});

test("photos: a wrong file type and a 30 MB photo get a sentence, and the answers stay", async ({ page }, testInfo) => {
  // Sending 30 MB through a local socket takes a while on a busy machine.
  test.setTimeout(120_000);
  await page.goto("/lapor/kejadian");
  await page.getByLabel("Judul laporan").fill("Sampah menumpuk");
  await page.getByLabel("Ceritakan masalahnya").fill("Sudah seminggu tidak diangkut.");
  await continueTo(page, /\/lapor\/waktu$/);
  await page.goto("/lapor/foto");

  await page.getByLabel("Pilih foto").setInputFiles({ name: "catatan.txt", mimeType: "text/plain", buffer: Buffer.from("bukan foto") });
  await page.getByRole("button", { name: "Unggah foto" }).click();
  await expect(errorSummary(page)).toContainText("Berkas catatan.txt bukan foto JPEG, PNG, atau WebP");

  // 30 MB behind a PNG signature that no decoder accepts: the phone cannot shrink it (a real
  // photo would be), so it travels whole and the server refuses it kindly while it streams in.
  // Chosen from disk, as a person would: handed to the browser as a buffer, the 30 MB would first
  // cross Playwright's connection to it as text, which took most of this test's half minute.
  const huge = testInfo.outputPath("besar.png");
  writeFileSync(huge, Buffer.concat([tinyPng().subarray(0, 8), Buffer.alloc(30 * 1024 * 1024, 7)]));
  await page.getByLabel("Pilih foto").setInputFiles(huge);
  await page.getByRole("button", { name: "Unggah foto" }).click();
  await expect(errorSummary(page)).toContainText("Foto besar.png terlalu besar. Paling besar 10 MB per foto", { timeout: 60_000 });

  await uploadPhotos(page, [{ name: "jalan.png", mimeType: "image/png", buffer: tinyPng() }]);
  await page.getByRole("button", { name: /^Hapus/ }).click();
  await expect(page.getByRole("img", { name: /^Foto \d+:/ })).toHaveCount(0);

  await page.goto("/lapor/kejadian");
  await expect(page.getByLabel("Judul laporan")).toHaveValue("Sampah menumpuk");
  await expect(page.getByLabel("Ceritakan masalahnya")).toHaveValue("Sudah seminggu tidak diangkut.");
});

test("a change link returns to the step with its answer, then back to check your answers", async ({ page }) => {
  test.setTimeout(90_000);
  const title = `Jembatan retak ${Date.now()}`;
  await fillFiling(page, { title });
  await page.getByRole("link", { name: "Ubah Judul laporan" }).click();
  await expect(page).toHaveURL(/\/lapor\/kejadian\?ubah=1$/);
  await expect(page.getByLabel("Judul laporan")).toHaveValue(title);
  await page.getByRole("link", { name: "Kembali" }).click();
  await expect(page).toHaveURL(/\/lapor\/periksa$/);
  await page.getByRole("link", { name: "Ubah Judul laporan" }).click();
  await page.getByLabel("Judul laporan").fill(`${title} (diubah)`);
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page).toHaveURL(/\/lapor\/periksa$/);
  await expect(page.locator("dl").getByText(`${title} (diubah)`, { exact: true })).toBeVisible();
});

test("SMS without a phone number is explained on the step", async ({ page }) => {
  await page.goto("/lapor/kabar");
  await page.getByRole("radio", { name: "SMS ke HP saya" }).check();
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(errorSummary(page)).toContainText("Tulis nomor HP untuk menerima SMS");
  await expect(page.getByRole("radio", { name: "SMS ke HP saya" })).toBeChecked();
});

test("every step fits a 320 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const step of ["", "/jenis", "/kejadian", "/waktu", "/lokasi", "/kategori", "/instansi", "/foto", "/privasi", "/kabar", "/periksa"]) {
    await page.goto(`/lapor${step}`);
    await expectNoHorizontalScroll(page);
  }
});

test("the send form posted twice (a double tap, a retry) files one report", async ({ page, request, baseURL }) => {
  test.setTimeout(90_000);
  await fillFiling(page, { title: `Usul posyandu ${Date.now()}` });
  const clientRequestId = await page.locator('input[name="clientRequestId"]').getAttribute("value");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const send = () =>
    request.post("/lapor/periksa", {
      form: { clientRequestId: clientRequestId! },
      headers: { origin: baseURL!, accept: "text/html", cookie },
      maxRedirects: 0,
    });
  const first = await send();
  const second = await send();
  expect(first.status()).toBe(303);
  expect(second.status()).toBe(303);
  expect(first.headers()["location"]).toMatch(/^\/lapor\/terkirim\/[A-Z0-9-]+$/);
  expect(second.headers()["location"]).toBe(first.headers()["location"]);
});

test("the check page sent with nothing answered comes back with its problems, each linking to the step that fixes it", async ({ page }) => {
  // A plain page: with JavaScript its script sends the form, and problems bring the page back whole
  // (as without JavaScript), the summary focused.
  await page.goto("/lapor/periksa");
  await page.getByRole("main").getByRole("button", { name: "Kirim laporan" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Galat: /);
  await expect(errorSummary(page).locator('a[href="/lapor/jenis?ubah=1"]')).toBeVisible();
  await expect(errorSummary(page).locator('a[href="/lapor/kejadian?ubah=1"]').first()).toBeVisible();
  await expect(page.getByRole("main").getByRole("button", { name: "Kirim laporan" })).toBeEnabled();
});

test("with JavaScript and permission, 'use my location' adds the phone's position; it can be removed again", { tag: "@with-js", annotation: { type: "why", description: "the button needs JavaScript and the phone's location; without them kecamatan and desa are enough" } }, async ({ page, context }) => {
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: -5.2049123, longitude: 119.4462789 });
  await page.goto("/lapor/lokasi");
  await page.getByLabel("Kecamatan", { exact: true }).selectOption({ label: "Somba Opu" });
  await page.getByRole("button", { name: "Pakai lokasi saya" }).click();
  await expect(page.getByRole("main").getByText("Lokasi tersimpan: -5.204912, 119.446279.")).toBeVisible();
  await continueTo(page, /\/lapor\/kategori$/);
  await page.goto("/lapor/periksa");
  await expect(page.locator("dl").getByText("Lokasi dari HP: -5.204912, 119.446279")).toBeVisible();

  await page.goto("/lapor/lokasi");
  await page.getByRole("button", { name: "Hapus lokasi" }).click();
  await continueTo(page, /\/lapor\/kategori$/);
  await page.goto("/lapor/periksa");
  await expect(page.locator("dl").getByText(/Lokasi dari HP/)).toHaveCount(0);
  // Removed stays removed: the copy kept on the phone does not bring it back on the step.
  await page.goto("/lapor/lokasi");
  await expect(page.locator("html[data-scripts=ready]")).toBeAttached();
  await expect(page.getByRole("button", { name: "Hapus lokasi" })).toHaveCount(0);
  await continueTo(page, /\/lapor\/kategori$/);
  await page.goto("/lapor/periksa");
  await expect(page.locator("dl").getByText(/Lokasi dari HP/)).toHaveCount(0);
});

test("without permission for the location, the step still works with kecamatan and desa", { tag: "@with-js", annotation: { type: "why", description: "the button exists only with JavaScript" } }, async ({ page }) => {
  await page.goto("/lapor/lokasi");
  await page.getByRole("button", { name: "Pakai lokasi saya" }).click();
  await expect(page.getByRole("main").getByText(/Lokasi tidak bisa diambil\. Tidak apa-apa/)).toBeVisible();
  await page.getByLabel("Kecamatan", { exact: true }).selectOption({ label: "Bajeng" });
  await continueTo(page, /\/lapor\/kategori$/);
});

test("a step loads little JavaScript, and the photo shrinking code only when photos are uploaded", { tag: "@with-js", annotation: { type: "why", description: "about the scripts" } }, async ({ page }) => {
  const scripts: { url: string; bytes: number; body: string }[] = [];
  page.on("response", async (response) => {
    if (!response.url().endsWith(".js")) return;
    const body = await response.text().catch(() => "");
    // Counted compressed, as the budget is (ACCESSIBILITY.md: ≤ 75 KiB hard, 40 KiB target).
    scripts.push({ url: response.url(), bytes: gzipSync(body).length, body });
  });
  await page.goto("/lapor/kejadian", { waitUntil: "networkidle" });
  const initial = scripts.reduce((sum, s) => sum + s.bytes, 0);
  console.log(`initial JavaScript on /lapor/kejadian: ${(initial / 1024).toFixed(1)} KiB gzip over ${scripts.length} files`);
  expect(initial, "initial JavaScript of a step, gzip").toBeLessThanOrEqual(75 * 1024);
  expect(scripts.some((s) => s.body.includes("imageOrientation"))).toBe(false);

  // A plain step: its own script only, within the 40 KiB of the steps a resident's phone opens.
  scripts.length = 0;
  await page.goto("/lapor/jenis", { waitUntil: "networkidle" });
  expect(scripts.map((s) => new URL(s.url).pathname)).toEqual([expect.stringMatching(/^\/_app\/immutable\/plain-page\.[0-9a-f]+\.js$/)]);
  expect(scripts[0]!.bytes, "the plain step's script, gzip").toBeLessThanOrEqual(40 * 1024);

  // The photo step (plain too): its script and its own part, and the shrinking code only once a
  // photo is chosen (its own file; the page loads again after the upload, so it is known by name).
  scripts.length = 0;
  await page.goto("/lapor/foto", { waitUntil: "networkidle" });
  const shrinking = (s: { url: string; body: string }) => /\/plain-shrink\.[0-9a-f]+\.js$/.test(s.url) || s.body.includes("imageOrientation");
  expect(scripts.map((s) => new URL(s.url).pathname).sort()).toEqual([
    expect.stringMatching(/^\/_app\/immutable\/plain-page\.[0-9a-f]+\.js$/),
    expect.stringMatching(/^\/_app\/immutable\/plain-photos\.[0-9a-f]+\.js$/),
  ]);
  expect(scripts.some(shrinking), "not before uploading").toBe(false);
  await uploadPhotos(page, [{ name: "jalan.png", mimeType: "image/png", buffer: tinyPng(20, 10) }]);
  expect(scripts.some(shrinking), "loaded to shrink the photo").toBe(true);
});

test("a page carries no message dictionary: its scripts fetch it once, kept a year, and the next pages use it", { tag: "@with-js", annotation: { type: "why", description: "about the scripts" } }, async ({ page }) => {
  const dictionaries: { path: string; cacheControl: string | undefined }[] = [];
  page.on("response", (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith("/pesan/")) dictionaries.push({ path: pathname, cacheControl: response.headers()["cache-control"] });
  });
  // A plain step (no SvelteKit client, web/src/lib/plain) needs none: the server wrote every word.
  const plain = await (await page.goto("/lapor/jenis"))!.text();
  await scriptsReady(page, true);
  expect(plain).not.toContain("/pesan/");
  expect(dictionaries).toEqual([]);

  // A hydrated page (the public list) fetches it with its scripts.
  const response = await page.goto("/laporan");
  const html = await response!.text();
  // Words of another page (the administrator's users page) are not in this one.
  expect(html).not.toContain("Pengguna dan peran");
  expect(html).toMatch(/<link rel="preload" href="\/pesan\/id\.[0-9a-f]{12}\.json" as="fetch" crossorigin="anonymous"/);
  await scriptsReady(page, true);
  // The preload and the scripts' fetch are one download (a mismatch would download it twice).
  expect(dictionaries).toEqual([{ path: expect.stringMatching(/^\/pesan\/id\.[0-9a-f]{12}\.json$/), cacheControl: "public, max-age=31536000, immutable" }]);

  // The next page, opened by the scripts, shows its words without fetching the dictionary again.
  await page.getByRole("banner").getByRole("link", { name: "Tampilan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tampilan" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Kontras tinggi" })).toBeVisible();
  expect(dictionaries).toHaveLength(1);
});
