// Route declaration for the offline page (/luring), which the service worker shows offline for a
// page it has not kept; routes.ts spreads it in.
import { expect } from "@playwright/test";
import { notApplicable, type RouteDeclaration } from "../support/declaration.ts";

export const offlineRoutes: Record<string, RouteDeclaration> = {
  "/luring": {
    role: "anonymous",
    states: {
      empty: {
        description: "the offline page: no connection, \"Coba lagi\", and what still works offline (filing a report, the start page)",
        reached: async (page) => {
          await expect(page.getByRole("heading", { level: 1, name: "Ponsel Anda tidak tersambung ke internet" })).toBeVisible();
          await expect(page.getByRole("link", { name: "Buat laporan" })).toBeVisible();
        },
      },
      errors: notApplicable("information and links, no form"),
      filled: notApplicable("information and links, no form"),
    },
  },
};
