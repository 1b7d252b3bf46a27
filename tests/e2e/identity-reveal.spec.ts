// Revealing a hidden identity (issue #19), with and without JavaScript, on a server of this file's
// own (its database ages the code the administrator gave at sign-in): the demo administrator
// opens an anonymous complaint's "Buka identitas pelapor" page, is first sent to type an
// authenticator code on the real confirmation page, then gives a reason (an empty one is said at the field) and sees
// the identity once; the complaint's page keeps hiding it, and the reporter reads on their
// tracking page (code and PIN) that it was opened, when and why. Axe checks every state in every
// theme (the shared server's matrix reaches only the first: its sessions have no second factor).
import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { axeTags, describeViolations, runAxe } from "../support/axe.ts";
import { demoEmail } from "../support/demo.ts";
import type { TestServer } from "../support/server.ts";
import { switchTheme, themeByName, themes } from "../a11y/support/themes.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { createComplaint } from "./support/factories.ts";
import { ownServerPage, useOwnServer } from "./support/own-server.ts";
import { errorSummary, scriptsReady, signIn } from "./support/pages.ts";
import { DEMO_TOTP_SECRETS, totpCode } from "../support/second-factor.ts";

let server: TestServer;
useOwnServer((started) => (server = started));

// Sign-in, filing and several page loads on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

const REASON = "Surat permintaan Polres Gowa no. B/77/XII/2026 untuk penyidikan ancaman terhadap saksi";

/** A page of this file's own server. */
const ownPage = (browser: Browser, testInfo: TestInfo): Promise<Page> => ownServerPage(server, browser, testInfo);

/** Axe in every theme with JavaScript; without it, on the page's HTML in the default theme. */
async function axeEveryTheme(page: Page, testInfo: TestInfo, state: string): Promise<void> {
  if (testInfo.project.use.javaScriptEnabled === false) return expectNoAxeViolations(page, state);
  for (const theme of themes) {
    await switchTheme(page, theme);
    const results = await runAxe(page, { tags: [...axeTags, ...theme.extraAxeTags], disableRules: theme.disabledAxeRules });
    expect(results.violations, `${state}, ${theme.label}:\n${describeViolations(results.violations)}`).toEqual([]);
  }
  await switchTheme(page, themeByName("standar"));
}

test("the administrator opens an anonymous complaint's identity with a reason; the reporter reads it on the tracking page", async ({ browser }, testInfo) => {
  const js = testInfo.project.use.javaScriptEnabled !== false;
  // The reporter files anonymously from a browser of their own.
  const reporter = await ownPage(browser, testInfo);
  const complaint = await createComplaint(reporter.context().request, {
    privacy: "ANONYMOUS",
    reporterName: "Daeng Ngai",
    reporterPhone: "0812 3456 7890",
    contactPreference: "SMS",
  });
  const code = complaint.trackingCode;

  const admin = await ownPage(browser, testInfo);
  await signIn(admin, demoEmail.admin, `/kerja/${code}`);
  await expect(admin.getByText("Identitas pelapor disembunyikan dari Anda sesuai pilihan privasi pelapor.")).toBeVisible();
  await scriptsReady(admin, js);
  await admin.getByRole("link", { name: "Buka identitas pelapor" }).click();
  await expect(admin).toHaveURL(new RegExp(`/kerja/${code}/buka-identitas$`));
  await expect(admin.getByRole("heading", { level: 1, name: "Buka identitas pelapor" })).toBeVisible();
  await expect(admin.getByText(/Bukalah hanya jika hukum mewajibkannya/)).toBeVisible();
  await expect(admin.getByText(/dicatat di log audit/)).toBeVisible();
  await expect(admin.getByText("Identitas pelapor laporan ini belum pernah dibuka.")).toBeVisible();

  // The code given at sign-in is eleven minutes old (arranged: the clock is not ours to move):
  // no form, the way to give a code again, and back here afterwards.
  await server.db.prisma.session.updateMany({
    where: { user: { email: demoEmail.admin }, revokedAt: null },
    data: { secondFactorAt: new Date(Date.now() - 11 * 60_000) },
  });
  await admin.reload();
  await expect(admin.getByLabel("Alasan membuka identitas")).toHaveCount(0);
  const giveCode = admin.getByRole("link", { name: "Masukkan kode autentikator dulu" });
  await expect(giveCode).toHaveAttribute("href", `/akun/konfirmasi?kembali=${encodeURIComponent(`/kerja/${code}/buka-identitas`)}`);
  await axeEveryTheme(admin, testInfo, "no fresh second factor");

  // The real page: the administrator types the code from the authenticator app (the demo key is
  // published in the README) and comes back here.
  await giveCode.click();
  await expect(admin.getByRole("heading", { level: 1, name: "Konfirmasi dengan kode" })).toBeVisible();
  await admin.getByLabel("Kode dari aplikasi atau kode pemulihan").fill(totpCode(DEMO_TOTP_SECRETS[demoEmail.admin]!));
  await admin.getByRole("button", { name: "Konfirmasi", exact: true }).click();
  await expect(admin).toHaveURL(new RegExp(`/kerja/${code}/buka-identitas$`));
  const reason = admin.getByLabel("Alasan membuka identitas");
  await expect(reason).toBeVisible();
  await axeEveryTheme(admin, testInfo, "the reason's form");

  // Sent without a reason: said at the field, the summary's link goes there.
  await scriptsReady(admin, js);
  await admin.getByRole("button", { name: "Buka identitas" }).click();
  const summary = errorSummary(admin);
  await expect(summary).toContainText("Tulis alasan membuka identitas");
  await expect(admin).toHaveTitle(/^Galat: /);
  await axeEveryTheme(admin, testInfo, "no reason given");
  await summary.getByRole("link").click();
  await expect(admin.getByLabel("Alasan membuka identitas")).toBeFocused();
  expect(await server.db.prisma.identityReveal.count()).toBe(0);

  await admin.getByLabel("Alasan membuka identitas").fill(REASON);
  await axeEveryTheme(admin, testInfo, "a reason typed");

  // The code grew old while the reason was typed: asked for a new one, the reason kept.
  const secondFactorAt = (at: Date) =>
    server.db.prisma.session.updateMany({ where: { user: { email: demoEmail.admin }, revokedAt: null }, data: { secondFactorAt: at } });
  await secondFactorAt(new Date(Date.now() - 11 * 60_000));
  await admin.getByRole("button", { name: "Buka identitas" }).click();
  await expect(errorSummary(admin)).toContainText("tulis lagi kode dari aplikasi autentikator");
  await expect(admin.getByRole("link", { name: "Masukkan kode autentikator dulu", exact: true })).toBeVisible();
  await expect(admin.getByLabel("Alasan membuka identitas")).toHaveValue(REASON);
  expect(await server.db.prisma.identityReveal.count()).toBe(0);

  await secondFactorAt(new Date());
  await scriptsReady(admin, js);
  await admin.getByRole("button", { name: "Buka identitas" }).click();

  // The identity, once, on the answer.
  const shown = admin.getByRole("region", { name: "Identitas pelapor" });
  await expect(shown).toBeVisible();
  await expect(shown).toContainText("Daeng Ngai");
  await expect(shown).toContainText("+6281234567890");
  await expect(shown).toContainText("hanya ditampilkan sekarang");
  await expect(admin.getByRole("list", { name: "Riwayat pembukaan identitas" })).toContainText(REASON);
  await axeEveryTheme(admin, testInfo, "the identity shown");

  // The complaint's page keeps hiding it.
  await admin.goto(`/kerja/${code}`);
  await expect(admin.getByText("Identitas pelapor disembunyikan dari Anda sesuai pilihan privasi pelapor.")).toBeVisible();
  await expect(admin.getByText("Daeng Ngai")).toHaveCount(0);
  // And the reveal page again shows only the record, not the identity.
  await admin.goto(`/kerja/${code}/buka-identitas`);
  await expect(admin.getByRole("region", { name: "Identitas pelapor" })).toHaveCount(0);
  await expect(admin.getByText("Daeng Ngai")).toHaveCount(0);

  // The reporter, with code and PIN, reads when and why.
  await reporter.goto("/lacak");
  await reporter.getByLabel("Kode lacak").fill(code);
  await reporter.getByLabel(/^PIN/).fill(complaint.accessSecret);
  await reporter.getByRole("button", { name: "Lacak", exact: true }).click();
  const notice = reporter.getByRole("note", { name: "Identitas Anda dibuka" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(new RegExp(`Identitas Anda dibuka oleh administrator pada \\d{1,2} \\S+ \\d{4}, alasan: ${REASON.replace(/[./]/g, "\\$&")}`));
  await axeEveryTheme(reporter, testInfo, "the reporter's tracking page with the notice");

  // Nobody else: the public's view of the same page has no notice.
  const stranger = await ownPage(browser, testInfo);
  await stranger.goto(`/lacak/${code}`);
  await expect(stranger.getByText("Identitas Anda dibuka")).toHaveCount(0);
  await Promise.all([reporter.context().close(), admin.context().close(), stranger.context().close()]);
});
