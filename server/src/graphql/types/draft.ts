// The device's draft (answers kept step by step) and photos, for the resident's filing.
import { z } from "zod";
import { arePhotosPublic, canSeeConsentSlip, canSeePhotos, photoDiffersForPublic, photoFileOf } from "../../domain/privacy/privacy.ts";
import { removeDraftPhoto } from "../../services/use-cases/attachments.ts";
import { fitWithin, PHOTO_SIZES } from "../../domain/photos/image.ts";
import { photoUrls } from "../../services/use-cases/photo-urls.ts";
import type { Context } from "../../context.ts";
import { accessTo, audiencesFor, versionFor } from "../../services/use-cases/complaint-access.ts";
import { saveDraftStep, submitDraft } from "../../services/use-cases/filing.ts";
import { currentDraft, DRAFT_FIELDS, type DraftAnswers, discardDraft, draftAnswers } from "../../services/use-cases/drafts.ts";
import { builder } from "../builder.ts";
import { Complaint, SubmitComplaintPayload, submitted } from "./complaint.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

/**
 * How each photo of this request is shown: PUBLIC_URL for a photo anyone may see as it is shown
 * here (its URL need not be bound to the viewer, and shows the public version); ORIGINAL for the
 * original shown to a viewer the rules allow, bound to them. Not listed: bound, original (a draft's).
 */
const photoViews = new WeakMap<Context, Map<string, "PUBLIC_URL" | "ORIGINAL">>();

function viewsOf(ctx: Context) {
  let views = photoViews.get(ctx);
  if (!views) photoViews.set(ctx, (views = new Map()));
  return views;
}

function urlsOf(ctx: Context, id: string) {
  return photoUrls(ctx, id, viewsOf(ctx).get(id) === "PUBLIC_URL" ? "public" : "viewer");
}

/** Whether this viewer reads the original of this photo while the public sees another version. */
function seesOriginalOfChanged(ctx: Context, a: { id: string; publicStorageKey: string | null; hiddenFromPublic: boolean }) {
  return viewsOf(ctx).get(a.id) === "ORIGINAL" && photoDiffersForPublic(a);
}

function thumbnailSize(a: { width: number | null; height: number | null }) {
  return a.width && a.height ? fitWithin(a.width, a.height, PHOTO_SIZES.thumbnailLongSide) : null;
}

export const Photo = builder.prismaObject("Attachment", {
  name: "Photo",
  fields: (t) => ({
    id: t.exposeID("id"),
    fileName: t.exposeString("fileName"),
    description: t.exposeString("description", {
      nullable: true,
      description: "The reporter's one-line description: the photo's text alternative when given.",
    }),
    mimeType: t.exposeString("mimeType"),
    sizeBytes: t.exposeInt("sizeBytes"),
    width: t.exposeInt("width", { nullable: true }),
    height: t.exposeInt("height", { nullable: true }),
    url: t.string({
      description: "The full picture. Bound to the viewer's session or device unless the photo is public; else valid ten minutes.",
      resolve: (a, _args, ctx) => urlsOf(ctx, a.id).url,
    }),
    thumbnailUrl: t.string({
      description: "A small version (320 px on the long side), signed like `url`.",
      resolve: (a, _args, ctx) => urlsOf(ctx, a.id).thumbnailUrl,
    }),
    thumbnailWidth: t.int({ nullable: true, resolve: (a) => thumbnailSize(a)?.width ?? null }),
    thumbnailHeight: t.int({ nullable: true, resolve: (a) => thumbnailSize(a)?.height ?? null }),
    blurred: t.boolean({
      description: "Parts of the photo are blurred for the public (the public's URL shows the blurred copy).",
      resolve: (a) => a.publicStorageKey !== null && !a.hiddenFromPublic,
    }),
    hiddenFromPublic: t.boolean({
      description: "The public does not see this photo at all (only those who read the original do).",
      resolve: (a, _args, ctx) => viewsOf(ctx).get(a.id) === "ORIGINAL" && a.hiddenFromPublic,
    }),
    publicUrl: t.string({
      nullable: true,
      description:
        "For those who see the original: the blurred copy the public sees instead, bound like `url` (null when the public sees the original or nothing).",
      resolve: (a, _args, ctx) =>
        seesOriginalOfChanged(ctx, a) && a.publicStorageKey && !a.hiddenFromPublic ? photoUrls(ctx, a.id, "viewer", "public").url : null,
    }),
    publicThumbnailUrl: t.string({
      nullable: true,
      description: "The blurred copy's thumbnail, as `publicUrl`.",
      resolve: (a, _args, ctx) =>
        seesOriginalOfChanged(ctx, a) && a.publicStorageKey && !a.hiddenFromPublic ? photoUrls(ctx, a.id, "viewer", "public").thumbnailUrl : null,
    }),
  }),
});

builder.objectField(Complaint, "photos", (t) =>
  t.field({
    type: [Photo],
    description: "Photos follow the complaint's privacy: the public sees them only once the complaint is verified.",
    resolve: async (parent, _args, ctx) => {
      // Photos show on one complaint's page at a time: one small read for its status is fine.
      const { status } = await ctx.prisma.complaint.findUniqueOrThrow({ where: { id: parent.id }, select: { status: true } });
      const complaint = { ...parent, status };
      if (!canSeePhotos(await accessTo(ctx, complaint))) return [];
      const version = await versionFor(ctx, complaint);
      const photos = await ctx.prisma.attachment.findMany({
        where: { complaintId: complaint.id, purpose: "EVIDENCE" },
        orderBy: { createdAt: "asc" },
      });
      // The public never learns of a photo hidden from it; its URLs show the blurred copy.
      const shown = photos.filter((p) => photoFileOf(version, p) !== null);
      const views = viewsOf(ctx);
      for (const p of shown) {
        // The original of a photo the public sees otherwise is only ever bound to the viewer.
        const plain = arePhotosPublic(complaint) && (version === "PUBLIC" || !photoDiffersForPublic(p));
        views.set(p.id, plain ? "PUBLIC_URL" : "ORIGINAL");
      }
      return shown;
    },
  }),
);

builder.objectField(Complaint, "consentSlip", (t) =>
  t.field({
    type: Photo,
    nullable: true,
    description:
      "A sahabat's filing for a resident: the photo of the consent slip the resident signed. It shows who they are, so only the resident, the sahabat, verifiers and (where the identity is not hidden) administrators see it.",
    resolve: async (parent, _args, ctx) => {
      if (!canSeeConsentSlip(await audiencesFor(ctx, parent), parent.privacy, parent.showReporterName)) return null;
      return ctx.prisma.attachment.findFirst({
        where: { complaintId: parent.id, purpose: "CONSENT_SLIP" },
        orderBy: { createdAt: "desc" },
      });
    },
  }),
);

const DraftAnswersRef = builder.objectRef<DraftAnswers>("DraftAnswers").implement({
  description: "Answers as typed so far; checked on each step and on submit.",
  fields: (t) => ({
    kind: t.string({ nullable: true, resolve: (a) => str(a.kind) }),
    title: t.string({ nullable: true, resolve: (a) => str(a.title) }),
    story: t.string({ nullable: true, resolve: (a) => str(a.story) }),
    incidentDate: t.string({ nullable: true, resolve: (a) => str(a.incidentDate) }),
    districtCode: t.string({ nullable: true, resolve: (a) => str(a.districtCode) }),
    villageCode: t.string({ nullable: true, resolve: (a) => str(a.villageCode) }),
    landmark: t.string({ nullable: true, resolve: (a) => str(a.landmark) }),
    categoryId: t.string({ nullable: true, resolve: (a) => str(a.categoryId) }),
    privacy: t.string({ nullable: true, resolve: (a) => str(a.privacy) }),
    showReporterName: t.boolean({ nullable: true, resolve: (a) => (typeof a.showReporterName === "boolean" ? a.showReporterName : null) }),
    reporterName: t.string({ nullable: true, resolve: (a) => str(a.reporterName) }),
    reporterPhone: t.string({ nullable: true, resolve: (a) => str(a.reporterPhone) }),
    reporterEmail: t.string({ nullable: true, resolve: (a) => str(a.reporterEmail) }),
    suggestedAgencyId: t.string({ nullable: true, resolve: (a) => str(a.suggestedAgencyId) }),
    latitude: t.string({ nullable: true, resolve: (a) => str(a.latitude) }),
    longitude: t.string({ nullable: true, resolve: (a) => str(a.longitude) }),
    contactPreference: t.string({ nullable: true, resolve: (a) => str(a.contactPreference) }),
    assisted: t.boolean({ description: "A sahabat files it for a resident (Lapor untuk warga).", resolve: (a) => a.assisted === true }),
    consentMethod: t.string({ nullable: true, resolve: (a) => str(a.consentMethod) }),
    consentReadBack: t.boolean({ nullable: true, resolve: (a) => (typeof a.consentReadBack === "boolean" ? a.consentReadBack : null) }),
    consentNote: t.string({ nullable: true, resolve: (a) => str(a.consentNote) }),
    consentGivenAt: t.string({ nullable: true, resolve: (a) => str(a.consentGivenAt) }),
    relaySahabatId: t.string({ nullable: true, description: "The directory entry of the sahabat picked to relay; null: anyone.", resolve: (a) => str(a.relaySahabatId) }),
  }),
});

function str(value: string | boolean | null | undefined): string | null {
  return typeof value === "string" ? value : null;
}

export const Draft = builder.prismaObject("Draft", {
  fields: (t) => ({
    step: t.exposeString("step", { description: "The last step saved." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    answers: t.field({ type: DraftAnswersRef, resolve: (d) => draftAnswers(d) }),
    photos: t.relation("attachments", { query: { where: { complaintId: null, purpose: "EVIDENCE" }, orderBy: { createdAt: "asc" } } }),
    consentSlip: t.field({
      type: Photo,
      nullable: true,
      description: "In a sahabat's filing for a resident: the photo of the consent slip the resident signed.",
      resolve: (d, _a, ctx) =>
        ctx.prisma.attachment.findFirst({ where: { draftId: d.id, complaintId: null, purpose: "CONSENT_SLIP" }, orderBy: { createdAt: "desc" } }),
    }),
  }),
});

const DraftAnswersInput = builder.inputType("DraftAnswersInput", {
  fields: (t) => ({
    kind: t.string(),
    title: t.string(),
    story: t.string(),
    incidentDate: t.string(),
    districtCode: t.string(),
    villageCode: t.string(),
    landmark: t.string(),
    categoryId: t.string(),
    privacy: t.string(),
    showReporterName: t.boolean(),
    reporterName: t.string(),
    reporterPhone: t.string(),
    reporterEmail: t.string(),
    suggestedAgencyId: t.string(),
    latitude: t.string(),
    longitude: t.string(),
    contactPreference: t.string(),
    assisted: t.boolean({ description: "Set by a sahabat starting Lapor untuk warga; only a sahabat can submit it." }),
    consentMethod: t.string(),
    consentReadBack: t.boolean(),
    consentNote: t.string(),
    consentGivenAt: t.string({ description: "ISO 8601; the consent step records when it was saved." }),
    relaySahabatId: t.string(),
  }),
});

const SaveDraftInput = builder.inputType("SaveDraftInput", {
  fields: (t) => ({
    step: t.string({ required: true, validate: z.string().max(40) }),
    answers: t.field({ type: DraftAnswersInput, required: true }),
    check: t.stringList({
      description: "Fields to check now (this step's); errors come back for these only.",
      validate: z.array(z.enum(DRAFT_FIELDS)).max(DRAFT_FIELDS.length).optional().nullable(),
    }),
  }),
});

const SaveDraftPayload = builder
  .objectRef<{ draftId: string; errors: FieldErrorShape[] }>("SaveDraftPayload")
  .implement({
    fields: (t) => ({
      draft: t.prismaField({
        type: Draft,
        resolve: (query, p, _a, ctx) => ctx.prisma.draft.findUniqueOrThrow({ ...query, where: { id: p.draftId } }),
      }),
      errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
    }),
  });

builder.queryFields((t) => ({
  draft: t.prismaField({
    type: Draft,
    nullable: true,
    description: "This device's unfinished complaint, if any.",
    resolve: async (query, _root, _args, ctx) => {
      const draft = await currentDraft(ctx);
      return draft ? ctx.prisma.draft.findUnique({ ...query, where: { id: draft.id } }) : null;
    },
  }),
}));

builder.mutationFields((t) => ({
  saveDraft: t.field({
    type: SaveDraftPayload,
    args: { input: t.arg({ type: SaveDraftInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { draft, issues } = await saveDraftStep(ctx, input.step, input.answers, input.check ?? []);
      return { draftId: draft.id, errors: toFieldErrors(ctx, issues) };
    },
  }),
  submitDraft: t.field({
    type: SubmitComplaintPayload,
    description: "Files this device's draft with its photos; the draft is then forgotten.",
    args: { clientRequestId: t.arg.string({ validate: z.string().max(100).optional().nullable() }) },
    resolve: async (_root, args, ctx) => {
      const result = await submitDraft(ctx, args.clientRequestId ?? null);
      if (!result.ok) return { complaint: null, accessSecret: null, errors: toFieldErrors(ctx, result.issues) };
      return submitted(ctx, result);
    },
  }),
  discardDraft: t.boolean({
    description: "Forgets this device's draft and its photos (start over).",
    resolve: async (_root, _args, ctx) => {
      const draft = await currentDraft(ctx);
      if (draft) {
        const photos = await ctx.prisma.attachment.findMany({ where: { draftId: draft.id, complaintId: null } });
        for (const photo of photos) await removeDraftPhoto(ctx, draft, photo.id);
        await discardDraft(ctx, draft.id);
      }
      return true;
    },
  }),
}));
