// Route declarations for one area of the app; routes.ts spreads them in.
// "Saya juga mengalami" without an account: the contact that receives a code, then the code.
import type { APIRequestContext } from "@playwright/test";
import { createComplaint } from "../../e2e/support/factories.ts";
import { asAccount, gql } from "../../support/graphql-http.ts";
import { errorSummaryShown, send } from "../support/acts.ts";
import { demoAccounts, type RouteDeclaration } from "../support/declaration.ts";

/** A public complaint the verifier has checked: anyone may support it. */
export async function verifiedComplaint(request: APIRequestContext): Promise<{ code: string }> {
  const complaint = await createComplaint(request);
  await asAccount(request, demoAccounts.verifier, async () => {
    const found = await gql<{ complaint: { id: string } }>(request, `query($c: String!) { complaint(trackingCode: $c) { id } }`, { c: complaint.trackingCode });
    await gql(request, `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, {
      i: { complaintId: found.complaint.id, action: "verify" },
    });
  });
  return { code: complaint.trackingCode };
}

export const supportRoutes: Record<string, RouteDeclaration> = {
  "/lacak/[code]/dukung": {
    role: "anonymous",
    params: verifiedComplaint,
    states: {
      empty: { description: "step 1 without an account: a phone number or e-mail and \"ikuti kabar\" (unticked)" },
      errors: { description: "sent without a contact", act: send("Kirim kode"), reached: errorSummaryShown },
      filled: {
        description: "a phone number typed and \"ikuti kabar\" ticked, not yet sent",
        act: async (page) => {
          await page.locator("#contact").fill("0812 3456 7890");
          await page.locator("#follow").check();
        },
      },
    },
  },

  "/lacak/[code]/dukung/kode": {
    role: "anonymous",
    params: verifiedComplaint,
    states: {
      empty: { description: "step 2 opened directly (no code asked for in this browser): the contact, the code and \"ikuti kabar\"" },
      errors: { description: "sent empty", act: send("Catat dukungan saya"), reached: errorSummaryShown },
      filled: {
        description: "a contact and a code typed, not yet sent",
        act: async (page) => {
          await page.locator("#contact").fill("0812 3456 7890");
          await page.locator("#code").fill("123456");
        },
      },
    },
  },
};
