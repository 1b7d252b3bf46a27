// The staff pages read in the order of the work: the usual next step first and the only primary
// button, rejecting asked twice (with and without JavaScript, never a browser dialog), each
// history entry in its own words, the running deadline at every stage, answer templates filled
// in place, and a queue that shows every column on a desktop and cards on a phone.
import { expect, type Page, test } from "@playwright/test";
import { createComplaint } from "./support/factories.ts";
import { signedInPage } from "./support/pages.ts";
import { moveComplaint } from "./support/workflow.ts";



const actionHeadings = (page: Page) => page.locator("section.action h3");

/** The submit buttons of the action forms that look primary (filled in the button colour). */
async function primaryButtons(page: Page): Promise<string[]> {
  return page.locator("section.action form[action='?/act'] button").evaluateAll((buttons) => {
    const probe = document.createElement("span");
    probe.style.color = "var(--color-button)";
    document.body.append(probe);
    const primary = getComputedStyle(probe).color;
    probe.remove();
    return buttons.filter((b) => getComputedStyle(b).backgroundColor === primary).map((b) => b.textContent?.trim() ?? "");
  });
}

test("after verification, passing it to the agency comes first and is the only primary action", async ({ browser, request, baseURL, javaScriptEnabled }) => {
  const filed = await createComplaint(request, { districtCode: "73.06.11" });
  const verifier = await signedInPage(browser, "verifikator@demo.suara.id", javaScriptEnabled, `/kerja/${filed.trackingCode}`);
  await expect(actionHeadings(verifier).first()).toHaveText("Verifikasi");
  expect(await primaryButtons(verifier)).toEqual(["Verifikasi laporan"]);

  await moveComplaint(baseURL!, filed.trackingCode, [{ as: "verifier", action: "verify" }]);
  await verifier.reload();
  await expect(actionHeadings(verifier)).toHaveText([
    "Teruskan ke instansi",
    "Tunda dan minta keterangan",
    "Bukan urusan layanan publik",
    "Tambah catatan internal",
    "Tolak",
    "Arsipkan",
  ]);
  expect(await primaryButtons(verifier)).toEqual(["Teruskan ke instansi"]);
  // Rejecting and archiving look apart from the rest: not filled, in the error colour.
  const reject = verifier.getByRole("button", { name: "Tolak laporan", exact: true });
  const looks = await reject.evaluate((b) => ({ color: getComputedStyle(b).color, border: getComputedStyle(b).borderTopColor }));
  expect(looks.color).toBe(looks.border);
  expect(looks.color).not.toBe("rgb(27, 27, 27)");
  await verifier.context().close();
});

test("rejecting asks first, on the page, and only then rejects", async ({ browser, request, javaScriptEnabled }) => {
  const filed = await createComplaint(request, { districtCode: "73.06.11" });
  const verifier = await signedInPage(browser, "verifikator@demo.suara.id", javaScriptEnabled, `/kerja/${filed.trackingCode}`);
  const section = verifier.getByRole("region", { name: "Tolak", exact: true });

  // With no reason the field error comes first, not the question.
  await section.getByRole("button", { name: "Tolak laporan" }).click();
  await expect(verifier).toHaveTitle(/^Galat:/);
  await expect(verifier.getByText("Yakin tolak laporan ini?")).toHaveCount(0);

  await verifier.getByRole("region", { name: "Tolak", exact: true }).getByLabel("Alasan penolakan").selectOption({ label: "Bukan laporan (spam)" });
  await verifier.getByRole("region", { name: "Tolak", exact: true }).getByLabel("Keterangan untuk pelapor").fill("Isinya iklan.");
  await verifier.getByRole("region", { name: "Tolak", exact: true }).getByRole("button", { name: "Tolak laporan" }).click();
  const question = verifier.getByRole("group", { name: "Yakin tolak laporan ini?" });
  await expect(question).toBeVisible();
  await expect(question).toBeFocused();
  await expect(question).toContainText("Bukan laporan (spam)");
  // Nothing has happened yet, and what was typed is still there.
  await expect(verifier.locator("dl.details")).toContainText("Terkirim, menunggu verifikasi");
  await expect(verifier.getByRole("region", { name: "Tolak", exact: true }).getByLabel("Keterangan untuk pelapor")).toHaveValue("Isinya iklan.");

  await question.getByRole("button", { name: "Ya, tolak laporan" }).click();
  const notice = verifier.getByRole("status").filter({ hasText: "Berhasil: Tolak laporan." });
  await expect(notice).toBeVisible();
  await expect(verifier.locator("dl.details")).toContainText("Ditolak");
  await verifier.context().close();
});

test("the resident's history says the agency received it, apart from passing it on, and the deadline runs at every stage", async ({
  browser,
  request,
  baseURL,
  javaScriptEnabled,
}) => {
  test.setTimeout(120_000);
  const filed = await createComplaint(request, { districtCode: "73.06.11" });
  const resident = await (await browser.newContext({ javaScriptEnabled, locale: "id-ID", timezoneId: "Asia/Makassar", serviceWorkers: "block" })).newPage();
  const staff = await signedInPage(browser, "verifikator@demo.suara.id", javaScriptEnabled, `/kerja/${filed.trackingCode}`);
  const staffDeadline = () => staff.locator("dl.details div").filter({ hasText: /^Tenggat/ }).locator("dd");

  await moveComplaint(baseURL!, filed.trackingCode, [{ as: "verifier", action: "verify" }]);
  await resident.goto(`/lacak/${filed.trackingCode}`);
  await expect(resident.getByText(/Petugas meneruskan laporan ke instansi paling lambat/)).toBeVisible();
  await staff.reload();
  await expect(staffDeadline()).toContainText(/hari kerja|Jatuh tempo/);
  await expect(staffDeadline()).not.toContainText("Tidak ada tenggat");

  await moveComplaint(baseURL!, filed.trackingCode, [
    { as: "verifier", action: "dispose" },
    { as: "officer", action: "acknowledge" },
  ]);
  await resident.goto(`/lacak/${filed.trackingCode}`);
  const history = resident.getByRole("list", { name: "Riwayat laporan" }).getByRole("listitem");
  await expect(history.filter({ hasText: "Diterima oleh instansi" })).toHaveCount(1);
  await expect(history.filter({ hasText: "Diteruskan ke instansi" })).toHaveCount(1);
  await expect(resident.getByText(/Instansi menjawab paling lambat/)).toBeVisible();

  // While the agency works, after its first answer, the next one is due.
  await moveComplaint(baseURL!, filed.trackingCode, [{ as: "officer", action: "postFollowUp", body: "Tim meninjau lokasi pekan ini." }]);
  await resident.goto(`/lacak/${filed.trackingCode}`);
  await expect(resident.getByText(/Instansi menjawab paling lambat/)).toBeVisible();
  await staff.reload();
  await expect(staffDeadline()).not.toContainText("Tidak ada tenggat");
  await expect(staff.getByRole("list", { name: "Riwayat lengkap" })).toContainText("Diterima oleh instansi");
  await resident.context().close();
  await staff.context().close();
});

test("choosing an answer template fills the answer in place with JavaScript", { tag: "@with-js", annotation: { type: "why", description: "without JavaScript the 'Pakai templat' button reloads the page (staff.spec.ts)" } }, async ({ browser, request, baseURL }) => {
  const filed = await createComplaint(request, { districtCode: "73.06.11" });
  await moveComplaint(baseURL!, filed.trackingCode, [
    { as: "verifier", action: "verify" },
    { as: "verifier", action: "dispose" },
  ]);
  const officer = await signedInPage(browser, "petugas.pupr@demo.suara.id", true, `/kerja/${filed.trackingCode}`);
  const followUp = officer.getByRole("region", { name: "Kirim tindak lanjut", exact: true });
  const url = officer.url();
  await expect(followUp.getByRole("button", { name: "Pakai templat" })).toBeHidden();
  await followUp.getByLabel("Templat jawaban").selectOption({ label: "Laporan diterima, petugas akan meninjau" });
  await expect(followUp.getByLabel("Jawaban untuk pelapor")).toHaveValue(/petugas Dinas PUPR akan meninjau lokasi/);
  expect(officer.url()).toBe(url);
  await expect(officer.locator("[data-live-announcer]")).toHaveText(/Templat "Laporan diterima, petugas akan meninjau" dipakai/);
  await officer.context().close();
});

test("the queue shows every column on a desktop screen and a card per complaint on a phone", async ({ browser, request, javaScriptEnabled }) => {
  await createComplaint(request, { districtCode: "73.06.11" });
  const page = await signedInPage(browser, "verifikator@demo.suara.id", javaScriptEnabled, "/kerja");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  const table = page.getByRole("table", { name: /Laporan yang menunggu/ });
  const headers = table.getByRole("columnheader");
  await expect(headers).toHaveText(["Laporan", "Tenggat", "Status", "Kecamatan", "Topik", "Jenis", "Dikirim"]);
  for (const header of await headers.all()) {
    const box = (await header.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
  }

  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  const row = page.getByRole("table", { name: /Laporan yang menunggu/ }).getByRole("row").nth(1);
  const cells = [row.getByRole("rowheader"), ...(await row.getByRole("cell").all())];
  expect(cells).toHaveLength(7);
  const boxes = await Promise.all(cells.map(async (cell) => (await cell.boundingBox())!));
  for (let i = 1; i < boxes.length; i++) {
    // One under the other, each as wide as the card and inside the screen.
    expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
    expect(Math.abs(boxes[i]!.x - boxes[0]!.x)).toBeLessThanOrEqual(1);
    expect(boxes[i]!.x + boxes[i]!.width).toBeLessThanOrEqual(360);
  }
  // Each cell says which column it is.
  await expect(row.getByRole("cell").nth(4)).toContainText("Jenis");
  await expect(row.getByRole("cell").nth(4)).toBeVisible();
  await page.context().close();
});

test("a queue too wide for the screen scrolls in a box the keyboard reaches, with a hint, and only then", { tag: "@with-js" }, async ({ browser, request, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "the box is measured by the page's script; without it the box still scrolls, unlabelled");
  await createComplaint(request, { districtCode: "73.06.11" });
  const page = await signedInPage(browser, "verifikator@demo.suara.id", true, "/kerja");
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  const hint = "Tabel ini lebar. Geser ke samping untuk melihat semua kolom.";
  const scroller = page.getByRole("region", { name: /^Laporan yang menunggu/ });
  await expect(page.getByRole("table", { name: /^Laporan yang menunggu/ })).toBeVisible();
  // No table on the page scrolls, so no hint shows.
  const hints = page.getByText(hint).filter({ visible: true });
  await expect(scroller).toHaveCount(0);
  await expect(hints).toHaveCount(0);

  // A table wider than its box (as a long unbroken word would make it), seen once the screen changes.
  await page.getByRole("table", { name: /^Laporan yang menunggu/ }).evaluate((table: HTMLElement) => (table.style.minWidth = "2000px"));
  await page.setViewportSize({ width: 990, height: 900 });
  await expect(scroller).toHaveAttribute("tabindex", "0");
  await expect(scroller).toHaveAccessibleDescription(hint);
  await expect(hints).toHaveCount(1);
  await scroller.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => scroller.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);

  await page.getByRole("table", { name: /^Laporan yang menunggu/ }).evaluate((table: HTMLElement) => (table.style.minWidth = ""));
  await page.setViewportSize({ width: 1000, height: 900 });
  await expect(scroller).toHaveCount(0);
  await expect(hints).toHaveCount(0);
  await page.context().close();
});
