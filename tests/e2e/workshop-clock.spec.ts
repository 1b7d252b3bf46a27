// "Jam cepat" (/pelatih/[id]/jam), with and without JavaScript, on a server of its own started in
// this process (so the workshop, its participants and practice complaints are written straight to
// its database): the trainer sees the practice complaints, plays a step with the button, starts
// the automatic clock at a chosen speed, gets an error linked to the button of a complaint that
// moved meanwhile, and with scripts sees a step played elsewhere arrive live, said once.
import { expect, type Page, test } from "@playwright/test";
import { clockTick } from "../../server/src/services/use-cases/workshop-clock.ts";
import { DEMO_PASSWORD } from "../support/demo.ts";
import { DEMO_TOTP_SECRETS, totpCode } from "../support/second-factor.ts";
import type { TestServer } from "../support/server.ts";
import { useOwnServer } from "./support/own-server.ts";
import { addParticipant, createWorkshop, makePracticeComplaint } from "../support/workshop-factory.ts";

let server: TestServer;

useOwnServer((started) => (server = started));

async function signIn(page: Page, email: string) {
  const res = await page.context().request.post(`${server.url}/graphql`, {
    data: { query: `mutation($i: SignInInput!) { signIn(input: $i) { errors { message } } }`, variables: { i: { email, password: DEMO_PASSWORD } } },
  });
  expect((await res.json()).data.signIn.errors).toEqual([]);
  if (DEMO_TOTP_SECRETS[email]) {
    const given = await page.context().request.post(`${server.url}/graphql`, {
      data: { query: `mutation($c: String) { giveSecondFactor(input: { code: $c }) { ok } }`, variables: { c: totpCode(DEMO_TOTP_SECRETS[email]!) } },
    });
    expect((await given.json()).data.giveSecondFactor.ok).toBe(true);
  }
}

async function practiceRoom() {
  const prisma = server.db.prisma;
  const trainer = await prisma.user.findUniqueOrThrow({ where: { email: "pelatih@demo.suara.id" } });
  const workshop = await createWorkshop(prisma, { trainerId: trainer.id, title: "Pelatihan Kelompok Perempuan Pallangga" });
  const first = await makePracticeComplaint(prisma, await addParticipant(prisma, workshop.id, { number: 1, progress: "finished" }), new Date());
  const second = await makePracticeComplaint(prisma, await addParticipant(prisma, workshop.id, { number: 2, progress: "finished" }), new Date());
  return { workshop, first, second };
}

const rowOf = (page: Page, code: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: code }) });

test("only the workshop's trainer opens its fast clock", async ({ page }) => {
  const { workshop } = await practiceRoom();
  await page.goto(`${server.url}/pelatih/${workshop.id}/jam`);
  await expect(page).toHaveURL(/\/masuk\?returnTo=/);
  await signIn(page, "warga@demo.suara.id");
  expect((await page.goto(`${server.url}/pelatih/${workshop.id}/jam`))?.status()).toBe(403);
  await signIn(page, "pelatih@demo.suara.id");
  expect((await page.goto(`${server.url}/pelatih/bukan-pelatihan-ini/jam`))?.status()).toBe(404);
});

test("the trainer plays steps, starts the automatic clock and follows changes", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const javaScript = testInfo.project.name !== "nojs";
  const { workshop, first, second } = await practiceRoom();
  await signIn(page, "pelatih@demo.suara.id");
  await page.goto(`${server.url}/pelatih/${workshop.id}/jam`);
  if (javaScript) await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  await expect(page).toHaveTitle(/^Jam cepat/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jam cepat");
  await expect(page.getByText("Pelatihan: Pelatihan Kelompok Perempuan Pallangga")).toBeVisible();

  const table = page.getByRole("table", { name: "Laporan latihan di pelatihan ini" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(rowOf(page, first.trackingCode)).toContainText("Peserta 1");
  await expect(rowOf(page, first.trackingCode)).toContainText("Terkirim, menunggu verifikasi");
  await expect(rowOf(page, first.trackingCode)).toContainText("Hari ke-1 (pura-pura)");

  // One button per complaint plays its next step.
  await page.getByRole("button", { name: `Verifikasi: ${first.trackingCode}` }).click();
  await expect(page.getByText(`Langkah dimainkan untuk laporan ${first.trackingCode}.`)).toBeVisible();
  await expect(rowOf(page, first.trackingCode)).toContainText("Sudah diverifikasi");
  await expect(rowOf(page, first.trackingCode)).toContainText("Hari ke-2 (pura-pura)");
  await expect(page.getByRole("button", { name: `Teruskan ke instansi latihan: ${first.trackingCode}` })).toBeVisible();

  // A step played meanwhile (the automatic clock, another screen): the stale button explains itself.
  const elsewhere = await server.signedIn("pelatih@demo.suara.id");
  const play = `mutation($i: PlayWorkshopClockStepInput!) { playWorkshopClockStep(input: $i) { errors { field } } }`;
  await elsewhere.request(play, { i: { workshopId: workshop.id, complaintId: second.id } });
  await elsewhere.request(play, { i: { workshopId: workshop.id, complaintId: second.id } });
  if (javaScript) {
    // With scripts the page has followed already, and said so once.
    await expect(rowOf(page, second.trackingCode)).toContainText("Diteruskan ke instansi");
    await expect(page.locator("[data-live-announcer]")).toHaveText(new RegExp(`Laporan ${second.trackingCode}: Diteruskan ke instansi`));
  } else {
    await page.getByRole("button", { name: `Verifikasi: ${second.trackingCode}` }).click();
    const summary = page.getByRole("alert");
    await expect(summary).toContainText("tidak bisa dimainkan sekarang");
    // The answer shows the complaint as it is now, the error at its (new) button.
    await expect(rowOf(page, second.trackingCode)).toContainText("Diteruskan ke instansi");
    await summary.getByRole("link").click();
    const current = page.getByRole("button", { name: `Jawaban instansi: ${second.trackingCode}` });
    await expect(current).toBeFocused();
    await expect(current).toHaveAccessibleDescription(/tidak bisa dimainkan sekarang/);
    await page.goto(`${server.url}/pelatih/${workshop.id}/jam`);
  }

  // The automatic clock: stopped at first; run it at 240 pretend minutes a second.
  const auto = page.getByRole("region", { name: "Jam otomatis" });
  await expect(auto).toContainText("Jam otomatis sedang berhenti.");
  await auto.getByRole("radio", { name: "Jalankan" }).check();
  await auto.getByRole("radio", { name: "240 menit per detik" }).check();
  await auto.getByRole("button", { name: "Simpan jam otomatis" }).click();
  await expect(page.getByText("Jam otomatis berjalan.", { exact: true })).toBeVisible();
  await expect(auto).toContainText("Jam otomatis sedang berjalan: 240 menit pura-pura per detik.");
  await expect(rowOf(page, first.trackingCode)).toContainText(/Otomatis pukul/);
  const running = await server.db.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } });
  expect([running.clockRunning, running.clockSpeed]).toEqual([true, 240]);

  // The script plays the due step (two pretend days at 240: 12 s) — here the worker's round by hand.
  await expect.poll(async () => (await clockTick(server.deps)).played.length, { timeout: 30_000, intervals: [1000] }).toBeGreaterThan(0);
  if (!javaScript) await page.reload();
  await expect(rowOf(page, first.trackingCode)).toContainText("Diteruskan ke instansi");

  // Stop it again.
  await auto.getByRole("radio", { name: "Hentikan" }).check();
  await auto.getByRole("button", { name: "Simpan jam otomatis" }).click();
  await expect(page.getByText("Jam otomatis berhenti.", { exact: true })).toBeVisible();
  await expect(auto).toContainText("Jam otomatis sedang berhenti.");
});
