// The workshop room end to end, as the workshop acceptance asks, in Chromium with a browser context
// per person on the shared server: the demo trainer creates a workshop at /pelatih and puts its
// projector view up; three participants join by its code — A with JavaScript, B without, C
// through the virtual screen reader (who hears the LATIHAN band once on the first filing page);
// A sends a step with a mistake and the projector shows A's step and the field at once, then the
// correction; all three file practice complaints and the projector shows them finished; the
// trainer plays the fast clock (a button per complaint, then the automatic clock) and the
// participants' tracking pages follow: A's live, B's on reload, C's heard.
import { type Browser, type Page } from "@playwright/test";
import { continueTo, createWorkshopOnPage, fillFiling, fillFilingFromDate, scriptsReady, sendReport, signIn } from "../e2e/support/pages.ts";
import { demoEmail } from "../support/demo.ts";
import { expect, test } from "./support/harness.ts";
import { heardLog, heardSoFar, readWholePage, screenReaderContext, startScreenReader } from "./support/screen-reader.ts";

const BAND = "LATIHAN — laporan ini tidak dikirim ke instansi mana pun";

const subscriptions = new WeakMap<Page, string[]>();

/**
 * Records the subscriptions the page asks the server for over its live connection (graphql-ws
 * "subscribe" messages), on every connection it opens from now on. Call when the page is made.
 */
function recordSubscriptions(page: Page): Page {
  const sent: string[] = [];
  subscriptions.set(page, sent);
  page.on("websocket", (socket) => {
    socket.on("framesent", ({ payload }) => {
      if (typeof payload !== "string") return;
      const message = JSON.parse(payload) as { type?: string; payload?: { query?: string } };
      if (message.type === "subscribe" && message.payload?.query) sent.push(message.payload.query);
    });
  });
  return page;
}

/** Waits until the page has subscribed to the named operation: from then on a change reaches it. */
async function expectSubscribed(page: Page, operation: string): Promise<void> {
  const sent = subscriptions.get(page)!;
  await expect
    .poll(() => sent.some((query) => query.includes(`subscription ${operation}(`)), { message: `${page.url()} follows ${operation}` })
    .toBe(true);
}

/** Marks the document, to prove later that what changed came without loading the page again. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
}
async function expectSameDocument(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), "no reload").toBe(true);
}

/** A participant's phone: joins by the code (with a name, or as "Peserta n") and lands on the first filing step. */
async function join(page: Page, code: string, name?: string): Promise<void> {
  await page.goto("/latihan");
  await page.getByLabel("Kode pelatihan").fill(code);
  if (name) await page.getByLabel(/Nama Anda/).fill(name);
  await page.getByRole("button", { name: "Bergabung" }).click();
  await expect(page).toHaveURL(/\/lapor\/jenis$/);
  await expect(page.getByText(BAND)).toHaveCount(1);
}

async function phone(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: "id-ID", timezoneId: "Asia/Makassar", serviceWorkers: "block" });
  return recordSubscriptions(await context.newPage());
}

test("a workshop room: a trainer, three participants (one without JavaScript, one through a screen reader) and the fast clock", async ({ browser, harness }) => {
  test.setTimeout(180_000);

  // 1. The trainer creates a workshop and opens its projector view.
  const trainer = await phone(browser, true);
  await signIn(trainer, demoEmail.trainer, "/pelatih");
  await scriptsReady(trainer, true);
  const code = await createWorkshopOnPage(trainer, `Belajar melapor bersama kelompok disabilitas ${Date.now()}`, "Pallangga");
  await expect(trainer.getByRole("img", { name: new RegExp(`^Kode QR untuk bergabung ke pelatihan .*kode ${code}$`) })).toBeVisible();
  const room = trainer.getByRole("table", { name: "Peserta dan langkah mereka" });
  const participants = trainer.getByRole("region", { name: "Peserta", exact: true });
  const row = (n: number) => room.getByRole("row", { name: new RegExp(`^Peserta ${n}\\b`) });
  await expect(participants.getByText("0 peserta bergabung, 0 selesai, 0 perlu bantuan.")).toBeVisible();
  await expectSubscribed(trainer, "TrainerRoomLive");
  // From here on the projector is never reloaded: everything it shows arrives live.
  await markDocument(trainer);

  // 2. Three participants join by the code: A with JavaScript, B without, C with a screen reader.
  const a = await phone(browser, true);
  await join(a, code, "Ibu Sari");
  await expect(row(1)).toContainText("Baru bergabung");
  const b = await phone(browser, false);
  await join(b, code, "Pak Baso");
  await expect(row(2)).toContainText("Baru bergabung");
  const cContext = await screenReaderContext(browser, harness.baseURL);
  const c = recordSubscriptions(await cContext.newPage());
  await join(c, code);
  await expect(row(3)).toContainText("Baru bergabung");
  await expect(participants.getByText("3 peserta bergabung, 0 selesai, 0 perlu bantuan.")).toBeVisible();
  // Mode presentasi is on: the projector shows numbers, not names.
  await expect(room).not.toContainText("Ibu Sari");
  await expect(room).not.toContainText("Pak Baso");

  // C hears the band once on the first filing step, inside main, before the question.
  await startScreenReader(c);
  const firstStep = await readWholePage(c);
  expect(firstStep.at(-1), "the reading reached the end of the page").toBe("end of document");
  const band = firstStep.filter((p) => p.includes(BAND));
  expect(band, JSON.stringify(firstStep)).toHaveLength(1);
  expect(firstStep.indexOf(band[0]!)).toBeGreaterThan(firstStep.indexOf("main"));
  const question = firstStep.findIndex((p) => /^heading, .+, level 1$/.test(p));
  expect(question).toBeGreaterThan(firstStep.indexOf(band[0]!));

  // 3. A sends the story step without the story: the projector shows A's step and the field.
  await scriptsReady(a, true);
  await a.getByRole("radio", { name: "Pengaduan", exact: true }).check();
  await continueTo(a, /\/lapor\/kejadian$/);
  // The projector shows the last step a participant sent.
  await expect(row(1)).toContainText("Jenis laporan");
  await a.getByLabel("Judul laporan").fill("Latihan: trotoar rusak, kursi roda tidak bisa lewat");
  await a.getByRole("main").getByRole("button", { name: "Lanjutkan" }).click();
  await expect(a.getByRole("alert").getByRole("link", { name: "Ceritakan apa yang terjadi" })).toBeVisible();
  await expect(row(1)).toContainText("Salah di isian Cerita (Apa yang terjadi)");
  await expect(participants.getByText("3 peserta bergabung, 0 selesai, 1 perlu bantuan.")).toBeVisible();
  await expectSameDocument(trainer);
  // The trainer walks over; A writes the story and goes on: the error is gone from the projector.
  await a.getByLabel("Ceritakan masalahnya").fill("Trotoar di depan pasar berlubang besar. Kursi roda tidak bisa lewat.");
  await continueTo(a, /\/lapor\/waktu$/);
  await expect(row(1)).not.toContainText("Salah di isian");
  await expect(row(1)).toContainText("Apa yang terjadi");
  await expect(participants.getByText("3 peserta bergabung, 0 selesai, 0 perlu bantuan.")).toBeVisible();

  // 4. All three file practice complaints (A and C with scripts, B with plain form posts).
  await fillFilingFromDate(a, {});
  const codeA = await sendReport(a);
  await expect(row(1)).toContainText("Selesai: laporan latihan terkirim");
  await fillFiling(b, { title: "Latihan: lampu jalan mati di dusun" });
  const codeB = await sendReport(b);
  await expect(row(2)).toContainText("Selesai: laporan latihan terkirim");
  await fillFiling(c, { title: "Latihan: sumur umum kering" });
  const codeC = await sendReport(c);
  await expect(row(3)).toContainText("Selesai: laporan latihan terkirim");
  await expect(participants.getByText("3 peserta bergabung, 3 selesai, 0 perlu bantuan.")).toBeVisible();
  await expectSameDocument(trainer);
  for (const page of [a, b, c]) await expect(page.getByText(BAND)).toHaveCount(1);

  // Each participant follows their practice complaint's tracking page.
  const now = (page: Page) => page.getByRole("region", { name: "Keadaan sekarang" });
  await a.goto(`/lacak/${codeA}`);
  await b.goto(`/lacak/${codeB}`);
  await c.goto(`/lacak/${codeC}`);
  for (const page of [a, b, c]) {
    await expect(page.getByText(BAND)).toBeVisible();
    await expect(now(page)).toContainText("Status: Terkirim, menunggu verifikasi");
  }
  await expectSubscribed(a, "LiveComplaint");
  await expectSubscribed(c, "LiveComplaint");
  await markDocument(a);
  await startScreenReader(c);
  await heardSoFar(c);

  // 5. The trainer opens Jam cepat and plays the verification of each complaint by its button.
  await trainer.getByRole("navigation", { name: "Menu pelatihan" }).getByRole("link", { name: "Jam cepat" }).click();
  await expect(trainer.getByRole("heading", { level: 1 })).toHaveText("Jam cepat");
  await scriptsReady(trainer, true);
  const clock = trainer.getByRole("table", { name: "Laporan latihan di pelatihan ini" });
  const complaintRow = (trackingCode: string) => clock.getByRole("row").filter({ has: trainer.getByRole("rowheader", { name: trackingCode }) });
  await expect(clock.getByRole("row")).toHaveCount(4);
  for (const [trackingCode, n] of [[codeA, 1], [codeB, 2], [codeC, 3]] as const) {
    await expect(complaintRow(trackingCode)).toContainText(`Peserta ${n}`);
    await trainer.getByRole("button", { name: `Verifikasi: ${trackingCode}` }).click();
    await expect(trainer.getByText(`Langkah dimainkan untuk laporan ${trackingCode}.`)).toBeVisible();
    await expect(complaintRow(trackingCode)).toContainText("Sudah diverifikasi");
  }

  // A's page changes by itself; B's is as it was until B reloads; C hears it, said as LATIHAN.
  await expect(now(a)).toContainText("Status: Sudah diverifikasi");
  await expectSameDocument(a);
  await expect(now(b)).toContainText("Status: Terkirim, menunggu verifikasi");
  await b.reload();
  await expect(now(b)).toContainText("Status: Sudah diverifikasi");
  await expect
    .poll(() => heardLog(c), { timeout: 10_000 })
    .toContain("polite: LATIHAN: laporan latihan ini baru saja diperbarui. Status: Sudah diverifikasi.");

  // Then the automatic clock at the fastest speed plays the rest of the script by itself.
  const auto = trainer.getByRole("region", { name: "Jam otomatis" });
  await auto.getByRole("radio", { name: "Jalankan" }).check();
  await auto.getByRole("radio", { name: "1.440 menit per detik" }).check();
  await auto.getByRole("button", { name: "Simpan jam otomatis" }).click();
  await expect(auto).toContainText("Jam otomatis sedang berjalan: 1.440 menit pura-pura per detik.");
  for (const trackingCode of [codeA, codeB, codeC]) {
    await expect(complaintRow(trackingCode)).toContainText("Selesai ditangani", { timeout: 30_000 });
  }
  await expect(now(a)).toContainText("Status: Selesai ditangani");
  await expectSameDocument(a);
  await expect(now(b)).toContainText("Status: Sudah diverifikasi");
  await b.reload();
  await expect(now(b)).toContainText("Status: Selesai ditangani");
  await expect
    .poll(() => heardLog(c), { timeout: 10_000 })
    .toContain("polite: LATIHAN: laporan latihan ini baru saja diperbarui. Status: Selesai ditangani.");
  await expect(now(c)).toContainText("Status: Selesai ditangani");

  // The clock is stopped again.
  await auto.getByRole("radio", { name: "Hentikan" }).check();
  await auto.getByRole("button", { name: "Simpan jam otomatis" }).click();
  await expect(auto).toContainText("Jam otomatis sedang berhenti.");

  for (const page of [a, b, c, trainer]) await page.context().close();
});
