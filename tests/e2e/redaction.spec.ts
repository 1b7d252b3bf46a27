// Redaction before publication, in the browser with and without JavaScript: a verifier hides a
// third party's name (the page's own suggestion, confirmed) and blurs the squares of a photo
// showing a face, by keyboard, before verifying; then a stranger on the public tracking page
// reads only "[disamarkan]" where the name was and gets the blurred photo's bytes, never the
// original's.
import { createHash } from "node:crypto";
import { expect, type APIRequestContext, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { createComplaintWithPhoto } from "./support/factories.ts";
import { signedInPage } from "./support/pages.ts";

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A photo full of detail (noise), standing in for a face: blurring it changes it visibly and in its bytes. */
function facePhoto(): Promise<Buffer> {
  const width = 200;
  const height = 150;
  const pixels = Buffer.alloc(width * height * 3);
  let state = 7;
  for (let i = 0; i < pixels.length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = state >> 23;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

async function bytesOf(request: APIRequestContext, url: string): Promise<Buffer> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return Buffer.from(await response.body());
}

async function expectDone(page: Page, text: string) {
  const notice = page.getByRole("status").filter({ hasText: text });
  await expect(notice).toBeVisible();
  await expect(notice).toBeFocused();
}

test("a verifier hides a name and blurs a face before verifying; the public page shows only the redacted versions", async ({ browser, request, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  const filed = await createComplaintWithPhoto(request, {
    photo: await facePhoto(),
    description: "Petugas desa menerima uang",
    story: "Pak Budi Santoso di kantor desa meminta uang Rp 50.000 untuk surat pengantar.",
  });

  // ── The verifier opens the complaint and goes to "Samarkan sebelum diumumkan" ──
  const verifier = await signedInPage(browser, "verifikator@demo.suara.id", javaScriptEnabled, `/kerja/${filed.trackingCode}`);
  await expect(verifier.getByText("Belum ada yang disamarkan")).toBeVisible();
  await verifier.getByRole("link", { name: "Samarkan nama, nomor dan foto" }).click();
  await expect(verifier.getByRole("heading", { level: 1, name: "Samarkan sebelum diumumkan" })).toBeVisible();

  // The name was found and suggested, ticked, never applied before the verifier saves.
  const name = verifier.getByRole("checkbox", { name: '"Budi Santoso" (nama)' });
  await expect(name).toBeChecked();
  const preview = verifier.getByRole("definition").filter({ hasText: "kantor desa" });
  await expect(preview).toContainText("Pak Budi Santoso");
  await verifier.getByRole("button", { name: "Simpan teks untuk umum" }).click();
  await expectDone(verifier, "Teks untuk umum disimpan.");
  await expect(preview).toHaveText("Pak [disamarkan] di kantor desa meminta uang Rp 50.000 untuk surat pengantar.");

  // The face fills the top left of the photo: its squares are ticked by keyboard alone.
  const photo = verifier.getByRole("region", { name: "Foto 1" });
  await expect(photo.getByText("Umum melihat foto asli.", { exact: true })).toBeVisible();
  const grid = photo.getByRole("group", { name: "Bagian foto 1 yang dikaburkan" });
  await expect(grid.getByRole("checkbox")).toHaveCount(16);
  for (const square of ["baris 1, kolom 1", "baris 1, kolom 2", "baris 2, kolom 1", "baris 2, kolom 2"]) {
    await grid.getByRole("checkbox", { name: square }).focus();
    await verifier.keyboard.press("Space");
    await expect(grid.getByRole("checkbox", { name: square })).toBeChecked();
  }
  await photo.getByRole("button", { name: "Simpan foto 1 untuk umum" }).focus();
  await verifier.keyboard.press("Enter");
  await expectDone(verifier, "Foto 1 untuk umum disimpan.");
  const blurredPreview = verifier.getByRole("img", { name: "Foto 1 seperti dilihat umum, sebagian dikaburkan" });
  await expect(blurredPreview).toBeVisible();
  const previewBytes = await bytesOf(verifier.context().request, (await blurredPreview.getAttribute("src"))!);
  const originalThumbnail = await bytesOf(
    verifier.context().request,
    (await verifier.getByRole("img", { name: "Petugas desa menerima uang" }).getAttribute("src"))!,
  );
  expect(sha(previewBytes)).not.toBe(sha(originalThumbnail));

  // ── Then verifies it ──
  await verifier.getByRole("link", { name: "Lanjut ke verifikasi" }).click();
  await expect(verifier.getByText("Umum membaca versi yang disamarkan.")).toBeVisible();
  const verify = verifier.getByRole("region", { name: "Verifikasi", exact: true });
  await verify.getByRole("radio", { name: "Pengaduan" }).check();
  await verify.getByLabel("Topik").selectOption({ label: "Jalan dan jembatan" });
  await verify.getByRole("button", { name: "Verifikasi laporan" }).click();
  await expect(verifier.getByRole("status").filter({ hasText: "Berhasil: Verifikasi laporan." })).toBeVisible();
  // Staff still read the original, and the timeline says a redaction happened, for staff only.
  await expect(verifier.getByText("Pak Budi Santoso di kantor desa", { exact: false }).first()).toBeVisible();
  // One entry for the text, one for the photo: each says what kind, never what was hidden.
  const timeline = verifier.getByRole("list", { name: "Riwayat" });
  await expect(timeline.getByText("Disamarkan sebelum diumumkan", { exact: true })).toHaveCount(2);
  await expect(timeline.getByText("1 frasa disamarkan di judul dan cerita", { exact: true })).toBeVisible();
  await expect(timeline.getByText("Foto 1 dikaburkan di 4 bagian", { exact: true })).toBeVisible();
  await expect(timeline).not.toContainText("Budi");

  // ── A stranger: no PIN, no account ──
  const context = await browser.newContext({ javaScriptEnabled, locale: "id-ID", serviceWorkers: "block" });
  const stranger = await context.newPage();
  await stranger.goto(`/lacak/${filed.trackingCode}`);
  const main = stranger.getByRole("main");
  await expect(main).toContainText("Pak [disamarkan] di kantor desa meminta uang");
  await expect(main).not.toContainText("Budi");
  await expect(main).not.toContainText("Santoso");
  await expect(main.getByText('"[disamarkan]": petugas menutup nama atau nomor orang lain')).toBeVisible();
  const publicPhoto = main.getByRole("img", { name: "Petugas desa menerima uang" });
  await expect(publicPhoto).toBeVisible();
  const publicThumbnail = await bytesOf(context.request, (await publicPhoto.getAttribute("src"))!);
  expect(sha(publicThumbnail)).toBe(sha(previewBytes));
  expect(sha(publicThumbnail)).not.toBe(sha(originalThumbnail));
  // The full-size picture the thumbnail opens is the blurred copy too.
  const fullUrl = (await main.getByRole("link", { name: "Petugas desa menerima uang" }).first().getAttribute("href"))!;
  const verifierFull = (await verifier.getByRole("main").getByRole("link", { name: "Petugas desa menerima uang" }).first().getAttribute("href"))!;
  expect(sha(await bytesOf(context.request, fullUrl))).not.toBe(sha(await bytesOf(verifier.context().request, verifierFull)));
  // The verifier's link to the original shows nothing to the stranger.
  expect((await context.request.get(verifierFull)).status()).toBe(404);
  await context.close();
  await verifier.context().close();
});
