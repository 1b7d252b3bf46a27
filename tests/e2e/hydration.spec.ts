// On a slow link people start typing before the JavaScript arrives: hydration must keep it.
import { expect, test, type Page } from "@playwright/test";

/** Holds the app's scripts back until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_app/immutable/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("text typed before the scripts load is kept", { tag: "@with-js", annotation: { type: "why", description: "only meaningful with JavaScript" } }, async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/lapor/kejadian", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Judul laporan").fill("Diketik sebelum JavaScript");
  await page.getByLabel("Ceritakan masalahnya").fill("Cerita yang diketik lebih dulu.");
  // Not yet marked as scripted: tests that wait for the mark (scriptsReady) wait for this moment.
  await expect(page.locator("html")).not.toHaveAttribute("data-scripts", /./);
  release();
  // Hydrated once the character count (a scripted enhancement) appears, and marked so.
  await expect(page.getByText(/^Sisa \d+ karakter/).first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  await expect(page.getByLabel("Judul laporan")).toHaveValue("Diketik sebelum JavaScript");
  await expect(page.getByLabel("Ceritakan masalahnya")).toHaveValue("Cerita yang diketik lebih dulu.");
});

test("a kecamatan chosen before the scripts load narrows the desa list once they do", { tag: "@with-js", annotation: { type: "why", description: "only meaningful with JavaScript" } }, async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/lapor/lokasi", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Kecamatan", { exact: true }).selectOption({ label: "Bajeng" });
  await page.getByLabel(/Patokan tempat/).fill("Dekat pasar");
  release();
  await expect(page.locator("#villageCode optgroup")).toHaveCount(1);
  await expect(page.locator("#villageCode optgroup")).toHaveAttribute("label", "Bajeng");
  await expect(page.getByLabel("Kecamatan", { exact: true })).toHaveValue("73.06.02");
  await expect(page.getByLabel(/Patokan tempat/)).toHaveValue("Dekat pasar");
});

test("a menu opened on a phone before the scripts load stays open once they do", { tag: "@with-js", annotation: { type: "why", description: "only meaningful with JavaScript" } }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const release = await holdScripts(page);
  await page.goto("/lapor/kejadian", { waitUntil: "domcontentloaded" });
  const menu = page.getByRole("navigation", { name: "Menu utama" });
  await menu.getByText("Menu", { exact: true }).click();
  await expect(menu.getByRole("link", { name: "Lacak laporan" })).toBeVisible();
  release();
  await expect(page.getByText(/^Sisa \d+ karakter/).first()).toBeVisible();
  await expect(menu.getByRole("link", { name: "Lacak laporan" })).toBeVisible();
  // Following a link in it (now a client-side navigation) folds it again.
  await menu.getByRole("link", { name: "Lacak laporan" }).click();
  await expect(page).toHaveURL(/\/lacak$/);
  await expect(menu.getByRole("link", { name: "Lacak laporan" })).toBeHidden();
});

test("'Topik lain' opened before the scripts load stays open once they do", { tag: "@with-js", annotation: { type: "why", description: "only meaningful with JavaScript" } }, async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/lapor/kategori", { waitUntil: "domcontentloaded" });
  const group = page.getByRole("group", { name: /Topik laporan/ });
  await group.getByText(/^Topik lain \(\d+\)$/).click();
  const other = group.getByRole("radio", { name: "Listrik dan lampu jalan" });
  await expect(other).toBeVisible();
  release();
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  await expect(other).toBeVisible();
  // Closed and opened again by the person, once scripted: it follows them.
  await group.getByText(/^Topik lain \(\d+\)$/).click();
  await expect(other).toBeHidden();
  await group.getByText(/^Topik lain \(\d+\)$/).click();
  await other.check();
  await expect(other).toBeChecked();
});

test("a plain step opened by a hydrated page's scripts works as a hydrated page: the offline line shows", { tag: "@with-js", annotation: { type: "why", description: "only meaningful with JavaScript" } }, async ({ page, context }) => {
  // The public list is hydrated; a complaint's tracking page is a plain one, which its client may open itself.
  await page.goto("/laporan");
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  const first = page.getByRole("main").locator('a[href^="/lacak/"]').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // Opened by the client (the same window), not loaded whole: no plain script runs here.
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  await context.setOffline(true);
  await expect(page.getByText("Tanpa sambungan internet", { exact: true })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText("Tanpa sambungan internet", { exact: true })).toBeHidden();
});
