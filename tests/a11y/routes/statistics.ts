// Route declaration for open statistics (/statistik); routes.ts spreads it in.
import { expect } from "@playwright/test";
import { errorSummaryShown } from "../support/acts.ts";
import type { RouteDeclaration } from "../support/declaration.ts";

export const statisticsRoutes: Record<string, RouteDeclaration> = {
  "/statistik": {
    role: "anonymous",
    states: {
      empty: {
        description:
          "the last twelve months of every kecamatan: medians in words, six charts each with its table, answers on time per agency, downloads and feeds; who is being served: this year's nine tables (a count, '< 5' or hidden), both explained, the year form and its downloads",
        reached: async (page) => {
          await expect(page.getByRole("img", { name: /^Laporan menurut jenis/ })).toBeVisible();
          await expect(page.getByRole("table", { name: "Laporan menurut jenis (data grafik dalam bentuk tabel)" })).toBeVisible();
          await expect(page.getByRole("link", { name: "Unduh CSV, untuk spreadsheet" })).toBeVisible();
          await expect(page.getByRole("table", { name: /^Warga dengan disabilitas per kecamatan, \d{4}$/ })).toBeVisible();
          await expect(page.getByRole("table", { name: /^Jenis kelamin per bulan, \d{4}$/ })).toBeVisible();
        },
      },
      errors: {
        description: "a first month after the last one, from the address: the error summary links to the field",
        path: () => "/statistik?dari=2026-05&sampai=2026-01",
        reached: errorSummaryShown,
      },
      filled: {
        description: "one kecamatan and a period chosen, not yet shown",
        act: async (page) => {
          await page.locator("#kecamatan").selectOption({ label: "Somba Opu" });
          await page.locator("#sampai").selectOption({ index: 2 });
        },
      },
    },
  },
};
