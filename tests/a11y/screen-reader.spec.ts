// The filing flow heard through @guidepup/virtual-screen-reader, run inside Chromium from the
// package's browser build (lib/esm/index.browser.js), where layout and focus are real: the
// landmarks and headings of the home page, the report form (empty, and with errors: the error
// summary is heard), and the tracking page right after filing. The reader is loaded by
// support/screen-reader.ts.
import type { Page } from "@playwright/test";
import { beginAssistedFiling, createComplaint } from "../e2e/support/factories.ts";
import { fillFiling, sendReport } from "../e2e/support/pages.ts";
import { asAccount, gql, signInOver } from "../support/graphql-http.ts";
import { demoEmail } from "../support/demo.ts";
import { expect, test } from "./support/harness.ts";
import { heardSoFar, readWholePage, screenReaderContext, startScreenReader, untilHeard } from "./support/screen-reader.ts";

/** The headings a sighted reader sees, as the screen reader should say them, in order. */
async function visibleHeadings(page: Page): Promise<string[]> {
  return page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((headings) =>
    headings
      .filter((h) => h.checkVisibility() && !h.closest("[aria-hidden=true]"))
      .map((h) => `heading, ${(h.textContent ?? "").replace(/\s+/g, " ").trim()}, level ${h.tagName.slice(1)}`),
  );
}

/** Banner, navigation, main and contentinfo are heard, in that order; every heading is heard, in order. */
async function expectLandmarksAndHeadings(page: Page, log: string[]) {
  expect(log.at(-1), "the reading reached the end of the page").toBe("end of document");
  const landmarks = log.filter((p) => /^(banner|navigation, .+|main|contentinfo)$/.test(p));
  expect(landmarks).toEqual(["banner", "navigation, Menu utama", "main", "contentinfo"]);
  const headings = await visibleHeadings(page);
  expect(headings.length).toBeGreaterThan(0);
  expect(log.filter((p) => p.startsWith("heading, "))).toEqual(headings);
}

/** Reading the page from the top: the summary with its heading and one link per problem (`expected`, or whatever the page shows). */
async function expectSummaryRead(page: Page, expected: string[] | null) {
  const log = await readWholePage(page);
  await expectLandmarksAndHeadings(page, log);
  const links = await page
    .locator("[data-error-summary] a")
    .evaluateAll((as) => as.map((a) => `link, ${(a.textContent ?? "").replace(/\s+/g, " ").trim()}`));
  expect(links.length).toBeGreaterThan(0);
  if (expected) expect(links).toEqual(expected);
  const start = log.indexOf("alert, Ada yang perlu diperbaiki");
  const end = log.indexOf("end of alert, Ada yang perlu diperbaiki");
  expect(start, "the summary is an alert, heard while reading").toBeGreaterThan(log.indexOf("main"));
  expect(log.slice(start, end).filter((p) => p.startsWith("link, "))).toEqual(links);
}

test.describe("the filing flow through a virtual screen reader in Chromium", () => {
  test("the home page: landmarks and headings", async ({ browser, harness }) => {
    const context = await screenReaderContext(browser, harness.baseURL);
    const page = await context.newPage();
    await page.goto("/");
    await startScreenReader(page);
    const log = await readWholePage(page);
    await expectLandmarksAndHeadings(page, log);
    expect(log).toContain("heading, Sampaikan masalah layanan publik kepada pemerintah, level 1");
    await context.close();
  });

  test("a filing step, empty: landmarks, headings and the question", async ({ browser, harness }) => {
    const context = await screenReaderContext(browser, harness.baseURL);
    const page = await context.newPage();
    await page.goto("/lapor/kejadian");
    await startScreenReader(page);
    const log = await readWholePage(page);
    await expectLandmarksAndHeadings(page, log);
    expect(log).toContain("heading, Apa yang terjadi?, level 1");
    expect(log.filter((p) => p.startsWith("alert"))).toEqual([]);
    await context.close();
  });

  test("a hydrated form sent empty (signing in): the error summary is heard at once, with a link per problem", async ({ browser, harness }) => {
    // On a hydrated page the scripts send the form and move focus themselves, so what is announced
    // then is judged here (the filing's pages are plain: their forms post, see the test below).
    const context = await screenReaderContext(browser, harness.baseURL);
    const page = await context.newPage();
    await page.goto("/masuk");
    await expect(page.locator("html[data-scripts=ready]")).toBeAttached();
    await startScreenReader(page);
    await heardSoFar(page);
    await page.getByRole("main").getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page.locator("[data-error-summary]")).toBeFocused();
    await expect(page).toHaveTitle(/^Galat: /);
    const title = await page.title();

    // Right after sending: focus lands on the summary, so it is heard at once. The reader logs
    // focus changes a moment after they happen on a busy machine, so listen for a few seconds
    // (each read empties the log; what was heard is kept here).
    const heard = await untilHeard(page, "alert, Ada yang perlu diperbaiki");
    // Anything a live region announces now (SvelteKit's route announcer reads the title) must
    // match the page as it is: the new title, with its "Galat:" prefix. (The virtual screen reader
    // may log one change twice, so repeats are not judged here.)
    const announced = [...new Set(heard.filter((p) => /^(assertive|polite): /.test(p)))];
    for (const phrase of announced) {
      expect
        .soft(phrase.replace(/^(assertive|polite): /, ""), `announced after sending the form (title now "${title}")`)
        .toBe(title);
    }
    await expectSummaryRead(page, null);
    await context.close();
  });

  test("a plain step sent empty: the page comes back with the error summary focused, a link per problem", async ({ browser, harness }) => {
    // The kejadian step is a plain page (no SvelteKit client): the form is a plain post, and the
    // page that comes back has focus on its summary (autofocus), where a screen reader starts.
    const context = await screenReaderContext(browser, harness.baseURL);
    const page = await context.newPage();
    await page.goto("/lapor/kejadian");
    await page.getByRole("main").getByRole("button", { name: "Lanjutkan" }).click();
    await expect(page.locator("[data-error-summary]")).toBeFocused();
    await expect(page).toHaveTitle(/^Galat: /);
    await startScreenReader(page);
    await expectSummaryRead(page, ["link, Tulis judul laporan", "link, Ceritakan apa yang terjadi"]);
    await context.close();
  });

  test("a filing step's field with hint and error is heard with its label, hint and error", async ({ browser, harness }) => {
    const context = await screenReaderContext(browser, harness.baseURL);
    const page = await context.newPage();
    await page.goto("/lapor/kejadian");
    await page.getByLabel("Judul laporan").fill("Jalan rusak");
    await page.getByRole("main").getByRole("button", { name: "Lanjutkan" }).click();
    await expect(page.locator("[data-error-summary]")).toBeFocused();
    await startScreenReader(page);
    const log = await readWholePage(page);
    const story = log.find((p) => p.startsWith("textbox, Ceritakan masalahnya"));
    expect(story, JSON.stringify(log)).toBeTruthy();
    expect(story).toContain("Apa yang terjadi, sejak kapan, dan siapa yang terdampak. Paling banyak 4000 karakter.");
    expect(story).toContain("Galat: Ceritakan apa yang terjadi");
    expect(story).toContain("invalid");
    // The title kept what was typed and is not marked wrong.
    const title = log.find((p) => p.startsWith("textbox, Judul laporan"));
    expect(title).not.toContain("invalid");
    await context.close();
  });

  test("the story's character count is announced politely once typing stops, not on every key", async ({ browser, harness }) => {
    const context = await screenReaderContext(browser, harness.baseURL);
    const page = await context.newPage();
    await page.goto("/lapor/kejadian");
    await expect(page.getByText(/^Sisa 4000 karakter/).first()).toBeVisible();
    await startScreenReader(page);
    await page.getByLabel("Ceritakan masalahnya").focus();
    await heardSoFar(page);
    await page.keyboard.type("Lampu mati", { delay: 60 });
    const whileTyping = (await heardSoFar(page)).filter((p) => /karakter/.test(p));
    expect(whileTyping, "nothing about the count while typing").toEqual([]);
    await page.waitForTimeout(1500);
    const after = (await heardSoFar(page)).filter((p) => /karakter/.test(p));
    expect([...new Set(after)]).toEqual(["polite: Sisa 3990 karakter"]);
    await context.close();
  });

  test("the confirmation right after filing: heading, code (also spelled out) and PIN", async ({ browser, harness }) => {
    const context = await screenReaderContext(browser, harness.baseURL);
    const page = await context.newPage();
    const title = `Lampu jalan mati, didengar pembaca layar ${Date.now()}`;
    await fillFiling(page, { title });
    const code = await sendReport(page);

    await startScreenReader(page);
    const log = await readWholePage(page);
    await expectLandmarksAndHeadings(page, log);
    expect(log).toContain("heading, Laporan Anda terkirim, level 1");
    expect(log.some((p) => p.includes(code)), `the tracking code ${code} is heard`).toBe(true);
    const spelled = code.split("-").map((g) => [...g].join(" ")).join(" – ");
    expect(log.some((p) => p.includes(`Dieja: ${spelled}`)), "the code is heard letter by letter").toBe(true);
    expect(log).toContain("heading, PIN rahasia Anda, level 2");
    await context.close();
  });

  test("Lapor untuk warga, the consent step: the read-back is heard whole, and consent not given is heard as errors", async ({ browser, harness }) => {
    const context = await screenReaderContext(browser, harness.baseURL);
    await signInOver(context.request, "sahabat@demo.suara.id");
    await beginAssistedFiling(context.request);
    const page = await context.newPage();
    await page.goto("/lapor/persetujuan");
    await startScreenReader(page);
    const log = await readWholePage(page);
    await expectLandmarksAndHeadings(page, log);
    expect(log).toContain("heading, Persetujuan warga, level 1");
    // The script is a region of its own, heard from its heading to the question, in order.
    const start = log.indexOf("region, Bacakan kepada warga");
    const end = log.indexOf("end of region, Bacakan kepada warga");
    expect(start, `the script region is heard: ${JSON.stringify(log.slice(0, 80))}`).toBeGreaterThan(log.indexOf("main"));
    const script = log.slice(start, end);
    const heardInOrder = [
      "Daeng Sikki, saya akan mengirim laporan ini atas nama Anda.",
      "Pipa air bocor di dusun",
      "Siapa yang bisa membacanya",
      "Kabar tentang laporan ini saya sampaikan kepada Anda.",
      "Apakah Anda setuju laporan ini dikirim?",
    ].map((text) => script.findIndex((p) => p.includes(text)));
    expect(heardInOrder.every((i) => i >= 0), `heard in the script: ${JSON.stringify(script)}`).toBe(true);
    expect([...heardInOrder].sort((a, b) => a - b)).toEqual(heardInOrder);
    expect(log.some((p) => p.includes("Bagaimana warga menyatakan setuju?"))).toBe(true);

    // Sent without consent (a plain page: the form is a plain post): the page comes back with its
    // summary focused, where a screen reader starts, with a link to each question.
    await page.getByRole("main").getByRole("button", { name: "Lanjutkan" }).click();
    await expect(page.locator("[data-error-summary]")).toBeFocused();
    await expect(page).toHaveTitle(/^Galat: /);
    await startScreenReader(page);
    await expectSummaryRead(page, [
      "link, Pilih cara warga memberi persetujuan",
      "link, Bacakan dulu isi laporan kepada warga, lalu centang kotak ini",
    ]);
    await context.close();
  });

  test("the receipt of a filing for a resident: whose it is, who helped, the consent, code and PIN", async ({ browser, harness }) => {
    const context = await screenReaderContext(browser, harness.baseURL);
    await signInOver(context.request, "sahabat@demo.suara.id");
    const filed = await createComplaint(context.request, {
      reporterName: "Daeng Sikki", contactPreference: "SAHABAT", privacy: "ANONYMOUS",
      assisted: true, consentMethod: "THUMBPRINT", consentReadBack: true,
    });
    const code = filed.trackingCode;
    await context.addCookies([{ name: `pin_${code}`, value: filed.accessSecret, url: `${harness.baseURL}/lapor/terkirim/${code}` }]);
    const page = await context.newPage();
    await page.goto(`/lapor/terkirim/${code}`);
    await startScreenReader(page);
    const log = await readWholePage(page);
    await expectLandmarksAndHeadings(page, log);
    const order = [
      "heading, Laporan Anda terkirim, level 1",
      "Laporan atas nama Daeng Sikki",
      "Ditulis dengan bantuan Nurhayati Daeng Baji, Sahabat LAPOR!",
      "Persetujuan warga: Cap jempol, tanggal",
      code,
      "heading, PIN rahasia Anda, level 2",
      "Berikan kode lacak dan PIN ini kepada warga",
    ].map((text) => log.findIndex((p) => p.includes(text)));
    expect(order.every((i) => i >= 0), `heard: ${JSON.stringify(log)}`).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await context.close();
  });
});

test.describe("the LATIHAN band through a virtual screen reader in Chromium", () => {
  test("a workshop participant hears the band once per page, inside main before the heading, with the way out", async ({ browser, harness }) => {
    const context = await screenReaderContext(browser, harness.baseURL);
    const api = context.request;
    const { myWorkshops } = await asAccount(api, demoEmail.trainer, () =>
      gql<{ myWorkshops: { joinCode: string; isOpen: boolean }[] }>(api, `{ myWorkshops { joinCode isOpen } }`),
    );
    const code = myWorkshops.find((w) => w.isOpen)!.joinCode;
    await gql(api, `mutation($code: String!) { joinWorkshop(code: $code) { errors { field } } }`, { code });
    const page = await context.newPage();
    await page.goto("/lapor/kejadian");
    await startScreenReader(page);
    const log = await readWholePage(page);
    await expectLandmarksAndHeadings(page, log);
    const band = log.filter((p) => p.includes("LATIHAN — laporan ini tidak dikirim ke instansi mana pun"));
    expect(band).toHaveLength(1);
    const at = log.indexOf(band[0]!);
    expect(at).toBeGreaterThan(log.indexOf("main"));
    expect(at).toBeLessThan(log.indexOf("heading, Apa yang terjadi?, level 1"));
    expect(log.slice(at, at + 6).some((p) => /button, Keluar dari latihan/.test(p))).toBe(true);
    // Static text, not an announcement: no live region holds it.
    const live = await page
      .getByText("LATIHAN — laporan ini tidak dikirim ke instansi mana pun")
      .evaluate((el) => el.closest("[aria-live], [role=status], [role=alert], [role=log]") !== null);
    expect(live).toBe(false);
    await context.close();
  });
});
