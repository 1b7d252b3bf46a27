// One chart of open statistics heard through @guidepup/virtual-screen-reader (its browser build,
// inside Chromium): the chart is one image, heard once by its title and its one-sentence summary
// (its bars are not read one by one), and right after it the same figures as a table, heard by its
// caption, its column headers, and every row as its header and its value, exactly as the page
// shows them.
import { expect, test } from "./support/harness.ts";
import { readWholePage, screenReaderContext, startScreenReader } from "./support/screen-reader.ts";

test("the chart of complaints by kind, then its table, through a virtual screen reader", async ({ browser, harness }) => {
  const context = await screenReaderContext(browser, harness.baseURL);
  const page = await context.newPage();
  await page.goto("/statistik");
  const chart = page.getByRole("img", { name: /^Laporan menurut jenis / });
  await expect(chart).toBeVisible();
  const summary = (await page.locator("#chart-kind-summary").textContent())!.trim();
  // The table as a sighted reader sees it: [row header, value] per row.
  const table = page.getByRole("table", { name: "Laporan menurut jenis (data grafik dalam bentuk tabel)" });
  const rows = await table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())),
  );
  expect(rows.map((r) => r[0])).toEqual(["Pengaduan", "Aspirasi", "Permintaan informasi"]);

  await startScreenReader(page);
  const log = await readWholePage(page);
  const caption = "Laporan menurut jenis (data grafik dalam bentuk tabel)";
  const start = log.indexOf(`image, Laporan menurut jenis ${summary}`);
  expect(start, `the chart is heard by its title and summary: ${JSON.stringify(log.filter((p) => p.startsWith("image")))}`).toBeGreaterThan(0);
  // Under its section's heading; the title and summary drawn above the image are hidden from the
  // reader, so they are heard once, as the image's name.
  expect(log[start - 1]).toBe("heading, Laporan menurut jenis, level 2");
  expect(log.filter((p) => p.includes(summary))).toEqual([`image, Laporan menurut jenis ${summary}`]);
  const end = log.indexOf(`end of table, ${caption}`, start);
  expect(end, "the table follows the chart").toBeGreaterThan(start);
  // Nothing of the drawing between the image and its table (no bar, no label), then every cell
  // with its header, as the page shows it.
  expect(log.slice(start + 1, end)).toEqual([
    `table, ${caption}`,
    `caption, ${caption}`,
    "rowgroup",
    "row, Jenis Jumlah laporan",
    "columnheader, Jenis",
    "columnheader, Jumlah laporan",
    "end of row, Jenis Jumlah laporan",
    "end of rowgroup",
    "rowgroup",
    ...rows.flatMap(([name, value]) => [`row, ${name} ${value}`, `rowheader, ${name}`, `cell, ${value}`, `end of row, ${name} ${value}`]),
    "end of rowgroup",
  ]);
  await context.close();
});
