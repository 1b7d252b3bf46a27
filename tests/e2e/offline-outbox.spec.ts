// The filing kept on the phone, with JavaScript, on a server of its own (so the database can be
// counted): a send whose answers are lost on the way, tried again from the offline outbox, files
// one complaint; a half-filled draft with a photo survives closing the browser.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, expect, type Page, test } from "@playwright/test";
import config from "../../playwright.config.ts";
import type { TestServer } from "../support/server.ts";
import { useOwnServer } from "./support/own-server.ts";
import { createSahabat } from "./support/factories.ts";
import { signInOver } from "../support/graphql-http.ts";
import { seedOutbox } from "../support/outbox-seed.ts";
import { chooseDistrict, continueTo, fillFiling, goOffline, tinyPng } from "./support/pages.ts";

const why = { type: "why", description: "the draft on the phone and the offline outbox exist only with JavaScript" };

// One server for the file: its tests run one after the other in one worker.
test.describe.configure({ mode: "serial" });
let server: TestServer;
useOwnServer((started) => (server = started));

const complaintsTitled = (title: string) => server.db.prisma.complaint.count({ where: { title } });

/** The first answers of a complaint, from its kind to the date step (kept on the phone as typed). */
async function answerOpening(page: Page, title: string, story: string) {
  await page.goto("/lapor/jenis");
  await page.getByRole("radio", { name: "Pengaduan", exact: true }).check();
  await continueTo(page, /\/lapor\/kejadian$/);
  await page.getByLabel("Judul laporan").fill(title);
  await page.getByLabel("Ceritakan masalahnya").fill(story);
  await continueTo(page, /\/lapor\/waktu$/);
}

/** … then "I do not remember the date" and the place, on to the photo step. */
async function answerToPhotos(page: Page, title: string, story: string) {
  await answerOpening(page, title, story);
  await page.getByRole("checkbox", { name: /tidak ingat/i }).check();
  await continueTo(page, /\/lapor\/lokasi$/);
  await page.getByLabel("Kecamatan", { exact: true }).selectOption({ label: "Somba Opu" });
  await page.getByLabel(/Desa atau kelurahan/).selectOption({ label: "Sungguminasa" });
  await continueTo(page, /\/lapor\/kategori$/);
  await continueTo(page, /\/lapor\/instansi$/);
  await continueTo(page, /\/lapor\/foto$/);
}

test("a send cut off after the server got it, tried three times more from the outbox, files one complaint", { tag: "@with-js", annotation: why }, async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  const title = `Jalan longsor ${Date.now()}`;
  await fillFiling(page, { title });
  await page.waitForLoadState("networkidle");

  // Each try reaches the server, which files (or finds) the complaint, but its answer is lost.
  const tries: string[] = [];
  const cutAfterServer = async (route: Parameters<Parameters<Page["route"]>[1]>[0]) => {
    if (route.request().method() !== "POST") return route.continue();
    tries.push(new URL(route.request().url()).pathname);
    // The first send and three tries from the outbox lose their answer; later ones go through.
    if (tries.length > 4) return route.continue();
    await route.fetch({ maxRedirects: 0 });
    await route.abort("connectionreset");
  };
  await page.route("**/lapor/periksa*", cutAfterServer);
  await page.route("**/lapor/tertunda/kirim", cutAfterServer);

  await page.getByRole("button", { name: "Kirim laporan" }).click();
  // The send failed: the report waits in the outbox, with its state in words.
  await expect(page).toHaveURL(/\/lapor\/tertunda$/);
  await expect(page.getByRole("heading", { level: 1, name: "Laporan tertunda di ponsel ini" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(item.getByText("Tersimpan di ponsel. Akan dikirim begitu ada sambungan internet.")).toBeVisible();
  // Tried again (by itself on opening the outbox, and by hand) until an answer arrives.
  const sendNow = item.getByRole("button", { name: "Kirim sekarang" });
  const sent = item.getByText(/^Terkirim\. Kode lacak: [A-Z]{3}-/);
  await expect
    .poll(async () => {
      if (await sendNow.isVisible()) await sendNow.click().catch(() => {});
      return sent.isVisible();
    }, { timeout: 30_000 })
    .toBe(true);
  await expect(page.getByRole("status").filter({ hasText: `Laporan "${title}" terkirim.` })).toBeAttached();
  // The first send, then at least three tries from the outbox whose answers were lost.
  expect(tries[0]).toBe("/lapor/periksa");
  expect(tries.filter((t) => t === "/lapor/tertunda/kirim").length).toBeGreaterThanOrEqual(3);

  // One complaint, whose code is the one shown, and its PIN with it.
  expect(await complaintsTitled(title)).toBe(1);
  const filed = await server.db.prisma.complaint.findFirstOrThrow({ where: { title } });
  await expect(item.getByText(`Terkirim. Kode lacak: ${filed.trackingCode}`)).toBeVisible();
  await expect(item.getByText(/^PIN: [A-Z0-9-]+\./)).toBeVisible();
  // The link shows the confirmation with the PIN, as the online path does.
  await item.getByRole("link", { name: `Ikuti laporan ${filed.trackingCode}` }).click();
  await expect(page.getByRole("heading", { name: "PIN rahasia Anda" })).toBeVisible();
  await context.close();
});

test("a half-filled draft with a photo is offered back after the browser is closed and opened again", { tag: "@with-js", annotation: why }, async () => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(path.join(tmpdir(), "suara-profil-"));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...config.use?.launchOptions,
      baseURL: server.url,
      locale: "id-ID",
      timezoneId: "Asia/Makassar",
    });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    const title = `Air PDAM keruh ${Date.now()}`;
    await answerOpening(page, title, "Air keruh sejak hari Senin.");
    await page.getByRole("checkbox", { name: /tidak ingat/i }).check();
    await continueTo(page, /\/lapor\/lokasi$/);
    // The photo is chosen without a connection: it stays on the phone only.
    await page.goto("/lapor/foto");
    await page.waitForLoadState("networkidle");
    await context.setOffline(true);
    await page.getByLabel("Pilih foto").setInputFiles({ name: "air.png", mimeType: "image/png", buffer: tinyPng(20, 10) });
    await page.getByLabel("Keterangan foto").fill("Air keruh di ember");
    await page.getByRole("button", { name: "Unggah foto" }).click();
    await expect(page.getByText("1 foto tersimpan di ponsel ini dan belum terkirim. Foto ikut terkirim bersama laporan.")).toBeVisible();
    await context.close();

    // Opened again; the server's draft is not what brings it back (its cookie is cleared).
    context = await launch();
    await context.clearCookies();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/lapor");
    const offer = page.locator(".notice").filter({ has: page.getByRole("heading", { name: "Ada draf laporan di ponsel ini" }) });
    await expect(offer.getByText(/^Disimpan \d+ \w+ \d{4}/)).toBeVisible();
    await expect(offer.getByText("Dengan 1 foto.")).toBeVisible();
    await offer.getByRole("link", { name: "Lanjutkan draf" }).click();
    await expect(page).toHaveURL(/\/lapor\/lokasi$/);
    await page.goto("/lapor/jenis");
    await expect(page.getByRole("radio", { name: "Pengaduan", exact: true })).toBeChecked();
    await page.goto("/lapor/kejadian");
    await expect(page.getByLabel("Judul laporan")).toHaveValue(title);
    await expect(page.getByLabel("Ceritakan masalahnya")).toHaveValue("Air keruh sejak hari Senin.");
    await page.goto("/lapor/waktu");
    await expect(page.getByRole("checkbox", { name: /tidak ingat/i })).toBeChecked();
    await page.goto("/lapor/foto");
    await expect(page.getByText("1 foto tersimpan di ponsel ini dan belum terkirim. Foto ikut terkirim bersama laporan.")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Air keruh di ember" })).toBeVisible();

    // "Hapus draf" removes it from the phone.
    await page.goto("/lapor");
    await page.getByRole("button", { name: "Hapus draf" }).click();
    await expect(page.getByRole("heading", { name: "Ada draf laporan di ponsel ini" })).toHaveCount(0);
    // Said once, without leaving the page; the button pressed is gone, so the way on has the focus.
    await expect(page.locator("[data-live-announcer]")).toHaveText("Draf dihapus dari ponsel ini.");
    await expect(page.getByRole("main").getByRole("link", { name: "Mulai", exact: true })).toBeFocused();
    await page.reload();
    await expect(page.getByRole("main").getByRole("link", { name: "Mulai", exact: true })).toBeVisible();
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

/** Loads Suara once online (the worker installs), goes offline, and fills the whole journey with a
 * photo up to the check page, every step opening from the worker's cache. */
async function fillOffline(browser: Browser, title: string) {
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: "allow" });
  const page = await context.newPage();
  // Loaded once online: the service worker installs and keeps the filing pages.
  await page.goto("/lapor");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // Really offline: a fetch the worker does not answer fails.
  await goOffline(context, page);

  // Each step's answers stay on the phone and the next step opens from the worker's cache.
  await answerToPhotos(page, title, "Jembatan bambu di dusun putus kemarin sore.");
  await page.getByLabel("Pilih foto").setInputFiles({ name: "jembatan.png", mimeType: "image/png", buffer: tinyPng(24, 16) });
  await page.getByLabel("Keterangan foto").fill("Jembatan putus di tengah");
  await continueTo(page, /\/lapor\/privasi$/);
  await page.getByRole("radio", { name: "Publik", exact: true }).check();
  await page.getByLabel("Nama Anda").fill("Daeng Bollo");
  await continueTo(page, /\/lapor\/kabar$/);
  await page.getByRole("radio", { name: "SMS ke HP saya" }).check();
  await page.getByLabel(/Nomor HP/).fill("0812 3456 7890");
  await continueTo(page, /\/lapor\/periksa$/);

  return { context, page };
}

test("a report filled and sent offline, photo included, waits in the outbox with its state said, and goes once when the connection returns", { tag: "@with-js", annotation: why }, async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Jembatan putus ${Date.now()}`;
  const { context, page } = await fillOffline(browser, title);

  // The check page shows the answers kept on the phone.
  const answers = page.locator("dl");
  await expect(answers.getByText(title, { exact: true })).toBeVisible();
  await expect(answers.getByText("jembatan.png")).toBeVisible();
  // The places by name, looked up in the list the kept page carries (no server to ask).
  await expect(answers.getByText("Somba Opu", { exact: true })).toBeVisible();
  await expect(answers.getByText("Sungguminasa", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Kirim laporan" }).click();

  await expect(page).toHaveURL(/\/lapor\/tertunda$/);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(item.getByText("Tersimpan di ponsel. Akan dikirim begitu ada sambungan internet.")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: `Laporan "${title}" tersimpan di ponsel` })).toBeAttached();
  // Under the header, on every page: offline, and how many wait.
  await expect(page.getByText("Tanpa sambungan internet", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "1 laporan tertunda" })).toBeVisible();
  expect(await complaintsTitled(title)).toBe(0);

  await context.setOffline(false);
  await expect(item.getByText(/^Terkirim\. Kode lacak: [A-Z]{3}-/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: `Laporan "${title}" terkirim.` })).toBeAttached();
  await expect(page.getByRole("link", { name: /^\d+ laporan tertunda$/ })).toHaveCount(0);
  await expect(page.getByText("Tanpa sambungan internet", { exact: true })).toBeHidden();
  // Sent once, with its photo and answers.
  expect(await complaintsTitled(title)).toBe(1);
  const filed = await server.db.prisma.complaint.findFirstOrThrow({ where: { title }, include: { attachments: true } });
  expect(filed.attachments.map((a) => a.description)).toEqual(["Jembatan putus di tengah"]);
  expect(filed).toMatchObject({ districtCode: "73.06.08", privacy: "PUBLIC", reporterName: "Daeng Bollo", incidentDateApproximate: true });
  await expect(item.getByText(`Terkirim. Kode lacak: ${filed.trackingCode}`)).toBeVisible();
  await context.close();
});

test("with every page closed, Background Sync sends the waiting report from the service worker", { tag: "@with-js", annotation: why }, async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Gorong-gorong tersumbat ${Date.now()}`;
  const { context, page } = await fillOffline(browser, title);
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(page).toHaveURL(/\/lapor\/tertunda$/);
  await expect(page.getByText("Tersimpan di ponsel. Akan dikirim begitu ada sambungan internet.")).toBeVisible();

  // No page of Suara is open any more, so no page's `online` handler or next visit sends it.
  const blank = await context.newPage();
  await page.close();
  const cdp = await context.newCDPSession(blank);
  const registrations: Array<{ registrationId: string; scopeURL: string; isDeleted: boolean }> = [];
  cdp.on("ServiceWorker.workerRegistrationUpdated", (event) => registrations.push(...event.registrations));
  await cdp.send("ServiceWorker.enable");
  await expect.poll(() => registrations.find((r) => r.scopeURL.startsWith(server.url) && !r.isDeleted)).toBeTruthy();
  const registration = registrations.find((r) => r.scopeURL.startsWith(server.url) && !r.isDeleted)!;
  await context.setOffline(false);
  expect(await complaintsTitled(title)).toBe(0);

  // What the browser does when the connection returns: wakes the worker with the page's sync tag.
  await cdp.send("ServiceWorker.dispatchSyncEvent", {
    origin: new URL(server.url).origin,
    registrationId: registration.registrationId,
    tag: "suara-tertunda",
    lastChance: false,
  });
  await expect.poll(() => complaintsTitled(title), { timeout: 30_000 }).toBe(1);
  const filed = await server.db.prisma.complaint.findFirstOrThrow({ where: { title }, include: { attachments: true } });
  expect(filed.attachments.map((a) => a.description)).toEqual(["Jembatan putus di tengah"]);

  // The next visit shows it sent, with its code, and sends nothing again.
  const again = await context.newPage();
  await again.goto("/lapor/tertunda");
  await expect(again.getByText(`Terkirim. Kode lacak: ${filed.trackingCode}`)).toBeVisible();
  expect(await complaintsTitled(title)).toBe(1);
  await context.close();
});

test("in low-data mode a chosen photo waits on the phone and goes with the report when it is sent", { tag: "@with-js", annotation: why }, async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: server.url });
  await context.addCookies([{ name: "hemat", value: "1", url: server.url }]);
  const page = await context.newPage();
  const title = `Sampah menumpuk ${Date.now()}`;
  await answerToPhotos(page, title, "Sampah menumpuk di tepi jalan sejak seminggu.");
  await page.getByLabel("Pilih foto").setInputFiles({ name: "sampah.png", mimeType: "image/png", buffer: tinyPng(30, 20) });
  await page.getByLabel("Keterangan foto").fill("Sampah di tepi jalan");
  await page.getByRole("button", { name: "Unggah foto" }).click();
  await expect(page.getByText("1 foto tersimpan di ponsel ini dan belum terkirim. Foto ikut terkirim bersama laporan.")).toBeVisible();
  await expect(page.getByText("Hemat data menyala: 1 foto disimpan di ponsel.", { exact: false })).toBeAttached();
  // Nothing went over the phone network yet.
  expect(await server.db.prisma.attachment.count({ where: { description: "Sampah di tepi jalan" } })).toBe(0);

  await continueTo(page, /\/lapor\/privasi$/);
  await page.getByRole("radio", { name: "Publik", exact: true }).check();
  await page.getByLabel("Nama Anda").fill("Daeng Tutu");
  await continueTo(page, /\/lapor\/kabar$/);
  await page.getByRole("radio", { name: "SMS ke HP saya" }).check();
  await page.getByLabel(/Nomor HP/).fill("0812 3456 7890");
  await continueTo(page, /\/lapor\/periksa$/);
  // The tap on "Kirim laporan" sends the photo with the report, once.
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(page).toHaveURL(/\/lapor\/terkirim\/[A-Z]{3}-/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Laporan Anda terkirim", level: 1 })).toBeVisible();
  const filed = await server.db.prisma.complaint.findFirstOrThrow({ where: { title }, include: { attachments: true } });
  expect(filed.attachments.map((a) => a.description)).toEqual(["Sampah di tepi jalan"]);
  await expect(page.getByText(filed.trackingCode, { exact: true })).toBeVisible();
  expect(await complaintsTitled(title)).toBe(1);
  await context.close();
});

test("a sahabat's filing for a resident goes on offline: the kept pages lead through consent, and it is sent once with the consent record and the slip's photo", { tag: "@with-js", annotation: why }, async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: "allow" });
  const page = await context.newPage();
  const account = await createSahabat(context.request, "73.06.04", `Daeng Luring ${Date.now()}`);
  await signInOver(context.request, account.email, account.password);
  const title = `Pipa air putus ${Date.now()}`;

  // Online: "Lapor untuk warga" begins, and the first step is answered (the service worker installs).
  await page.goto("/lapor/untuk-warga");
  await expect(page.locator("html[data-scripts=ready]")).toBeAttached();
  await page.getByRole("button", { name: "Mulai lapor untuk warga" }).click();
  await expect(page).toHaveURL(/\/lapor\/jenis$/);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByRole("radio", { name: "Pengaduan", exact: true }).check();
  await continueTo(page, /\/lapor\/kejadian$/);

  // The signal goes: every next step opens from the worker's cache, still as the resident's filing.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText("Anda melapor untuk warga.")).toBeVisible();
  await expect(page.getByText("Langkah 2 dari 10")).toBeVisible();
  await page.getByLabel("Judul laporan").fill(title);
  await page.getByLabel("Ceritakan masalahnya").fill("Pipa air ke dusun putus. Warga mengambil air dari sungai.");
  await continueTo(page, /\/lapor\/waktu$/);
  await page.getByRole("checkbox", { name: /tidak ingat/i }).check();
  await continueTo(page, /\/lapor\/lokasi$/);
  await chooseDistrict(page, "Tinggimoncong");
  await continueTo(page, /\/lapor\/kategori$/);
  await continueTo(page, /\/lapor\/instansi$/);
  await continueTo(page, /\/lapor\/foto$/);
  await continueTo(page, /\/lapor\/privasi$/);
  await page.getByRole("radio", { name: "Anonim", exact: true }).check();
  await page.getByLabel(/^Nama warga/).fill("Daeng Sikki");
  await continueTo(page, /\/lapor\/kabar$/);
  await expect(page.getByRole("radio", { name: "Lewat akun Suara saya" })).toHaveCount(0);
  await page.getByRole("radio", { name: "Lewat Sahabat LAPOR" }).check();
  await continueTo(page, /\/lapor\/persetujuan$/);

  // The read-back from the phone's answers, then the consent.
  const script = page.getByRole("region", { name: "Bacakan kepada warga" });
  await expect(script).toContainText("Daeng Sikki, saya akan mengirim laporan ini atas nama Anda.");
  await expect(script).toContainText(title);
  await expect(script).toContainText("Tinggimoncong");
  await page.getByRole("radio", { name: "Cap jempol" }).check();
  await page.getByLabel(/^Saya sudah membacakan laporan ini kepada warga/).check();
  // The slip's photo is kept on the phone, to go with the report.
  await page.getByLabel("Pilih foto slip").setInputFiles({ name: "slip.png", mimeType: "image/png", buffer: tinyPng(60, 80, [230, 225, 210]) });
  const slip = page.getByRole("region", { name: "Foto slip persetujuan" });
  await expect(slip.getByText("Foto slip tersimpan di ponsel ini dan belum terkirim.")).toBeVisible();
  await continueTo(page, /\/lapor\/periksa$/);
  await expect(page.locator("dl").getByText("Cap jempol")).toBeVisible();
  await expect(page.locator("dl").getByText(/^Foto slip: slip\./)).toBeVisible();
  await page.getByRole("button", { name: "Kirim laporan warga" }).click();
  await expect(page).toHaveURL(/\/lapor\/tertunda$/);
  expect(await complaintsTitled(title)).toBe(0);

  // Back in signal: filed once, as the sahabat's filing for the resident, with the consent record.
  await context.setOffline(false);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(item.getByText(/^Terkirim\. Kode lacak: [A-Z]{3}-/)).toBeVisible({ timeout: 30_000 });
  const filed = await server.db.prisma.complaint.findMany({ where: { title }, include: { consents: true, sahabat: true } });
  expect(filed).toHaveLength(1);
  expect(filed[0]!.reporterName).toBe("Daeng Sikki");
  expect(filed[0]!.sahabat?.email).toBe(account.email);
  expect(filed[0]!.consents.map((c) => [c.method, c.readBackDone])).toEqual([["THUMBPRINT", true]]);
  // The slip's photo went with it, as the slip, not as one of the complaint's photos.
  const photos = await server.db.prisma.attachment.findMany({ where: { complaintId: filed[0]!.id }, select: { purpose: true } });
  expect(photos).toEqual([{ purpose: "CONSENT_SLIP" }]);
  await context.close();
});

test("signing out on a shared phone removes the draft kept on it", { tag: "@with-js", annotation: why }, async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await answerOpening(page, "Nama dan nomor HP di ponsel bersama", "Ponsel ini dipakai bergantian di balai desa.");
  await context.clearCookies();
  await page.goto("/lapor");
  await expect(page.getByRole("heading", { name: "Ada draf laporan di ponsel ini" })).toBeVisible();

  // The header's "Keluar" posts this form; the sign-out's answer tells the next page to forget.
  await page.evaluate(() => {
    const form = Object.assign(document.createElement("form"), { method: "post", action: "/keluar" });
    document.body.append(form);
    form.submit();
  });
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => context.cookies().then((all) => all.some((c) => c.name === "suara_lupakan"))).toBe(false);
  await page.goto("/lapor");
  await expect(page.getByRole("main").getByRole("link", { name: "Mulai", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ada draf laporan di ponsel ini" })).toHaveCount(0);
  await context.close();
});

test("the offline outbox opened by itself (a plain page) shows each report's state, says a change once, and removing one leaves the focus on the heading", { tag: "@with-js", annotation: why }, async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  // Two reports already on the phone: one sent (its code and PIN kept), one refused by the server.
  const stamp = Date.now();
  const failedTitle = `Sampah menumpuk ${stamp}`;
  const sentTitle = `Lampu jalan mati ${stamp}`;
  await seedOutbox(page, [
    { clientRequestId: "00000000-0000-4000-8000-00000000000a", title: failedTitle, state: "failed", lastError: "Judul laporan belum diisi.", trackingCode: null, pin: null },
    { clientRequestId: "00000000-0000-4000-8000-00000000000b", title: sentTitle, state: "sent", lastError: null, trackingCode: "GWA-TES1", pin: "PIN-1234" },
  ]);
  await page.goto("/lapor/tertunda");
  // Only the plain pages' small script and the outbox's own part of it: SvelteKit's client never loads here.
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => p.endsWith(".js")));
  expect(scripts.sort()).toEqual([
    expect.stringMatching(/^\/_app\/immutable\/plain-outbox\.[0-9a-f]+\.js$/),
    expect.stringMatching(/^\/_app\/immutable\/plain-page\.[0-9a-f]+\.js$/),
  ]);

  // A button's name ends with its report's title (hidden from sight), after a space the browser adds.
  const button = (words: string, title: string) => page.getByRole("button", { name: new RegExp(`^${words} ?: ${title}$`) });
  const failed = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: failedTitle }) });
  const sent = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: sentTitle }) });
  await expect(failed.getByText("Belum terkirim: Judul laporan belum diisi.")).toBeVisible();
  await expect(failed.locator(button("Coba lagi", failedTitle))).toBeVisible();
  await expect(sent.getByText("Terkirim. Kode lacak: GWA-TES1")).toBeVisible();
  await expect(sent.getByText(/^PIN: PIN-1234\./)).toBeVisible();
  await expect(sent.getByRole("link", { name: "Ikuti laporan GWA-TES1" })).toHaveAttribute("href", "/lapor/terkirim/GWA-TES1");
  // Only the states of each: nothing of another state is left in an item.
  await expect(sent.getByText(/^Sedang dikirim|^Tersimpan di ponsel/)).toHaveCount(0);

  // Removed from the phone: the button pressed is gone, so the page's heading has the focus.
  await sent.locator(button("Hapus dari ponsel ini", sentTitle)).click();
  await expect(sent).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Laporan tertunda di ponsel ini" })).toBeFocused();

  // Tried again: the server refuses the empty answers once more, and that change is said.
  await failed.locator(button("Coba lagi", failedTitle)).click();
  await expect(page.locator("[data-live-announcer]")).toHaveText(new RegExp(`^Laporan "${failedTitle}" belum terkirim: .+`));
  await expect(failed.getByText(/^Belum terkirim: .+/)).toBeVisible();
  await failed.locator(button("Hapus dari ponsel ini", failedTitle)).click();
  await expect(page.getByText("Tidak ada laporan yang menunggu dikirim.")).toBeVisible();
  await context.close();
});
