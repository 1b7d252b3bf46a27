// "Who is being served" on /statistik, with and without JavaScript: residents' answers (given
// after filing, through the API here) appear only in aggregate; every table cell is a number,
// "< 5" or "disembunyikan", explained on the page; the year is chosen in a GET form; the CSV and
// JSON downloads say the same as the tables, a small or withheld count without its value.
import { expect, request as newRequest, test } from "@playwright/test";
import { gql } from "../support/graphql-http.ts";
import { scriptsReady } from "./support/pages.ts";

const CAPTION = /^Warga dengan disabilitas per kecamatan, \d{4}$/;

async function fileAndAnswer(baseURL: string, districtCode: string) {
  const api = await newRequest.newContext({ baseURL });
  const filed = await gql<{ submitComplaint: { inclusionTicket: string | null } }>(
    api,
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { inclusionTicket } }`,
    { i: { kind: "PENGADUAN", title: `Trotoar rusak di depan puskesmas ${Date.now()}`, story: "Kursi roda tidak bisa lewat, trotoarnya pecah dan tinggi.", districtCode, privacy: "PUBLIC" } },
  );
  const ticket = filed.submitComplaint.inclusionTicket!;
  const answered = await gql<{ answerInclusionQuestions: { errors: unknown[] } }>(
    api,
    `mutation($i: InclusionAnswersInput!) { answerInclusionQuestions(input: $i) { errors { field } } }`,
    { i: { ticket, walking: "CANNOT", ageBand: "FROM_60", gender: "FEMALE" } },
  );
  expect(answered.answerInclusionQuestions.errors).toEqual([]);
  await api.dispose();
}

test("who is being served: tables of a year in aggregate, '< 5' explained, the same figures in CSV and JSON", async ({ page, baseURL }, testInfo) => {
  test.setTimeout(90_000);
  const javaScript = testInfo.project.name !== "nojs";
  await fileAndAnswer(baseURL!, testInfo.project.name === "nojs" ? "73.06.18" : "73.06.05");

  await page.goto("/statistik");
  await scriptsReady(page, javaScript);
  const section = page.getByRole("region", { name: "Siapa yang terlayani" });
  await expect(section.getByRole("heading", { level: 2, name: "Siapa yang terlayani" })).toBeVisible();
  await expect(section.getByText('"< 5" berarti kurang dari 5.')).toBeVisible();
  await expect(section.getByText(/disembunyikan agar angka kecil tidak bisa dihitung dari total/)).toBeVisible();
  await expect(section.getByRole("link", { name: "Hapus jawaban Anda" })).toHaveAttribute("href", "/hapus-jawaban");

  // The year in a GET form: the page comes back with that year's tables.
  const year = section.getByRole("combobox", { name: /^Tahun/ });
  const thisYear = String(new Date(Date.now() + 8 * 3_600_000).getUTCFullYear());
  await year.selectOption({ value: thisYear });
  await section.getByRole("button", { name: "Lihat angka tahun itu" }).click();
  await expect(page).toHaveURL(new RegExp(`tahun=${thisYear}`));

  const table = page.getByRole("table", { name: CAPTION });
  await expect(table).toBeVisible();
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));
  expect(rows.at(-1)![0]).toBe("Jumlah");
  // Every count is a number, "< 5" or "disembunyikan": never a small number.
  for (const row of rows) {
    for (const cell of row.slice(1)) {
      expect(cell).toMatch(/^(< 5|disembunyikan|\d[\d.]*)$/);
      if (/^\d/.test(cell)) expect(Number(cell.replaceAll(".", ""))).toBeGreaterThanOrEqual(5);
    }
  }

  // The CSV says the same, line for line; a small or withheld count has no value.
  const api = await newRequest.newContext({ baseURL });
  const csv = await (await api.get(`/statistik/terlayani.csv?tahun=${thisYear}`)).text();
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(","));
  expect(lines[0]).toEqual(["tabel", "baris", "nama_baris", "kolom", "jumlah", "tampil"]);
  const byDistrict = lines.filter((l) => l[0] === "disability_district");
  for (const line of byDistrict) {
    if (line[5] === "SHOWN") expect(Number(line[4])).toBeGreaterThanOrEqual(5);
    else expect(line[4]).toBe("");
  }
  const grand = byDistrict.find((l) => l[1] === "JUMLAH" && l[3] === "JUMLAH")!;
  expect(rows.at(-1)!.at(-1)).toBe(grand[5] === "SHOWN" ? Number(grand[4]).toLocaleString("id-ID") : grand[5] === "SMALL" ? "< 5" : "disembunyikan");

  const json = await (await api.get(`/statistik/terlayani.json?tahun=${thisYear}`)).json();
  for (const t of json.figures.tables) {
    for (const r of t.rows) for (const c of r.cells) expect(c.value === null).toBe(c.publication !== "SHOWN");
  }
  expect(JSON.stringify(json)).not.toMatch(/walking|CANNOT|ticket/);
  await api.dispose();
});

test("a year that cannot have figures: the error summary links to the year field", async ({ page }) => {
  await page.goto("/statistik?tahun=1999");
  const summary = page.getByRole("alert");
  await expect(summary).toBeVisible();
  await summary.getByRole("link", { name: "Pilih tahun yang ada" }).click();
  await expect(page.getByRole("combobox", { name: /^Tahun/ })).toBeFocused();
});
