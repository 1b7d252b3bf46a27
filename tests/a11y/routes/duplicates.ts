// Route declaration for the likely duplicates of a filing (/lapor/serupa): a verified public
// complaint in one desa and category, and a draft on this browser about the same problem there;
// routes.ts spreads it in. The page has only links: no form to get wrong or fill in.
import { expect, type APIRequestContext } from "@playwright/test";
import { createComplaint } from "../../e2e/support/factories.ts";
import { asAccount, gql } from "../../support/graphql-http.ts";
import { demoAccounts, notApplicable, type Params, type RouteDeclaration } from "../support/declaration.ts";

/** A kecamatan no other journey files in, so its complaints meet nobody else's draft. */
const DISTRICT = "73.06.02";
const TITLE = "Jembatan gantung putus dekat balai desa";

async function placeAndTopic(request: APIRequestContext): Promise<{ villageCode: string; categoryId: string }> {
  const ref = await gql<{ regions: { code: string }[]; categories: { id: string; slug: string }[] }>(
    request,
    `query($d: String!) { regions(parentCode: $d) { code } categories { id slug } }`,
    { d: DISTRICT },
  );
  return { villageCode: ref.regions[0]!.code, categoryId: ref.categories.find((c) => c.slug === "jalan-jembatan")!.id };
}

export const duplicatesRoutes: Record<string, RouteDeclaration> = {
  "/lapor/serupa": {
    role: "anonymous",
    params: async (request): Promise<Params> => {
      const { villageCode, categoryId } = await placeAndTopic(request);
      const filed = await createComplaint(request, { title: TITLE, districtCode: DISTRICT, villageCode, categoryId });
      await asAccount(request, demoAccounts.verifier, async () => {
        const found = await gql<{ complaint: { id: string } }>(request, `query($c: String!) { complaint(trackingCode: $c) { id } }`, { c: filed.trackingCode });
        await gql(request, `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, {
          i: { complaintId: found.complaint.id, action: "verify" },
        });
      });
      return { villageCode, categoryId, code: filed.trackingCode };
    },
    states: {
      empty: {
        description: "a draft about a broken bridge where one is reported already: the similar complaint with its place, status and support, and the two ways on",
        before: async ({ context, params }) => {
          await gql(context.request, `mutation($input: SaveDraftInput!) { saveDraft(input: $input) { errors { field } } }`, {
            input: {
              step: "kategori",
              answers: {
                kind: "PENGADUAN",
                title: "Jembatan gantung dekat balai desa putus",
                story: "Warga tidak bisa menyeberang.",
                districtCode: DISTRICT,
                villageCode: params["villageCode"],
                landmark: "Balai desa",
                categoryId: params["categoryId"],
              },
              check: [],
            },
          });
        },
        reached: async (page) => {
          await expect(page.getByRole("heading", { level: 1, name: "Mungkin masalah ini sudah dilaporkan" })).toBeVisible();
          await expect(page.getByRole("link", { name: "Ini masalah saya juga" })).toBeVisible();
        },
      },
      errors: notApplicable("no form: each choice is a link, nothing can be answered wrongly"),
      filled: notApplicable("no form to fill in: the page lists complaints and links on"),
    },
  },
};
