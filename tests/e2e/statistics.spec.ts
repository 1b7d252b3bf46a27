// Open statistics (/statistik), with and without JavaScript: a visitor chooses a kecamatan in the
// GET form; every chart's table agrees with the CSV download line by line; unverified and rahasia
// complaints count nowhere and are not in the Atom feed, which lists the public ones linking to
// their tracking pages. Each project files in a kecamatan of its own, so the numbers are the test's.
import { expect, request as newRequest, test, type Page } from "@playwright/test";
import { gql } from "../support/graphql-http.ts";
import { createComplaint } from "./support/factories.ts";
import { scriptsReady } from "./support/pages.ts";
import { resolveComplaint, verifyComplaint } from "./support/workflow.ts";

const kecamatan: Record<string, string> = { js: "73.06.05", nojs: "73.06.18" };

/** A CSV line split into cells (quoted cells may hold commas and doubled quotes). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (cells.push(cell), (cell = ""));
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** A table's rows as [row header, value cells…], numbers without their thousands separators. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole("table", { name: caption, exact: true });
  await expect(table).toBeVisible();
  return table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())),
  );
}

const SECTIONS: Array<[csv: string, title: string]> = [
  ["jenis", "Laporan menurut jenis"],
  ["status", "Laporan menurut status"],
  ["bulan", "Laporan per bulan"],
  ["kategori", "Laporan menurut kategori"],
  ["kecamatan", "Laporan menurut kecamatan"],
  ["instansi", "Laporan menurut instansi"],
  ["jalur", "Lewat mana laporan masuk"],
];

test("a visitor's statistics for one kecamatan: tables agree with the CSV, and only public complaints count", async ({ page, baseURL }, testInfo) => {
  test.setTimeout(90_000);
  const javaScript = testInfo.project.name !== "nojs";
  const code = kecamatan[testInfo.project.name] ?? kecamatan["js"]!;
  const residents = await newRequest.newContext({ baseURL });
  const regions = await gql<{ regions: Array<{ code: string; name: string }> }>(residents, `{ regions(parentCode: "73.06") { code name } }`);
  const name = regions.regions.find((r) => r.code === code)!.name;

  // Two public complaints (one answered and resolved), an anonymous aspiration, all verified; one
  // still being checked, and a rahasia one verified and passed on: those two never count.
  const answered = await createComplaint(residents, { districtCode: code });
  const passedOn = await createComplaint(residents, { districtCode: code });
  const aspiration = await createComplaint(residents, { districtCode: code, kind: "ASPIRASI", privacy: "ANONYMOUS" });
  const unchecked = await createComplaint(residents, { districtCode: code });
  const secret = await createComplaint(residents, { districtCode: code, privacy: "CONFIDENTIAL", reporterName: "Ibu Saenab" });
  await resolveComplaint(baseURL!, answered.trackingCode, "Jalan sudah ditambal.");
  await verifyComplaint(baseURL!, passedOn.trackingCode, { agencyShortName: "Dinas PUPR", note: "Mohon dicek." });
  await verifyComplaint(baseURL!, aspiration.trackingCode);
  await verifyComplaint(baseURL!, secret.trackingCode, { agencyShortName: "Dinas PUPR", note: "Mohon dicek." });

  await page.goto("/");
  await scriptsReady(page, javaScript);
  await page.getByRole("link", { name: "Statistik laporan" }).first().click();
  await expect(page).toHaveURL(/\/statistik$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistik laporan");
  await scriptsReady(page, javaScript);
  await page.getByLabel(/^Kecamatan/).selectOption({ label: name });
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(new RegExp(`kecamatan=${code.replaceAll(".", "\\.")}`));
  await expect(page.getByText(`Kecamatan ${name}.`, { exact: false }).first()).toBeVisible();
  await expect(page.getByText("Jumlah: 3 laporan.")).toBeVisible();

  // Each chart is an image named by its title and summary, with the same figures as a table.
  await expect(page.getByRole("img", { name: /^Laporan menurut jenis Paling banyak: Pengaduan, 2 dari 3 laporan\.$/ })).toBeVisible();
  expect(await tableRows(page, "Laporan menurut jenis (data grafik dalam bentuk tabel)")).toEqual([
    ["Pengaduan", "2"],
    ["Aspirasi", "1"],
    ["Permintaan informasi", "0"],
  ]);
  expect(await tableRows(page, "Laporan menurut kecamatan (data grafik dalam bentuk tabel)")).toEqual([[name, "3"]]);
  // How they came in: every channel, zeros included (these three were filed on the web).
  expect(await tableRows(page, "Lewat mana laporan masuk (data grafik dalam bentuk tabel)")).toEqual([
    ["Web", "3"],
    ["Dibantu Sahabat LAPOR!", "0"],
    ["SMS", "0"],
    ["Aplikasi lain (Open311)", "0"],
  ]);
  // Dinas PUPR got two (one answered the same day); the aspiration was not passed on.
  await expect(page.getByText("Dinas PUPR menjawab 1 dari 1 laporan tepat waktu")).toBeVisible();

  // The CSV of the same figures, with the filter carried over.
  const csvLink = page.getByRole("link", { name: "Unduh CSV, untuk spreadsheet" });
  await expect(csvLink).toHaveAttribute("href", new RegExp(`^/statistik\\.csv\\?dari=\\d{4}-\\d{2}&sampai=\\d{4}-\\d{2}&kecamatan=${code.replaceAll(".", "\\.")}$`));
  const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^statistik-suara-\d{4}-\d{2}-\d{4}-\d{2}-7306\d\d\.csv$/);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text.startsWith("\uFEFFbagian,kode,nama,jumlah,sampai_batas_waktu,tepat_waktu\r\n")).toBe(true);
  const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n").slice(1).map(csvCells);
  for (const [section, title] of SECTIONS) {
    const fromCsv = lines.filter((l) => l[0] === section).map((l) => [l[2]!, l[3]!]);
    const fromTable = (await tableRows(page, `${title} (data grafik dalam bentuk tabel)`)).map((r) => [r[0]!, r[1]!.replaceAll(".", "")]);
    expect(fromCsv, `${section}: the CSV says what the table says`).toEqual(fromTable);
  }
  // The answers on time: the agency's table and its CSV columns.
  const onTime = await tableRows(page, "Jawaban tepat waktu per instansi");
  const pupr = lines.find((l) => l[0] === "instansi" && l[2] === "Dinas PUPR")!;
  expect(onTime.find((r) => r[0] === "Dinas PUPR")!.slice(1, 3)).toEqual([pupr[4], pupr[5]]);
  const total = lines.filter((l) => l[0] === "jenis").reduce((sum, l) => sum + Number(l[3]), 0);
  expect(total).toBe(3);

  // The JSON of the same figures.
  const json = await page.request.get((await page.getByRole("link", { name: "Unduh JSON, untuk program" }).getAttribute("href"))!);
  expect(json.ok()).toBe(true);
  const body = (await json.json()) as { statistics: { total: number; districtCode: string; byChannel: Array<{ channel: string; count: number }> } };
  expect(body.statistics).toMatchObject({ total: 3, districtCode: code });
  expect(body.statistics.byChannel.map((c) => [c.channel, c.count])).toEqual([["WEB", 3], ["ASSISTED", 0], ["SMS", 0], ["OPEN311", 0]]);

  // The feed of new public complaints here: the three public ones, by their public text.
  const feedLink = page.getByRole("link", { name: `Feed laporan baru, Kecamatan ${name}` });
  const feedHref = (await feedLink.getAttribute("href"))!;
  expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href")).toBe(feedHref);
  const feed = await page.request.get(feedHref);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect(xml).toMatch(/<id>tag:[^<]+<\/id>/);
  expect(xml).toMatch(/<author><name>Suara<\/name><\/author>/);
  for (const c of [answered, passedOn, aspiration]) {
    expect(xml).toContain(`/lacak/${c.trackingCode}"`);
    expect(xml).toContain(`<title>${c.title}</title>`);
  }
  for (const c of [unchecked, secret]) expect(xml).not.toContain(c.trackingCode);
  expect(xml).not.toContain("Ibu Saenab");
  await residents.dispose();
});

test("a first month after the last one is an error linked to its field", async ({ page }, testInfo) => {
  await page.goto("/statistik?dari=2026-05&sampai=2026-01");
  await scriptsReady(page, testInfo.project.name !== "nojs");
  await expect(page).toHaveTitle(/^Galat: Statistik laporan/);
  const summary = page.locator("[data-error-summary]");
  await expect(summary.getByRole("link", { name: "Bulan awal harus sama dengan bulan akhir atau sebelumnya" })).toHaveAttribute("href", "#dari");
  const csv = await page.request.get("/statistik.csv?dari=2026-05&sampai=2026-01");
  expect(csv.status()).toBe(400);
});
