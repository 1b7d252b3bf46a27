// A resident who files by themselves and chooses "Lewat Sahabat LAPOR!", with and without
// JavaScript: the choice is offered only where a sahabat serves the kecamatan, the page says who
// then sees their name and contact, they pick the sahabat from the public list, the answer reaches
// that sahabat's "Perlu disampaikan", and the resident withdraws the sahabat's access again from
// the tracking page. Each project uses a kecamatan of its own (none of the other specs' ones), so
// counts of listed sahabat elsewhere stay as those specs expect.
import { expect, request as newRequest, test, type Page } from "@playwright/test";
import { gql, signInOver } from "../support/graphql-http.ts";
import { createSahabat } from "./support/factories.ts";
import { chooseDistrict, fillFiling, scriptsReady, sendReport } from "./support/pages.ts";
import { verifyComplaint } from "./support/workflow.ts";

const kecamatan: Record<string, { code: string; name: string; village: string }> = {
  js: { code: "73.06.17", name: "Parigi", village: "Majannang" },
  nojs: { code: "73.06.10", name: "Tombolopao", village: "Tamaona" },
};

/** In change mode (from check-your-answers) the step's button saves and goes back there. */
async function saveChange(page: Page) {
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect.poll(() => page.url().replace(/#.*$/, "")).toMatch(/\/lapor\/periksa$/);
}

async function openKabar(page: Page, javaScript: boolean) {
  await page.goto("/lapor/kabar?ubah=1");
  await scriptsReady(page, javaScript);
  await expect(page.getByRole("group", { name: "Cara menerima kabar" })).toBeVisible();
}

test("a resident's \"Lewat Sahabat LAPOR!\" choice reaches the sahabat they picked, and they can withdraw that sahabat's access", async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(90_000);
  const javaScript = testInfo.project.name !== "nojs";
  const where = kecamatan[testInfo.project.name] ?? kecamatan["js"]!;

  // The resident files, then moves the place to a kecamatan that has no sahabat yet.
  await fillFiling(page, { title: `Jembatan bambu hampir putus ${Date.now()}` });
  await page.goto("/lapor/lokasi?ubah=1");
  await scriptsReady(page, javaScript);
  await chooseDistrict(page, where.name);
  await page.getByLabel(/Desa atau kelurahan/).selectOption({ label: where.village });
  await saveChange(page);
  await openKabar(page, javaScript);
  await expect(page.getByRole("radio", { name: "Lewat Sahabat LAPOR" })).toHaveCount(0);

  // A sahabat of that kecamatan publishes a profile: now the choice is offered, and said plainly.
  const name = `Kak Relay ${testInfo.project.name} ${Date.now()}`;
  const api = await newRequest.newContext({ baseURL });
  const account = await createSahabat(api, where.code, name);
  await signInOver(api, account.email, account.password);
  const saved = await gql<{ saveSahabatProfile: { errors: unknown[] } }>(
    api,
    `mutation($i: SaveSahabatProfileInput!) { saveSahabatProfile(input: $i) { errors { field message } } }`,
    { i: { published: true, displayName: name, place: "Kantor desa", hours: "Senin pagi" } },
  );
  expect(saved.saveSahabatProfile.errors).toEqual([]);

  await openKabar(page, javaScript);
  await expect(page.getByText(`seorang Sahabat LAPOR! di Kecamatan ${where.name} melihat nama dan kontak Anda`)).toBeVisible();
  const pick = page.getByRole("group", { name: /Sahabat LAPOR! yang menyampaikan kabar/ });
  await expect(pick.getByRole("radio", { name: "Siapa saja" })).toBeChecked();
  await expect(page.getByRole("link", { name: `Lihat daftar Sahabat LAPOR! di Kecamatan ${where.name}` })).toHaveAttribute("href", `/sahabat-lapor/${where.code}`);
  await page.getByRole("radio", { name: "Lewat Sahabat LAPOR" }).check();
  await pick.getByRole("radio", { name }).check();
  await saveChange(page);
  // The pick is kept in the draft.
  await openKabar(page, javaScript);
  await expect(page.getByRole("radio", { name: "Lewat Sahabat LAPOR" })).toBeChecked();
  await expect(page.getByRole("group", { name: /Sahabat LAPOR! yang menyampaikan kabar/ }).getByRole("radio", { name })).toBeChecked();
  await saveChange(page);
  // Checking the answers names the sahabat picked.
  await expect(page.getByRole("definition").filter({ hasText: "Lewat Sahabat LAPOR" })).toContainText(name);
  const code = await sendReport(page);

  // The answer (here: the verifier's check) reaches the picked sahabat's "Perlu disampaikan".
  await verifyComplaint(baseURL!, code);
  const sahabat = await browser.newContext({ javaScriptEnabled: javaScript, locale: "id-ID", timezoneId: "Asia/Makassar", serviceWorkers: "block" });
  await signInOver(sahabat.request, account.email, account.password);
  const queue = await sahabat.newPage();
  await expect(async () => {
    await queue.goto("/kerja/sampaikan");
    await expect(queue.getByRole("link", { name: `Laporan ${code}` })).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(queue.getByRole("heading", { level: 1 })).toHaveText("Perlu disampaikan kepada warga");

  // The resident sees who may reach them, and withdraws that access after a confirmation.
  await page.goto(`/lacak/${code}`);
  await scriptsReady(page, javaScript);
  await expect(page.getByRole("heading", { name: "Sahabat LAPOR! untuk laporan ini" })).toBeVisible();
  await expect(page.getByText("Seorang Sahabat LAPOR! di kecamatan Anda bisa melihat nama dan kontak Anda.")).toBeVisible();
  await page.getByRole("link", { name: "Cabut akses Sahabat LAPOR!" }).click();
  await expect(page.getByRole("heading", { name: "Yakin mencabut akses?" })).toBeVisible();
  if (javaScript) await expect(page.locator("#cabut")).toBeFocused();
  await page.getByRole("button", { name: "Ya, cabut akses" }).click();
  await expect(page.getByText("Akses Sahabat LAPOR! sudah dicabut.")).toBeVisible();
  await expect(page.getByText("Anda sudah mencabut akses Sahabat LAPOR! Ia tidak melihat nama dan kontak Anda lagi.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Cabut akses Sahabat LAPOR!" })).toHaveCount(0);
  await expect(page.getByText("Pelapor mencabut akses Sahabat LAPOR!")).toBeVisible();

  // The task has left the sahabat's list.
  await queue.goto("/kerja/sampaikan");
  await expect(queue.getByRole("heading", { level: 1 })).toHaveText("Perlu disampaikan kepada warga");
  await expect(queue.getByRole("link", { name: `Laporan ${code}` })).toHaveCount(0);
  await sahabat.close();
  await api.dispose();
});
