// The Complaint type, its timeline, and the operations of the first slice: submit, look up by
// tracking code, and follow live. Every field that can reveal content or identity asks the
// privacy module (through accessTo) before answering.
import type { Context } from "../../context.ts";
import { GraphQLError } from "graphql";
import { z } from "zod";
import { holderOf } from "../../domain/complaint/status.ts";
import { TIMELINE_AUDIENCES, TIMELINE_ENTRIES, timelineEntryOf } from "../../domain/complaint/timeline.ts";
import { topics } from "../../events/bus.ts";
import { type Complaint as ComplaintRow, ComplaintKind, ComplaintStatus, Privacy, type Visibility } from "../../generated/prisma/client.ts";
import { type Access, canSeeStory, mayReadNote, storyState, textOf } from "../../domain/privacy/privacy.ts";
import { translate } from "../../i18n/messages.ts";
import { say } from "../../i18n/say.ts";
import { ACCESS_SELECT, accessTo, findComplaintByCode, forgetAccess, versionFor } from "../../services/use-cases/complaint-access.ts";
import { submitComplaint, type SubmitResult } from "../../services/use-cases/filing.ts";
import { inclusionTicket } from "../../services/use-cases/inclusion.ts";
import { claimComplaint, rateComplaint, replyToComplaint } from "../../services/use-cases/reporter-actions.ts";
import { withdrawSahabatAccess } from "../../services/use-cases/sahabat-access.ts";
import { refreshViewer } from "../../services/use-cases/notifications.ts";
import { receiptStateOf, type ReceiptState as ReceiptStateValue } from "../../services/use-cases/receipt.ts";
import { actionsFor } from "../../services/use-cases/workflow.ts";
import { openedOnFirstRead } from "../abortable.ts";
import { builder } from "../builder.ts";
import { perEvent, sessionOnEvent } from "../event-memo.ts";
import { groupSubscribers } from "../fanout.ts";
import { Deadline, deadlineOf } from "./deadline.ts";
import { ActionOption } from "./action.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

builder.enumType(ComplaintKind, { name: "ComplaintKind" });
builder.enumType(ComplaintStatus, { name: "ComplaintStatus" });
builder.enumType(Privacy, { name: "Privacy" });
const StoryState = builder.enumType("StoryState", {
  description: "Why this viewer reads the story or not.",
  values: {
    SHOWN: { description: "The viewer reads the title, story, place and photos." },
    BEING_CHECKED: { description: "Withheld until a verifier has checked it; then public." },
    HIDDEN: { description: "Kept from this viewer by its privacy or its outcome." },
  },
});
const Holder = builder.enumType("ComplaintHolder", {
  values: ["VERIFIER", "AGENCY", "REPORTER", "NOBODY"] as const,
});

const SahabatAccessEnum = builder.enumType("SahabatAccess", { values: ["FILER", "RELAY", "WITHDRAWN"] as const });


function visibleTimeline(access: Access): Visibility[] {
  const levels: Visibility[] = ["PUBLIC"];
  if (access.partyNotes) levels.push("PARTIES");
  if (access.internalNotes) levels.push("STAFF");
  return levels;
}

const TimelineEntryEnum = builder.enumType("TimelineEntry", { values: TIMELINE_ENTRIES });
const TimelineAudienceEnum = builder.enumType("TimelineAudience", { values: TIMELINE_AUDIENCES });

export const TimelineEvent = builder.prismaObject("TimelineEvent", {
  fields: (t) => ({
    id: t.exposeID("id"),
    type: t.exposeString("type"),
    fromStatus: t.expose("fromStatus", { type: ComplaintStatus, nullable: true }),
    toStatus: t.expose("toStatus", { type: ComplaintStatus, nullable: true }),
    statusLabel: t.string({
      nullable: true,
      resolve: (e, _a, ctx) => (e.toStatus ? say(ctx, `status.${e.toStatus}`) : null),
    }),
    note: t.exposeString("note", {
      nullable: true,
      description: "Null when this viewer may not read it: a public entry can carry a note for staff (see Complaint.timeline).",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    entry: t.field({
      type: TimelineEntryEnum,
      description: "What kind of entry this is (every kind has its own words).",
      resolve: (e) => timelineEntryOf(e),
    }),
    summary: t.string({
      description: "What happened, in the reader's language: PUBLIC words for residents' pages, STAFF for handling pages.",
      args: { audience: t.arg({ type: TimelineAudienceEnum, defaultValue: "PUBLIC" }) },
      resolve: (e, { audience }, ctx) => say(ctx, `timeline.${audience ?? "PUBLIC"}.${timelineEntryOf(e)}`),
    }),
  }),
});

const ReceiptChannel = builder.enumType("ReceiptChannel", { values: ["SMS", "EMAIL"] as const });
const ReceiptState = builder.enumType("ReceiptState", {
  values: {
    SENDING: { description: "Waiting in the delivery outbox." },
    SENT: { description: "The channel took it." },
    NOT_SENT: { description: "Every attempt failed, or no such channel is set up here." },
    LIMITED: { description: "This contact had its receipts for today: none was sent." },
  } as const,
});
const ComplaintReceipt = builder
  .objectRef<{ channel: "SMS" | "EMAIL"; state: ReceiptStateValue }>("ComplaintReceipt")
  .implement({
    description: "The filing receipt (code and PIN) sent to the reporter's own contact.",
    fields: (t) => ({
      channel: t.field({ type: ReceiptChannel, resolve: (r) => r.channel }),
      state: t.field({ type: ReceiptState, resolve: (r) => r.state }),
    }),
  });

const ComplaintAssistance = builder
  .objectRef<{ sahabatName: string; consentMethod: string; consentGivenAt: Date; privacy: string; throughSahabat: boolean }>(
    "ComplaintAssistance",
  )
  .implement({
    description: "A complaint a sahabat filed for the resident (channel ASSISTED): who helped, and the consent recorded.",
    fields: (t) => ({
      sahabatName: t.exposeString("sahabatName"),
      consentMethod: t.exposeString("consentMethod", { description: "SPOKEN | WRITTEN | SIGN_LANGUAGE | THUMBPRINT | OTHER" }),
      consentGivenAt: t.expose("consentGivenAt", { type: "DateTime" }),
      privacy: t.exposeString("privacy", { description: "The privacy the resident chose, as read back to them." }),
      throughSahabat: t.exposeBoolean("throughSahabat", { description: "The resident hears back through the sahabat." }),
    }),
  });

export const Complaint = builder.prismaObject("Complaint", {
  select: ACCESS_SELECT,
  fields: (t) => ({
    id: t.exposeID("id"),
    trackingCode: t.string({ select: { trackingCode: true }, resolve: (c) => c.trackingCode }),
    kind: t.field({ type: ComplaintKind, select: { kind: true }, resolve: (c) => c.kind }),
    kindLabel: t.string({ select: { kind: true }, resolve: (c, _a, ctx) => say(ctx, `kind.${c.kind}`) }),
    status: t.field({ type: ComplaintStatus, select: { status: true }, resolve: (c) => c.status }),
    statusLabel: t.string({
      select: { status: true },
      resolve: (c, _a, ctx) => say(ctx, `status.${c.status}`),
    }),
    holder: t.field({
      type: Holder,
      description: "Who is expected to act next.",
      select: { status: true },
      resolve: (c) => holderOf(c.status),
    }),
    privacy: t.expose("privacy", { type: Privacy }),
    isSandbox: t.boolean({ select: { isSandbox: true }, resolve: (c) => c.isSandbox }),
    submittedAt: t.field({ type: "DateTime", select: { submittedAt: true }, resolve: (c) => c.submittedAt }),
    deadline: t.field({
      type: Deadline,
      nullable: true,
      description: "The deadline that applies now, in working days.",
      select: { status: true, verifyDueAt: true, followUpDueAt: true, closeDueAt: true, pausedAt: true },
      resolve: (c, _a, ctx) => deadlineOf(c, ctx),
    }),
    verifyDueAt: t.field({
      type: "DateTime",
      nullable: true,
      select: { verifyDueAt: true },
      resolve: (c) => c.verifyDueAt,
    }),
    receipt: t.field({
      type: ComplaintReceipt,
      nullable: true,
      description: "For the reporter only: what became of the filing receipt; null without SMS or e-mail.",
      select: { contactPreference: true, reporterPhone: true, reporterEmail: true },
      resolve: async (c, _a, ctx) => ((await accessTo(ctx, c)).actAsReporter ? receiptStateOf(ctx.prisma, c) : null),
    }),
    sahabatAccess: t.field({
      type: SahabatAccessEnum,
      nullable: true,
      description:
        "For the reporter only: which Sahabat LAPOR! may see their name and contact for this complaint (FILER: the one who " +
        "filed it for them; RELAY: the one passing answers on), or WITHDRAWN once they took it back; null: none.",
      resolve: async (c, _a, ctx) => {
        if (!(await accessTo(ctx, c)).actAsReporter) return null;
        if (c.sahabatAccessWithdrawnAt) return c.sahabatId || c.relaySahabatId ? "WITHDRAWN" : null;
        return c.sahabatId ? "FILER" : c.relaySahabatId ? "RELAY" : null;
      },
    }),
    title: t.string({
      nullable: true,
      description: "As this viewer may read it: the original for the parties and staff, the redacted title for the public.",
      select: { title: true, story: true, publicTitle: true, publicStory: true },
      resolve: async (c, _a, ctx) => textOf(await versionFor(ctx, c), c)?.title ?? null,
    }),
    story: t.string({
      nullable: true,
      description: "Null when this viewer may not read it. The original for the parties and staff, the redacted story for the public.",
      select: { title: true, story: true, publicTitle: true, publicStory: true },
      resolve: async (c, _a, ctx) => textOf(await versionFor(ctx, c), c)?.story ?? null,
    }),
    storyState: t.field({
      type: StoryState,
      description: "Says why the story is null, so the page can say the complaint is being checked.",
      resolve: async (c, _a, ctx) => storyState(await accessTo(ctx, c), c.privacy, c.status),
    }),
    incidentDate: t.string({
      nullable: true,
      description: "YYYY-MM-DD, or null when the reporter did not know the date.",
      select: { incidentDate: true },
      resolve: async (c, _a, ctx) =>
        (await accessTo(ctx, c)).content && c.incidentDate ? c.incidentDate.toISOString().slice(0, 10) : null,
    }),
    landmark: t.string({
      nullable: true,
      select: { landmark: true },
      resolve: async (c, _a, ctx) => ((await accessTo(ctx, c)).content ? c.landmark || null : null),
    }),
    district: t.relation("district"),
    village: t.relation("village", { nullable: true }),
    category: t.relation("category", { nullable: true }),
    agency: t.relation("agency", { nullable: true }),
    reporterName: t.string({
      nullable: true,
      description: "Null when hidden from this viewer by the complaint's privacy.",
      select: { reporterName: true, reporter: { select: { name: true } } },
      resolve: async (c, _a, ctx) =>
        (await accessTo(ctx, c)).reporterName ? (c.reporterName ?? c.reporter?.name ?? null) : null,
    }),
    reporterPhone: t.string({
      nullable: true,
      select: { reporterPhone: true },
      resolve: async (c, _a, ctx) => ((await accessTo(ctx, c)).reporterContact ? c.reporterPhone : null),
    }),
    reporterEmail: t.string({
      nullable: true,
      select: { reporterEmail: true },
      resolve: async (c, _a, ctx) => ((await accessTo(ctx, c)).reporterContact ? c.reporterEmail : null),
    }),
    assistance: t.field({
      type: ComplaintAssistance,
      nullable: true,
      description: "Only for those who may see the resident's contact (the resident, the sahabat who filed it).",
      select: {
        channel: true,
        contactPreference: true,
        sahabat: { select: { name: true } },
        consents: { select: { method: true, givenAt: true, privacy: true }, orderBy: { createdAt: "desc" }, take: 1 },
      },
      resolve: async (c, _a, ctx) => {
        const consent = c.consents[0];
        if (c.channel !== "ASSISTED" || !c.sahabat || !consent) return null;
        if (!(await accessTo(ctx, c)).reporterContact) return null;
        return {
          sahabatName: c.sahabat.name,
          consentMethod: consent.method,
          consentGivenAt: consent.givenAt,
          privacy: consent.privacy,
          throughSahabat: c.contactPreference === "SAHABAT",
        };
      },
    }),
    rating: t.int({
      nullable: true,
      description: "The reporter's 1–5 rating, for the parties.",
      select: { rating: true },
      resolve: async (c, _a, ctx) => ((await accessTo(ctx, c)).partyNotes ? c.rating : null),
    }),
    ratingComment: t.string({
      nullable: true,
      select: { ratingComment: true },
      resolve: async (c, _a, ctx) => ((await accessTo(ctx, c)).partyNotes ? c.ratingComment : null),
    }),
    availableActions: t.field({
      type: [ActionOption],
      description: "What this viewer may do with the complaint right now (and nothing else).",
      select: { status: true },
      resolve: async (c, _a, ctx) => (await actionsFor(ctx, c)).map((action) => ({ action, status: c.status, privacy: c.privacy })),
    }),
    viewerIsReporter: t.boolean({
      resolve: async (c, _a, ctx) => (await accessTo(ctx, c)).actAsReporter,
    }),
    timeline: t.prismaField({
      type: [TimelineEvent],
      description: "Oldest first; staff-only events appear only for staff who may see them.",
      resolve: async (query, c, _a, ctx) => {
        const access = await accessTo(ctx, c);
        if (!canSeeStory(access)) return [];
        const events = await ctx.prisma.timelineEvent.findMany({
          ...query,
          where: {
            complaintId: c.id,
            visibility: { in: visibleTimeline(access) },
          },
          orderBy: { createdAt: "asc" },
        });
        // The entry may be for this viewer while its note is not (a disposal and its message to the agency).
        return events.map((e) => (mayReadNote(access, e) ? e : { ...e, note: null }));
      },
    }),
  }),
});

const SubmitComplaintInput = builder.inputType("SubmitComplaintInput", {
  description:
    "A new complaint. Fields are loosely typed on purpose: every rule is checked by the service and " +
    "reported as a FieldError keyed by the field name, so forms can show each problem at its field.",
  fields: (t) => ({
    kind: t.string({ description: "PENGADUAN | ASPIRASI | PERMINTAAN_INFORMASI" }),
    title: t.string({ description: "At most 150 characters." }),
    story: t.string({ description: "At most 4,000 characters." }),
    incidentDate: t.string({ description: "YYYY-MM-DD, optional, not in the future." }),
    districtCode: t.string({ description: "The kecamatan's code, e.g. 73.06.08." }),
    villageCode: t.string({ description: "Optional desa/kelurahan code inside the kecamatan." }),
    landmark: t.string({ description: "A landmark near the place, at most 200 characters." }),
    categoryId: t.string({ description: "Optional; empty means the verifier chooses." }),
    privacy: t.string({ description: "PUBLIC | ANONYMOUS | CONFIDENTIAL" }),
    showReporterName: t.boolean({ description: "Under PUBLIC only: show the reporter's name publicly." }),
    reporterName: t.string(),
    reporterPhone: t.string(),
    reporterEmail: t.string(),
    clientRequestId: t.string({ description: "Set by offline clients so a replay is stored once." }),
    suggestedAgencyId: t.string({ description: "Optional: the agency the reporter thinks should handle it." }),
    latitude: t.string({ description: "Optional, with longitude: where the reporter shared their location." }),
    longitude: t.string(),
    contactPreference: t.string({ description: "ACCOUNT | SMS | EMAIL | SAHABAT | NONE; empty: from the details given." }),
    relaySahabatId: t.string({
      description:
        "Under SAHABAT, filed by the resident: the id of a sahabat from the public directory of the complaint's kecamatan; empty: " +
        "the one with the fewest open relays.",
    }),
    attachmentIds: t.idList({ description: "Photos this device uploaded to POST /unggah (at most 5)." }),
    assisted: t.boolean({
      description:
        "A sahabat files for a resident (channel ASSISTED): the reporter fields are the resident's, and the " +
        "resident's consent (consent*) is required. Only for a sahabat.",
    }),
    consentMethod: t.string({ description: "SPOKEN | WRITTEN | SIGN_LANGUAGE | THUMBPRINT | OTHER (then say how in consentNote)." }),
    consentGivenAt: t.string({ description: "When consent was given, ISO 8601 with offset; empty: now. At most 30 days ago." }),
    consentReadBack: t.boolean({ description: "The complaint, and who will see what, was read back to the resident." }),
    consentNote: t.string({ description: "At most 500 characters." }),
  }),
});

/** A stored submission's payload; a complaint stored just now (not a replay) brings its inclusion ticket. */
export function submitted(ctx: Context, result: Extract<SubmitResult, { ok: true }>): SubmitPayloadShape {
  return {
    // The row as written: the answer needs no second read (relations a query asks for load by id).
    complaint: result.complaint,
    accessSecret: result.accessSecret,
    inclusionTicket: result.replayed ? null : inclusionTicket(ctx, result.complaint),
    errors: [],
  };
}

/** Whether a Prisma query from Pothos asks only for the row's own columns (no relation to load). */
function scalarsOnly(query: { select?: object; include?: object }): boolean {
  if (query.include && Object.keys(query.include).length > 0) return false;
  return Object.values(query.select ?? {}).every((v) => v === true);
}

type SubmitPayloadShape = {
  complaint: { id: string } | ComplaintRow | null;
  accessSecret: string | null;
  inclusionTicket?: string | null;
  errors: ReturnType<typeof toFieldErrors>;
};

export const SubmitComplaintPayload = builder.objectRef<SubmitPayloadShape>("SubmitComplaintPayload").implement({
  fields: (t) => ({
    complaint: t.prismaField({
      type: Complaint,
      nullable: true,
      resolve: (query, p, _a, ctx) => {
        if (!p.complaint) return null;
        if ("trackingCode" in p.complaint && scalarsOnly(query)) return p.complaint;
        return ctx.prisma.complaint.findUnique({ ...query, where: { id: p.complaint.id } });
      },
    }),
    accessSecret: t.exposeString("accessSecret", {
      nullable: true,
      description: "The private PIN to follow the complaint without an account. Shown once.",
    }),
    inclusionTicket: t.string({
      nullable: true,
      description:
        "A one-time ticket (valid a day) to answer the optional questions about the reporter (answerInclusionQuestions). It names the kecamatan, channel and month, never the complaint. Null for a replayed submission.",
      resolve: (p) => p.inclusionTicket ?? null,
    }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const code = z.string().max(40);
const secret = z.string().max(40);

builder.queryFields((t) => ({
  complaint: t.prismaField({
    type: Complaint,
    nullable: true,
    description: "A complaint by tracking code. Null when it does not exist or this viewer may not see it.",
    args: {
      trackingCode: t.arg.string({ required: true, validate: code }),
      accessSecret: t.arg.string({ validate: secret.optional().nullable() }),
    },
    resolve: async (query, _root, args, ctx) => {
      const found = await findComplaintByCode(ctx, args.trackingCode, args.accessSecret);
      if (!found) return null;
      // The row just read answers a query for its own columns; relations it asks for load by id.
      return scalarsOnly(query) ? found : ctx.prisma.complaint.findUnique({ ...query, where: { id: found.id } });
    },
  }),
}));

builder.mutationFields((t) => ({
  submitComplaint: t.field({
    type: SubmitComplaintPayload,
    args: { input: t.arg({ type: SubmitComplaintInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await submitComplaint(ctx, input);
      if (!result.ok) return { complaint: null, accessSecret: null, errors: toFieldErrors(ctx, result.issues) };
      return submitted(ctx, result);
    },
  }),
}));

const ReplyToComplaintInput = builder.inputType("ReplyToComplaintInput", {
  fields: (t) => ({
    trackingCode: t.string({ required: true, validate: code }),
    accessSecret: t.string({ validate: secret.optional().nullable() }),
    body: t.string({ description: "At most 2,000 characters." }),
    clientRequestId: t.string({
      description: "The sender's id for this reply (at most 100 characters): sent again, the reply is stored once and answered the same.",
    }),
  }),
});

export const ComplaintPayload = builder.objectRef<{ complaintId: string | null; errors: FieldErrorShape[] }>("ComplaintPayload").implement({
  fields: (t) => ({
    complaint: t.prismaField({
      type: Complaint,
      nullable: true,
      resolve: (query, p, _a, ctx) =>
        p.complaintId ? ctx.prisma.complaint.findUnique({ ...query, where: { id: p.complaintId } }) : null,
    }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

builder.mutationFields((t) => ({
  replyToComplaint: t.field({
    type: ComplaintPayload,
    description: "The reporter adds information or answers a follow-up (code + secret, or the owning account).",
    args: { input: t.arg({ type: ReplyToComplaintInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await replyToComplaint(ctx, input);
      if (result.ok) return { complaintId: result.complaint.id, errors: [] };
      if ("notFound" in result) {
        throw new GraphQLError(translate(ctx.locale, "error.not_found"), { extensions: { code: "NOT_FOUND" } });
      }
      return { complaintId: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
}));

const ClaimComplaintInput = builder.inputType("ClaimComplaintInput", {
  fields: (t) => ({
    trackingCode: t.string({ required: true, validate: code }),
    accessSecret: t.string({ required: true, validate: secret }),
  }),
});

const WithdrawSahabatAccessInput = builder.inputType("WithdrawSahabatAccessInput", {
  fields: (t) => ({
    trackingCode: t.string({ required: true, validate: code }),
    accessSecret: t.string({ validate: secret.optional().nullable() }),
  }),
});

const RateComplaintInput = builder.inputType("RateComplaintInput", {
  fields: (t) => ({
    trackingCode: t.string({ required: true, validate: code }),
    accessSecret: t.string({ validate: secret.optional().nullable() }),
    rating: t.int({ description: "1 (bad) to 5 (very good)." }),
    comment: t.string({ description: "Optional, at most 1,000 characters." }),
  }),
});

builder.mutationFields((t) => ({
  claimComplaint: t.field({
    type: ComplaintPayload,
    description: "Saves a complaint filed without an account (code + PIN) into the signed-in account.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ClaimComplaintInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await claimComplaint(ctx, input);
      return result.ok ? { complaintId: result.complaint.id, errors: [] } : { complaintId: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  withdrawSahabatAccess: t.field({
    type: ComplaintPayload,
    description:
      "The reporter takes back the access of the Sahabat LAPOR! who filed or relays this complaint: from then on that " +
      "sahabat sees what the public sees and gets no tasks for it. Withdrawing twice changes nothing.",
    args: { input: t.arg({ type: WithdrawSahabatAccessInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const complaint = await withdrawSahabatAccess(ctx, input);
      return { complaintId: complaint.id, errors: [] };
    },
  }),
  rateComplaint: t.field({
    type: ComplaintPayload,
    description: "The reporter rates the handling once the complaint is resolved. The same rating sent again is answered the same (stored once).",
    args: { input: t.arg({ type: RateComplaintInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await rateComplaint(ctx, input);
      return result.ok ? { complaintId: result.complaint.id, errors: [] } : { complaintId: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
}));

/** Subscriptions that gave a PIN: their group is also their client's (the PIN is counted per client). */
const withPin = new WeakSet<Context>();

builder.subscriptionFields((t) => ({
  complaintUpdated: t.prismaField({
    type: Complaint,
    description: "Emits the complaint each time it changes. Access is checked on subscribe and on every event.",
    args: {
      trackingCode: t.arg.string({ required: true, validate: code }),
      accessSecret: t.arg.string({ validate: secret.optional().nullable() }),
    },
    // Checks access on the first read, then reads the bus directly; ends the wait at once when
    // the client leaves (see abortable.ts).
    subscribe: (_root, { trackingCode, accessSecret }, ctx) => {
      if (accessSecret) withPin.add(ctx);
      return openedOnFirstRead(async (signal) => {
        // Only the id is kept while the subscription waits (thousands may wait on one complaint).
        const id = (await findComplaintByCode(ctx, trackingCode, accessSecret))?.id;
        if (!id) {
          throw new GraphQLError(translate(ctx.locale, "error.not_found"), { extensions: { code: "NOT_FOUND" } });
        }
        return ctx.deps.bus.subscribe(topics.complaint(id), signal);
      });
    },
    resolve: async (query, event, args, ctx) => {
      // Re-check on every event: privacy or assignment may have changed since subscribing.
      forgetAccess(ctx);
      // A revoked session or a removed role counts from this event on (one query for every subscriber).
      await refreshViewer(ctx, sessionOnEvent(event, ctx));
      // Anonymous visitors without a PIN all see the same public view: look it up once per event.
      const shared = !ctx.viewer && !args.accessSecret && ctx.grants.size === 0;
      const lookUp = () => findComplaintByCode(ctx, args.trackingCode, args.accessSecret);
      const found = shared ? await perEvent(event, `found:${args.trackingCode}`, lookUp) : await lookUp();
      if (!found || found.id !== (event as { complaintId: string }).complaintId) {
        throw new GraphQLError(translate(ctx.locale, "error.not_found"), { extensions: { code: "NOT_FOUND" } });
      }
      const load = () => ctx.prisma.complaint.findUniqueOrThrow({ ...query, where: { id: found.id } });
      return shared ? perEvent(event, `row:${found.id}:${JSON.stringify(query)}`, load) : load();
    },
  }),
}));

/**
 * Who gets the same complaintUpdated answer for an event (graphql/fanout.ts): subscribers in the
 * same language and reading style who are the same person with the same roles after their
 * session is read again, or are all anonymous; with a PIN, also from the same client; in a
 * workshop, also the same participant. Everything the Complaint type shows depends on no more
 * than that (its fields ask accessTo, which reads the viewer, the PIN and the complaint; some,
 * like isFollowing, read the person).
 */
groupSubscribers("complaintUpdated", (ctx, event) => {
  const pin = withPin.has(ctx) ? `pin:${ctx.clientAddress}` : "";
  // A workshop participant's device is answered by practice rules in places: its own group.
  const workshop = ctx.workshopToken ? `workshop:${ctx.workshopToken}` : "";
  const keyOf = () => {
    const viewer = ctx.viewer;
    const who = viewer
      ? `user:${viewer.user.id}:${JSON.stringify(viewer.roles)}:${viewer.withheldRoles?.join(",") ?? ""}:${viewer.secondFactorEnrolled ?? ""}`
      : "anonymous";
    return `${ctx.locale}:${ctx.easyRead}:${who}:${pin}:${workshop}`;
  };
  // Nobody signed in: nothing to read again, and the answer is at hand (most watchers are here).
  if (!ctx.viewer) return keyOf();
  return refreshViewer(ctx, sessionOnEvent(event, ctx)).then(keyOf);
});
