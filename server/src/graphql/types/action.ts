// Workflow actions as GraphQL types, shared by the Complaint type (what a viewer may do now)
// and the mutation that takes an action.
import { ACTIONS } from "../../domain/complaint/workflow.ts";
import { translate } from "../../i18n/messages.ts";
import { builder } from "../builder.ts";

export const ComplaintAction = builder.enumType("ComplaintAction", { values: ACTIONS });

export const ActionOption = builder.objectRef<{ action: (typeof ACTIONS)[number] }>("ActionOption").implement({
  fields: (t) => ({
    action: t.field({ type: ComplaintAction, resolve: (o) => o.action }),
    label: t.string({ resolve: (o, _a, ctx) => translate(ctx.locale, `action.${o.action}`) }),
  }),
});
