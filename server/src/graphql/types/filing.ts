// The filing's helpers: the agency suggested for a category in a place (from the routing
// table), what each audience would see under a privacy choice (the preview on the privacy step,
// worked out by the same rules that answer real queries), and the agency the reporter chose.
import { z } from "zod";
import { type Audience, accessFor, type Privacy } from "../../domain/privacy/privacy.ts";
import { PRIVACIES } from "../../domain/complaint/submission.ts";
import { suggestedAgencyId } from "../../services/use-cases/routing.ts";
import { builder } from "../builder.ts";
import { Complaint } from "./complaint.ts";
import { Agency } from "./reference.ts";

builder.prismaObjectField(Complaint, "suggestedAgency", (t) =>
  t.relation("suggestedAgency", {
    nullable: true,
    description: "The agency the reporter chose when filing; a hint for the verifier.",
  }),
);

/** The audiences the privacy step previews: anyone, and the officers of the agency handling it. */
const PREVIEW_AUDIENCES = ["PUBLIC", "AGENCY_HANDLING"] as const satisfies readonly Audience[];

type PreviewShape = {
  audience: (typeof PREVIEW_AUDIENCES)[number];
  visible: boolean;
  content: boolean;
  reporterName: boolean;
  reporterContact: boolean;
};

const PrivacyPreview = builder.objectRef<PreviewShape>("PrivacyPreview").implement({
  description: "What one audience would see of a complaint filed with a privacy choice.",
  fields: (t) => ({
    audience: t.exposeString("audience", { description: "PUBLIC | AGENCY_HANDLING" }),
    visible: t.exposeBoolean("visible", { description: "Can find the complaint at all." }),
    content: t.exposeBoolean("content", { description: "Reads the title, story, place and photos." }),
    reporterName: t.exposeBoolean("reporterName", { description: "Sees the reporter's name." }),
    reporterContact: t.exposeBoolean("reporterContact", { description: "Sees the reporter's phone and e-mail." }),
  }),
});

builder.queryFields((t) => ({
  agencySuggestion: t.prismaField({
    type: Agency,
    nullable: true,
    description:
      "The agency that usually handles a category in a place (a desa or kecamatan code), from the routing table. " +
      "Reference data: the same for everyone, cacheable.",
    args: {
      categoryId: t.arg.string({ required: true, validate: z.string().max(40) }),
      placeCode: t.arg.string({ validate: z.string().regex(/^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/).optional().nullable() }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await suggestedAgencyId(ctx.prisma, args.categoryId, args.placeCode ?? null);
      return id ? ctx.prisma.agency.findUnique({ ...query, where: { id } }) : null;
    },
  }),
  privacyPreview: t.field({
    type: [PrivacyPreview],
    description: "What the public and the handling agency would see under a privacy choice.",
    args: {
      privacy: t.arg.string({ required: true, validate: z.enum(PRIVACIES) }),
      showReporterName: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_root, args) =>
      PREVIEW_AUDIENCES.map((audience) => {
        // Once verified: before that the public reads nothing of any complaint.
        const access = accessFor(audience, args.privacy as Privacy, args.showReporterName ?? false, true);
        return {
          audience,
          visible: access.visible,
          content: access.content,
          reporterName: access.reporterName,
          reporterContact: access.reporterContact,
        };
      }),
  }),
}));
