// Route declaration for open statistics (/statistik); routes.ts spreads it in.
import { expect } from "@playwright/test";
import { errorSummaryShown } from "../support/acts.ts";
import type { RouteDeclaration } from "../support/declaration.ts";

export const statisticsRoutes: Record<string, RouteDeclaration> = {
  "/statistik": {
    role: "anonymous",
    states: {
      empty: {
        description: "the last twelve months of every kecamatan: medians in words, six charts each with its table, answers on time per agency, downloads and feeds",
        reached: async (page) => {
          await expect(page.getByRole("img", { name: /^Laporan menurut jenis/ })).toBeVisible();
          await expect(page.getByRole("table", { name: "Laporan menurut jenis (data grafik dalam bentuk tabel)" })).toBeVisible();
          await expect(page.getByRole("link", { name: "Unduh CSV, untuk spreadsheet" })).toBeVisible();
        },
      },
      errors: {
        description: "a first month after the last one, from the address: the error summary links to the field",
        path: () => "/statistik?dari=2026-05&sampai=2026-01",
        reached: errorSummaryShown,
      },
      whoIsServed: {
        description: "who is being served: this year's nine tables (a count, '< 5' or hidden), '< 5' and hidden cells explained, the year form and the downloads",
        path: () => `/statistik?tahun=${new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()}#terlayani`,
        reached: async (page) => {
          await expect(page.getByRole("table", { name: /^Warga dengan disabilitas per kecamatan, \d{4}$/ })).toBeVisible();
          await expect(page.getByRole("table", { name: /^Jenis kelamin per bulan, \d{4}$/ })).toBeVisible();
        },
      },
      yearError: {
        description: "a year there can be no figures for, from the address: the error summary links to the year field",
        path: () => "/statistik?tahun=1999",
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
