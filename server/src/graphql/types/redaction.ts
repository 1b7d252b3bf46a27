// Redaction before publication: what the public will read of a complaint beside the original,
// for those who read the original, the verifier's suggestions and the phrases already hidden, and
// the mutation that decides it (verifiers in scope, administrators).
import { z } from "zod";
import { photoDiffersForPublic, textOf } from "../../domain/privacy/privacy.ts";
import { GRID_SIZE, hiddenPhrases, redactionPhrases, type RedactionSuggestionKind, suggestRedactions } from "../../domain/privacy/redaction.ts";
import { versionFor } from "../../services/use-cases/complaint-access.ts";
import { mayRedactComplaint, redactComplaint } from "../../services/use-cases/redaction.ts";
import { builder } from "../builder.ts";
import { Complaint, ComplaintPayload } from "./complaint.ts";
import { toFieldErrors } from "./field-error.ts";

const SuggestionKind = builder.enumType("RedactionSuggestionKind", { values: ["PHONE", "EMAIL", "NAME"] as const });

const RedactionSuggestion = builder.objectRef<{ text: string; kind: RedactionSuggestionKind }>("RedactionSuggestion").implement({
  description: "A phrase of the title or story that looks like a third party's number, address or name: for the verifier to confirm.",
  fields: (t) => ({
    text: t.exposeString("text"),
    kind: t.field({ type: SuggestionKind, resolve: (s) => s.kind }),
  }),
});

type RedactionShape = { publicTitle: string; publicStory: string; phrases: string[]; suggestions: { text: string; kind: RedactionSuggestionKind }[]; differs: boolean };

const Redaction = builder.objectRef<RedactionShape>("ComplaintRedaction").implement({
  description: "What the public reads of a complaint, beside the original: for those who read the original.",
  fields: (t) => ({
    publicTitle: t.exposeString("publicTitle", { description: "The title the public reads once the complaint is verified." }),
    publicStory: t.exposeString("publicStory", { description: "The story the public reads once the complaint is verified." }),
    differs: t.exposeBoolean("differs", { description: "The public's text or photos differ from the original." }),
    phrases: t.exposeStringList("phrases", { description: "For verifiers and administrators: the phrases hidden now (empty for others)." }),
    suggestions: t.field({
      type: [RedactionSuggestion],
      description: "For verifiers and administrators: numbers, addresses and names found in the title and story (empty for others).",
      resolve: (r) => r.suggestions,
    }),
    gridSize: t.int({ description: "Rows and columns of the grid a photo's parts are chosen from.", resolve: () => GRID_SIZE }),
  }),
});

builder.objectField(Complaint, "redaction", (t) =>
  t.field({
    type: Redaction,
    nullable: true,
    description: "For those who read the original (the parties and staff): what the public reads instead. Null for anyone else.",
    resolve: async (parent, _a, ctx) => {
      if ((await versionFor(ctx, parent)) !== "ORIGINAL") return null;
      // Read on one complaint's page at a time: one small query is fine.
      const c = await ctx.prisma.complaint.findUniqueOrThrow({
        where: { id: parent.id },
        select: { title: true, story: true, publicTitle: true, publicStory: true, attachments: { where: { purpose: "EVIDENCE" }, select: { publicStorageKey: true, hiddenFromPublic: true } } },
      });
      const text = textOf("PUBLIC", c)!;
      const differs = c.publicTitle !== null || c.publicStory !== null || c.attachments.some(photoDiffersForPublic);
      const editor = await mayRedactComplaint(ctx, parent);
      return {
        publicTitle: text.title,
        publicStory: text.story,
        differs,
        phrases: editor ? redactionPhrases([...hiddenPhrases(c.title, c.publicTitle), ...hiddenPhrases(c.story, c.publicStory)]) : [],
        suggestions: editor ? suggestRedactions([c.title, c.story]) : [],
      };
    },
  }),
);

builder.objectField(Complaint, "viewerMayRedact", (t) =>
  t.boolean({
    description: "Whether this viewer may decide what the public reads (verifiers in scope, administrators; never a practice complaint).",
    resolve: async (c, _a, ctx) => {
      if (!(await mayRedactComplaint(ctx, c))) return false;
      const { isSandbox } = await ctx.prisma.complaint.findUniqueOrThrow({ where: { id: c.id }, select: { isSandbox: true } });
      return !isSandbox;
    },
  }),
);

const fraction = z.number().min(0).max(1);

const PhotoRegionInput = builder.inputType("PhotoRegionInput", {
  description: "A rectangle of a photo as fractions of its width and height (0 to 1), so it holds for the thumbnail too.",
  fields: (t) => ({
    x: t.float({ required: true, validate: fraction }),
    y: t.float({ required: true, validate: fraction }),
    w: t.float({ required: true, validate: fraction }),
    h: t.float({ required: true, validate: fraction }),
  }),
});

const PhotoRedactionInput = builder.inputType("PhotoRedactionInput", {
  fields: (t) => ({
    photoId: t.id({ required: true }),
    regions: t.field({ type: [PhotoRegionInput], description: "The parts to blur (at most 36); none and not hidden: the public sees the original." }),
    hidden: t.boolean({ description: "Hide this photo from the public altogether (the fallback to blurring)." }),
  }),
});

const RedactComplaintInput = builder.inputType("RedactComplaintInput", {
  fields: (t) => ({
    complaintId: t.id({ required: true }),
    phrases: t.stringList({
      description: "Every phrase to hide in the title and story (replaces the list before; empty: none). Omitted: the text stays as it is.",
      validate: z.array(z.string().max(200)).max(60),
    }),
    photos: t.field({ type: [PhotoRedactionInput], description: "Photos to change; others stay as they are.", validate: z.array(z.any()).max(10) }),
  }),
});

builder.mutationFields((t) => ({
  redactComplaint: t.field({
    type: ComplaintPayload,
    description:
      "A verifier in scope (or an administrator) decides what the public reads once the complaint is verified: the title and story " +
      "with phrases replaced by [disamarkan], photos blurred in places or hidden. The original stays for those who may read it; " +
      "a staff-only timeline entry says what kind of thing was hidden.",
    authScopes: { staff: true },
    args: { input: t.arg({ type: RedactComplaintInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await redactComplaint(ctx, {
        complaintId: String(input.complaintId),
        phrases: input.phrases ?? null,
        photos: input.photos?.map((p) => ({ photoId: String(p.photoId), regions: p.regions ?? [], hidden: p.hidden ?? false })) ?? null,
      });
      return result.ok ? { complaintId: result.complaint.id, errors: [] } : { complaintId: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
}));
