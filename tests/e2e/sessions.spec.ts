// "Perangkat yang masuk": a resident signed in on two browsers sees both, this one marked, signs
// the other out (it is signed out at once), then signs out everywhere. With and without scripts.
import { expect, test } from "@playwright/test";
import { gql, signInOver } from "../support/graphql-http.ts";
import { signUpResident } from "./support/factories.ts";

test("a resident signs another device out, then every device", async ({ browser, page, request }) => {
  const { email } = await signUpResident(request, "Ibu Sesi");
  // Signing up signed the API context in: only the two browsers stay.
  await gql(request, `mutation { signOut }`);
  await signInOver(page.request, email, "kata sandi panjang sekali");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInOver(otherPage.request, email, "kata sandi panjang sekali");

  await page.goto("/akun");
  await page.getByRole("link", { name: "Perangkat yang masuk ke akun ini" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Perangkat yang masuk ke akun Anda" })).toBeVisible();
  const devices = page.getByRole("list", { name: "Perangkat yang masuk" }).getByRole("listitem");
  await expect(devices).toHaveCount(2);
  await expect(devices.first()).toContainText("(perangkat ini)");
  await expect(devices.first()).toContainText("Chrome di Linux");

  await devices.nth(1).getByRole("button", { name: /^Keluarkan Chrome di Linux \(masuk / }).click();
  await expect(page.getByText("Perangkat itu sudah keluar dari akun Anda.")).toBeVisible();
  await expect(devices).toHaveCount(1);
  // The other browser is signed out at once.
  await otherPage.goto("/akun");
  await expect(otherPage).toHaveURL(/\/masuk/);
  await other.close();

  await page.getByRole("button", { name: "Keluar dari semua perangkat" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/akun");
  await expect(page).toHaveURL(/\/masuk/);
});
