// Keyboard only: from the home page, file a complaint through the /lapor filing and open its tracking page with
// Tab, Shift+Tab, Space, Enter and the arrow keys. No clicks, and nothing typed into an element
// the keyboard did not focus first. Runs with and without JavaScript.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/harness.ts";
import { themeByName } from "./support/themes.ts";

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never gets it. */
async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number } = {}) {
  const key = options.backwards ? "Shift+Tab" : "Tab";
  for (let i = 0; i < (options.max ?? 60); i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `${key} never reached it`).toBeFocused({ timeout: 1 });
}

/** Types into the field the keyboard has just focused. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Tab stops once in a radio group (on its chosen or first radio); the arrow keys move and choose. */
async function arrowToRadio(page: Page, group: Locator, option: Locator) {
  for (let i = 0; i < 60 && !(await group.evaluate((g) => g.contains(document.activeElement))); i++) {
    await page.keyboard.press("Tab");
  }
  for (let i = 0; i < 30 && !(await isFocused(option)); i++) await page.keyboard.press("ArrowDown");
  await expect(option).toBeFocused();
  if (!(await option.isChecked())) await page.keyboard.press("Space");
  await expect(option).toBeChecked();
}

/** A focused, closed select changes its choice with the arrow keys. */
async function arrowToOption(page: Page, select: Locator, label: string) {
  await tabTo(page, select);
  const chosen = () => select.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.label ?? "");
  for (let i = 0; i < 200 && (await chosen()) !== label; i++) await page.keyboard.press("ArrowDown");
  expect(await chosen()).toBe(label);
}

for (const javaScript of [true, false]) {
  test(`a complaint is filed and then tracked with the keyboard alone (${javaScript ? "with" : "without"} JavaScript)`, async ({
    harness,
  }) => {
    test.setTimeout(90_000);
    const context = await harness.context(themeByName("standar"), "anonymous", javaScript);
    const page = await context.newPage();
    try {
      await page.goto("/");
      const menu = page.getByRole("navigation", { name: "Menu utama" });

      // The skip link comes first; then to the start page through the menu.
      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: "Langsung ke isi utama" })).toBeFocused();
      await tabTo(page, menu.getByRole("link", { name: "Lapor", exact: true }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/lapor$/);
      await expect(page.getByRole("heading", { level: 1, name: "Buat laporan" })).toBeVisible();
      await tabTo(page, page.getByRole("main").getByRole("link", { name: "Mulai", exact: true }));
      await page.keyboard.press("Enter");

      /** Each step ends on its continue button. */
      const next = async (path: RegExp) => {
        await tabTo(page, page.getByRole("button", { name: "Lanjutkan" }));
        await page.keyboard.press("Enter");
        await expect(page).toHaveURL(path);
      };

      const title = `Lampu jalan mati, dilapor dengan papan ketik ${Date.now()}`;
      await expect(page).toHaveURL(/\/lapor\/jenis$/);
      await arrowToRadio(page, page.getByRole("group", { name: /Jenis laporan/ }), page.getByRole("radio", { name: "Pengaduan", exact: true }));
      await next(/\/lapor\/kejadian$/);
      await typeInto(page, page.getByLabel("Judul laporan"), title);
      await typeInto(page, page.getByLabel("Ceritakan masalahnya"), "Lampu jalan di depan SD Inpres mati sejak dua minggu.");
      await next(/\/lapor\/waktu$/);
      const date = page.getByRole("group", { name: /Tanggal kejadian/ });
      await typeInto(page, date.getByLabel("Tanggal", { exact: true }), "3");
      await typeInto(page, date.getByLabel("Bulan", { exact: true }), "11");
      await typeInto(page, date.getByLabel("Tahun", { exact: true }), "2026");
      await next(/\/lapor\/lokasi$/);
      await arrowToOption(page, page.getByLabel("Kecamatan", { exact: true }), "Somba Opu");
      if (!javaScript) {
        // The desa list of the chosen kecamatan comes with the page shown again.
        await tabTo(page, page.getByRole("button", { name: "Tampilkan daftar desa" }));
        await page.keyboard.press("Enter");
        await expect(page.getByLabel(/Desa atau kelurahan/)).toBeVisible();
      }
      await arrowToOption(page, page.getByLabel(/Desa atau kelurahan/), "Sungguminasa");
      await typeInto(page, page.getByLabel(/Patokan tempat/), "Dekat masjid raya");
      await next(/\/lapor\/kategori$/);
      // The topic waits behind "Topik lain": the disclosure opens with Enter; the group's chosen
      // radio ("Saya tidak tahu") is just before it, and the arrow keys go on into the list.
      await tabTo(page, page.getByText(/^Topik lain \(\d+\)$/));
      await page.keyboard.press("Enter");
      await page.keyboard.press("Shift+Tab");
      await arrowToRadio(page, page.getByRole("group", { name: /Topik laporan/ }), page.getByRole("radio", { name: "Listrik dan lampu jalan" }));
      // When a complaint another test verified looks alike, its page comes first: on by keyboard too.
      await next(/\/lapor\/(instansi|serupa)$/);
      if (/\/lapor\/serupa$/.test(new URL(page.url()).pathname)) {
        await tabTo(page, page.getByRole("link", { name: "Bukan, lanjutkan" }));
        await page.keyboard.press("Enter");
        await expect(page).toHaveURL(/\/lapor\/instansi$/);
      }
      await next(/\/lapor\/foto$/);
      await next(/\/lapor\/privasi$/);
      await arrowToRadio(page, page.getByRole("group", { name: /Siapa yang boleh membaca/ }), page.getByRole("radio", { name: "Publik", exact: true }));
      await typeInto(page, page.getByLabel("Nama Anda"), "Daeng Ngai");
      await next(/\/lapor\/kabar$/);
      await arrowToRadio(page, page.getByRole("group", { name: /Cara menerima kabar/ }), page.getByRole("radio", { name: "SMS ke HP saya" }));
      await typeInto(page, page.getByLabel(/Nomor HP/), "0812 3456 7890");
      await next(/\/lapor\/periksa$/);

      // Correct an answer through its change link, as people do, and come back to the check page.
      await tabTo(page, page.getByRole("link", { name: "Ubah Tempat kejadian" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/lapor\/lokasi\?ubah=1$/);
      const landmark = page.getByLabel(/Patokan tempat/);
      await tabTo(page, landmark);
      await page.keyboard.press("End");
      await page.keyboard.type(", sebelah utara");
      await expect(landmark).toHaveValue("Dekat masjid raya, sebelah utara");
      await tabTo(page, page.getByRole("button", { name: "Simpan perubahan" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/lapor\/periksa$/);

      await tabTo(page, page.getByRole("button", { name: "Kirim laporan" }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1, name: "Laporan Anda terkirim" })).toBeVisible();
      const code = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
      expect(code).toMatch(/^[A-Z]{3}-[A-Z0-9]{4}-[A-Z0-9]{2}$/);

      // Later: open the tracking page from the menu and look the complaint up by its code.
      await tabTo(page, menu.getByRole("link", { name: "Lacak laporan" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/lacak$/);
      await typeInto(page, page.getByLabel("Kode lacak"), code);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/lacak/${code}$`));
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(page.getByText("Dekat masjid raya, sebelah utara")).toBeVisible();
    } finally {
      await page.close();
    }
  });
}
