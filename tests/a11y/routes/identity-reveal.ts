// Route declaration for revealing a hidden identity (/kerja/<code>/buka-identitas); routes.ts spreads it in.
import { createComplaint } from "../../e2e/support/factories.ts";
import { notApplicable, type RouteDeclaration } from "../support/declaration.ts";

/** Why the form's states are checked elsewhere: the shared server's sessions never have a fresh second factor. */
const FORM_ELSEWHERE =
  "the reason's form appears only after an authenticator code in the last 10 minutes, which a session on the shared server cannot have; " +
  "tests/e2e/identity-reveal.spec.ts checks the form empty, with errors, filled and the identity shown, with axe in every theme, on a server of its own";

export const identityRevealRoutes: Record<string, RouteDeclaration> = {
  "/kerja/[code]/buka-identitas": {
    role: "admin",
    params: async (request) => {
      const complaint = await createComplaint(request, { privacy: "ANONYMOUS", reporterName: "Daeng Ngai", reporterPhone: "0812 3456 7890" });
      return { code: complaint.trackingCode };
    },
    states: {
      empty: {
        description: "an anonymous complaint: the warning (the law, the audit, the reporter is told), the link to enter an authenticator code first, no reveals yet",
      },
      errors: notApplicable(FORM_ELSEWHERE),
      filled: notApplicable(FORM_ELSEWHERE),
    },
  },
};
