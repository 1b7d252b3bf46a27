// Route declarations for the trainer's "Atur ruang" and workshop report (/pelatih/[id]/atur,
// /pelatih/[id]/laporan), on the demo trainer's workshop in progress; routes.ts spreads them in.
import { expect } from "@playwright/test";
import { errorSummaryShown } from "../support/acts.ts";
import { notApplicable, type RouteDeclaration } from "../support/declaration.ts";

import { demoRoom as demoWorkshop } from "./workshop.ts";

export const workshopLifecycleRoutes: Record<string, RouteDeclaration> = {
  "/pelatih/[id]/atur": {
    role: "trainer",
    params: demoWorkshop,
    states: {
      empty: {
        description: "the choice of what to do (start one participant over, the whole room, end the workshop) and the participant list",
        reached: async (page) => {
          await expect(page.getByRole("group", { name: "Apa yang ingin Anda lakukan?" })).toBeVisible();
        },
      },
      errors: {
        description: "'start one participant over' sent without choosing whom: the error summary and the field error",
        act: async (page) => {
          await page.getByRole("radio", { name: "Ulang satu peserta" }).check();
          await page.getByRole("button", { name: "Lanjut" }).click();
        },
        reached: errorSummaryShown,
      },
      filled: {
        description: "'start one participant over' chosen with Peserta 2, not yet sent",
        act: async (page) => {
          await page.getByRole("radio", { name: "Ulang satu peserta" }).check();
          await page.getByLabel("Peserta yang diulang").selectOption({ label: "Peserta 2" });
        },
      },
    },
    moreStates: {
      confirm: {
        description: "'start the whole room over' sent: the page asks 'Ulang seluruh ruang?' and says what will be deleted, with a way back",
        act: async (page) => {
          await page.getByRole("radio", { name: "Ulang seluruh ruang" }).check();
          await page.getByRole("button", { name: "Lanjut" }).click();
        },
        reached: async (page) => {
          await expect(page.getByRole("heading", { level: 1, name: "Ulang seluruh ruang?" })).toBeVisible();
          await expect(page.getByRole("button", { name: "Ya, ulang seluruh ruang" })).toBeVisible();
        },
      },
    },
  },

  "/pelatih/[id]/laporan": {
    role: "trainer",
    params: demoWorkshop,
    scriptOnly: [{ text: /^Cetak$/, reason: "the print button needs scripts to open the print dialog; without them the browser's own Print does the same" }],
    states: {
      empty: {
        description: "the workshop report: date, kecamatan, state, the counts and the errors per step as a table",
        reached: async (page) => {
          await expect(page.getByRole("table", { name: "Kesalahan isian yang ditemui peserta, menurut langkah" })).toBeVisible();
        },
      },
      errors: notApplicable("a report, no form"),
      filled: notApplicable("a report, no form"),
    },
  },
};
