// The optional questions about the reporter (/lapor/terkirim/<kode>/tentang-anda) heard through
// @guidepup/virtual-screen-reader in Chromium: every question is a group heard by its question
// with "(tidak wajib)", then its answers one by one (none of them required), and an answer the
// page cannot take is heard in the error summary, whose link leads to its question, and with the
// question itself.
import { complaintWithTicket, receiptCookies } from "./routes/inclusion.ts";
import { scriptsReady } from "../e2e/support/pages.ts";
import { expect, test } from "./support/harness.ts";
import { readWholePage, screenReaderContext, startScreenReader } from "./support/screen-reader.ts";

const levels = ["Tidak kesulitan", "Sedikit kesulitan", "Sangat kesulitan", "Tidak bisa sama sekali"];
const questions: Array<[string, string[]]> = [
  ["Apakah Anda mengalami kesulitan melihat, meskipun memakai kacamata?", levels],
  ["Apakah Anda mengalami kesulitan mendengar, meskipun memakai alat bantu dengar?", levels],
  ["Apakah Anda mengalami kesulitan berjalan atau naik tangga?", levels],
  ["Apakah Anda mengalami kesulitan mengingat atau berkonsentrasi?", levels],
  ["Apakah Anda mengalami kesulitan mengurus diri sendiri, seperti mandi atau berpakaian?", levels],
  [
    "Dengan bahasa yang biasa Anda pakai, apakah Anda mengalami kesulitan berkomunikasi, misalnya memahami orang lain atau dipahami orang lain?",
    levels,
  ],
  ["Berapa umur Anda?", ["Di bawah 18 tahun", "18 sampai 29 tahun", "30 sampai 44 tahun", "45 sampai 59 tahun", "60 tahun atau lebih"]],
  ["Apa jenis kelamin Anda?", ["Perempuan", "Laki-laki"]],
];

test("the questions about the reporter, through a virtual screen reader", async ({ browser, harness }) => {
  const context = await screenReaderContext(browser, harness.baseURL);
  const { code, secret, ticket } = await complaintWithTicket(context.request);
  await receiptCookies(context, harness.baseURL, code, { [`pin_${code}`]: secret, [`tiket_${code}`]: ticket });
  const page = await context.newPage();
  await page.goto(`/lapor/terkirim/${code}/tentang-anda`);
  await expect(page.getByRole("heading", { level: 1, name: "Pertanyaan tentang Anda" })).toBeVisible();
  // The page's own script has run (a plain page: no SvelteKit client; $lib/plain).
  await scriptsReady(page, true);

  await startScreenReader(page);
  const log = await readWholePage(page);
  let after = log.indexOf("heading, Pertanyaan tentang Anda, level 1");
  expect(after, JSON.stringify(log.slice(0, 60))).toBeGreaterThan(0);
  for (const [question, answers] of questions) {
    // Heard by its question, and that it may stay empty.
    const group = `group, ${question} (tidak wajib)`;
    const start = log.indexOf(group, after);
    expect(start, `${group} heard in order: ${JSON.stringify(log.filter((p) => p.startsWith("group")))}`).toBeGreaterThan(after);
    const end = log.indexOf(`end of ${group}`, start);
    expect(end).toBeGreaterThan(start);
    // Its answers inside it, each with its place in the set, none of them required.
    const radios = log.slice(start, end).filter((p) => p.startsWith("radio, "));
    expect(radios).toEqual(answers.map((answer, i) => `radio, ${answer}, not checked, position ${i + 1}, set size ${answers.length}`));
    after = end;
  }

  // An answer the page does not offer (a changed form): the answers go as a form post, and the page
  // comes back with the summary focused, so it is what is heard first; its link leads to the
  // question, and the question is heard with the error.
  await page.locator("#gender").evaluate((radio) => ((radio as HTMLInputElement).value = "LAINNYA"));
  await page.locator("#gender").check();
  await page.getByRole("button", { name: "Kirim jawaban" }).click();
  await expect(page.locator("[data-error-summary]")).toBeFocused();
  await startScreenReader(page);
  const again = await readWholePage(page);
  const summary = again.slice(again.indexOf("alert, Ada yang perlu diperbaiki"), again.indexOf("end of alert, Ada yang perlu diperbaiki"));
  expect(summary.filter((p) => p.startsWith("link, "))).toEqual(["link, Pilih salah satu jawaban yang ada, atau biarkan kosong."]);
  expect(again).toContain("group, Apa jenis kelamin Anda? (tidak wajib), Galat: Pilih salah satu jawaban yang ada, atau biarkan kosong.");
  await page.locator("[data-error-summary] a").click();
  await expect(page.locator("#gender")).toBeFocused();
  await context.close();
});
