// Duplicates before they are filed, and merging, with and without JavaScript: a resident filing in
// the same desa and topic as a verified public complaint about the same problem is shown it after
// the topic step; "Ini masalah saya juga" leads to supporting it (that page is built elsewhere:
// only its address is checked here), "Bukan, lanjutkan" carries on with every answer kept. A
// verifier merges a new duplicate into the original from its handling page, after confirming.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createComplaint } from "./support/factories.ts";
import { chooseDistrict, chooseTopic, continueTo, signedInPage } from "./support/pages.ts";
import { verifyComplaint } from "./support/workflow.ts";
import { gql } from "../support/graphql-http.ts";

/** Bungaya, where no other journey files: one desa per project, so the two runs never meet. */
const DISTRICT = { code: "73.06.09", name: "Bungaya" };
const VILLAGES: Record<string, { code: string; name: string }> = {
  js: { code: "73.06.09.1001", name: "Sapaya" },
  nojs: { code: "73.06.09.1010", name: "Je'nebatu" },
};
const TOPIC = "Jalan dan jembatan";

async function roadsCategory(request: APIRequestContext): Promise<string> {
  const { categories } = await gql<{ categories: { id: string; slug: string }[] }>(request, `{ categories { id slug } }`);
  return categories.find((c) => c.slug === "jalan-jembatan")!.id;
}

/** A verified public complaint about a broken bridge in the project's desa. */
async function existingComplaint(request: APIRequestContext, baseURL: string, village: string, title: string): Promise<string> {
  const filed = await createComplaint(request, { title, districtCode: DISTRICT.code, villageCode: village, categoryId: await roadsCategory(request) });
  await verifyComplaint(baseURL, filed.trackingCode);
  return filed.trackingCode;
}

/** Answers the steps up to the topic, about the same bridge, and sends the topic step. */
async function fileUpToTopic(page: Page, village: { name: string }, title: string): Promise<void> {
  await page.goto("/lapor/jenis");
  await page.getByRole("radio", { name: "Pengaduan", exact: true }).check();
  await continueTo(page, /\/lapor\/kejadian$/);
  await page.getByLabel("Judul laporan").fill(title);
  await page.getByLabel("Ceritakan masalahnya").fill("Anak sekolah harus memutar jauh sejak jembatan putus.");
  await continueTo(page, /\/lapor\/waktu$/);
  const date = page.getByRole("group", { name: /Tanggal kejadian/ });
  await date.getByLabel("Tanggal", { exact: true }).fill("3");
  await date.getByLabel("Bulan", { exact: true }).fill("11");
  await date.getByLabel("Tahun", { exact: true }).fill("2026");
  await continueTo(page, /\/lapor\/lokasi$/);
  await chooseDistrict(page, DISTRICT.name);
  await page.getByLabel(/Desa atau kelurahan/).selectOption({ label: village.name });
  await page.getByLabel(/Patokan tempat/).fill("Dekat SD Negeri 3");
  await continueTo(page, /\/lapor\/kategori$/);
  await chooseTopic(page, TOPIC);
  await continueTo(page, /\/lapor\/serupa$/);
}

test("a resident sees the similar complaint and chooses 'Ini masalah saya juga'; the draft is kept", async ({ page, request, baseURL }, info) => {
  test.setTimeout(60_000);
  const village = VILLAGES[info.project.name] ?? VILLAGES["js"]!;
  const code = await existingComplaint(request, baseURL!, village.code, `Jembatan gantung putus dekat SD Negeri 3 ${Date.now()}`);

  await fileUpToTopic(page, village, "Jembatan gantung dekat SD Negeri 3 putus");
  await expect(page).toHaveTitle("Laporan yang mirip – Suara");
  await expect(page.getByRole("heading", { level: 1, name: "Mungkin masalah ini sudah dilaporkan" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: code });
  await expect(item.getByRole("heading", { name: /Jembatan gantung putus dekat SD Negeri 3/ })).toBeVisible();
  await expect(item.getByText(`${village.name}, Kecamatan ${DISTRICT.name}`)).toBeVisible();
  await expect(item.getByText("Belum ada yang mendukung")).toBeVisible();

  await item.getByRole("link", { name: "Ini masalah saya juga" }).click();
  await expect(page).toHaveURL(new RegExp(`/lacak/${code}/dukung$`));

  // The draft is still there to come back to.
  await page.goto("/lapor/kejadian");
  await expect(page.getByLabel("Judul laporan")).toHaveValue("Jembatan gantung dekat SD Negeri 3 putus");
});

test("'Bukan, lanjutkan' goes on to the next step with every answer kept", async ({ page, request, baseURL }, info) => {
  test.setTimeout(60_000);
  const village = VILLAGES[info.project.name] ?? VILLAGES["js"]!;
  await existingComplaint(request, baseURL!, village.code, `Jembatan gantung putus dekat SD Negeri 3 ${Date.now()}`);

  await fileUpToTopic(page, village, "Jembatan dekat SD Negeri 3 putus");
  await page.getByRole("link", { name: "Bukan, lanjutkan" }).click();
  await expect(page).toHaveURL(/\/lapor\/instansi$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/lapor/kategori");
  await expect(page.getByRole("radio", { name: TOPIC })).toBeChecked();
  await page.goto("/lapor/lokasi");
  await expect(page.getByLabel(/Desa atau kelurahan/)).toHaveValue(village.code);
});

test("no page at all when nothing looks alike", async ({ page }, info) => {
  const village = VILLAGES[info.project.name] ?? VILLAGES["js"]!;
  await page.goto("/lapor/jenis");
  await page.getByRole("radio", { name: "Pengaduan", exact: true }).check();
  await continueTo(page, /\/lapor\/kejadian$/);
  await page.getByLabel("Judul laporan").fill("Guru jarang masuk kelas");
  await page.getByLabel("Ceritakan masalahnya").fill("Murid pulang sebelum waktunya.");
  await continueTo(page, /\/lapor\/waktu$/);
  await page.goto("/lapor/lokasi");
  await chooseDistrict(page, DISTRICT.name);
  await page.getByLabel(/Desa atau kelurahan/).selectOption({ label: village.name });
  await page.getByLabel(/Patokan tempat/).fill("Dekat SD Negeri 3");
  await continueTo(page, /\/lapor\/kategori$/);
  await chooseTopic(page, TOPIC);
  await continueTo(page, /\/lapor\/instansi$/);
});

test("a verifier merges a new duplicate into the original; its tracking page then points there", async ({ browser, request, baseURL, javaScriptEnabled }, info) => {
  test.setTimeout(60_000);
  const village = VILLAGES[info.project.name] ?? VILLAGES["js"]!;
  const token = Date.now();
  const categoryId = await roadsCategory(request);
  const original = await existingComplaint(request, baseURL!, village.code, `Gorong-gorong tersumbat depan masjid Nurul Huda ${token}`);
  const duplicate = await createComplaint(request, {
    title: `Gorong gorong depan masjid Nurul Huda tersumbat ${token}`,
    districtCode: DISTRICT.code,
    villageCode: village.code,
    categoryId,
    contactPreference: "SMS",
    reporterPhone: "0812 3456 7001",
  });

  const page = await signedInPage(browser, "verifikator@demo.suara.id", javaScriptEnabled, `/kerja/${duplicate.trackingCode}`);
  await expect(page.getByRole("heading", { level: 2, name: "Kemungkinan laporan ganda" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) }).filter({ hasText: original });
  await item.getByRole("button", { name: "Gabungkan ke laporan ini" }).click();
  // Asked first, on the page itself.
  const confirm = page.getByRole("group", { name: "Yakin menggabungkan?" });
  await expect(confirm).toBeVisible();
  await expect(confirm).toBeFocused();
  await confirm.getByRole("button", { name: `Ya, gabungkan ke ${original}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Laporan ini sudah digabung ke ${original}.` })).toBeVisible();
  await expect(page.getByText("Diarsipkan").first()).toBeVisible();
  // Archived: nothing left to merge from here.
  await expect(page.getByRole("heading", { level: 2, name: "Kemungkinan laporan ganda" })).toHaveCount(0);

  // Anyone with the duplicate's code is sent on to the original.
  const visitor = await browser.newPage({ javaScriptEnabled });
  await visitor.goto(`/lacak/${duplicate.trackingCode}`);
  await expect(visitor.getByText("Laporan ini sudah digabung", { exact: true })).toBeVisible();
  await visitor.getByRole("link", { name: `Lihat laporan ${original}` }).click();
  await expect(visitor).toHaveURL(new RegExp(`/lacak/${original}$`));
  await page.context().close();
  await visitor.close();
});
