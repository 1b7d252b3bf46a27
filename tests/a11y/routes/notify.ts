// Route declarations for one area of the app; routes.ts spreads them in.
// Notifications: the notification centre.
import type { APIRequestContext } from "@playwright/test";
import { demoAccounts, notApplicable, type RouteDeclaration } from "../support/declaration.ts";

async function gql(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const response = await request.post("/graphql", { data: { query, variables } });
  const body = (await response.json()) as { data: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function signedInAs(request: APIRequestContext, email: string, work: () => Promise<void>) {
  await gql(request, `mutation($e: String, $p: String) { signIn(input: { email: $e, password: $p }) { errors { code } } }`, {
    e: email,
    p: "suara-demo-2026",
  });
  try {
    await work();
  } finally {
    // The request context is shared by the worker's declarations: leave no session behind.
    await gql(request, `mutation { signOut }`);
  }
}

export const notifyRoutes: Record<string, RouteDeclaration> = {
  "/pemberitahuan": {
    role: "resident",
    // The demo resident gets an unread notification: their complaint was verified.
    params: async (request) => {
      let id = "";
      await signedInAs(request, demoAccounts.resident, async () => {
        const filed = await gql(request, `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id } } }`, {
          i: { kind: "PENGADUAN", title: "Saluran air tersumbat", story: "Air meluap ke jalan saat hujan.", districtCode: "73.06.08", privacy: "PUBLIC" },
        });
        id = filed.submitComplaint.complaint.id;
      });
      await signedInAs(request, demoAccounts.verifier, async () => {
        await gql(request, `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, {
          i: { complaintId: id, action: "verify" },
        });
      });
      return {};
    },
    states: {
      empty: { description: "the notification centre with unread notifications, each with its mark-as-read form" },
      errors: notApplicable("nothing to type: the forms are single buttons that cannot be filled in wrongly"),
      filled: notApplicable("nothing to fill in: marking as read is one button"),
    },
  },
};
