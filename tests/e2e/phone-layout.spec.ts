// Pages that fit a phone at 200% text: the menu folds behind "Menu" on a narrow screen, the desa
// list only ever holds the chosen kecamatan's desa, long choice lists show the common choices
// first, and the privacy comparison reads down the page. With and without JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { chooseDistrict, continueTo } from "./support/pages.ts";

const phone = { width: 320, height: 720 };

async function largeText(page: Page, baseURL: string | undefined) {
  await page.context().addCookies([
    { name: "teks", value: "200", url: baseURL! },
    { name: "tema", value: "kontras", url: baseURL! },
  ]);
}

test("on a phone at 200% text the menu waits behind 'Menu' and the page's heading is on the first screen", async ({ page, baseURL }) => {
  await largeText(page, baseURL);
  await page.setViewportSize(phone);
  await page.goto("/lapor/lokasi");
  const menu = page.getByRole("navigation", { name: "Menu utama" });
  const toggle = menu.getByText("Menu", { exact: true });
  await expect(toggle).toBeVisible();
  await expect(menu.getByRole("link", { name: "Lacak laporan" })).toBeHidden();
  const heading = page.getByRole("heading", { level: 1 });
  const box = await heading.boundingBox();
  expect(box!.y + box!.height, "the heading ends on the first screen").toBeLessThanOrEqual(phone.height);

  await toggle.click();
  await menu.getByRole("link", { name: "Lacak laporan" }).click();
  await expect(page).toHaveURL(/\/lacak$/);
});

test("on a wide screen the menu is open, with no 'Menu' toggle", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/lapor");
  const menu = page.getByRole("navigation", { name: "Menu utama" });
  await expect(menu.getByRole("link", { name: "Lacak laporan" })).toBeVisible();
  await expect(menu.getByText("Menu", { exact: true })).toBeHidden();
});

test("the desa list holds only the chosen kecamatan's desa, and what was typed stays", async ({ page, javaScriptEnabled }) => {
  await page.goto("/lapor/lokasi");
  // Before a kecamatan is chosen there is no list of all 167 desa, only a sentence.
  await expect(page.getByLabel(/Desa atau kelurahan/)).toHaveCount(0);
  await expect(page.getByText("Daftar desa dan kelurahan muncul di sini setelah Anda memilih kecamatan.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Tampilkan daftar desa" })).toHaveCount(javaScriptEnabled ? 0 : 1);

  await page.getByLabel(/Patokan tempat/).fill("Dekat pasar sentral");
  await chooseDistrict(page, "Bajeng");
  const desa = page.getByLabel(/Desa atau kelurahan/);
  await expect(desa.locator("optgroup")).toHaveCount(1);
  // Bajeng's desa and kelurahan, and "I don't know": nothing from another kecamatan.
  const options = await desa.locator("option").allTextContents();
  expect(options.length).toBeGreaterThan(5);
  expect(options.length).toBeLessThan(25);
  await expect(page.getByLabel(/Patokan tempat/)).toHaveValue("Dekat pasar sentral");
  if (!javaScriptEnabled) expect(new URL(page.url()).hash).toBe("#villageCode");

  // Another kecamatan: its own list.
  await chooseDistrict(page, "Somba Opu");
  await desa.selectOption({ label: "Sungguminasa" });
  await continueTo(page, /\/lapor\/kategori$/);
  await page.goto("/lapor/lokasi");
  await expect(page.getByLabel(/Desa atau kelurahan/).locator("optgroup")).toHaveAttribute("label", "Somba Opu");
  await expect(page.getByLabel(/Desa atau kelurahan/)).toHaveValue(/\S/);
  await expect(page.getByLabel(/Patokan tempat/)).toHaveValue("Dekat pasar sentral");
});

test("the topic step shows the common topics first; a topic behind 'Topik lain' comes back open", async ({ page }) => {
  await page.goto("/lapor/kategori");
  const group = page.getByRole("group", { name: /Topik laporan/ });
  await expect(group.getByRole("radio", { name: "Jalan dan jembatan" })).toBeVisible();
  await expect(group.getByRole("radio", { name: "Saya tidak tahu" })).toBeVisible();
  const other = group.getByRole("radio", { name: "Listrik dan lampu jalan" });
  await expect(other).toBeHidden();
  // Opened at once, before the page's script may have taken over: it must stay open.
  await group.getByText(/^Topik lain \(\d+\)$/).click();
  await expect(other).toBeVisible();
  await other.check();
  await continueTo(page, /\/lapor\/instansi$/);
  await page.goto("/lapor/kategori");
  await expect(other).toBeVisible();
  await expect(other).toBeChecked();
});

test("the agency step shows the suggestion and 'I don't know'; other agencies wait behind 'Instansi lain'", async ({ page }) => {
  await page.goto("/lapor/kategori");
  await page.getByRole("radio", { name: "Jalan dan jembatan" }).check();
  await continueTo(page, /\/lapor\/instansi$/);
  const group = page.getByRole("group", { name: /Instansi/ });
  await expect(group.getByRole("radio", { checked: true })).toBeVisible();
  await expect(group.getByRole("radio", { name: "Saya tidak tahu" })).toBeVisible();
  const visible = await group.getByRole("radio").evaluateAll((radios) => radios.filter((r) => r.checkVisibility()).length);
  expect(visible).toBe(2);
  await group.getByText(/^Instansi lain \(\d+\)$/).click();
  expect(await group.getByRole("radio").evaluateAll((radios) => radios.filter((r) => r.checkVisibility()).length)).toBeGreaterThan(10);
});

test("the privacy comparison is a list behind 'Siapa melihat apa', not a sideways table", async ({ page }) => {
  await page.goto("/lapor/privasi");
  await expect(page.locator("main table")).toHaveCount(0);
  const comparison = page.getByRole("main").locator("details", { hasText: "Siapa melihat apa" });
  await expect(comparison.getByText("Yang dilihat umum").first()).toBeHidden();
  await comparison.getByText("Siapa melihat apa").click();
  await expect(comparison.getByRole("listitem")).toHaveCount(3);
  await expect(comparison.getByText("Yang dilihat instansi").first()).toBeVisible();
});
