// Offline-first: the service worker every visitor gets keeps the start page and the
// filing steps as shells and the tracking pages a person opened in their public view, and answers
// anything else offline with the offline page. A page shown with the PIN or to a signed-in person
// is never kept on the phone. Chromium reports no installability errors for the web manifest. A
// new version waits for the person to press "Muat ulang".
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createComplaint, signUpResident } from "./support/factories.ts";
import { goOffline } from "./support/pages.ts";

// playwright.config.ts blocks service workers for the rest of the suite.
test.use({ serviceWorkers: "allow" });

/** Loads the start page and waits until the service worker is installed and controls it. */
async function installWorker(page: Page) {
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Every URL in every cache of this origin (what is kept on the phone). */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(`${name} ${request.url}`);
    }
    return urls;
  });
}

test("offline, the start page, a filing step and an opened tracking page still show; a page seen with the PIN is not kept", { tag: "@with-js", annotation: { type: "why", description: "a service worker needs JavaScript" } }, async ({ page, context, request }) => {
  test.setTimeout(120_000);
  const open = await createComplaint(request);
  const withPin = await createComplaint(request);

  await installWorker(page);

  // The public view of a complaint, opened while online: marked by the server, kept by the worker.
  const publicView = await page.goto(`/lacak/${open.trackingCode}`);
  expect(publicView?.headers()["x-suara-simpan"]).toBe("publik");
  // Before it is checked, the public view names the complaint by its code (the PIN shows its title).
  const publicHeading = page.getByRole("heading", { level: 1, name: `Laporan ${open.trackingCode}` });
  await expect(publicHeading).toBeVisible();

  // Another complaint, looked up with its PIN: the page the PIN opens is not marked, not kept.
  await page.goto("/lacak");
  await page.getByLabel("Kode lacak").fill(withPin.trackingCode);
  await page.getByLabel(/^PIN/).fill(withPin.accessSecret);
  await page.getByRole("button", { name: "Lacak", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: withPin.title })).toBeVisible();
  // And by its address, loaded whole, with the PIN in the cookie.
  const again = await page.goto(`/lacak/${withPin.trackingCode}`);
  expect(again?.headers()["x-suara-simpan"]).toBeUndefined();

  const kept = await cachedUrls(page);
  expect(kept.some((u) => u.endsWith(`/lacak/${open.trackingCode}`))).toBe(true);
  expect(kept.filter((u) => u.includes(withPin.trackingCode))).toEqual([]);
  // The shells are kept by path; no answers, and none of the pages above.
  expect(kept.some((u) => u.endsWith("/lapor/jenis"))).toBe(true);

  await page.goto(`/lacak/${open.trackingCode}`);
  await expect(publicHeading).toBeVisible();
  await goOffline(context, page);

  await page.reload();
  await expect(publicHeading).toBeVisible();

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Sampaikan masalah layanan publik kepada pemerintah" })).toBeVisible();
  // A link followed offline loads the next page whole, which the worker answers (a client-side
  // navigation would ask the server for the page's data and show an error).
  await expect(page.locator("html[data-scripts=ready]")).toBeAttached();
  await page.getByRole("main").getByRole("link", { name: "Buat laporan" }).click();
  await expect(page).toHaveURL(/\/lapor$/);
  await expect(page.getByRole("heading", { level: 1, name: "Buat laporan" })).toBeVisible();

  // A filing step: its shell, with empty answers (the page fills them from the phone's draft).
  await page.goto("/lapor/jenis");
  await expect(page.getByRole("group", { name: "Apa yang ingin Anda sampaikan?" }).or(page.getByRole("heading", { level: 1, name: "Apa yang ingin Anda sampaikan?" })).first()).toBeVisible();
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await page.goto("/lapor/periksa");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // The tracking page opened with the PIN: the offline page instead.
  await page.goto(`/lacak/${withPin.trackingCode}`);
  await expect(page.getByRole("heading", { level: 1, name: "Ponsel Anda tidak tersambung ke internet" })).toBeVisible();
  await expect(page.getByText(withPin.title)).toHaveCount(0);
  // It lists what was kept: the public one only.
  await expect(page.getByRole("link", { name: `Laporan ${open.trackingCode}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Laporan ${withPin.trackingCode}` })).toHaveCount(0);

  // A page never kept.
  await page.goto("/kerja");
  await expect(page.getByRole("heading", { level: 1, name: "Ponsel Anda tidak tersambung ke internet" })).toBeVisible();
  await page.goto("/halaman-yang-tidak-ada");
  await expect(page.getByRole("heading", { level: 1, name: "Ponsel Anda tidak tersambung ke internet" })).toBeVisible();

  // Back online, the same address shows the page again.
  await context.setOffline(false);
  await page.goto(`/lacak/${withPin.trackingCode}`);
  await expect(page.getByRole("heading", { level: 1, name: withPin.title })).toBeVisible();
  expect((await cachedUrls(page)).filter((u) => u.includes(withPin.trackingCode))).toEqual([]);
});

test("a tracking page shown to a signed-in person is not kept on the phone", { tag: "@with-js", annotation: { type: "why", description: "a service worker needs JavaScript" } }, async ({ page, context, request }) => {
  const complaint = await createComplaint(request);
  await signUpResident(context.request);
  await installWorker(page);

  const response = await page.goto(`/lacak/${complaint.trackingCode}`);
  await expect(page.getByRole("heading", { level: 1, name: `Laporan ${complaint.trackingCode}` })).toBeVisible();
  expect(response?.headers()["x-suara-simpan"]).toBeUndefined();
  expect((await cachedUrls(page)).filter((u) => u.includes(complaint.trackingCode))).toEqual([]);

  await goOffline(context, page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Ponsel Anda tidak tersambung ke internet" })).toBeVisible();
});

test("a page kept for offline use shows in the person's language, theme and text size", { tag: "@with-js", annotation: { type: "why", description: "a service worker needs JavaScript" } }, async ({ page, context, baseURL }) => {
  test.setTimeout(60_000);
  await context.addCookies(["lang=en", "tema=kontras", "teks=200"].map((pair) => {
    const [name, value] = pair.split("=") as [string, string];
    return { name, value, url: baseURL! };
  }));
  await installWorker(page);
  // The worker fetched its shells before the page told it the choices, then again with them.
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.match("/lapor/jenis"))?.text()) ?? ""), { timeout: 20_000 })
    .toMatch(/<html lang="en"[^>]*data-tema="kontras"[^>]*data-teks="200"/);

  await goOffline(context, page);
  await page.goto("/lapor/jenis");
  await expect(page.getByRole("heading", { level: 1, name: "What would you like to tell us?" }).or(page.getByRole("group", { name: "What would you like to tell us?" })).first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-tema", "kontras");
  await expect(page.locator("html")).toHaveAttribute("data-teks", "200");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("Chromium finds the app installable: manifest, icons and service worker", { tag: ["@with-js", "@full-browser"], annotation: { type: "why", description: "installability is judged by the full browser, in a profile of its own (a fresh context counts as incognito), with the service worker running" } }, async ({ playwright, baseURL }, testInfo) => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "suara-install-"));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    baseURL,
    locale: "id-ID",
    serviceWorkers: "allow",
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await installWorker(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

/**
 * A local stand-in for the same site after a new version was put up: every request goes on to the
 * test server as it is, and once `release()` is called /service-worker.js comes with a line more,
 * which is what makes a browser install a new version of the worker.
 */
async function siteWithNewVersion(target: string): Promise<{ url: string; release(): void; close(): Promise<void> }> {
  let released = false;
  const site = http.createServer((req, res) => {
    const worker = (req.url ?? "").startsWith("/service-worker.js");
    // The worker's script is changed as text: asked for uncompressed, and whole (not "unchanged since").
    const { "if-none-match": _tag, "if-modified-since": _since, ...fresh } = req.headers;
    const headers = worker ? { ...fresh, "accept-encoding": "identity" } : req.headers;
    const onward = http.request(new URL(req.url ?? "/", target), { method: req.method, headers }, (answer) => {
      if (!(worker && released && answer.statusCode === 200)) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => {
        const body = Buffer.concat([...chunks, Buffer.from("\n// versi baru\n")]);
        const { etag: _etag, "last-modified": _modified, ...rest } = answer.headers;
        res.writeHead(200, { ...rest, "content-length": String(body.length) });
        res.end(body);
      });
    });
    onward.on("error", () => res.writeHead(502).end());
    req.pipe(onward);
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  const { port } = site.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    release: () => void (released = true),
    close: () => new Promise<void>((resolve) => site.close(() => resolve())),
  };
}

test("a new version waits for the person: a notice says so, nothing typed is lost, and only 'Muat ulang' brings it in", { tag: "@with-js", annotation: { type: "why", description: "a service worker needs JavaScript" } }, async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const site = await siteWithNewVersion(baseURL!);
  const context = await browser.newContext({ baseURL: site.url, serviceWorkers: "allow" });
  try {
    const page = await context.newPage();
    await installWorker(page);
    await page.goto("/lapor/kejadian");
    await expect(page.locator("html[data-scripts=ready]")).toBeAttached();
    await page.getByLabel("Judul laporan").fill("Lampu jalan padam");
    // Marks this page: a reload would forget it.
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));

    // A new version is put up and the phone finds it.
    site.release();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.getByRole("region", { name: /^Versi baru Suara siap\./ });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("status").filter({ hasText: "Versi baru Suara siap." })).toBeAttached();
    // Nothing reloaded by itself: the page and what was typed are as they were.
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    await expect(page.getByLabel("Judul laporan")).toHaveValue("Lampu jalan padam");

    // "Nanti saja": the notice goes, and the new version still waits (the next page offers it again).
    await notice.getByRole("button", { name: "Nanti saja" }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(notice).toBeVisible({ timeout: 30_000 });

    // "Muat ulang": the new version takes over and the page loads again, the answer back from the phone.
    const waiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting !== null));
    expect(waiting).toBe(true);
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    const reloaded = page.waitForEvent("load");
    await notice.getByRole("button", { name: "Muat ulang" }).click();
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage ?? false)).toBe(false);
    await expect(page.getByLabel("Judul laporan")).toHaveValue("Lampu jalan padam");
    await expect(notice).toHaveCount(0);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null))).toBeNull();
  } finally {
    await context.close();
    await site.close();
  }
});

test("a plain step (no framework scripts) works offline with its own script: the header says so, the answer goes to the phone and the next step opens", { tag: "@with-js", annotation: { type: "why", description: "a service worker and the plain page's script need JavaScript" } }, async ({ page, context }) => {
  await installWorker(page);
  await page.goto("/lapor/jenis");
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  // Only its own small script: SvelteKit's client never loads here.
  expect(await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => p.endsWith(".js")))).toEqual([
    expect.stringMatching(/^\/_app\/immutable\/plain-page\.[0-9a-f]+\.js$/),
  ]);
  await expect(page.getByText("Tanpa sambungan internet", { exact: true })).toBeHidden();

  await goOffline(context, page);
  await expect(page.getByText("Tanpa sambungan internet", { exact: true })).toBeVisible();
  await page.getByRole("radio", { name: "Aspirasi", exact: true }).check();
  // The form post cannot reach the server: the worker keeps the answer and opens the next step.
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page).toHaveURL(/\/lapor\/kejadian$/);
  await expect(page.getByLabel("Judul laporan")).toBeVisible();
  // Back on the step (its kept copy, rendered for nobody): the phone's answer is put back.
  await page.goto("/lapor/jenis");
  await expect(page.getByRole("radio", { name: "Aspirasi", exact: true })).toBeChecked();

  // Online again, the header's line goes.
  await context.setOffline(false);
  await expect(page.getByText("Tanpa sambungan internet", { exact: true })).toBeHidden();
});

test("offline, the location step's kept page takes the kecamatan back from the phone with its own desa list, and the desa too", { tag: "@with-js", annotation: { type: "why", description: "a service worker and the plain page's script need JavaScript" } }, async ({ page, context }) => {
  await installWorker(page);
  await page.goto("/lapor/lokasi");
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  // The list follows the kecamatan at once, from the page itself (no request, no button).
  await expect(page.getByRole("button", { name: "Tampilkan daftar desa" })).toHaveCount(0);
  await page.getByLabel("Kecamatan", { exact: true }).selectOption({ label: "Somba Opu" });
  await expect(page.getByLabel(/Desa atau kelurahan/).locator("optgroup")).toHaveAttribute("label", "Somba Opu");
  await page.getByLabel(/Desa atau kelurahan/).selectOption({ label: "Sungguminasa" });
  await page.getByLabel(/Patokan tempat/).fill("Dekat masjid raya");
  // Kept on the phone a moment after the last change.
  await expect
    .poll(() => page.evaluate(() => new Promise<string>((done) => {
      const open = indexedDB.open("suara");
      open.onsuccess = () => {
        const read = open.result.transaction("draft").objectStore("draft").get("current");
        read.onsuccess = () => done(String(read.result?.fields?.landmark ?? ""));
      };
    })))
    .toBe("Dekat masjid raya");

  await goOffline(context, page);
  await page.goto("/lapor/lokasi");
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  await expect(page.getByLabel("Kecamatan", { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel("Kecamatan", { exact: true }).locator("option:checked")).toHaveText("Somba Opu");
  await expect(page.getByLabel(/Desa atau kelurahan/).locator("optgroup")).toHaveAttribute("label", "Somba Opu");
  await expect(page.getByLabel(/Desa atau kelurahan/).locator("option:checked")).toHaveText("Sungguminasa");
  await expect(page.getByLabel(/Patokan tempat/)).toHaveValue("Dekat masjid raya");
});
