// Notification settings (/pengaturan/pemberitahuan), with and without JavaScript, and the service
// worker showing a push delivered through the DevTools protocol (Chromium's own push service is
// out of reach here, so a push message is handed to the worker directly, as the browser would).
import { expect, test, type Page } from "@playwright/test";
import { signUpResident } from "./support/factories.ts";
import { errorSummary, signIn } from "./support/pages.ts";

const PATH = "/pengaturan/pemberitahuan";

// Push lives in the service worker: the page offers it only where one can register, which the
// other specs block (playwright.config.ts).
test.use({ serviceWorkers: "allow" });

const signInHere = (page: Page, email: string) => signIn(page, email, PATH);

test("signed out, the page asks to sign in first", async ({ page }) => {
  await page.goto(PATH);
  await expect(page).toHaveURL(/\/masuk\?returnTo=%2Fpengaturan%2Fpemberitahuan$/);
});

test("choose the order, language and quiet hours; mistakes are explained and kept", async ({ page }, testInfo) => {
  // A person of this test's own: the defaults below hold however often and wherever it runs.
  await signUpResident(page.context().request);
  await page.goto(PATH);
  await expect(page).toHaveTitle("Pengaturan pemberitahuan – Suara");
  await expect(page.getByRole("heading", { level: 1, name: "Cara kami memberi tahu Anda" })).toBeVisible();
  const main = page.getByRole("main");
  // The defaults: push, SMS, e-mail, then the sahabat.
  await expect(main.getByLabel("Cara ke-1")).toHaveValue("PUSH");
  await expect(main.getByLabel("Cara ke-4")).toHaveValue("SAHABAT_TASK");
  await expect(main.getByText("SMS dan push ditunda sampai waktu tenang selesai")).toBeVisible();
  if (testInfo.project.name === "nojs") {
    await expect(main.getByText("Push memerlukan JavaScript.")).toBeVisible();
  } else {
    await expect(main.getByRole("button", { name: "Nyalakan push di perangkat ini" })).toBeVisible();
  }

  await main.getByLabel("Cara ke-1").selectOption("EMAIL");
  await main.getByLabel("Cara ke-2").selectOption("EMAIL");
  await main.getByLabel("Pakai waktu tenang").check();
  await main.getByLabel("Mulai (jam:menit, WITA)").fill("jam 9");
  await main.getByRole("button", { name: "Simpan pengaturan" }).click();

  await expect(page).toHaveTitle("Galat: Pengaturan pemberitahuan – Suara");
  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  if (testInfo.project.name === "js") await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Setiap cara hanya boleh dipilih sekali. Ubah pilihan yang sama" })).toHaveAttribute("href", "#channel1");
  await expect(summary.getByRole("link", { name: "Tulis jam dengan angka, misalnya 21:00" })).toHaveAttribute("href", "#quietStart");
  // What was typed is kept.
  await expect(main.getByLabel("Cara ke-2")).toHaveValue("EMAIL");
  await expect(main.getByLabel("Mulai (jam:menit, WITA)")).toHaveValue("jam 9");

  await main.getByLabel("Cara ke-2").selectOption("SMS");
  await main.getByLabel("Cara ke-3").selectOption("");
  await main.getByLabel("Cara ke-4").selectOption("");
  await main.getByLabel("Mulai (jam:menit, WITA)").fill("22:00");
  await main.getByLabel("Selesai (jam:menit, WITA)").fill("05:30");
  await main.getByLabel("English").check();
  await main.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText("Pengaturan pemberitahuan disimpan.")).toBeVisible();
  await expect(page).toHaveTitle("Pengaturan pemberitahuan – Suara");

  await page.goto(PATH);
  await expect(main.getByLabel("Cara ke-1")).toHaveValue("EMAIL");
  await expect(main.getByLabel("Cara ke-2")).toHaveValue("SMS");
  await expect(main.getByLabel("Cara ke-3")).toHaveValue("");
  await expect(main.getByLabel("Pakai waktu tenang")).toBeChecked();
  await expect(main.getByLabel("Mulai (jam:menit, WITA)")).toHaveValue("22:00");
  await expect(main.getByLabel("Selesai (jam:menit, WITA)")).toHaveValue("05:30");
  await expect(main.getByLabel("English")).toBeChecked();
});

test("the service worker shows a pushed notification with its text and the complaint's link", { tag: ["@with-js", "@full-browser"], annotation: { type: "why", description: "a service worker needs JavaScript, and the headless shell shows no notifications" } }, async ({ page, context, baseURL }) => {
  await context.grantPermissions(["notifications"], { origin: baseURL! });
  const cdp = await context.newCDPSession(page);
  await cdp.send("ServiceWorker.enable");
  const registrationId = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
      // The activated version: a push delivered while the worker is still installing can be lost.
      const active = versions.find((v) => v.scriptURL.endsWith("/service-worker.js") && v.status === "activated" && v.runningStatus === "running");
      if (active) resolve(active.registrationId);
    });
  });

  await signInHere(page, "sahabat@demo.suara.id");
  // The page registers the worker; once it is active, push is offered.
  await expect(page.getByRole("button", { name: "Nyalakan push di perangkat ini" })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  const payload = { title: "Laporan Anda dijawab", body: "Dinas PUPR sudah menjawab laporan GWA-7K3P-9Q.", url: "/lacak/GWA-7K3P-9Q", tag: "n1.push", lang: "id" };
  await cdp.send("ServiceWorker.deliverPushMessage", { origin: new URL(baseURL!).origin, registrationId: await registrationId, data: JSON.stringify(payload) });

  await expect
    .poll(() =>
      page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        return (await reg.getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url: string }).url }));
      }),
    )
    .toEqual([{ title: payload.title, body: payload.body, tag: payload.tag, url: payload.url }]);

  // A link to another site is not followed: the worker keeps the person on Suara.
  await cdp.send("ServiceWorker.deliverPushMessage", {
    origin: new URL(baseURL!).origin,
    registrationId: await registrationId,
    data: JSON.stringify({ ...payload, tag: "n2.push", url: "https://elsewhere.example/" }),
  });
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        return (await reg.getNotifications({ tag: "n2.push" })).map((n) => (n.data as { url: string }).url);
      }),
    )
    .toEqual(["/"]);
});

test("turning push on when the browser refuses notifications explains how to allow them", { tag: "@with-js", annotation: { type: "why", description: "push needs JavaScript" } }, async ({ page, context }) => {
  await context.clearPermissions();
  await page.addInitScript(() => {
    // The browser's answer to the permission prompt: "Block".
    Object.defineProperty(Notification, "requestPermission", { value: () => Promise.resolve("denied") });
  });
  await signInHere(page, "pelatih@demo.suara.id");
  await page.getByRole("button", { name: "Nyalakan push di perangkat ini" }).click();
  await expect(page.getByRole("main").getByText("Peramban tidak mengizinkan pemberitahuan.", { exact: false })).toBeVisible();
  await expect(page.getByText("Perangkat yang menerima push: 0.")).toBeVisible();
});
