// Case handling over GraphQL: one mutation that takes any workflow action (the service checks
// the workflow table and the actor), and the reasons a verifier may give.
import { z } from "zod";
import { REJECT_REASONS } from "../../domain/complaint/workflow.ts";
import { translate } from "../../i18n/messages.ts";
import { act } from "../../services/use-cases/workflow.ts";
import { builder } from "../builder.ts";
import { Complaint, ComplaintPayload } from "./complaint.ts";
import { ComplaintAction } from "./action.ts";
import { toFieldErrors } from "./field-error.ts";

const RejectReason = builder.enumType("RejectReason", { values: REJECT_REASONS });

builder.objectField(Complaint, "rejectReasons", (t) =>
  t.field({
    type: [builder.objectRef<{ value: string }>("ReasonOption").implement({
      fields: (f) => ({
        value: f.field({ type: RejectReason, resolve: (r) => r.value as (typeof REJECT_REASONS)[number] }),
        label: f.string({ resolve: (r, _a, ctx) => translate(ctx.locale, `reason.${r.value}`) }),
      }),
    })],
    resolve: () => REJECT_REASONS.map((value) => ({ value })),
  }),
);

const ActOnComplaintInput = builder.inputType("ActOnComplaintInput", {
  fields: (t) => ({
    complaintId: t.id({ description: "For staff." }),
    trackingCode: t.string({ description: "For a reporter without an account, with accessSecret.", validate: z.string().max(40).optional().nullable() }),
    accessSecret: t.string({ validate: z.string().max(40).optional().nullable() }),
    action: t.field({ type: ComplaintAction, required: true }),
    note: t.string({ description: "Explanation (postpone, out of scope, return, reopen)." }),
    body: t.string({ description: "A follow-up answer or an internal note." }),
    reason: t.field({ type: RejectReason }),
    agencyId: t.id({ description: "Where to dispose the complaint." }),
    copyAgencyIds: t.idList({ description: "Agencies that receive a copy." }),
    title: t.string({ description: "verify: the tidied title (at most 150 characters)." }),
    kind: t.string({ description: "verify: PENGADUAN | ASPIRASI | PERMINTAAN_INFORMASI." }),
    categoryId: t.id({ description: "verify: the category." }),
    validateOnly: t.boolean({
      description: "Check who may act and the inputs, write nothing: how a page asks 'are you sure?' only about a valid request.",
    }),
  }),
});

builder.mutationFields((t) => ({
  actOnComplaint: t.field({
    type: ComplaintPayload,
    args: { input: t.arg({ type: ActOnComplaintInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await act(
        ctx,
        { complaintId: input.complaintId ? String(input.complaintId) : null, trackingCode: input.trackingCode, accessSecret: input.accessSecret },
        {
          action: input.action,
          note: input.note,
          body: input.body,
          reason: input.reason,
          agencyId: input.agencyId ? String(input.agencyId) : null,
          copyAgencyIds: input.copyAgencyIds?.map(String) ?? null,
          title: input.title,
          kind: input.kind,
          categoryId: input.categoryId ? String(input.categoryId) : null,
        },
        { validateOnly: input.validateOnly ?? false },
      );
      return result.ok ? { complaintId: result.complaint.id, errors: [] } : { complaintId: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
}));
