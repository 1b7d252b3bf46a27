// The confirmation page as a receipt that lasts: it says whether the code and PIN also went out
// by SMS (or why not), prints as a large-print receipt without the site's navigation, and with
// JavaScript a button prints it and another reads the code and PIN aloud, letter by letter.
// Headless Chromium has no voices, so speechSynthesis.speak is replaced by a recorder.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { createComplaint } from "./support/factories.ts";
import { fillFiling, sendReport } from "./support/pages.ts";

// Each test files complaints: on a busy two-core machine 30 s is too tight.
test.describe.configure({ timeout: 90_000 });

// Indonesian letter names, written out here on their own (not imported from the app).
const ID_LETTERS: Record<string, string> = {
  A: "a", B: "be", C: "ce", D: "de", E: "e", F: "ef", G: "ge", H: "ha", I: "i", J: "je", K: "ka", L: "el", M: "em",
  N: "en", O: "o", P: "pe", Q: "ki", R: "er", S: "es", T: "te", U: "u", V: "ve", W: "we", X: "eks", Y: "ye", Z: "zet",
};
const spokenId = (code: string) => [...code].map((c) => (c === "-" ? "strip" : (ID_LETTERS[c] ?? c))).join(", ");
const spokenEn = (code: string) => [...code].map((c) => (c === "-" ? "dash" : c)).join(", ");

let phoneCounter = 0;
/** A number of its own for each test, so the daily receipt cap of other tests never applies. */
const freshPhone = () => `0813 ${String(Date.now() % 10_000).padStart(4, "0")} ${String(process.pid % 100).padStart(2, "0")}${String(++phoneCounter).padStart(2, "0")}`;

/** A complaint filed with an SMS receipt, and the confirmation page opened as right after sending. */
async function openConfirmation(page: Page, context: BrowserContext, baseURL: string, phone = freshPhone()) {
  const complaint = await createComplaint(context.request, { reporterPhone: phone, contactPreference: "SMS" });
  const code = complaint.trackingCode;
  await context.addCookies([{ name: `pin_${code}`, value: complaint.accessSecret, url: `${baseURL}/lapor/terkirim/${code}` }]);
  await page.goto(`/lapor/terkirim/${code}`);
  await expect(page.getByRole("heading", { level: 1, name: "Laporan Anda terkirim" })).toBeVisible();
  return complaint;
}

test("after filing step by step, the page says the code and PIN also go out by SMS", async ({ page }) => {
  test.setTimeout(90_000);
  await fillFiling(page, { title: `Lampu jalan mati, tanda terima ${Date.now()}` });
  await sendReport(page);
  await expect(page.getByText(/lewat SMS ke nomor HP Anda/)).toBeVisible();
});

test("over the day's cap for a number: still filed, and the page says to write the code down", async ({ page, context, baseURL }) => {
  const phone = freshPhone();
  for (let i = 0; i < 5; i++) await createComplaint(context.request, { reporterPhone: phone, contactPreference: "SMS" });
  await openConfirmation(page, context, baseURL!, phone);
  const main = page.getByRole("main");
  await expect(main.getByText("Hari ini kami tidak bisa lagi mengirim kode dan PIN lewat SMS ke nomor HP Anda", { exact: false })).toBeVisible();
  await expect(main.getByText("Tulis kode dan PIN di kertas, atau cetak halaman ini.", { exact: false })).toBeVisible();
});

test("prints as a large-print receipt: no header, menu or footer; code and PIN big", async ({ page, context, baseURL }) => {
  const complaint = await openConfirmation(page, context, baseURL!);
  await page.emulateMedia({ media: "print" });
  expect(await page.evaluate(() => matchMedia("print").matches)).toBe(true);

  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("link", { name: "Lihat halaman lacak" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Cetak tanda terima" })).toBeHidden();
  await expect(page.getByText("Tanda terima laporan Suara")).toBeVisible();
  await expect(page.getByText(`/lacak/${complaint.trackingCode} dengan kode dan PIN ini`, { exact: false })).toBeVisible();

  const code = page.getByText(complaint.trackingCode, { exact: true });
  const pin = page.getByText(complaint.accessSecret, { exact: true });
  await expect(code).toBeVisible();
  await expect(pin).toBeVisible();
  const sizes = await Promise.all([code, pin, page.getByText("Apa yang terjadi sekarang")].map((l) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))));
  // 36pt is 48 CSS px; the running text is large print too (16pt ≈ 21 px).
  expect(sizes[0]).toBeGreaterThanOrEqual(48);
  expect(sizes[1]).toBeGreaterThanOrEqual(48);

  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("navigation")).toBeVisible();
  await expect(page.getByText("Tanda terima laporan Suara")).toBeHidden();
});

test("the print button prints with JavaScript; without it the page says to use the browser's Print menu", async ({ page, context, baseURL }, testInfo) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await openConfirmation(page, context, baseURL!);
  const button = page.getByRole("button", { name: "Cetak tanda terima" });
  if (testInfo.project.name === "nojs") {
    await expect(button).toHaveCount(0);
    await expect(page.getByText("Untuk mencetak tanda terima, gunakan menu Cetak di peramban.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Bacakan kode dan PIN" })).toHaveCount(0);
    return;
  }
  await button.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.getByText("gunakan menu Cetak di peramban")).toHaveCount(0);
});

/** Replaces speechSynthesis.speak with a recorder of what would be said and in which language. */
async function recordSpeech(page: Page) {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    const synth = window.speechSynthesis;
    synth.speak = (u: SpeechSynthesisUtterance) => void spoken.push({ text: u.text, lang: u.lang });
    synth.cancel = () => {};
  });
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);

test("Bacakan reads the code and PIN character by character, in Indonesian", { tag: "@with-js", annotation: { type: "why", description: "speech synthesis needs JavaScript (the button is absent without it)" } }, async ({ page, context, baseURL }) => {
  await recordSpeech(page);
  const complaint = await openConfirmation(page, context, baseURL!);
  await page.getByRole("button", { name: "Bacakan kode dan PIN" }).click();
  expect(await spoken(page)).toEqual([
    { text: `Kode lacak: ${spokenId(complaint.trackingCode)}. PIN: ${spokenId(complaint.accessSecret)}.`, lang: "id-ID" },
  ]);
});

test("in English, the letters are read as English letters", { tag: "@with-js", annotation: { type: "why", description: "speech synthesis needs JavaScript" } }, async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "lang", value: "en", url: baseURL! }]);
  await recordSpeech(page);
  const complaint = await createComplaint(context.request, { reporterEmail: `baca-${Date.now()}@warga.test`, contactPreference: "EMAIL" });
  const code = complaint.trackingCode;
  await context.addCookies([{ name: `pin_${code}`, value: complaint.accessSecret, url: `${baseURL}/lapor/terkirim/${code}` }]);
  await page.goto(`/lapor/terkirim/${code}`);
  await expect(page.getByText(/by e-mail to your address/)).toBeVisible();
  await page.getByRole("button", { name: "Read the code and PIN aloud" }).click();
  expect(await spoken(page)).toEqual([
    { text: `Tracking code: ${spokenEn(code)}. PIN: ${spokenEn(complaint.accessSecret)}.`, lang: "en-GB" },
  ]);
});

test("where the browser cannot speak, there is no Bacakan button", { tag: "@with-js", annotation: { type: "why", description: "without JavaScript the button is never there" } }, async ({ page, context, baseURL }) => {
  await page.addInitScript(() => {
    delete (Window.prototype as unknown as Record<string, unknown>)["speechSynthesis"];
    delete (window as unknown as Record<string, unknown>)["speechSynthesis"];
  });
  await openConfirmation(page, context, baseURL!);
  await expect(page.getByRole("button", { name: "Cetak tanda terima" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Bacakan kode dan PIN" })).toHaveCount(0);
});
