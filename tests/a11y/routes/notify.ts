// Route declarations for one area of the app; routes.ts spreads them in.
// Notifications: the notification centre.
import { asAccount, gql } from "../../support/graphql-http.ts";
import { demoAccounts, notApplicable, type RouteDeclaration } from "../support/declaration.ts";


export const notifyRoutes: Record<string, RouteDeclaration> = {
  "/pemberitahuan": {
    role: "resident",
    // The demo resident gets an unread notification: their complaint was verified.
    params: async (request) => {
      let id = "";
      await asAccount(request, demoAccounts.resident, async () => {
        const filed = await gql<{ submitComplaint: { complaint: { id: string } } }>(request, `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id } } }`, {
          i: { kind: "PENGADUAN", title: "Saluran air tersumbat", story: "Air meluap ke jalan saat hujan.", districtCode: "73.06.08", privacy: "PUBLIC" },
        });
        id = filed.submitComplaint.complaint.id;
      });
      await asAccount(request, demoAccounts.verifier, async () => {
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
