// Every page of the app, declared for the verification matrix: the role that may see it, the
// parameters it needs, and how to bring it into each state (empty, with errors, filled). The
// matrix finds pages by itself (support/discover.ts) and fails for a page missing here.
import { createComplaint, createComplaintWithPhoto } from "../e2e/support/factories.ts";
import { tinyPng } from "../e2e/support/pages.ts";
import { expect } from "@playwright/test";
import { notApplicable, type RouteDeclaration, type ScriptOnly } from "./support/declaration.ts";
import { errorSummaryShown, fillEverything, send } from "./support/acts.ts";
import { accountRoutes } from "./routes/account.ts";
import { adminRoutes } from "./routes/admin.ts";
import { filingRoutes } from "./routes/filing.ts";
import { notifyRoutes } from "./routes/notify.ts";
import { notificationSettingsRoutes } from "./routes/notification-settings.ts";
import { sahabatRoutes } from "./routes/sahabat.ts";
import { publicListRoutes } from "./routes/public-list.ts";
import { assistRoutes } from "./routes/assist.ts";
import { sahabatDashboardRoutes } from "./routes/sahabat-dashboard.ts";
import { outboxRoutes } from "./routes/outbox.ts";
import { offlineRoutes } from "./routes/offline.ts";
import { staffRoutes } from "./routes/staff.ts";
import { statisticsRoutes } from "./routes/statistics.ts";
import { redactionRoutes } from "./routes/redaction.ts";
import { identityRevealRoutes } from "./routes/identity-reveal.ts";
import { workshopClockRoutes } from "./routes/workshop-clock.ts";
import { workshopLifecycleRoutes } from "./routes/workshop-lifecycle.ts";
import { workshopRoutes } from "./routes/workshop.ts";
import { supportRoutes, verifiedComplaint } from "./routes/support.ts";
import { duplicatesRoutes } from "./routes/duplicates.ts";
import { inclusionRoutes } from "./routes/inclusion.ts";
import { personalDataRoutes } from "./routes/personal-data.ts";

/** Shown only with JavaScript on every page, on purpose: the no-JS check does not count them. */
export const scriptOnlyEverywhere: ScriptOnly[] = [
  {
    text: /^(Sisa|Kelebihan) \d+ karakter/,
    reason: "the live character count (CharacterCount); without JavaScript the field's hint states the limit",
  },
  {
    text: /^Tampilkan kata sandi$/,
    reason: "the show-password toggle (PasswordField) needs scripts to switch the field's type; without them the field stays a password field",
  },
];

export const routes: Record<string, RouteDeclaration> = {
  "/": {
    role: "anonymous",
    states: {
      empty: { description: "the home page" },
      errors: notApplicable("no form on the home page"),
      filled: notApplicable("no form on the home page"),
    },
  },

  "/lacak": {
    role: "anonymous",
    states: {
      empty: { description: "the tracking form as it opens" },
      errors: { description: "the empty form sent", act: send("Lacak"), reached: errorSummaryShown },
      filled: {
        description: "a tracking code and PIN typed, not yet sent",
        act: async (page) => {
          await page.locator("#trackingCode").fill("GWA-7K3P-9Q");
          await page.locator("#accessSecret").fill("123456");
        },
      },
    },
  },

  "/lacak/[code]": {
    role: "anonymous",
    params: async (request) => {
      // Its photo shows to the reporter (the filled state) before verification, not to anyone.
      const complaint = await createComplaintWithPhoto(request, { description: "Foto lubang di depan pasar", photo: tinyPng(40, 30) });
      // One that hears back through a relay sahabat of Somba Opu, whose access the reporter may withdraw.
      const relayed = await createComplaint(request, { reporterName: "Daeng Ngai", contactPreference: "SAHABAT" });
      // One a verifier has checked: anyone may read it and say "saya juga mengalami".
      const supportable = await verifiedComplaint(request);
      return { code: complaint.trackingCode, secret: complaint.accessSecret, relayCode: relayed.trackingCode, relaySecret: relayed.accessSecret, supportCode: supportable.code };
    },
    states: {
      empty: {
        description: "a public complaint's page, seen by anyone before verification (no photos yet): it says the complaint is being checked",
        reached: async (page) => {
          await expect(page.getByText("Laporan ini sedang diperiksa petugas.", { exact: false })).toBeVisible();
        },
      },
      errors: {
        description: "an unknown tracking code: the friendly 404 page",
        path: () => "/lacak/GWA-0000-00",
        status: 404,
      },
      filled: {
        description: "right after filing (?baru=1): the code and PIN and the reporter's photo, with the reporter's PIN cookie",
        path: (p) => `/lacak/${p["code"]}?baru=1`,
        // The cookie the server sets when the reporter files the complaint.
        before: async ({ context, params, baseURL }) => {
          const code = params["code"]!;
          await context.addCookies([
            {
              name: `akses_${code}`,
              value: params["secret"]!,
              domain: new URL(baseURL).hostname,
              path: `/lacak/${code}`,
              httpOnly: true,
              sameSite: "Lax",
            },
          ]);
        },
        reached: async (page) => {
          await expect(page.getByText("PIN Anda")).toBeVisible();
        },
      },
    },
    moreStates: {
      withdraw: {
        description: "the reporter asked to confirm withdrawing the relay sahabat's access (?cabut=1)",
        path: (p) => `/lacak/${p["relayCode"]}?cabut=1`,
        before: async ({ context, params, baseURL }) => {
          const code = params["relayCode"]!;
          await context.addCookies([
            { name: `akses_${code}`, value: params["relaySecret"]!, domain: new URL(baseURL).hostname, path: `/lacak/${code}`, httpOnly: true, sameSite: "Lax" },
          ]);
        },
        reached: async (page) => {
          await expect(page.getByRole("heading", { name: "Yakin mencabut akses?" })).toBeVisible();
        },
      },
      privacy: {
        description: "the reporter (PIN cookie) saves the privacy they already have: the error at the choice in Privasi laporan",
        path: (p) => `/lacak/${p["code"]}`,
        before: async ({ context, params, baseURL }) => {
          const code = params["code"]!;
          await context.addCookies([
            { name: `akses_${code}`, value: params["secret"]!, domain: new URL(baseURL).hostname, path: `/lacak/${code}`, httpOnly: true, sameSite: "Lax" },
          ]);
        },
        act: send("Simpan privasi"),
        reached: errorSummaryShown,
      },
      support: {
        description: "a verified public complaint seen by anyone: the count and \"Saya juga mengalami\"",
        path: (p) => `/lacak/${p["supportCode"]}`,
        reached: async (page) => {
          await expect(page.getByRole("region", { name: "Saya juga mengalami" }).getByRole("link", { name: "Saya juga mengalami" })).toBeVisible();
        },
      },
    },
  },

  "/masuk": {
    role: "anonymous",
    states: {
      empty: { description: "the sign-in form" },
      errors: { description: "the empty form sent", act: send("Masuk"), reached: errorSummaryShown },
      filled: {
        description: "e-mail and password typed, not yet sent",
        act: async (page) => {
          await page.locator("#email").fill("warga@demo.suara.id");
          await page.locator("#password").fill("bukan-kata-sandi");
        },
      },
    },
  },

  "/pengaturan/tampilan": {
    role: "anonymous",
    states: {
      empty: { description: "the display settings as they open" },
      errors: notApplicable("every setting is a choice with a default: nothing can be wrong"),
      filled: { description: "the last option of every setting chosen, not yet saved", act: fillEverything },
    },
  },

  "/komponen": {
    role: "anonymous",
    scriptOnly: [
      {
        text: /^Umumkan: /,
        reason: "the live announcer demo button, rendered only when scripts can announce",
      },
    ],
    states: {
      empty: { description: "the gallery: every shared component in every state, errors included" },
      errors: notApplicable("the gallery already shows every component's error state"),
      filled: { description: "every field in the gallery filled", act: fillEverything },
    },
  },
  ...filingRoutes,
  ...accountRoutes,
  ...personalDataRoutes,
  ...staffRoutes,
  ...redactionRoutes,
  ...identityRevealRoutes,
  ...adminRoutes,
  ...notifyRoutes,
  ...notificationSettingsRoutes,
  ...sahabatRoutes,
  ...publicListRoutes,
  ...assistRoutes,
  ...sahabatDashboardRoutes,
  ...statisticsRoutes,
  ...outboxRoutes,
  ...offlineRoutes,
  ...workshopClockRoutes,
  ...workshopLifecycleRoutes,
  ...workshopRoutes,
  ...supportRoutes,
  ...duplicatesRoutes,
  ...inclusionRoutes,
};
