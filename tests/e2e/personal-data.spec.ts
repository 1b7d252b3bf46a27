// A resident's rights over their data, with and without scripts: a fresh resident files, reads
// and downloads their data, erases their account (a wrong password first: refused at the field,
// nothing erased), and the complaint's tracking page keeps a tombstone without their name.
// "Lupakan ponsel ini": the draft, cookies and (with scripts) the phone's stores are gone.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signInOver } from "../support/graphql-http.ts";
import { createComplaint, demoVerifier, signUpResident } from "./support/factories.ts";
import { errorSummary } from "./support/pages.ts";

const PASSWORD = "kata sandi panjang sekali";
const TOMBSTONE = "Identitas dan kontak pelapor dihapus atas permintaan pelapor";

test("a resident downloads their data, erases it, and the tracking page keeps a tombstone", async ({ page }) => {
  const name = `Ibu Hak Data ${Date.now()}`;
  // On the browser's own context: the browser is the one signed in.
  const { email } = await signUpResident(page.request, name);
  const complaint = await createComplaint(page.request, { reporterName: name, showReporterName: true });

  await page.goto("/akun");
  await page.getByRole("link", { name: "Data saya: lihat, unduh, atau hapus" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Data Anda di Suara" })).toBeVisible();
  await expect(page.getByText(email, { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: complaint.title })).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh data saya (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^data-suara-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.account).toMatchObject({ name, email });
  expect(data.complaints.map((c: { trackingCode: string }) => c.trackingCode)).toEqual([complaint.trackingCode]);
  expect(data.complaints[0].timeline.length).toBeGreaterThan(0);

  await page.getByRole("link", { name: "Hapus akun dan data saya" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hapus akun dan data saya" })).toBeVisible();
  await expect(page.getByText("Laporan Anda tetap ada, tanpa nama dan kontak Anda")).toBeVisible();
  // A wrong password: refused at the field, nothing erased.
  await page.getByLabel("Kata sandi Anda", { exact: true }).fill("bukan kata sandi saya");
  await page.getByRole("button", { name: "Hapus akun dan data saya" }).click();
  await expect(errorSummary(page)).toContainText("Kata sandi salah");
  await expect(errorSummary(page).getByRole("link", { name: /Kata sandi salah/ })).toBeVisible();
  await page.goto("/akun/data");
  await expect(page.getByText(email, { exact: true })).toBeVisible();

  await page.goto("/akun/data/hapus");
  await page.getByLabel("Kata sandi Anda", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Hapus akun dan data saya" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Akun dan data Anda sudah dihapus" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Jika HP ini dipakai bersama, lupakan juga ponsel ini" })).toBeVisible();

  // Signed out, and the account is gone.
  await page.goto("/akun");
  await expect(page).toHaveURL(/\/masuk/);

  // The PIN still opens the complaint: the tombstone, and the name nowhere.
  await page.goto("/lacak");
  await page.getByLabel("Kode lacak").fill(complaint.trackingCode);
  await page.getByLabel(/^PIN/).fill(complaint.accessSecret);
  await page.getByRole("button", { name: "Lacak", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: complaint.title })).toBeVisible();
  await expect(page.getByText(TOMBSTONE)).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);

  // The verifier's handling page works with no reporter: the entry in staff words, no name.
  await signInOver(page.request, demoVerifier.email, demoVerifier.password);
  await page.goto(`/kerja/${complaint.trackingCode}`);
  await expect(page.getByRole("heading", { level: 1, name: complaint.title })).toBeVisible();
  await expect(page.getByText("Pelapor menghapus akun dan datanya: nama dan kontak pelapor dihapus")).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
});

test("forgetting this phone signs out and clears the draft and the cookies", async ({ page, context, baseURL }) => {
  await signUpResident(page.request, "Pak Ponsel Bersama");
  // A filing begun: a draft on the server, its key in a cookie (and, with scripts, on the phone).
  await page.goto("/lapor/jenis");
  await page.getByRole("radio", { name: "Aspirasi", exact: true }).check();
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page).toHaveURL(/\/lapor\/kejadian$/);
  // A cookie only Clear-Site-Data can reach: another path, never sent to /lupakan.
  await context.addCookies([{ name: "uji_jalur_lain", value: "1", url: `${baseURL}/lacak/`, sameSite: "Lax" }]);
  expect((await context.cookies()).map((c) => c.name)).toEqual(expect.arrayContaining(["suara_draf", "uji_jalur_lain"]));

  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Lupakan ponsel ini" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lupakan ponsel ini" })).toBeVisible();
  await expect(page.getByText("Laporan yang belum terkirim akan hilang")).toBeVisible();
  await page.getByRole("button", { name: "Yakin? Ya, lupakan ponsel ini" }).click();
  await expect(page.getByText("Sudah. HP ini tidak lagi menyimpan apa pun dari Suara.")).toBeVisible();

  // Every cookie is gone (on 127.0.0.1 the browser treats the site as secure and honours Clear-Site-Data).
  expect(await context.cookies()).toEqual([]);
  await page.goto("/akun");
  await expect(page).toHaveURL(/\/masuk/);
  await page.goto("/lapor/kejadian");
  await expect(page.getByLabel("Judul laporan")).toHaveValue("");
});

test("with scripts, forgetting this phone empties the draft on the phone, the outbox and local storage @with-js", async ({ page }) => {
  await page.goto("/");
  // What the filing pages keep on the phone (web/src/lib/offline/store.ts), written as they write it.
  await page.evaluate(async () => {
    localStorage.setItem("suara.tertunda", "1");
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open("suara", 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore("draft");
        open.result.createObjectStore("outbox", { keyPath: "clientRequestId" });
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(["draft", "outbox"], "readwrite");
    tx.objectStore("draft").put({ fields: { title: "Rahasia di HP" }, photos: [], savedAt: Date.now() }, "current");
    tx.objectStore("outbox").put({ clientRequestId: "uji-1", state: "waiting", title: "Belum terkirim" });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    await caches.open("suara-lacak-v1");
  });

  await page.goto("/lupakan");
  await page.getByRole("button", { name: "Yakin? Ya, lupakan ponsel ini" }).click();
  await expect(page.getByText("Sudah. HP ini tidak lagi menyimpan apa pun dari Suara.")).toBeVisible();

  const left = await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    let draft: unknown = null;
    let outbox = 0;
    if (names.includes("suara")) {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open("suara", 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore("draft");
          open.result.createObjectStore("outbox", { keyPath: "clientRequestId" });
        };
        open.onsuccess = () => resolve(open.result);
      });
      const tx = db.transaction(["draft", "outbox"]);
      draft = await new Promise((resolve) => {
        const r = tx.objectStore("draft").get("current");
        r.onsuccess = () => resolve(r.result ?? null);
      });
      outbox = await new Promise((resolve) => {
        const r = tx.objectStore("outbox").count();
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
    }
    return { draft, outbox, tertunda: localStorage.getItem("suara.tertunda"), tracking: await caches.has("suara-lacak-v1") };
  });
  expect(left).toEqual({ draft: null, outbox: 0, tertunda: null, tracking: false });
});
