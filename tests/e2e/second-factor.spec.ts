// Two-step verification (#19), with and without JavaScript: a verifier of the test's own enrols
// an authenticator app by typing the key shown on the page, signs in with a code, then "loses the
// phone" and signs in with a recovery code; staff without it are sent to turn it on; a code typed
// again before a sensitive action goes back to the page that asked. Axe on each new page.
import { expect, type Page, test } from "@playwright/test";
import { demoEmail } from "../support/demo.ts";
import { asAccount, gql } from "../support/graphql-http.ts";
import { DEMO_TOTP_SECRETS, totpCode } from "../support/second-factor.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { demoVerifier } from "./support/factories.ts";
import { errorSummary } from "./support/pages.ts";

const PASSWORD = "kata sandi verifikator baru";

/** A new verifier account made by the demo administrator through the API. */
async function newVerifier(request: Parameters<typeof gql>[0]): Promise<string> {
  const email = `verifikator.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@contoh.id`;
  await asAccount(request, demoEmail.admin, async () => {
    const made = await gql<{ createStaffAccount: { errors: unknown[]; user: { id: string } } }>(
      request,
      `mutation($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { errors { field message } user { id } } }`,
      { i: { name: "Verifikator Baru", email, password: PASSWORD } },
    );
    expect(made.createStaffAccount.errors).toEqual([]);
    const granted = await gql<{ grantRole: { errors: unknown[] } }>(
      request,
      `mutation($i: GrantRoleInput!) { grantRole(input: $i) { errors { field message } } }`,
      { i: { userId: made.createStaffAccount.user.id, role: "VERIFIER", regionCode: "73.06" } },
    );
    expect(granted.grantRole.errors).toEqual([]);
  });
  return email;
}

async function signInWithPassword(page: Page, email: string, password: string, path = "/masuk"): Promise<void> {
  await page.goto(path);
  await page.getByLabel("Email atau nomor HP").fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("main").getByRole("button", { name: "Masuk", exact: true }).click();
}

test("a verifier enrols an authenticator app, signs in with a code, then with a recovery code", async ({ page, request }) => {
  // Four sign-ins and five axe checks.
  test.slow();
  const email = await newVerifier(request);

  // Signing in without an app: sent to turn it on, on the way to the queue.
  await signInWithPassword(page, email, PASSWORD, "/masuk?returnTo=%2Fkerja");
  await expect(page).toHaveURL(/\/akun\/dua-langkah\?kembali=%2Fkerja$/);
  await expect(page.getByRole("heading", { level: 1, name: "Verifikasi dua langkah" })).toBeVisible();
  await expect(page.getByText("Tugas itu baru bisa dipakai setelah verifikasi dua langkah aktif.")).toBeVisible();
  await expect(page.getByRole("img", { name: /^Kode QR untuk aplikasi autentikator/ })).toBeVisible();
  await expectNoAxeViolations(page, "enrolment steps");

  // The key as text in groups of four, as someone who cannot scan types it into the app.
  const key = (await page.getByRole("definition").textContent())!.trim();
  expect(key).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  const secret = key.replace(/ /g, "");
  const codeBox = page.getByLabel("Kode 6 angka dari aplikasi");
  await expect(codeBox).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codeBox).toHaveAttribute("inputmode", "numeric");

  // A wrong code first: the error at the field, nothing enrolled.
  await codeBox.fill("000000");
  await page.getByRole("button", { name: "Aktifkan" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(errorSummary(page)).toContainText("Kode salah atau sudah lewat");
  await page.getByLabel("Kode 6 angka dari aplikasi").fill(totpCode(secret));
  await page.getByRole("button", { name: "Aktifkan" }).click();

  await expect(page.getByRole("heading", { name: "Simpan kode pemulihan Anda" })).toBeVisible();
  const codes = page.getByRole("list", { name: "Kode pemulihan" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCodes = (await codes.allTextContents()).map((c) => c.trim());
  await expect(page.getByText("Verifikasi dua langkah aktif.")).toBeVisible();
  await expectNoAxeViolations(page, "recovery codes shown");
  await page.getByRole("link", { name: "Sudah saya simpan, lanjut" }).click();
  await expect(page).toHaveURL(/\/kerja$/);

  // Signing in again: the password, then the app's code (the next one: the one used to enrol is spent).
  await page.context().clearCookies();
  await signInWithPassword(page, email, PASSWORD, "/masuk?returnTo=%2Fkerja");
  await expect(page).toHaveURL(/\/masuk\/kode\?returnTo=%2Fkerja$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tulis kode dari aplikasi autentikator" })).toBeVisible();
  await expectNoAxeViolations(page, "code step");
  await page.getByLabel("Kode 6 angka dari aplikasi").fill(totpCode(secret, new Date(Date.now() + 30_000)));
  await page.getByRole("main").getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/kerja$/);

  // The phone is lost: a recovery code instead.
  await page.context().clearCookies();
  await signInWithPassword(page, email, PASSWORD);
  await page.getByRole("link", { name: "HP hilang? Pakai kode pemulihan" }).click();
  const recoveryBox = page.getByLabel("Kode pemulihan");
  await expect(recoveryBox).toBeVisible();
  await expectNoAxeViolations(page, "recovery code step");
  await recoveryBox.fill(recoveryCodes[0]!);
  await page.getByRole("main").getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/akun\/dua-langkah\?pemulihan=9$/);
  await expect(page.getByText("Anda masuk dengan kode pemulihan. Sisa kode: 9.")).toBeVisible();
  await expect(page.getByText("Kode pemulihan yang belum dipakai: 9.")).toBeVisible();
  await expectNoAxeViolations(page, "after a recovery code");

  // The same recovery code does not work twice.
  await page.context().clearCookies();
  await signInWithPassword(page, email, PASSWORD, "/masuk?returnTo=%2Fkerja");
  await page.getByRole("link", { name: "HP hilang? Pakai kode pemulihan" }).click();
  await page.getByLabel("Kode pemulihan").fill(recoveryCodes[0]!);
  await page.getByRole("main").getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(errorSummary(page)).toContainText("Kode salah atau sudah lewat");
  await expect(page.getByLabel("Kode pemulihan")).toHaveValue("");
});

test("a staff member without an app who opens a staff page is sent to turn it on", async ({ page, request }) => {
  const email = await newVerifier(request);
  await page.request.post("/graphql", {
    data: { query: `mutation($i: SignInInput!) { signIn(input: $i) { next } }`, variables: { i: { email, password: PASSWORD } } },
  });
  await page.goto("/kerja");
  await expect(page).toHaveURL(/\/akun\/dua-langkah\?kembali=%2Fkerja$/);
});

test("confirming with a code goes back to the page that asked", async ({ page }) => {
  await signInWithPassword(page, demoVerifier.email, demoVerifier.password);
  await page.getByLabel("Kode 6 angka dari aplikasi").fill(totpCode(DEMO_TOTP_SECRETS[demoVerifier.email]!));
  await page.getByRole("main").getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/akun/konfirmasi?kembali=%2Fakun%2Fsesi");
  await expect(page.getByRole("heading", { level: 1, name: "Konfirmasi dengan kode" })).toBeVisible();
  await expectNoAxeViolations(page, "confirm page");
  await page.getByRole("button", { name: "Konfirmasi" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(page).toHaveTitle("Galat: Konfirmasi dengan kode – Suara");
  await page.getByLabel("Kode dari aplikasi atau kode pemulihan").fill(totpCode(DEMO_TOTP_SECRETS[demoVerifier.email]!));
  await page.getByRole("button", { name: "Konfirmasi" }).click();
  await expect(page).toHaveURL(/\/akun\/sesi$/);
});

test("a link to somewhere else is not followed after confirming", async ({ page }) => {
  await signInWithPassword(page, demoVerifier.email, demoVerifier.password);
  await page.getByLabel("Kode 6 angka dari aplikasi").fill(totpCode(DEMO_TOTP_SECRETS[demoVerifier.email]!));
  await page.getByRole("main").getByRole("button", { name: "Masuk", exact: true }).click();
  await page.goto("/akun/konfirmasi?kembali=https%3A%2F%2Fcontoh.example%2F");
  await page.getByLabel("Kode dari aplikasi atau kode pemulihan").fill(totpCode(DEMO_TOTP_SECRETS[demoVerifier.email]!));
  await page.getByRole("button", { name: "Konfirmasi" }).click();
  await expect(page).toHaveURL(/\/akun$/);
});
