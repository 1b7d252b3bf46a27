// Route declarations for the sahabat directory and the sahabat's own profile in it;
// routes.ts spreads them in.
import { expect, type Page } from "@playwright/test";
import { notApplicable, type RouteDeclaration } from "../support/declaration.ts";
import { errorSummaryShown, send } from "../support/acts.ts";

/**
 * The demo sahabat's messages to pass on come from the demo's assisted complaints once the
 * delivery outbox has run (every 5 s): reload until the first one is there.
 */
async function relayTasksShown(page: Page) {
  const first = page.getByRole("button", { name: "Sudah disampaikan", exact: true }).first();
  await expect(async () => {
    if (!(await first.isVisible())) await page.reload();
    await expect(first).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

export const sahabatRoutes: Record<string, RouteDeclaration> = {
  "/sahabat-lapor": {
    role: "anonymous",
    states: {
      empty: { description: "the kecamatan of the regency, each with how many sahabat its page lists" },
      errors: notApplicable("a list of links, no form"),
      filled: notApplicable("a list of links, no form"),
    },
  },

  "/sahabat-lapor/[kecamatan]": {
    role: "anonymous",
    // Somba Opu, where the demo sahabat is listed.
    params: async () => ({ kecamatan: "73.06.08" }),
    states: {
      empty: {
        description: "a kecamatan with no sahabat listed (Bungaya): where else to turn",
        path: () => "/sahabat-lapor/73.06.09",
        reached: async (page) => {
          await expect(page.getByText("Belum ada Sahabat LAPOR! yang tampil", { exact: false })).toBeVisible();
        },
      },
      errors: {
        description: "a code that is not a kecamatan of the regency: the friendly 404 page",
        path: () => "/sahabat-lapor/73.06.99",
        status: 404,
      },
      filled: {
        description: "Somba Opu with the demo sahabat: name, place and times",
        reached: async (page) => {
          await expect(page.getByRole("heading", { level: 2, name: "Nurhayati Daeng Baji" })).toBeVisible();
        },
      },
    },
  },

  "/akun/sahabat": {
    role: "sahabat",
    states: {
      empty: { description: "the demo sahabat's entry as saved: shown, with a place and times" },
      errors: {
        description: "shown, but sent without a name and with a phone that is not one",
        act: async (page) => {
          await page.locator("#displayName").fill("");
          await page.locator("#phone").fill("12ab");
          await send("Simpan profil")(page);
        },
        reached: errorSummaryShown,
      },
      filled: {
        description: "a name, phone, place and times typed, not yet sent",
        act: async (page) => {
          await page.locator("#displayName").fill("Daeng Baji");
          await page.locator("#phone").fill("0812 3456 7890");
          await page.locator("#place").fill("Kantor camat Somba Opu, meja layanan warga");
          await page.locator("#hours").fill("Senin sampai Kamis, pukul 08.00–12.00 WITA");
        },
      },
    },
  },

  "/kerja/sampaikan": {
    role: "sahabat",
    states: {
      empty: {
        description: "the demo sahabat's messages to pass on, each with its due time and a form",
        act: relayTasksShown,
      },
      errors: {
        description: "the first message's form sent without saying how it was passed on",
        act: async (page) => {
          await relayTasksShown(page);
          await page.getByRole("button", { name: "Sudah disampaikan", exact: true }).first().click();
        },
        reached: errorSummaryShown,
      },
      filled: {
        description: "a way chosen and a note typed in the first message's form, not yet sent",
        act: async (page) => {
          await relayTasksShown(page);
          const form = page.locator("form", { has: page.getByRole("button", { name: "Sudah disampaikan" }) }).first();
          await form.getByLabel("Telepon", { exact: true }).check();
          await form.getByLabel(/^Catatan/).fill("Ditelepon sore hari; warga sudah mengerti jawabannya.");
        },
      },
    },
  },
};
