// A fast-clock step heard through @guidepup/virtual-screen-reader (its browser build, inside
// Chromium): a participant follows their practice complaint's tracking page; the trainer plays
// the verification; the participant hears, once and politely, that the practice complaint was
// updated and its new status, said as LATIHAN. Runs on a server of its own (started in this
// process), so the workshop and the practice complaint are written straight to its database.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../support/demo.ts";
import type { TestServer } from "../support/server.ts";
import { useOwnServer } from "../e2e/support/own-server.ts";
import { addParticipant, createWorkshop, makePracticeComplaint } from "../support/workshop-factory.ts";
import { heardLog, heardSoFar, screenReaderContext, startScreenReader } from "./support/screen-reader.ts";

let server: TestServer;

useOwnServer((started) => (server = started));

test("a participant hears a fast-clock step on their practice complaint once, said as LATIHAN", async ({ browser }) => {
  test.setTimeout(120_000);
  const prisma = server.db.prisma;
  const trainer = await prisma.user.findUniqueOrThrow({ where: { email: "pelatih@demo.suara.id" } });
  const participantUser = await prisma.user.findUniqueOrThrow({ where: { email: "warga@demo.suara.id" } });
  const workshop = await createWorkshop(prisma, { trainerId: trainer.id });
  const participant = await addParticipant(prisma, workshop.id, { number: 4, userId: participantUser.id, progress: "finished" });
  const complaint = await makePracticeComplaint(prisma, participant, new Date());

  const context = await screenReaderContext(browser, server.url);
  const page = await context.newPage();
  const signIn = await context.request.post("/graphql", {
    data: { query: `mutation($i: SignInInput!) { signIn(input: $i) { errors { message } } }`, variables: { i: { email: "warga@demo.suara.id", password: DEMO_PASSWORD } } },
  });
  expect((await signIn.json()).data.signIn.errors).toEqual([]);
  await page.goto(`/lacak/${complaint.trackingCode}`);
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  await expect.poll(() => server.subscriberCount(complaint.id), { timeout: 10_000 }).toBeGreaterThan(0);
  await startScreenReader(page);
  await heardSoFar(page);

  const clock = await server.signedIn("pelatih@demo.suara.id");
  const played = await clock.request(`mutation($i: PlayWorkshopClockStepInput!) { playWorkshopClockStep(input: $i) { errors { field } } }`, {
    i: { workshopId: workshop.id, complaintId: complaint.id },
  });
  expect(played.data.playWorkshopClockStep.errors).toEqual([]);

  const expected = "polite: LATIHAN: laporan latihan ini baru saja diperbarui. Status: Sudah diverifikasi.";
  await expect.poll(() => heardLog(page), { timeout: 10_000 }).toContain(expected);
  // Said once: the only polite announcement (the page's title read again after the reload is the
  // route announcer's, as for every update of a tracking page).
  await page.waitForTimeout(1000);
  const polite = (await heardLog(page)).filter((p) => p.startsWith("polite: "));
  expect(polite).toEqual([expected]);
  await context.close();
});
