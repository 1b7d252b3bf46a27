// The language switch works without JavaScript, sticks across pages and sets <html lang>.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";

test("switching to English persists across pages, and back", async ({ page }) => {
  await page.goto("/lacak");
  await page.getByRole("button", { name: "English" }).click();

  // Back on the same page, now in English.
  await expect(page).toHaveURL(/\/lacak$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle("Track a report – Suara");
  await expect(page.getByRole("heading", { level: 1, name: "Track a report" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Report", exact: true }).click();
  await expect(page).toHaveURL(/\/lapor$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Make a report" })).toBeVisible();
  await expectNoAxeViolations(page, "start page in English");

  await page.getByRole("main").getByRole("link", { name: "Start", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What would you like to tell us?" })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveTitle(/^Error: Kind of report – Suara$/);
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  // The server's sentence follows the language too.
  await expect(page.getByRole("link", { name: "Choose what kind of report this is" })).toBeVisible();
  await expectNoAxeViolations(page, "first question in English, with errors");

  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle("Home – Suara");

  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page).toHaveTitle("Beranda – Suara");
});

test("the language switch only sends people back to this site", async ({ request, baseURL }) => {
  const cases: Array<[returnTo: string, expected: string]> = [
    ["/lacak?x=1", "/lacak?x=1"],
    ["//evil.example/", "/"],
    ["https://evil.example/", "/"],
    ["/\\evil.example", "/"],
  ];
  for (const [returnTo, expected] of cases) {
    const response = await request.post("/pengaturan/bahasa", {
      form: { lang: "en", returnTo },
      headers: { origin: baseURL! },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toBe(expected);
    expect(response.headers()["set-cookie"]).toMatch(/^lang=en;.*Max-Age=31536000.*Path=\/.*SameSite=Lax/i);
  }
});

test.describe("an English-language browser that has not chosen a language", () => {
  test.use({ locale: "en-US" });

  test("gets the page and the server's labels in the same language (Bahasa Indonesia)", async ({ page }) => {
    await page.goto("/lapor/kategori");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1, name: "Laporan Anda tentang apa?" })).toBeVisible();
    // Category names come from the server: they must follow the same `lang` cookie default.
    await expect(page.getByRole("radio", { name: "Jalan dan jembatan" })).toBeVisible();
  });
});
