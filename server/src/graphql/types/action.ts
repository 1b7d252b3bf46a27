// Workflow actions as GraphQL types, shared by the Complaint type (what a viewer may do now)
// and the mutation that takes an action. How pages present them (order, the one primary action
// of a status, the destructive ones, who reads the note) comes from the workflow table, never
// from a page.
import type { Status } from "../../domain/complaint/status.ts";
import { ACTION_INPUTS, ACTIONS, type Action, isPrimary, WORKFLOW } from "../../domain/complaint/workflow.ts";
import { noteReaders, type Privacy } from "../../domain/privacy/privacy.ts";
import { translate } from "../../i18n/messages.ts";
import { builder } from "../builder.ts";

export const ComplaintAction = builder.enumType("ComplaintAction", { values: ACTIONS });

export const NoteAudience = builder.enumType("NoteAudience", {
  description: "Who will read a note: anyone who may see the complaint, the reporter and the agencies, or staff only.",
  values: ["PUBLIC", "PARTIES", "STAFF"] as const,
});

export const ActionInput = builder.enumType("ActionInput", {
  description: "An input of an action, named as the field of ActOnComplaintInput it fills.",
  values: ACTION_INPUTS,
});

export type ActionOptionShape = { action: Action; status: Status; privacy: Privacy };

export const ActionOption = builder.objectRef<ActionOptionShape>("ActionOption").implement({
  fields: (t) => ({
    action: t.field({ type: ComplaintAction, resolve: (o) => o.action }),
    label: t.string({ resolve: (o, _a, ctx) => translate(ctx.locale, `action.${o.action}`) }),
    noteAudience: t.field({
      type: NoteAudience,
      nullable: true,
      description:
        "Who will read the note or answer typed with this action (the workflow table's, narrowed by the complaint's privacy); null when it takes none.",
      resolve: (o) => {
        const audience = WORKFLOW[o.action].noteAudience;
        return audience ? noteReaders(audience, o.privacy) : null;
      },
    }),
    inputs: t.field({
      type: [ActionInput],
      description: "Every input the action's form offers, in the form's order: build the form and link field errors from this.",
      resolve: (o) => [...WORKFLOW[o.action].inputs],
    }),
    requiredInputs: t.field({
      type: [ActionInput],
      description: "The inputs among `inputs` the action cannot go without (the others may be left empty).",
      resolve: (o) => [...WORKFLOW[o.action].needs],
    }),
    order: t.int({ description: "Where to list it: lower first (availableActions already come in this order).", resolve: (o) => WORKFLOW[o.action].order }),
    isPrimary: t.boolean({ description: "The usual next step for the complaint's status: at most one per complaint.", resolve: (o) => isPrimary(o.action, o.status) }),
    isDestructive: t.boolean({
      description: "Ends the complaint without an answer (reject, archive): set apart and confirmed first.",
      resolve: (o) => WORKFLOW[o.action].destructive,
    }),
  }),
});
