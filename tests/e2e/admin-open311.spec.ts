// The administrator gives a client application an Open311 API key, sees it once, and revokes it
// after confirming, with and without JavaScript; the key works at /open311/v2/ until revoked.
// axe on the states the accessibility matrix does not reach (the key shown, the question asked).
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { demoEmail } from "../support/demo.ts";
import { errorSummary, expectSummaryLinksFocusFields, signIn } from "./support/pages.ts";

test.describe.configure({ timeout: 120_000 });

const tag = () => test.info().project.name; // "js" or "nojs"

async function fileWith(page: Page, key: string): Promise<number> {
  const res = await page.request.post("/open311/v2/requests.json", {
    form: { api_key: key, service_code: "jalan-jembatan", description: `Lampu jalan mati (${tag()})`, "attribute[kecamatan]": "73.06.08" },
  });
  return res.status();
}

test("the administrator issues a key, sees it once, and revokes it after confirming", async ({ page }) => {
  await signIn(page, demoEmail.admin, "/admin");
  await page.getByRole("link", { name: "Aplikasi Open311" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aplikasi Open311" })).toBeVisible();

  // Sent empty: errors at the top and at the fields.
  await page.getByRole("button", { name: "Beri kunci", exact: true }).click();
  await expect(page).toHaveTitle(/^Galat: Aplikasi Open311/);
  await expect(errorSummary(page)).toBeFocused();
  expect(await expectSummaryLinksFocusFields(page)).toBe(2);

  const name = `Aplikasi Desa ${tag()}`;
  await page.getByLabel("Nama aplikasi").fill(name);
  await page.getByLabel("Batas laporan per jam").fill("50");
  await page.getByRole("button", { name: "Beri kunci", exact: true }).click();

  await expect(page.getByRole("heading", { level: 2, name: `Kunci API untuk ${name}` })).toBeVisible();
  const keyField = page.getByLabel("Kunci API", { exact: true });
  const key = await keyField.inputValue();
  expect(key).toMatch(/^o311_[A-Za-z0-9_-]{32}$/);
  await expect(keyField).toHaveAttribute("readonly", "");
  await expect(page.getByRole("heading", { level: 2, name: `Kunci API untuk ${name}` })).toBeFocused();
  await expectNoAxeViolations(page, "the new key shown once");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(`berakhiran ${key.slice(-4)}`);
  await expect(row).toContainText("Aktif");

  // The key files a complaint through Open311.
  expect(await fileWith(page, key)).toBe(200);

  // Shown once: the page opened again lists the application, never the key.
  await page.goto("/admin/aplikasi");
  await expect(page.getByRole("row").filter({ hasText: name })).toBeVisible();
  expect(await page.content()).not.toContain(key);

  await page.getByRole("button", { name: `Cabut kunci untuk ${name}` }).click();
  const question = page.getByRole("heading", { level: 2, name: `Cabut kunci untuk ${name}?` });
  await expect(question).toBeVisible();
  await expect(question).toBeFocused();
  await expectNoAxeViolations(page, "revoking asks first");
  // Cancelling changes nothing.
  await page.getByRole("link", { name: "Batal" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Aktif");
  expect(await fileWith(page, key)).toBe(200);

  await page.getByRole("button", { name: `Cabut kunci untuk ${name}` }).click();
  await page.getByRole("button", { name: "Ya, cabut kunci" }).click();
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveText("Kunci sudah dicabut.");
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Dicabut");
  await expect(page.getByRole("button", { name: `Cabut kunci untuk ${name}` })).toHaveCount(0);
  expect(await fileWith(page, key)).toBe(403);

  // The overview's change log says what happened.
  await page.goto("/admin");
  await expect(page.getByRole("table").getByText("Kunci API aplikasi dicabut").first()).toBeVisible();
});
