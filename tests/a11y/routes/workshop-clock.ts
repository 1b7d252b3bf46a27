// Route declaration for a workshop's fast clock (/pelatih/[id]/jam), on the demo trainer's two
// demo workshops (server/src/services/use-cases/demo-workshop.ts); routes.ts spreads it in.
import { expect } from "@playwright/test";
import { notApplicable, type RouteDeclaration } from "../support/declaration.ts";

export const workshopClockRoutes: Record<string, RouteDeclaration> = {
  "/pelatih/[id]/jam": {
    role: "trainer",
    params: async () => ({ id: "demo-pelatihan" }),
    states: {
      empty: {
        description: "the fast clock of a workshop just opened: no practice complaint yet, the automatic clock stopped",
        path: () => "/pelatih/demo-pelatihan-baru/jam",
        reached: async (page) => {
          await expect(page.getByRole("heading", { level: 1, name: "Jam cepat" })).toBeVisible();
          await expect(page.getByText("Belum ada laporan latihan.", { exact: false })).toBeVisible();
        },
      },
      filled: {
        description: "the demo workshop in progress: two practice complaints with their next step's button, and the automatic clock's form",
        reached: async (page) => {
          await expect(page.getByRole("table", { name: "Laporan latihan di pelatihan ini" })).toBeVisible();
          await expect(page.getByRole("button", { name: /^Verifikasi: / }).first()).toBeVisible();
        },
      },
      errors: notApplicable("the clock's form offers only valid choices, and a step refused meanwhile is covered by tests/e2e/workshop-clock.spec.ts"),
    },
  },
};
