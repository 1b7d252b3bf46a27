// Route declarations for notification settings (/pengaturan/pemberitahuan); routes.ts spreads them in.
import { expect } from "@playwright/test";
import type { RouteDeclaration } from "../support/declaration.ts";
import { errorSummaryShown } from "../support/acts.ts";

export const notificationSettingsRoutes: Record<string, RouteDeclaration> = {
  "/pengaturan/pemberitahuan": {
    role: "resident",
    scriptOnly: [
      {
        text: /^(Push (mati|menyala) di perangkat ini\.|(Nyalakan|Matikan) push di perangkat ini|Peramban ini tidak bisa menerima push\.)/,
        reason: "push on this device needs the Push API; without JavaScript a sentence says so instead",
      },
    ],
    states: {
      empty: { description: "the settings as they open: default order, quiet hours off, push control" },
      errors: {
        description: "the same way chosen twice and a time that is not a time: error summary and field errors",
        act: async (page) => {
          const main = page.getByRole("main");
          await main.getByLabel("Cara ke-1").selectOption("SMS");
          await main.getByLabel("Cara ke-2").selectOption("SMS");
          await main.getByLabel("Pakai waktu tenang").check();
          await main.getByLabel("Mulai (jam:menit, WITA)").fill("jam sembilan");
          await main.getByRole("button", { name: "Simpan pengaturan" }).click();
        },
        reached: errorSummaryShown,
      },
      filled: {
        description: "an order, English and quiet hours chosen, not yet saved",
        act: async (page) => {
          const main = page.getByRole("main");
          await main.getByLabel("Cara ke-1").selectOption("EMAIL");
          await main.getByLabel("Cara ke-2").selectOption("SMS");
          await main.getByLabel("English").check();
          await main.getByLabel("Pakai waktu tenang").check();
          await expect(main.getByLabel("Pakai waktu tenang")).toBeChecked();
        },
      },
    },
  },
};
