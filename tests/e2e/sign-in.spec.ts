// Signing in and out as a member of staff (the demo verifier).
import { expect, test } from "@playwright/test";
import { demoVerifier } from "./support/factories.ts";
import { errorSummary } from "./support/pages.ts";
import { DEMO_TOTP_SECRETS, totpCode } from "../support/second-factor.ts";

test("the demo verifier signs in and out", async ({ page }) => {
  await page.goto("/masuk");
  await expect(page).toHaveTitle("Masuk – Suara");
  const email = page.getByLabel("Email atau nomor HP");
  const password = page.getByLabel("Kata sandi", { exact: true });
  await expect(email).toHaveAttribute("autocomplete", "username");
  await expect(password).toHaveAttribute("autocomplete", "current-password");

  await email.fill(demoVerifier.email);
  await password.fill(demoVerifier.password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  // The demo verifier has an authenticator app (its secret is in the README).
  await expect(page).toHaveURL(/\/masuk\/kode$/);
  await page.getByLabel("Kode 6 angka dari aplikasi").fill(totpCode(DEMO_TOTP_SECRETS[demoVerifier.email]!));
  await page.getByRole("main").getByRole("button", { name: "Masuk", exact: true }).click();

  await expect(page).toHaveURL(/\/$/);
  const nav = page.getByRole("navigation", { name: "Menu utama" });
  await expect(nav.getByRole("button", { name: "Keluar" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Masuk" })).toHaveCount(0);

  await nav.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(nav.getByRole("link", { name: "Masuk" })).toBeVisible();
});

test("a wrong password shows an error and keeps the e-mail", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByLabel("Email atau nomor HP").fill(demoVerifier.email);
  await page.getByLabel("Kata sandi", { exact: true }).fill("salah-sekali");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();

  await expect(page).toHaveTitle("Galat: Masuk – Suara");
  await expect(errorSummary(page)).toBeVisible();
  await expect(errorSummary(page)).toBeFocused();
  await expect(page.getByLabel("Email atau nomor HP")).toHaveValue(demoVerifier.email);
  await expect(page.getByLabel("Kata sandi", { exact: true })).toHaveValue("");
  await expect(page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Masuk" })).toBeVisible();
});

test("the password can be shown with JavaScript", { tag: "@with-js", annotation: { type: "why", description: "unmasking a password field needs JavaScript; the toggle is hidden without it" } }, async ({ page }) => {
  await page.goto("/masuk");
  const password = page.getByLabel("Kata sandi", { exact: true });
  await password.fill("rahasia");
  await expect(password).toHaveAttribute("type", "password");
  const toggle = page.getByRole("button", { name: "Tampilkan kata sandi" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(password).toHaveAttribute("type", "text");
  await expect(password).toHaveValue("rahasia");
  await toggle.click();
  await expect(password).toHaveAttribute("type", "password");
});

test("without JavaScript there is no toggle and the field stays a password field", { tag: "@without-js", annotation: { type: "why", description: "the no-JavaScript page" } }, async ({ page }) => {
  await page.goto("/masuk");
  await expect(page.getByLabel("Kata sandi", { exact: true })).toHaveAttribute("type", "password");
  await expect(page.getByRole("button", { name: "Tampilkan kata sandi" })).toHaveCount(0);
});

test("signing out needs a form post, not a link", async ({ request }) => {
  const response = await request.get("/keluar", { maxRedirects: 0 });
  expect(response.status()).toBe(405);
});
