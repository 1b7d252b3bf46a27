// Route declarations for the public list (/laporan); routes.ts spreads them in. With results (a
// complaint filed and verified for it, found by its own words) and without (words nothing
// matches: the empty result says what to change); a wrong filter value in the address.
import { expect } from "@playwright/test";
import { asAccount, gql } from "../../support/graphql-http.ts";
import { demoAccounts, type RouteDeclaration } from "../support/declaration.ts";
import { errorSummaryShown } from "../support/acts.ts";

export const publicListRoutes: Record<string, RouteDeclaration> = {
  "/laporan": {
    role: "anonymous",
    params: async (request) => {
      const word = `matriks${Date.now().toString(36)}`;
      let id = "";
      const filed = await gql<{ submitComplaint: { complaint: { id: string } } }>(request, `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id } } }`, {
        i: { kind: "PENGADUAN", title: `Jalan berlubang di dekat pasar ${word}`, story: "Lubang besar di tengah jalan.", districtCode: "73.06.08", privacy: "PUBLIC" },
      });
      id = filed.submitComplaint.complaint.id;
      await asAccount(request, demoAccounts.verifier, async () => {
        await gql(request, `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, { i: { complaintId: id, action: "verify" } });
      });
      return { word };
    },
    states: {
      empty: {
        description: "words nothing matches: no result, and what to change",
        path: () => "/laporan?kata=tidakadayangcocokxyz",
        reached: async (page) => {
          await expect(page.getByText("Tidak ada laporan yang cocok.")).toBeVisible();
        },
      },
      errors: {
        description: "a kecamatan code that does not exist: said at the kecamatan field, the words kept",
        path: () => "/laporan?kecamatan=99.99&kata=jalan",
        reached: errorSummaryShown,
      },
      filled: {
        description: "a search with results in Somba Opu, sorted by support: the filter form filled, one result",
        path: (params) => `/laporan?kata=${params["word"]}&kecamatan=73.06.08&urutan=dukungan`,
        reached: async (page) => {
          await expect(page.getByRole("heading", { name: "1 laporan ditemukan" })).toBeVisible();
        },
      },
    },
  },
};
