// Route declaration for the kecamatan dashboard of a sahabat (/sahabat); routes.ts spreads it in.
import { expect } from "@playwright/test";
import { notApplicable, type RouteDeclaration } from "../support/declaration.ts";

export const sahabatDashboardRoutes: Record<string, RouteDeclaration> = {
  "/sahabat": {
    role: "sahabat",
    states: {
      empty: {
        description:
          "the demo sahabat's dashboard: messages to pass on, then for Bontomarannu and Somba Opu the charts and tables of open complaints by status, the overdue ones (a demo complaint in Somba Opu), and this month's filings by kind and topic",
        reached: async (page) => {
          await expect(page.getByRole("heading", { level: 2, name: "Kecamatan Somba Opu" })).toBeVisible();
          await expect(page.getByRole("table", { name: /^Laporan yang masih berjalan di Somba Opu, menurut status/ })).toBeVisible();
          // The demo complaint left unchecked for two weeks, overdue at the verifier.
          await expect(page.getByRole("table", { name: "Laporan yang terlambat di Somba Opu, paling lama terlambat di atas" })).toBeVisible();
        },
      },
      errors: notApplicable("counts, charts and tables, no form"),
      filled: notApplicable("counts, charts and tables, no form"),
    },
  },
};
