// A fast-clock step heard through @guidepup/virtual-screen-reader (its browser build, inside
// Chromium): a participant follows their practice complaint's tracking page; the trainer plays
// the verification; the participant hears, once and politely, that the practice complaint was
// updated and its new status, said as LATIHAN. Runs on a server of its own (started in this
// process), so the workshop and the practice complaint are written straight to its database.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../support/demo.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { addParticipant, createWorkshop, makePracticeComplaint } from "../support/workshop-factory.ts";

const require = createRequire(import.meta.url);
const screenReaderModule = fs.readFileSync(
  path.join(path.dirname(require.resolve("@guidepup/virtual-screen-reader/package.json")), "lib/esm/index.browser.js"),
  "utf8",
);
const modulePath = "/__a11y/virtual-screen-reader.js";

type Reader = { start(o: { container: Element }): Promise<void>; spokenPhraseLog(): Promise<string[]>; clearSpokenPhraseLog(): Promise<void> };

let server: TestServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startTestServer({ web: true });
});
test.afterAll(async () => {
  await server?.close();
});

/** Loads the reader from the page's own origin (never reaches the server) and starts it on the page. */
async function listen(page: Page) {
  await page.route(`**${modulePath}`, (route) => route.fulfill({ body: screenReaderModule, contentType: "text/javascript" }));
  await page.addScriptTag({ type: "module", content: `import { virtual } from "${modulePath}"; window.__reader = virtual;` });
  await page.waitForFunction(() => "__reader" in window);
  await page.evaluate(async () => {
    const reader = (window as unknown as { __reader: Reader }).__reader;
    await reader.start({ container: document.body });
    await reader.clearSpokenPhraseLog();
  });
}

const heard = (page: Page) => page.evaluate(async () => (window as unknown as { __reader: Reader }).__reader.spokenPhraseLog());

test("a participant hears a fast-clock step on their practice complaint once, said as LATIHAN", async ({ browser }) => {
  test.setTimeout(120_000);
  const prisma = server.db.prisma;
  const trainer = await prisma.user.findUniqueOrThrow({ where: { email: "pelatih@demo.suara.id" } });
  const participantUser = await prisma.user.findUniqueOrThrow({ where: { email: "warga@demo.suara.id" } });
  const workshop = await createWorkshop(prisma, { trainerId: trainer.id });
  const participant = await addParticipant(prisma, workshop.id, { number: 4, userId: participantUser.id, progress: "finished" });
  const complaint = await makePracticeComplaint(prisma, participant, new Date());

  // The virtual screen reader sets inline styles, which the app's Content-Security-Policy refuses.
  const context = await browser.newContext({ baseURL: server.url, locale: "id-ID", timezoneId: "Asia/Makassar", bypassCSP: true });
  const page = await context.newPage();
  const signIn = await context.request.post("/graphql", {
    data: { query: `mutation($i: SignInInput!) { signIn(input: $i) { errors { message } } }`, variables: { i: { email: "warga@demo.suara.id", password: DEMO_PASSWORD } } },
  });
  expect((await signIn.json()).data.signIn.errors).toEqual([]);
  await page.goto(`/lacak/${complaint.trackingCode}`);
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
  await expect.poll(() => server.subscriberCount(complaint.id), { timeout: 10_000 }).toBeGreaterThan(0);
  await listen(page);

  const clock = await server.signedIn("pelatih@demo.suara.id");
  const played = await clock.request(`mutation($i: PlayWorkshopClockStepInput!) { playWorkshopClockStep(input: $i) { errors { field } } }`, {
    i: { workshopId: workshop.id, complaintId: complaint.id },
  });
  expect(played.data.playWorkshopClockStep.errors).toEqual([]);

  const expected = "polite: LATIHAN: laporan latihan ini baru saja diperbarui. Status: Sudah diverifikasi.";
  await expect.poll(() => heard(page), { timeout: 10_000 }).toContain(expected);
  // Said once: the only polite announcement (the page's title read again after the reload is the
  // route announcer's, as for every update of a tracking page).
  await page.waitForTimeout(1000);
  const polite = (await heard(page)).filter((p) => p.startsWith("polite: "));
  expect(polite).toEqual([expected]);
  await context.close();
});
