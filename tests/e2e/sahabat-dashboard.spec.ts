// The kecamatan dashboard of a sahabat (/sahabat), with and without JavaScript: reached from the
// queue, it shows the kecamatan's open complaints by status and this month's filings as tables
// beside the charts, leaves a rahasia complaint out of every number, links to the messages to
// pass on, and follows a change live with scripts (one polite sentence) or on reload without.
// Each project uses a kecamatan and a sahabat of its own, so the numbers are the test's.
import { expect, request as newRequest, test, type Locator } from "@playwright/test";
import { gql, signInOver } from "../support/graphql-http.ts";
import { createComplaint, createSahabat } from "./support/factories.ts";
import { scriptsReady } from "./support/pages.ts";
import { verifyComplaint } from "./support/workflow.ts";

const kecamatan: Record<string, string> = { js: "73.06.15", nojs: "73.06.16" };

/** The count in a table's row for one label (the row's header). */
const countIn = (table: Locator, label: string) =>
  table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: label, exact: true }) }).getByRole("cell");

test("only a sahabat may open the dashboard; a visitor is asked to sign in first", async ({ page }) => {
  await page.goto("/sahabat");
  await expect(page).toHaveURL(/\/masuk\?returnTo=%2Fsahabat$/);
  await signInOver(page.context().request, "warga@demo.suara.id");
  const refused = await page.goto("/sahabat");
  expect(refused?.status()).toBe(403);
});

test("a sahabat sees their kecamatan at a glance, never a rahasia complaint, and follows a change", async ({ page, baseURL }, testInfo) => {
  const javaScript = testInfo.project.name !== "nojs";
  const code = kecamatan[testInfo.project.name] ?? kecamatan["js"]!;
  const api = page.context().request;
  const districts = await gql<{ sahabatDistricts: Array<{ code: string; name: string }> }>(api, `{ sahabatDistricts { code name } }`);
  const name = districts.sahabatDistricts.find((d) => d.code === code)!.name;
  const account = await createSahabat(api, code, `Daeng Ringkas ${testInfo.project.name} ${Date.now()}`);

  // Residents file without an account: an aspiration in public, and a rahasia complaint.
  const residents = await newRequest.newContext({ baseURL });
  const open = await createComplaint(residents, { districtCode: code, kind: "ASPIRASI" });
  const secret = await createComplaint(residents, { districtCode: code, kind: "PENGADUAN", privacy: "CONFIDENTIAL", reporterName: "Ibu Saenab" });
  await residents.dispose();

  // What the page asks over its live connection (shared with the layout's notifications).
  const sent: string[] = [];
  page.on("websocket", (ws) => ws.on("framesent", (frame) => sent.push(String(frame.payload))));

  await signInOver(api, account.email, account.password);
  await page.goto("/kerja");
  await scriptsReady(page, javaScript);
  // The queue and the dashboard are plain pages: their own small script and its parts, never
  // SvelteKit's client (the dashboard's part says new notifications too, over its one connection).
  const scripts = () => page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => p.endsWith(".js")).sort());
  if (javaScript) {
    expect(await scripts()).toEqual([
      expect.stringMatching(/^\/_app\/immutable\/plain-notify\.[0-9a-f]+\.js$/),
      expect.stringMatching(/^\/_app\/immutable\/plain-page\.[0-9a-f]+\.js$/),
    ]);
  }
  await page.getByRole("link", { name: "Ringkasan kecamatan Anda" }).click();
  await expect(page).toHaveURL(/\/sahabat$/);
  if (javaScript) {
    await scriptsReady(page, javaScript);
    expect(await scripts()).toEqual([
      expect.stringMatching(/^\/_app\/immutable\/plain-dashboard\.[0-9a-f]+\.js$/),
      expect.stringMatching(/^\/_app\/immutable\/plain-page\.[0-9a-f]+\.js$/),
    ]);
  }
  await expect(page).toHaveTitle(/^Ringkasan kecamatan/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ringkasan kecamatan Anda");

  // The messages to pass on, with the way to them.
  const relay = page.getByRole("region", { name: "Pesan untuk warga", exact: true });
  await expect(relay).toContainText("Tidak ada pesan yang menunggu disampaikan.");
  await expect(relay.getByRole("link", { name: "Buka pesan yang perlu disampaikan" })).toHaveAttribute("href", "/kerja/sampaikan");

  const district = page.getByRole("region", { name: `Kecamatan ${name}`, exact: true });
  await expect(district).toBeVisible();
  // Every chart is also a table; the rahasia complaint counts nowhere.
  const byStatus = district.getByRole("table", { name: new RegExp(`^Laporan yang masih berjalan di ${name}, menurut status`) });
  await expect(countIn(byStatus, "Terkirim, menunggu verifikasi")).toHaveText("1");
  await expect(countIn(byStatus, "Sudah diverifikasi")).toHaveText("0");
  await expect(district.getByRole("img", { name: /^Laporan yang masih berjalan di .*1 laporan masih berjalan/ })).toBeVisible();
  await expect(district).toContainText("Tidak ada laporan yang terlambat.");
  const byKind = district.getByRole("table", { name: new RegExp(`^Laporan masuk bulan ini di ${name}, menurut jenis`) });
  await expect(countIn(byKind, "Aspirasi")).toHaveText("1");
  await expect(countIn(byKind, "Pengaduan")).toHaveText("0");
  const byCategory = district.getByRole("table", { name: new RegExp(`^Laporan masuk bulan ini di ${name}, menurut topik`) });
  await expect(byCategory.getByRole("row")).toHaveCount(2);
  await expect(countIn(byCategory, "Belum ditentukan")).toHaveText("1");
  await expect(page.getByText(secret.trackingCode)).toHaveCount(0);
  await expect(page.getByText(open.trackingCode)).toHaveCount(0);

  // The verifier checks the aspiration: with scripts the page follows at once and says so once.
  if (javaScript) {
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await expect.poll(() => sent.some((payload) => payload.includes("sahabatDashboardChanged")), { timeout: 10_000 }).toBe(true);
    // The server holds the subscription a moment after the browser asks for it.
    await page.waitForTimeout(500);
  }
  await verifyComplaint(baseURL!, open.trackingCode);
  if (javaScript) {
    await expect(page.locator("[data-live-announcer]")).toHaveText(
      "Ringkasan diperbarui: 1 laporan masih berjalan, 0 terlambat, 0 pesan menunggu disampaikan.",
    );
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  } else {
    await page.reload();
  }
  await expect(countIn(byStatus, "Sudah diverifikasi")).toHaveText("1");
  await expect(countIn(byStatus, "Terkirim, menunggu verifikasi")).toHaveText("0");
});
