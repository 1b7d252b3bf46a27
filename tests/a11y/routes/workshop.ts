// Route declarations for workshops: the trainer's list and create form (/pelatih), the projector
// view of a room (/pelatih/[id], the demo room), and joining (/latihan); routes.ts spreads them in.
import { expect, type APIRequestContext } from "@playwright/test";
import { asAccount, gql } from "../../support/graphql-http.ts";
import { demoEmail } from "../../support/demo.ts";
import { notApplicable, type RouteDeclaration } from "../support/declaration.ts";
import { errorSummaryShown, fillEverything, send } from "../support/acts.ts";

/** The demo room's title (server/src/services/use-cases/demo-data.ts). */
const DEMO_ROOM_TITLE = "Belajar melapor bersama PKK Somba Opu";

/** The demo trainer's workshop in progress (demo data: five participants, one stuck, one finished). */
export async function demoRoom(request: APIRequestContext): Promise<Record<string, string>> {
  const data = await asAccount(request, demoEmail.trainer, () =>
    gql<{ myWorkshops: { id: string; isOpen: boolean; joinCode: string; title: string }[] }>(request, `{ myWorkshops { id isOpen joinCode title } }`),
  );
  // By its title: other tests open workshops of the same trainer while the matrix runs.
  const open = data.myWorkshops.find((w) => w.title === DEMO_ROOM_TITLE);
  if (!open) throw new Error("the demo trainer has no demo room: is the demo data seeded?");
  return { id: open.id, code: open.joinCode };
}

export const workshopRoutes: Record<string, RouteDeclaration> = {
  "/pelatih": {
    role: "trainer",
    states: {
      empty: { description: "the demo trainer's workshops (the demo room) and the create form" },
      errors: { description: "the create form sent empty", act: send("Buat pelatihan"), reached: errorSummaryShown },
      filled: { description: "every field of the create form filled, not sent", act: fillEverything },
    },
  },

  "/pelatih/[id]": {
    role: "trainer",
    params: demoRoom,
    states: {
      empty: {
        description: "the projector view of the demo room: the join code large and spelled out, the QR code, the counts and the participants' table",
        reached: async (page) => {
          await expect(page.getByRole("img", { name: /^Kode QR untuk bergabung/ })).toBeVisible();
          await expect(page.getByRole("table", { name: "Peserta dan langkah mereka" })).toBeVisible();
        },
      },
      errors: notApplicable("a view with one toggle button, no form to get wrong"),
      filled: notApplicable("a view with one toggle button, no form to fill"),
    },
  },

  "/latihan": {
    role: "anonymous",
    params: demoRoom,
    states: {
      empty: { description: "the join form: the code and an optional name", path: () => "/latihan" },
      errors: { description: "the join form sent without a code", path: () => "/latihan", act: send("Bergabung"), reached: errorSummaryShown },
      filled: { description: "a code and a name typed, not sent", path: () => "/latihan", act: fillEverything },
    },
    moreStates: {
      joined: {
        description: "a participant of the demo room: the LATIHAN band with 'Keluar dari latihan' at the top, the note that they joined, the form with the code from the QR link",
        path: (params) => `/latihan?kode=${params["code"]}`,
        before: async ({ context, params }) => {
          await gql(context.request, `mutation($code: String!) { joinWorkshop(code: $code, displayName: "Ibu Uji") { errors { field } } }`, { code: params["code"] });
        },
        reached: async (page) => {
          await expect(page.getByText("LATIHAN — laporan ini tidak dikirim ke instansi mana pun")).toBeVisible();
          await expect(page.getByRole("button", { name: "Keluar dari latihan" })).toBeVisible();
        },
      },
    },
  },
};
