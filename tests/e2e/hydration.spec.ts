// On a slow link people start typing before the JavaScript arrives: hydration must keep it.
import { expect, test } from "@playwright/test";

test("text typed before the scripts load is kept", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "only meaningful with JavaScript");
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_app/immutable/**/*.js", async (route) => {
    await held;
    await route.continue();
  });

  await page.goto("/lapor", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Judul laporan").fill("Diketik sebelum JavaScript");
  await page.getByLabel("Ceritakan masalahnya").fill("Cerita yang diketik lebih dulu.");
  await page.getByRole("radio", { name: "Aspirasi", exact: true }).check();
  await page.getByLabel("Kecamatan", { exact: true }).selectOption({ label: "Bajeng" });

  release();
  // Once hydrated, the desa list narrows to the kecamatan chosen before the scripts arrived.
  await expect(page.locator("#villageCode optgroup")).toHaveCount(1);
  await expect(page.locator("#villageCode optgroup")).toHaveAttribute("label", "Bajeng");

  await expect(page.getByLabel("Judul laporan")).toHaveValue("Diketik sebelum JavaScript");
  await expect(page.getByLabel("Ceritakan masalahnya")).toHaveValue("Cerita yang diketik lebih dulu.");
  await expect(page.getByRole("radio", { name: "Aspirasi", exact: true })).toBeChecked();
  await expect(page.getByLabel("Kecamatan", { exact: true })).toHaveValue("73.06.02");
});
