// The administrator at work, with and without JavaScript: a staff account gets a verifier role
// for one kecamatan, a holiday is added, and a category gets a routing rule. axe on each state
// the accessibility matrix does not reach (what a change leaves behind). The js and nojs
// projects share one server: each uses its own data.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { DEMO_PASSWORD, demoEmail } from "../support/demo.ts";
import { errorSummary, expectSummaryLinksFocusFields, signIn } from "./support/pages.ts";
import { DEMO_TOTP_SECRETS, totpCode } from "../support/second-factor.ts";

async function signInAsAdmin(page: Page) {
  await signIn(page, demoEmail.admin, "/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Pengelolaan" })).toBeVisible();
}

/** The note after a change (the page's own status message, not the live announcer). */
const done = (page: Page) => page.getByRole("status").filter({ hasText: /\S/ });

// Each test moves through several pages and runs axe on some; without JavaScript each axe run
// copies the page first.
test.describe.configure({ timeout: 120_000 });

const tag = () => test.info().project.name; // "js" or "nojs"

test("only administrators reach /admin: a visitor is asked to sign in, a verifier is refused", async ({ page }) => {
  await page.goto("/admin/libur");
  await expect(page).toHaveURL(/\/masuk\?returnTo=%2Fadmin%2Flibur/);
  await page.getByLabel("Email atau nomor HP").fill("verifikator@demo.suara.id");
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  // The demo verifier's authenticator code (its key is in the README).
  await page.getByLabel("Kode 6 angka dari aplikasi").fill(totpCode(DEMO_TOTP_SECRETS["verifikator@demo.suara.id"]!));
  await page.getByRole("main").getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByText("Anda tidak punya izin untuk membuka halaman ini.")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Pengelolaan" })).toHaveCount(0);
});

test("the administrator creates a staff account and gives it a verifier role for one kecamatan", async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Pengguna dan peran" }).click();
  await expect(page.getByRole("table", { name: "Akun petugas dan relawan" })).toBeVisible();

  // Sent empty: errors at the top and at the fields.
  await page.getByRole("button", { name: "Buat akun", exact: true }).click();
  await expect(page).toHaveTitle(/^Galat: Pengguna dan peran/);
  await expect(errorSummary(page)).toBeFocused();
  expect(await expectSummaryLinksFocusFields(page)).toBe(3);

  const email = `verif.${tag()}@gowakab.go.id`;
  await page.getByLabel("Nama lengkap").fill(`Andi Verifikator ${tag()}`);
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel("Kata sandi awal").fill("kopi pagi di pasar");
  await page.getByRole("button", { name: "Buat akun", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Akun Andi Verifikator ${tag()}` })).toBeVisible();
  await expect(done(page)).toHaveText("Akun sudah dibuat. Sekarang beri perannya.");
  await expectNoAxeViolations(page, "account, no roles");

  // A verifier needs an area.
  await page.getByRole("radio", { name: "Verifikator" }).check();
  await page.getByRole("button", { name: "Beri peran", exact: true }).click();
  await expect(errorSummary(page)).toContainText("Pilih wilayah kerja untuk peran ini");
  await expect(page.getByRole("radio", { name: "Verifikator" })).toBeChecked();

  await page.getByRole("combobox", { name: /^Wilayah kerja/ }).selectOption("73.06.08");
  await page.getByRole("button", { name: "Beri peran", exact: true }).click();
  await expect(done(page)).toHaveText("Peran sudah diberikan.");
  const roles = page.getByRole("table", { name: "Peran dan wilayah kerja" });
  await expect(roles.getByRole("row", { name: /Verifikator.*Somba Opu/i })).toBeVisible();
  await expect(roles.getByRole("button", { name: /Cabut peran Verifikator Somba Opu/i })).toBeVisible();
  await expectNoAxeViolations(page, "account, with a role");

  // The list now shows the new verifier.
  await page.getByRole("navigation", { name: "Lokasi halaman" }).getByRole("link").click();
  await page.getByRole("link", { name: "Pengguna dan peran" }).click();
  await page.getByLabel(/^Nama, email, atau nomor HP/).fill(email);
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page.getByRole("table", { name: `Hasil pencarian “${email}”` }).getByRole("row", { name: /Verifikator/ })).toBeVisible();
});

test("the administrator adds a holiday, and a wrong date is explained", async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Hari libur" }).click();
  await expect(page.getByText("Tenggat laporan yang sudah ditetapkan tidak dihitung ulang.")).toBeVisible();

  const year = new Date().getUTCFullYear() + 1;
  const day = tag() === "js" ? "10" : "11";
  await page.getByLabel("Tanggal", { exact: true }).fill("31");
  await page.getByLabel("Bulan", { exact: true }).fill("2");
  await page.getByLabel("Tahun", { exact: true }).fill(String(year));
  await page.getByLabel("Nama hari libur").fill(`Idulfitri ${tag()}`);
  await page.getByRole("radio", { name: "Libur nasional, tanggal berubah tiap tahun" }).check();
  await page.getByRole("button", { name: "Tambah hari libur", exact: true }).click();
  await expect(errorSummary(page)).toContainText("Tulis tanggal yang benar");
  await expect(page).toHaveTitle(/^Galat: Hari libur/);
  await expect(page.getByLabel("Nama hari libur")).toHaveValue(`Idulfitri ${tag()}`);

  await page.getByLabel("Tanggal", { exact: true }).fill(day);
  await page.getByLabel("Bulan", { exact: true }).fill("3");
  await page.getByRole("button", { name: "Tambah hari libur", exact: true }).click();
  await expect(done(page)).toHaveText("Hari libur sudah ditambahkan.");
  await expect(page).toHaveURL(new RegExp(`tahun=${year}`));
  const table = page.getByRole("table", { name: `Hari libur tahun ${year}` });
  const row = table.getByRole("row", { name: new RegExp(`Idulfitri ${tag()}`) });
  await expect(row).toContainText(`${day} Maret ${year}`);
  await expect(row).toContainText("Libur nasional, tanggal berubah tiap tahun");
  await expectNoAxeViolations(page, "holidays, added");

  // The same date again is refused.
  await page.getByLabel("Tanggal", { exact: true }).fill(day);
  await page.getByLabel("Bulan", { exact: true }).fill("3");
  await page.getByLabel("Tahun", { exact: true }).fill(String(year));
  await page.getByLabel("Nama hari libur").fill("Dua kali");
  await page.getByRole("radio", { name: "Cuti bersama" }).check();
  await page.getByRole("button", { name: "Tambah hari libur", exact: true }).click();
  await expect(errorSummary(page)).toContainText("Tanggal ini sudah ada di daftar hari libur");
});

test("the administrator routes a category to another agency in one kecamatan", async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Kategori dan pembagian tugas" }).click();
  const category = tag() === "js" ? "Air bersih" : "Jalan dan jembatan";
  await page.getByRole("table", { name: "Semua kategori" }).getByRole("link", { name: category }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Kategori ${category}` })).toBeVisible();

  // No agency chosen: explained.
  await page.getByRole("button", { name: "Simpan aturan", exact: true }).click();
  await expect(errorSummary(page)).toContainText("Pilih instansi yang menangani");

  // Workshop agencies are not even offered.
  const agencies = page.getByLabel("Instansi yang menangani", { exact: true });
  await expect(agencies.locator("option", { hasText: "LATIHAN" })).toHaveCount(0);
  await page.getByLabel(/^Wilayah/).selectOption({ label: "Pallangga" });
  const bpbd = await agencies.locator("option", { hasText: "Badan Penanggulangan Bencana Daerah" }).getAttribute("value");
  await agencies.selectOption(bpbd!);
  await page.getByRole("button", { name: "Simpan aturan", exact: true }).click();
  await expect(done(page)).toHaveText("Aturan pembagian tugas sudah disimpan.");
  const rules = page.getByRole("table", { name: `Instansi yang menangani ${category}` });
  await expect(rules.getByRole("row", { name: /^Pallangga Badan Penanggulangan Bencana Daerah/ })).toBeVisible();
  await expect(rules.getByRole("rowheader", { name: "Seluruh kabupaten" })).toBeVisible();
  await expectNoAxeViolations(page, "category, rule added");

  await rules.getByRole("button", { name: "Hapus aturan untuk Pallangga" }).click();
  await expect(done(page)).toHaveText("Aturan pembagian tugas sudah dihapus.");
  await expect(rules.getByRole("row", { name: /Badan Penanggulangan Bencana Daerah/ })).toHaveCount(0);
});
