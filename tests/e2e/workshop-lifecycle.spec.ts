// The trainer's side of a workshop's end, with and without JavaScript: start one participant
// over (chosen by number and name, confirmed on a second step), end the workshop, and open the
// printable report — live counts first, the kept summary once the scheduler has purged it.
// The workshop, its participants and their practice complaints are made directly in the
// database, so this spec runs its own service (with the built web app) on an in-memory
// database instead of the shared one.
import { existsSync } from "node:fs";
import { type Browser, expect, test } from "@playwright/test";
import { tick } from "../../server/src/services/workers/scheduler.ts";
import { DEMO_PASSWORD, demoEmail } from "../support/demo.ts";
import { signInOver } from "../support/graphql-http.ts";
import type { TestServer } from "../support/server.ts";
import { useOwnServer } from "./support/own-server.ts";
import { addDraft, addParticipant, complaintWithEverything, createWorkshop, userByEmail } from "../support/workshop-factory.ts";
import { scriptsReady } from "./support/pages.ts";

const H = 3_600_000;
let clock = Date.now();
let server: TestServer;

useOwnServer((started) => (server = started), { now: () => new Date(clock), env: { WORKSHOP_GRACE_HOURS: "72" } });

/** A workshop of the demo trainer with three participants, each with a practice complaint (photo on disk) and a draft. */
async function workshopWithRoom() {
  const prisma = server.db.prisma;
  const trainerId = await userByEmail(prisma, demoEmail.trainer);
  const sahabatId = await userByEmail(prisma, demoEmail.sahabat);
  const agencyId = (await prisma.agency.findFirstOrThrow({ where: { isSandbox: true } })).id;
  const workshop = await createWorkshop(prisma, { trainerId, title: "Latihan lapor Somba Opu", startsAt: new Date(clock) });
  const people: { number: number; displayName: string; errorsByStep: Record<string, number>; finished?: boolean }[] = [
    { number: 1, displayName: "Ibu Saenab", errorsByStep: { lokasi: 2 }, finished: true },
    { number: 2, displayName: "Pak Rahman", errorsByStep: { lokasi: 1, kabar: 1 }, finished: true },
    { number: 3, displayName: "Peserta 3", errorsByStep: { waktu: 1 } },
  ];
  const participants = [];
  const files: Record<number, string[]> = {};
  for (const person of people) {
    const p = await addParticipant(prisma, workshop.id, person);
    participants.push(p);
    const c = await complaintWithEverything(prisma, server.deps.uploadDir, { workshop: { id: workshop.id, participantId: p.id }, sahabatId, agencyId });
    const d = await addDraft(prisma, server.deps.uploadDir, p.id, { withPhoto: true, at: new Date(clock) });
    files[person.number] = [...c.files, ...d.files];
  }
  return { workshop, participants, files };
}

async function trainerPage(browser: Browser, javaScriptEnabled: boolean, path: string) {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled, locale: "id-ID", timezoneId: "Asia/Makassar", serviceWorkers: "block" });
  // The server's clock is this file's (frozen, moved by the tests): the code is for its time.
  await signInOver(context.request, demoEmail.trainer, DEMO_PASSWORD, () => new Date(clock));
  const page = await context.newPage();
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await scriptsReady(page, javaScriptEnabled);
  return page;
}

test("the trainer starts one participant over, ends the workshop and prints the report; after the purge the report keeps the counts", async ({ browser, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  const { workshop, participants, files } = await workshopWithRoom();
  const page = await trainerPage(browser, javaScriptEnabled, `/pelatih/${workshop.id}/atur`);
  await expect(page.getByRole("heading", { level: 1, name: "Atur ruang: Latihan lapor Somba Opu" })).toBeVisible();

  // Choosing "one participant" without saying who: the error is linked to the field.
  await page.getByRole("radio", { name: "Ulang satu peserta" }).check();
  await page.getByRole("button", { name: "Lanjut" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Pilih peserta yang ingin diulang" });
  await expect(summary).toBeVisible();
  await summary.getByRole("link", { name: "Pilih peserta yang ingin diulang" }).click();
  await expect(page.getByLabel("Peserta yang diulang")).toBeFocused();

  // By number and name, then confirmed.
  await page.getByRole("radio", { name: "Ulang satu peserta" }).check();
  await page.getByLabel("Peserta yang diulang").selectOption({ label: "Peserta 2 – Pak Rahman" });
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ulang Peserta 2 – Pak Rahman?" })).toBeVisible();
  await expect(page.getByText(/akan dihapus, beserta fotonya/)).toBeVisible();
  // Nothing is deleted before the confirmation.
  expect(await server.db.prisma.complaint.count({ where: { workshopParticipantId: participants[1]!.id } })).toBe(1);
  await page.getByRole("button", { name: "Ya, ulang Peserta 2 – Pak Rahman" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Peserta 2 – Pak Rahman sudah dimulai dari awal. 1 laporan latihan dihapus." })).toBeVisible();
  expect(await server.db.prisma.complaint.count({ where: { workshopParticipantId: participants[1]!.id } })).toBe(0);
  for (const file of files[2]!) expect(existsSync(file)).toBe(false);
  for (const file of files[1]!) expect(existsSync(file)).toBe(true);

  // Cancelling a confirmation changes nothing.
  await page.getByRole("radio", { name: "Ulang seluruh ruang" }).check();
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ulang seluruh ruang?" })).toBeVisible();
  await page.getByRole("link", { name: "Batal, kembali" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Atur ruang/ })).toBeVisible();
  expect(await server.db.prisma.complaint.count({ where: { workshopId: workshop.id } })).toBe(2);

  // End the workshop.
  await page.getByRole("radio", { name: "Akhiri pelatihan" }).check();
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Akhiri pelatihan?" })).toBeVisible();
  await page.getByRole("button", { name: "Ya, akhiri pelatihan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pelatihan sudah diakhiri." })).toBeVisible();
  await expect(page.getByText("Pelatihan ini sudah berakhir. Tidak ada lagi yang bisa diulang.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Lanjut" })).toHaveCount(0);
  expect((await server.db.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).closedAt).not.toBeNull();

  // The report, from the live practice data.
  await page.getByRole("link", { name: "Buka laporan pelatihan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Laporan pelatihan: Latihan lapor Somba Opu" })).toBeVisible();
  await expect(page.getByText("Somba Opu", { exact: true })).toBeVisible();
  await expect(page.getByText("Angka di bawah dihitung dari data latihan saat ini.")).toBeVisible();
  const counts = page.locator("dl.counts");
  await expect(counts).toContainText(/Peserta\s*3/);
  await expect(counts).toContainText(/Selesai melapor\s*1/);
  await expect(counts).toContainText(/Laporan latihan dikirim\s*2/);
  const table = page.getByRole("table", { name: "Kesalahan isian yang ditemui peserta, menurut langkah" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row", { name: /Waktu/ }).getByRole("cell")).toHaveText("1");
  await expect(table.getByRole("row", { name: /Lokasi/ }).getByRole("cell")).toHaveText("2");
  if (javaScriptEnabled) await expect(page.getByRole("button", { name: "Cetak" })).toBeVisible();
  else await expect(page.getByRole("button", { name: "Cetak" })).toHaveCount(0);
  // On paper: no site header or menu, no buttons; the report itself stays.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(page.getByRole("button", { name: "Cetak" })).toBeHidden();
  await expect(table).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // After the grace period the scheduler purges it; the report keeps the counts.
  clock += 73 * H;
  expect((await tick(server.deps)).purgedWorkshops).toContain(workshop.id);
  for (const file of files[1]!) expect(existsSync(file)).toBe(false);
  await page.context().clearCookies();
  await signInOver(page.context().request, demoEmail.trainer, DEMO_PASSWORD, () => new Date(clock));
  await page.goto(`/pelatih/${workshop.id}/laporan`);
  await expect(page.getByText("Data latihan sudah dihapus. Angka di bawah adalah ringkasan yang disimpan.")).toBeVisible();
  await expect(page.locator("dl.counts")).toContainText(/Laporan latihan dikirim\s*2/);
  await expect(page.getByRole("table", { name: "Kesalahan isian yang ditemui peserta, menurut langkah" }).getByRole("row")).toHaveCount(3);
  await page.context().close();
});

test("another account never sees a trainer's pages", async ({ browser, javaScriptEnabled }) => {
  const { workshop } = await workshopWithRoom();
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled, serviceWorkers: "block" });
  await signInOver(context.request, demoEmail.resident);
  const page = await context.newPage();
  for (const path of [`/pelatih/${workshop.id}/atur`, `/pelatih/${workshop.id}/laporan`]) {
    expect((await page.goto(path))?.status()).toBe(403);
  }
  await context.close();
});
