// The notification centre (with and without JavaScript), the unread count in the header, new
// notifications announced once while a page is open, and a tracking page that follows its
// complaint live — heard once through the polite live region by a virtual screen reader.
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { heardLog, heardSoFar, startScreenReader } from "../a11y/support/screen-reader.ts";
import { gql as ask, signInOver } from "../support/graphql-http.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { createComplaint, demoVerifier, signUpResident } from "./support/factories.ts";
import { moveComplaint } from "./support/workflow.ts";

// The documents here are ad hoc: their data is read loosely.
const gql = (request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) => ask<any>(request, query, variables);

/** A complaint filed by the page's signed-in person. */
async function fileAsPage(page: Page): Promise<{ id: string; code: string }> {
  const data = await gql(page.context().request, `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id trackingCode } errors { field } } }`, {
    i: { kind: "PENGADUAN", title: `Lampu jalan mati ${Date.now()}`, story: "Gelap sekali di malam hari.", districtCode: "73.06.08", privacy: "PUBLIC" },
  });
  expect(data.submitComplaint.errors).toEqual([]);
  return { id: data.submitComplaint.complaint.id, code: data.submitComplaint.complaint.trackingCode };
}

async function verifier(request: APIRequestContext) {
  await signInOver(request, demoVerifier.email, demoVerifier.password);
  return {
    act: async (complaint: { id?: string; code?: string }, action: string, extra: Record<string, unknown> = {}) => {
      let id = complaint.id;
      if (!id) id = (await gql(request, `query($c: String!) { complaint(trackingCode: $c) { id } }`, { c: complaint.code })).complaint.id;
      const done = await gql(request, `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, {
        i: { complaintId: id, action, ...extra },
      });
      expect(done.actOnComplaint.errors).toEqual([]);
    },
    agencyId: async (short: string) =>
      ((await gql(request, `{ agencies { id shortName } }`)).agencies as { id: string; shortName: string }[]).find((a) => a.shortName.includes(short))!.id,
  };
}

const nav = (page: Page) => page.getByRole("navigation", { name: "Menu utama" });

test("the notification centre lists news newest first and marks it read, with or without JavaScript", async ({ page, playwright, baseURL }) => {
  await signUpResident(page.context().request);
  const c = await fileAsPage(page);
  const staff = await playwright.request.newContext({ baseURL });
  const v = await verifier(staff);
  await v.act(c, "verify");
  await v.act(c, "dispose", { agencyId: await v.agencyId("PUPR") });

  await page.goto("/");
  await nav(page).getByRole("link", { name: "Pemberitahuan (2 belum dibaca)" }).click();
  await expect(page).toHaveURL(/\/pemberitahuan$/);
  await expect(page).toHaveTitle("Pemberitahuan – Suara");
  await expect(page.getByRole("heading", { level: 1, name: "Pemberitahuan" })).toBeVisible();
  await expect(page.getByText("2 belum dibaca.")).toBeVisible();
  const list = page.getByRole("list", { name: "Daftar pemberitahuan" });
  await expect(list.getByRole("heading", { level: 2 })).toHaveText([
    `Verifikator meneruskan laporan Anda ${c.code} ke Dinas PUPR.`,
    `Verifikator telah memeriksa laporan Anda ${c.code}.`,
  ]);
  await expect(list.getByText("Belum dibaca", { exact: true })).toHaveCount(2);
  await expect(list.getByRole("link", { name: `Verifikator meneruskan laporan Anda ${c.code} ke Dinas PUPR.` })).toHaveAttribute("href", `/lacak/${c.code}`);

  await list.getByRole("button", { name: `Tandai sudah dibaca — pemberitahuan: Verifikator meneruskan laporan Anda ${c.code} ke Dinas PUPR.` }).click();
  await expect(page.getByText("1 belum dibaca.")).toBeVisible();
  await expect(nav(page).getByRole("link", { name: "Pemberitahuan (1 belum dibaca)" })).toBeVisible();
  await expect(list.getByText("Sudah dibaca", { exact: true })).toHaveCount(1);
  await expect(list.getByText("Belum dibaca", { exact: true })).toHaveCount(1);

  await page.getByRole("button", { name: "Tandai semua sudah dibaca" }).click();
  await expect(page.getByText("Semua sudah dibaca.")).toBeVisible();
  await expect(nav(page).getByRole("link", { name: "Pemberitahuan", exact: true })).toBeVisible();
  await expect(list.getByText("Sudah dibaca", { exact: true })).toHaveCount(2);
  await expect(page.getByRole("button", { name: /Tandai/ })).toHaveCount(0);
  await expectNoAxeViolations(page, "notification centre, all read");
  await staff.dispose();
});

test("someone not signed in is sent to sign in first", async ({ page }) => {
  await page.goto("/pemberitahuan");
  await expect(page).toHaveURL(/\/masuk\?returnTo=%2Fpemberitahuan$/);
  await expect(nav(page).getByRole("link", { name: /Pemberitahuan/ })).toHaveCount(0);
});

test.describe("live, with JavaScript", { tag: "@with-js", annotation: { type: "why", description: "live updates need JavaScript; without it pages are current when loaded" } }, () => {

  // A hydrated page says it from its layout (LiveNotifications.svelte); a plain page (the home page)
  // from its own script, whose header's link carries the words and the count.
  for (const [kind, path] of [["a hydrated page", "/laporan"], ["a plain page", "/"]] as const) {
    test(`a new notification is announced once and the header count follows, without a reload, on ${kind}`, async ({ page, playwright, baseURL }) => {
      await signUpResident(page.context().request);
      const c = await fileAsPage(page);
      const subscribed = page.waitForEvent("websocket", { predicate: (ws) => ws.url().endsWith("/graphql"), timeout: 10_000 });
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
      await expect(nav(page).getByRole("link", { name: "Pemberitahuan", exact: true })).toBeVisible();
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
      // The subscription opens once the page is scripted; wait for its WebSocket.
      await subscribed.catch(() => {});
      await page.waitForTimeout(500);
      const staff = await playwright.request.newContext({ baseURL });
      const officer = await verifier(staff);
      await officer.act(c, "verify");
      await expect(page.locator("[data-live-announcer]")).toHaveText(`Pemberitahuan baru: Verifikator telah memeriksa laporan Anda ${c.code}.`);
      await expect(nav(page).getByRole("link", { name: "Pemberitahuan (1 belum dibaca)" })).toBeVisible();
      // The next one counts on.
      await officer.act(c, "dispose", { agencyId: await officer.agencyId("PUPR") });
      await expect(page.locator("[data-live-announcer]")).toHaveText(`Pemberitahuan baru: Verifikator meneruskan laporan Anda ${c.code} ke Dinas PUPR.`);
      await expect(nav(page).getByRole("link", { name: "Pemberitahuan (2 belum dibaca)" })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      await staff.dispose();
    });
  }

  test("the reporter's open tracking page brings the forms of the new state, never over what they are typing", async ({ page, baseURL }) => {
    await signUpResident(page.context().request);
    const complaint = await fileAsPage(page);
    const sockets: string[] = [];
    page.on("websocket", (ws) => sockets.push(ws.url()));
    await page.goto(`/lacak/${complaint.code}`);
    await expect(page.locator("html")).toHaveAttribute("data-scripts", "ready");
    await expect.poll(() => sockets.some((u) => u.endsWith("/graphql")), { timeout: 10_000 }).toBe(true);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const status = page.getByRole("region", { name: "Keadaan sekarang" }).locator("strong", { hasText: /^Status: / });
    const reply = page.getByLabel(/^Pesan Anda/);

    // Half a reply typed when the complaint is resolved: the status follows, but the forms stay as
    // they are (the rating form waits), so what is typed is not lost.
    await reply.fill("Lampunya mati sejak Senin");
    await moveComplaint(baseURL!, complaint.code, [
      { as: "verifier", action: "verify" },
      { as: "verifier", action: "dispose" },
      { as: "officer", action: "resolve", body: "Lampu sudah diganti." },
    ]);
    await expect(status).toHaveText(/^Status: Selesai ditangani/);
    await expect(page.locator("[data-live-announcer]")).toHaveText(/^Laporan ini baru saja diperbarui\. Status: Selesai ditangani/);
    await expect(reply).toHaveValue("Lampunya mati sejak Senin");
    await expect(page.getByRole("heading", { name: "Nilai penanganan" })).toHaveCount(0);

    // Nothing typed any more: the next news (closed, from the reporter's other tab) brings the
    // forms of the new state, the rating's among them, with no reload; its character count counts.
    await reply.fill("");
    await reply.blur();
    const closed = await gql(page.context().request, `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, {
      i: { complaintId: complaint.id, action: "close" },
    });
    expect(closed.actOnComplaint.errors).toEqual([]);
    await expect(status).toHaveText(/^Status: Ditutup/);
    await expect(page.getByRole("heading", { name: "Nilai penanganan" })).toBeVisible();
    await expect(reply).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.getByRole("radio", { name: /^4/ }).check();
    await page.getByLabel(/^Komentar/).fill("Cepat");
    await expect(page.locator("#ratingComment-count")).toHaveText(/995/);
    await page.getByRole("button", { name: "Kirim penilaian" }).click();
    await expect(page.getByText("Anda sudah memberi nilai 4 dari 5.")).toBeVisible();
  });

  test.describe(() => {
    // The virtual screen reader is injected as an inline module, which the app's CSP refuses.
    test.use({ bypassCSP: true });
  test("an open tracking page shows an update without a reload, and a screen reader hears it once", async ({ page, request, playwright, baseURL }) => {
    const complaint = await createComplaint(request);
    const sockets: string[] = [];
    page.on("websocket", (ws) => sockets.push(ws.url()));
    await page.goto(`/lacak/${complaint.trackingCode}`);
    const status = page.getByRole("region", { name: "Keadaan sekarang" }).locator("strong", { hasText: /^Status: / });
    await expect(status).toHaveText("Status: Terkirim, menunggu verifikasi");
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await startScreenReader(page);
    await expect.poll(() => sockets.some((u) => u.endsWith("/graphql")), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(500);
    await heardSoFar(page);

    const staff = await playwright.request.newContext({ baseURL, extraHTTPHeaders: {} });
    await (await verifier(staff)).act({ code: complaint.trackingCode }, "verify");
    await expect(status).not.toHaveText("Status: Terkirim, menunggu verifikasi");
    const newStatus = (await status.textContent())!.trim().replace(/^Status: /, "");
    const sentence = `Laporan ini baru saja diperbarui. Status: ${newStatus}.`;
    await expect(page.locator("[data-live-announcer]")).toHaveText(sentence);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.waitForTimeout(1000);
    const polite = (await heardLog(page)).filter((p) => p.startsWith("polite:") && p.trim() !== "polite:");
    // Said once: the update is not repeated, and nothing else (a second notification) is said.
    expect(polite, JSON.stringify(polite)).toEqual([`polite: ${sentence}`]);
    await staff.dispose();
  });
  });
});
