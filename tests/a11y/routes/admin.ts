// Route declarations for one area of the app; routes.ts spreads them in.
// The administrator's pages. Pages with an id in their path take a demo record's id, looked up
// as the demo administrator over GraphQL (then signed out again, so the shared request context
// other declarations use stays anonymous).
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { asAccount, gql } from "../../support/graphql-http.ts";
import { demoEmail } from "../../support/demo.ts";
import { notApplicable, type RouteDeclaration } from "../support/declaration.ts";
import { errorSummaryShown, fillEverything, send } from "../support/acts.ts";

const asAdmin = <T>(request: APIRequestContext, query: string): Promise<T> =>
  asAccount(request, demoEmail.admin, () => gql<T>(request, query));

/** The demo verifier's account, a category and a real agency: records every demo database has. */
export async function adminParams(request: APIRequestContext): Promise<Record<string, string>> {
  const data = await asAdmin<{
    adminUsers: { edges: { node: { id: string } }[] };
    adminCategories: { id: string }[];
    adminAgencies: { id: string; isSandbox: boolean }[];
  }>(
    request,
    `{
    adminUsers(search: "verifikator@demo.suara.id", first: 1) { edges { node { id } } }
    adminCategories { id }
    adminAgencies { id isSandbox }
  }`,
  );
  return {
    id: data.adminUsers.edges[0]!.node.id,
    category: data.adminCategories[0]!.id,
    agency: data.adminAgencies.find((a) => !a.isSandbox)!.id,
  };
}

/** Clears a field, then sends the form: the server answers with the field's error. */
const clearThenSend = (fieldId: string, button: string) => async (page: Page) => {
  await page.locator(`#${fieldId}`).fill("");
  await send(button)(page);
};

const thisYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

export const adminRoutes: Record<string, RouteDeclaration> = {
  "/admin": {
    role: "admin",
    states: {
      empty: { description: "the overview: links to each section and the latest changes" },
      errors: notApplicable("no form on the overview"),
      filled: notApplicable("no form on the overview"),
    },
  },

  "/admin/pengguna": {
    role: "admin",
    states: {
      empty: { description: "staff accounts listed, the search and the new-account form" },
      errors: { description: "the new-account form sent empty", act: send("Buat akun"), reached: errorSummaryShown },
      filled: { description: "search and every field of the new-account form filled, not sent", act: fillEverything },
    },
  },

  "/admin/pengguna/[id]": {
    role: "admin",
    params: adminParams,
    states: {
      empty: { description: "the demo verifier's account: details, roles with Remove buttons, the grant form" },
      errors: { description: "the grant form sent with no role chosen", act: send("Beri peran"), reached: errorSummaryShown },
      filled: { description: "a role, an area and an agency chosen, not sent", act: fillEverything },
    },
  },

  "/admin/libur": {
    role: "admin",
    states: {
      empty: { description: "this year's holidays with Change and Remove, and the add form" },
      errors: { description: "the add form sent empty", act: send("Tambah hari libur"), reached: errorSummaryShown },
      filled: { description: "every field of the add form filled, not sent", act: fillEverything },
    },
  },

  "/admin/libur/[date]": {
    role: "admin",
    params: async () => ({ date: `${thisYear}-12-25` }),
    states: {
      empty: { description: "Christmas Day (seeded) in the edit form" },
      errors: {
        description: "the name cleared and the form sent",
        act: clearThenSend("holidayNameId", "Simpan perubahan"),
        reached: errorSummaryShown,
      },
      filled: {
        description: "another name typed, not sent",
        act: async (page) => {
          await page.locator("#holidayNameId").fill("Hari Raya Natal (ubah)");
          await expect(page.locator("#holidayNameId")).toHaveValue("Hari Raya Natal (ubah)");
        },
      },
    },
  },

  "/admin/aplikasi": {
    role: "admin",
    states: {
      empty: { description: "the Open311 client applications (or none yet) and the form to issue a key" },
      errors: { description: "the issue form sent empty", act: send("Beri kunci"), reached: errorSummaryShown },
      filled: { description: "the application's name and hourly limit filled, not sent", act: fillEverything },
    },
  },

  "/admin/kategori": {
    role: "admin",
    states: {
      empty: { description: "every category with its regency-wide agency, and the add form" },
      errors: { description: "the add form sent empty", act: send("Tambah kategori"), reached: errorSummaryShown },
      filled: { description: "every field of the add form filled, not sent", act: fillEverything },
    },
  },

  "/admin/kategori/[id]": {
    role: "admin",
    params: async (request) => ({ id: (await adminParams(request))["category"]! }),
    states: {
      empty: { description: "a category's routing rules, the rule form and the edit form" },
      errors: { description: "the rule form sent without an agency", act: send("Simpan aturan"), reached: errorSummaryShown },
      filled: { description: "an area and an agency chosen and the edit form filled, not sent", act: fillEverything },
    },
  },

  "/admin/instansi": {
    role: "admin",
    states: {
      empty: { description: "every agency, workshop ones marked, and the add form" },
      errors: { description: "the add form sent empty", act: send("Tambah instansi"), reached: errorSummaryShown },
      filled: { description: "every field of the add form filled, not sent", act: fillEverything },
    },
  },

  "/admin/instansi/[id]": {
    role: "admin",
    params: async (request) => ({ id: (await adminParams(request))["agency"]! }),
    states: {
      empty: { description: "a real agency in the edit form" },
      errors: { description: "the name cleared and the form sent", act: clearThenSend("agencyName", "Simpan perubahan"), reached: errorSummaryShown },
      filled: {
        description: "contact details typed, not sent",
        act: async (page) => {
          await page.locator("#agencyPhone").fill("0411 861 234");
          await page.locator("#agencyEmail").fill("kantor@gowakab.go.id");
          await page.locator("#agencyAddress").fill("Jl. Mesjid Raya No. 30, Sungguminasa");
        },
      },
    },
  },
};
