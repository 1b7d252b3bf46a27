// What the staff pages need beyond the resident's view: making a complaint's privacy stricter
// (never looser) and whether a viewer may, whether the reporter is hidden from this viewer, the
// agency the routing table suggests, and what tells timeline entries apart (internal notes, who
// acted).
import { noteVisibility } from "../../domain/privacy/privacy.ts";
import { accessTo, audiencesFor } from "../../services/use-cases/complaint-access.ts";
import { changePrivacy, mayRestrictPrivacy } from "../../services/use-cases/privacy-change.ts";
import { suggestedAgencyId } from "../../services/use-cases/routing.ts";
import { builder } from "../builder.ts";
import { translate } from "../../i18n/messages.ts";
import { Complaint, ComplaintPayload, TimelineEvent } from "./complaint.ts";
import { Agency } from "./reference.ts";
import { toFieldErrors } from "./field-error.ts";

builder.objectField(Complaint, "viewerMayRestrictPrivacy", (t) =>
  t.boolean({
    description: "Whether this viewer may make the complaint's privacy stricter (verifiers in scope, administrators).",
    resolve: (c, _a, ctx) => mayRestrictPrivacy(ctx, c),
  }),
);

builder.objectField(Complaint, "showReporterName", (t) =>
  t.boolean({
    description: "Under PUBLIC: whether the reporter chose to show their name publicly.",
    resolve: (c) => c.privacy === "PUBLIC" && c.showReporterName,
  }),
);

builder.objectField(Complaint, "reporterHiddenFromViewer", (t) =>
  t.boolean({
    description: "True when the complaint's privacy hides the reporter's identity from this viewer (whether or not they left any).",
    resolve: async (c, _a, ctx) => !(await accessTo(ctx, c)).reporterContact,
  }),
);

builder.objectField(Complaint, "routedAgency", (t) =>
  t.field({
    type: Agency,
    nullable: true,
    description: "For verifiers and administrators: the agency the routing table gives this category and place.",
    resolve: async (c, _a, ctx) => {
      const audiences = await audiencesFor(ctx, c);
      if (!audiences.has("VERIFIER") && !audiences.has("ADMINISTRATOR")) return null;
      const row = await ctx.prisma.complaint.findUnique({ where: { id: c.id }, select: { categoryId: true, villageCode: true } });
      const id = await suggestedAgencyId(ctx.prisma, row?.categoryId ?? null, row?.villageCode ?? c.districtCode);
      return id ? ctx.prisma.agency.findUnique({ where: { id } }) : null;
    },
  }),
);

const RestrictPrivacyInput = builder.inputType("RestrictComplaintPrivacyInput", {
  fields: (t) => ({
    complaintId: t.id({ required: true }),
    privacy: t.string({ description: "PUBLIC | ANONYMOUS | CONFIDENTIAL; must be stricter than now." }),
    showReporterName: t.boolean({ description: "Under PUBLIC only; can only be turned off." }),
  }),
});

builder.mutationFields((t) => ({
  restrictComplaintPrivacy: t.field({
    type: ComplaintPayload,
    description: "A verifier (or administrator) makes the privacy stricter; loosening needs the reporter's consent.",
    authScopes: { staff: true },
    args: { input: t.arg({ type: RestrictPrivacyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await changePrivacy(ctx, { complaintId: String(input.complaintId), privacy: input.privacy, showReporterName: input.showReporterName });
      return result.ok ? { complaintId: result.complaint.id, errors: [] } : { complaintId: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
}));

builder.objectField(TimelineEvent, "visibility", (t) =>
  t.string({
    description: "PUBLIC | PARTIES | STAFF: who this entry is for (staff pages mark internal notes).",
    resolve: (e) => e.visibility,
  }),
);

builder.objectField(TimelineEvent, "noteVisibility", (t) =>
  t.string({
    description: "PUBLIC | PARTIES | STAFF: who the note is for (never wider than the entry).",
    resolve: (e) => noteVisibility(e),
  }),
);

builder.objectField(TimelineEvent, "actorRoleLabel", (t) =>
  t.string({
    nullable: true,
    description: "The role of whoever made the entry, in words (never the person's name).",
    resolve: (e, _a, ctx) => (e.actorRole ? translate(ctx.locale, `actorRole.${e.actorRole}`) : null),
  }),
);
