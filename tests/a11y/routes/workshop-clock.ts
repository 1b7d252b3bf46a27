// Route declaration for a workshop's fast clock (/pelatih/[id]/jam): the demo trainer's room in
// progress, and a workshop opened for this check with nobody's complaint yet; routes.ts spreads it in.
import { expect, type APIRequestContext } from "@playwright/test";
import { demoEmail } from "../../support/demo.ts";
import { asAccount, gql } from "../../support/graphql-http.ts";
import { notApplicable, type RouteDeclaration } from "../support/declaration.ts";
import { demoRoom } from "./workshop.ts";

const CREATE = `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } errors { field } } }`;

/** The demo room, and a new workshop of the demo trainer with no practice complaint yet. */
async function rooms(request: APIRequestContext): Promise<Record<string, string>> {
  const demo = await demoRoom(request);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const made = await asAccount(request, demoEmail.trainer, () =>
    gql<{ createWorkshop: { workshop: { id: string } | null } }>(request, CREATE, {
      input: { title: "Pelatihan baru (uji)", date: today, districtCode: "73.06.06", locale: "id" },
    }),
  );
  if (!made.createWorkshop.workshop) throw new Error("could not open a workshop for the empty fast clock");
  return { ...demo, emptyId: made.createWorkshop.workshop.id };
}

export const workshopClockRoutes: Record<string, RouteDeclaration> = {
  "/pelatih/[id]/jam": {
    role: "trainer",
    params: rooms,
    states: {
      empty: {
        description: "the fast clock of a workshop just opened: no practice complaint yet, the automatic clock stopped",
        path: (params) => `/pelatih/${params["emptyId"]}/jam`,
        reached: async (page) => {
          await expect(page.getByRole("heading", { level: 1, name: "Jam cepat" })).toBeVisible();
          await expect(page.getByText("Belum ada laporan latihan.", { exact: false })).toBeVisible();
        },
      },
      filled: {
        description: "the demo room in progress: its practice complaint with its next step's button, and the automatic clock's form",
        reached: async (page) => {
          await expect(page.getByRole("table", { name: "Laporan latihan di pelatihan ini" })).toBeVisible();
          await expect(page.getByRole("button", { name: /^Verifikasi: / }).first()).toBeVisible();
        },
      },
      errors: notApplicable("the clock's form offers only valid choices, and a step refused meanwhile is covered by tests/e2e/workshop-clock.spec.ts"),
    },
  },
};
