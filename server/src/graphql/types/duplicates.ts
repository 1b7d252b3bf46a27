// Likely duplicates over GraphQL: what a resident's filing may repeat (public complaints only),
// what a new complaint may repeat for whoever handles it, merging one into another, and where a
// merged complaint went.
import { z } from "zod";
import { canTransition } from "../../domain/complaint/workflow.ts";
import { say } from "../../i18n/say.ts";
import { duplicatesOf, type SimilarComplaint as SimilarShape, similarComplaints } from "../../services/use-cases/duplicates.ts";
import { mergeComplaint } from "../../services/use-cases/merge.ts";
import { actorsFor } from "../../services/use-cases/workflow.ts";
import { builder } from "../builder.ts";
import { Complaint, ComplaintPayload } from "./complaint.ts";
import { toFieldErrors } from "./field-error.ts";

const regionCode = z.string().regex(/^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/);

export const SimilarComplaint = builder.objectRef<SimilarShape>("SimilarComplaint").implement({
  description:
    "A complaint that looks like the same problem, in the same place and category: to a resident only public ones, with " +
    "their public (redacted) text; to whoever handles a new complaint, those they may read.",
  fields: (t) => ({
    trackingCode: t.exposeString("trackingCode"),
    title: t.exposeString("title", { description: "What this reader may read as its title (the public text for residents)." }),
    status: t.exposeString("status"),
    statusLabel: t.string({ resolve: (c, _a, ctx) => say(ctx, `status.${c.status}`) }),
    districtName: t.exposeString("districtName"),
    villageName: t.exposeString("villageName", { nullable: true }),
    supportCount: t.exposeInt("supportCount", { description: "How many people said they have the same problem." }),
    submittedAt: t.expose("submittedAt", { type: "DateTime" }),
    score: t.exposeFloat("score", { description: "How alike the texts are, 0 to 1 (at least the threshold)." }),
  }),
});

builder.queryFields((t) => ({
  similarComplaints: t.field({
    type: [SimilarComplaint],
    description:
      "Open public complaints a filing may repeat: the same desa (else kecamatan) and category, with text alike; at most a " +
      "few, best first. Never a confidential, unverified, practice or merged one; nothing at all during workshop practice.",
    args: {
      districtCode: t.arg.string({ required: true, validate: regionCode }),
      villageCode: t.arg.string({ validate: regionCode.optional().nullable() }),
      categoryId: t.arg.string({ required: true, validate: z.string().max(40) }),
      title: t.arg.string({ validate: z.string().max(150).optional().nullable() }),
      story: t.arg.string({ validate: z.string().max(4000).optional().nullable() }),
    },
    resolve: (_root, args, ctx) =>
      similarComplaints(
        ctx,
        { districtCode: args.districtCode, villageCode: args.villageCode ?? null, categoryId: args.categoryId },
        { title: args.title ?? "", story: args.story ?? "" },
      ),
  }),
}));

builder.objectField(Complaint, "likelyDuplicates", (t) =>
  t.field({
    type: [SimilarComplaint],
    description:
      "For a verifier in its region or an administrator, while it may still be merged: open complaints of the same place and " +
      "category it may repeat, that this viewer may read (unverified ones too). Empty for everyone else.",
    resolve: async (c, _a, ctx) => {
      const actors = await actorsFor(ctx, c);
      if (!actors.has("VERIFIER") && !actors.has("ADMINISTRATOR")) return [];
      if (!canTransition(c.status, "archive", actors).ok) return [];
      const text = await ctx.prisma.complaint.findUniqueOrThrow({
        where: { id: c.id },
        select: { id: true, title: true, story: true, districtCode: true, villageCode: true, categoryId: true },
      });
      return duplicatesOf(ctx, text);
    },
  }),
);

builder.objectField(Complaint, "mergedIntoCode", (t) =>
  t.string({
    nullable: true,
    description: "The tracking code of the complaint this one was merged into (its news continues there); null if not merged.",
    resolve: async (c, _a, ctx) => {
      if (c.status !== "ARCHIVED") return null;
      const row = await ctx.prisma.complaint.findUnique({ where: { id: c.id }, select: { mergedInto: { select: { trackingCode: true } } } });
      return row?.mergedInto?.trackingCode ?? null;
    },
  }),
);

const MergeComplaintInput = builder.inputType("MergeComplaintInput", {
  fields: (t) => ({
    complaintId: t.id({ required: true, description: "The duplicate: archived and pointed at the original." }),
    intoTrackingCode: t.string({ required: true, description: "The original's tracking code.", validate: z.string().max(40) }),
    validateOnly: t.boolean({ description: "Check who may merge and whether these two can, write nothing (the 'are you sure?' page)." }),
  }),
});

builder.mutationFields((t) => ({
  mergeComplaint: t.field({
    type: ComplaintPayload,
    description:
      "A verifier of both complaints' region, or an administrator, merges a duplicate into the original: the duplicate is " +
      "archived with a link to it, its follows and its reporter move to the original, and its reporter is told. Returns the " +
      "original.",
    args: { input: t.arg({ type: MergeComplaintInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await mergeComplaint(ctx, {
        complaintId: String(input.complaintId),
        intoTrackingCode: input.intoTrackingCode,
        validateOnly: input.validateOnly ?? false,
      });
      return result.ok ? { complaintId: result.original.id, errors: [] } : { complaintId: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
}));
