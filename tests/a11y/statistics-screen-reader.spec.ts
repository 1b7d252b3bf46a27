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

// "Who is being served": a table of suppressed counts is heard by its caption, its column headers
// and every row as its header and its cells, "< 5" and "disembunyikan" read out as the page shows
// them (never a small number), and the explanation of both is on the page before the tables.
test("who is being served: the disability table by channel through a virtual screen reader", async ({ browser, harness }) => {
  const context = await screenReaderContext(browser, harness.baseURL);
  const page = await context.newPage();
  await page.goto("/statistik");
  const caption = (await page.getByRole("table", { name: /^Warga dengan disabilitas per cara melapor, \d{4}$/ }).locator("caption").textContent())!.trim();
  const table = page.getByRole("table", { name: caption, exact: true });
  const headers = await table.locator("thead th").evaluateAll((ths) => ths.map((th) => (th.textContent ?? "").trim()));
  expect(headers).toEqual(["Cara melapor", "Dengan disabilitas", "Tanpa disabilitas", "Tidak menjawab", "Jumlah"]);
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())));
  expect(rows.map((r) => r[0])).toEqual(["Sendiri", "Lewat Sahabat LAPOR!", "SMS", "Cara lain", "Jumlah"]);

  await startScreenReader(page);
  const log = await readWholePage(page);
  const explained = log.findIndex((p) => p.includes('"< 5" berarti kurang dari 5.'));
  const start = log.indexOf(`table, ${caption}`);
  expect(explained, "'< 5' is explained").toBeGreaterThan(0);
  expect(start, "the table is heard by its caption").toBeGreaterThan(explained);
  const end = log.indexOf(`end of table, ${caption}`, start);
  const header = headers.join(" ");
  expect(log.slice(start, end)).toEqual([
    `table, ${caption}`,
    `caption, ${caption}`,
    "rowgroup",
    `row, ${header}`,
    ...headers.map((h) => `columnheader, ${h}`),
    `end of row, ${header}`,
    "end of rowgroup",
    "rowgroup",
    ...rows.flatMap(([name, ...cells]) => {
      const line = [name, ...cells].join(" ");
      return [`row, ${line}`, `rowheader, ${name}`, ...cells.map((c) => `cell, ${c}`), `end of row, ${line}`];
    }),
    "end of rowgroup",
  ]);
  for (const cell of rows.flatMap((r) => r.slice(1))) expect(cell).toMatch(/^(< 5|disembunyikan|\d[\d.]*)$/);
  await context.close();
});
