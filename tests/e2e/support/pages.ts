// Helpers that act like a person on Suara's pages (by role and label), shared by the specs.
import zlib from "node:zlib";
import { type Browser, type BrowserContext, expect, type Page } from "@playwright/test";
import { signInOver } from "../../support/graphql-http.ts";

/** A fetch the service worker does not answer: it fails only when the network is really gone. */
export const uncachedFetch = (page: Page): Promise<string> =>
  page.evaluate(() =>
    fetch(`/healthz?bukti=${Date.now()}`, { cache: "no-store" }).then(
      (r) => `online ${r.status}`,
      () => "offline",
    ),
  );

/**
 * Cuts the phone's connection and waits until it is really gone: the emulation reaches a running
 * service worker a moment after the pages, and until then the worker's own fetches still go out.
 */
export async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  await expect.poll(() => uncachedFetch(page), { message: "a fetch the worker does not answer fails", timeout: 10_000 }).toBe("offline");
}

/** A tiny real PNG (solid colour), made here so tests need no image files. */
export function tinyPng(width = 4, height = 3, rgb: [number, number, number] = [200, 40, 40]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export type ReportOptions = {
  kind?: "Pengaduan" | "Aspirasi" | "Permintaan informasi";
  title: string;
  story?: string;
  photos?: number;
  privacy?: "Publik" | "Anonim" | "Rahasia";
};

/** Presses the step's continue button and waits for the next page. */
export async function continueTo(page: Page, path: RegExp): Promise<void> {
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  // Without JavaScript a followed summary link's #fragment survives the redirect: compare without it.
  await expect.poll(() => page.url().replace(/#.*$/, "")).toMatch(path);
}

/**
 * "Lanjutkan" on the topic step: on to the agency step, past the likely duplicates when complaints
 * other tests verified in the same desa and topic look alike ("Bukan, lanjutkan").
 */
export async function continuePastDuplicates(page: Page): Promise<void> {
  await continueTo(page, /\/lapor\/(instansi|serupa)$/);
  if (/\/lapor\/serupa$/.test(new URL(page.url()).pathname)) {
    await page.getByRole("link", { name: "Bukan, lanjutkan" }).click();
    await expect(page).toHaveURL(/\/lapor\/instansi$/);
  }
}

/** Uploads photos on the photo step (with JavaScript by fetch, without by a plain form post). */
export async function uploadPhotos(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const before = await page.getByRole("img", { name: /^Foto \d+:/ }).count();
  await page.getByLabel("Pilih foto").setInputFiles(files);
  await page.getByRole("button", { name: "Unggah foto" }).click();
  await expect(page.getByRole("img", { name: /^Foto \d+:/ })).toHaveCount(before + files.length);
}

/** Chooses the kecamatan; without JavaScript its desa list comes with "Tampilkan daftar desa". */
export async function chooseDistrict(page: Page, name: string): Promise<void> {
  await page.getByLabel("Kecamatan", { exact: true }).selectOption({ label: name });
  const show = page.getByRole("button", { name: "Tampilkan daftar desa" });
  if (await show.isVisible()) {
    // The scripts may arrive between seeing the button and pressing it: then it is gone and the
    // list comes by itself (waiting for a button that no longer exists would hang the test).
    await show.click({ timeout: 5_000 }).catch(async (error: unknown) => {
      if ((await show.count()) > 0) throw error;
    });
  }
  await expect(page.getByLabel(/Desa atau kelurahan/).locator("optgroup")).toHaveAttribute("label", name);
}

/** Chooses a topic, opening "Topik lain" first when the topic waits behind it. */
export async function chooseTopic(page: Page, name: string): Promise<void> {
  const radio = page.getByRole("radio", { name });
  if (!(await radio.isVisible())) await page.getByText(/^Topik lain \(\d+\)$/).click();
  await radio.check();
}

/** Walks the filing from the start page to check-your-answers with a complete, valid report. */
export async function fillFiling(page: Page, options: ReportOptions): Promise<void> {
  await page.goto("/lapor");
  await page.getByRole("main").getByRole("link", { name: "Mulai", exact: true }).click();
  await expect(page).toHaveURL(/\/lapor\/jenis$/);
  await page.getByRole("radio", { name: options.kind ?? "Pengaduan", exact: true }).check();
  await continueTo(page, /\/lapor\/kejadian$/);
  await page.getByLabel("Judul laporan").fill(options.title);
  await page
    .getByLabel("Ceritakan masalahnya")
    .fill(options.story ?? "Lampu jalan di depan SD Inpres mati sejak dua minggu. Malam hari sangat gelap.");
  await continueTo(page, /\/lapor\/waktu$/);
  await fillFilingFromDate(page, options);
}

/**
 * The rest of the filing, from the date step (/lapor/waktu) to check-your-answers, for a test that
 * walked the first steps itself (a mistake on the way, say).
 */
export async function fillFilingFromDate(page: Page, options: Pick<ReportOptions, "photos" | "privacy">): Promise<void> {
  const date = page.getByRole("group", { name: /Tanggal kejadian/ });
  await date.getByLabel("Tanggal", { exact: true }).fill("3");
  await date.getByLabel("Bulan", { exact: true }).fill("11");
  await date.getByLabel("Tahun", { exact: true }).fill("2026");
  await continueTo(page, /\/lapor\/lokasi$/);
  await chooseDistrict(page, "Somba Opu");
  await page.getByLabel(/Desa atau kelurahan/).selectOption({ label: "Sungguminasa" });
  await page.getByLabel(/Patokan tempat/).fill("Dekat masjid raya");
  await continueTo(page, /\/lapor\/kategori$/);
  await chooseTopic(page, "Listrik dan lampu jalan");
  await continuePastDuplicates(page);
  // The suggested agency is chosen already; the resident keeps it.
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(1);
  await continueTo(page, /\/lapor\/foto$/);
  const photos = options.photos ?? 0;
  if (photos > 0) {
    await uploadPhotos(
      page,
      Array.from({ length: photos }, (_, i) => ({ name: `foto-${i + 1}.png`, mimeType: "image/png", buffer: tinyPng(8 + i, 6, [40 * i, 120, 200]) })),
    );
  }
  await continueTo(page, /\/lapor\/privasi$/);
  await page.getByRole("radio", { name: options.privacy ?? "Publik", exact: true }).check();
  await page.getByLabel("Nama Anda").fill("Daeng Ngai");
  await continueTo(page, /\/lapor\/kabar$/);
  await page.getByRole("radio", { name: "SMS ke HP saya" }).check();
  await page.getByLabel(/Nomor HP/).fill("0812 3456 7890");
  await continueTo(page, /\/lapor\/periksa$/);
}

/** Sends the report from check-your-answers; returns the tracking code on the confirmation. */
export async function sendReport(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(page).toHaveURL(/\/lapor\/terkirim\/[A-Z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Laporan Anda terkirim" })).toBeVisible();
  return decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
}

/** The error summary: an alert with a heading and links to the fields. */
export function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Ada yang perlu diperbaiki" }) });
}

/** Follows every link in the error summary and checks each one puts focus on its field. */
export async function expectSummaryLinksFocusFields(page: Page): Promise<number> {
  const links = errorSummary(page).getByRole("link");
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^#[\w-]+$/);
    await link.click();
    await expect(page.locator(href!)).toBeFocused();
  }
  return count;
}

/** No sideways scrolling (WCAG 1.4.10) at the current viewport width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const [scrollWidth, clientWidth] = await page
    .locator("html")
    .evaluate((html) => [html.scrollWidth, html.clientWidth] as const);
  expect(scrollWidth, "page scrolls sideways").toBeLessThanOrEqual(clientWidth);
}

/**
 * A staff member's (or resident's) own browser, with or without JavaScript, signed in (over the
 * API, in the browser's own cookie jar: sign-in.spec.ts tests the sign-in page itself) and on
 * `returnTo`. Staff pages confirm on the page, never through a browser dialog: one fails the test.
 */
export async function signedInPage(browser: Browser, email: string, javaScriptEnabled: boolean, returnTo = "/kerja"): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: "id-ID", timezoneId: "Asia/Makassar", serviceWorkers: "block" });
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected browser dialog: ${dialog.message()}`);
  });
  await signIn(page, email, returnTo);
  return page;
}

/** Signs the page's browser in as `email` and opens `path` there. */
export async function signIn(page: Page, email: string, path: string): Promise<void> {
  await signInOver(page.context().request, email);
  const response = await page.goto(path);
  expect(response?.status(), `${path} after signing in as ${email}`).toBe(200);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, "\\?")}$`));
}

/**
 * Waits until the app's scripts have taken over the page (the layout marks <html>). A click before
 * that is a plain page load, as on a slow phone: no client-side navigation, no focus moved to the
 * new page's heading. Tests of what the scripts do wait for this first; without JavaScript it
 * returns at once.
 */
export async function scriptsReady(page: Page, javaScriptEnabled: boolean): Promise<void> {
  if (javaScriptEnabled) await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
}

/**
 * A sahabat opens "Perlu disampaikan" from the queue page once the delivery outbox (every few
 * seconds) has turned a message into a task: the queue's link counts it.
 */
export async function openRelayTasks(page: Page, javaScriptEnabled: boolean): Promise<void> {
  await page.goto("/kerja");
  const link = page.getByRole("link", { name: /^Perlu disampaikan kepada warga \((\d+)\)$/ });
  await expect(async () => {
    await page.reload();
    await expect(link).not.toHaveText("Perlu disampaikan kepada warga (0)", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await scriptsReady(page, javaScriptEnabled);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Perlu disampaikan kepada warga");
}

/**
 * On a trainer's /pelatih: fills the create form (today, the given kecamatan) and sends it; waits
 * for the new workshop's projector view and returns its join code as shown ("K7QM-4PXR").
 */
export async function createWorkshopOnPage(trainer: Page, title: string, district: string): Promise<string> {
  const today = new Date(Date.now() + 8 * 3600_000);
  await trainer.getByLabel("Nama pelatihan").fill(title);
  const date = trainer.getByRole("group", { name: /Tanggal pelatihan/ });
  await date.getByLabel("Tanggal", { exact: true }).fill(String(today.getUTCDate()));
  await date.getByLabel("Bulan", { exact: true }).fill(String(today.getUTCMonth() + 1));
  await date.getByLabel("Tahun", { exact: true }).fill(String(today.getUTCFullYear()));
  await trainer.getByLabel("Kecamatan tempat pelatihan").selectOption({ label: district });
  await trainer.getByRole("button", { name: "Buat pelatihan" }).click();
  await expect(trainer).toHaveURL(/\/pelatih\/[a-z0-9]+$/);
  await expect(trainer.getByRole("heading", { level: 1 })).toHaveText(title);
  const code = (await trainer.getByLabel(/^Kode pelatihan: /).textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return code;
}
