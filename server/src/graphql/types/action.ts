// Workflow actions as GraphQL types, shared by the Complaint type (what a viewer may do now)
// and the mutation that takes an action. How pages present them (order, the one primary action
// of a status, the destructive ones) comes from the workflow table, never from a page.
import type { Status } from "../../domain/complaint/status.ts";
import { ACTIONS, type Action, isPrimary, WORKFLOW } from "../../domain/complaint/workflow.ts";
import { translate } from "../../i18n/messages.ts";
import { builder } from "../builder.ts";

export const ComplaintAction = builder.enumType("ComplaintAction", { values: ACTIONS });

export const ActionOption = builder.objectRef<{ action: Action; status: Status }>("ActionOption").implement({
  fields: (t) => ({
    action: t.field({ type: ComplaintAction, resolve: (o) => o.action }),
    label: t.string({ resolve: (o, _a, ctx) => translate(ctx.locale, `action.${o.action}`) }),
    order: t.int({ description: "Where to list it: lower first (availableActions already come in this order).", resolve: (o) => WORKFLOW[o.action].order }),
    isPrimary: t.boolean({ description: "The usual next step for the complaint's status: at most one per complaint.", resolve: (o) => isPrimary(o.action, o.status) }),
    isDestructive: t.boolean({
      description: "Ends the complaint without an answer (reject, archive): set apart and confirmed first.",
      resolve: (o) => WORKFLOW[o.action].destructive,
    }),
  }),
});
