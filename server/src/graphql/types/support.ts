// "Saya juga mengalami" over GraphQL: how many support a complaint and whether this viewer does
// (only for viewers who may read its story), whether they may add theirs, and the three ways to
// add it (an account's click; a contact's code asked for, then given back). Payloads carry the
// new count and field errors, never the complaint: supporting reveals nothing.
import { z } from "zod";
import { canSeeStory, supportRefusal } from "../../domain/privacy/privacy.ts";
import { accessTo } from "../../services/use-cases/complaint-access.ts";
import { confirmSupportCode, requestSupportCode, type SupportResult, supportComplaint, viewerSupports } from "../../services/use-cases/support.ts";
import { builder } from "../builder.ts";
import { Complaint } from "./complaint.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

const SupportRefusalEnum = builder.enumType("SupportRefusal", {
  description: "Why this viewer may not add their support.",
  values: {
    NOT_PUBLIC: { description: "The public may not read it (confidential, not verified yet, or turned away)." },
    PRACTICE: { description: "A workshop's practice complaint." },
    MERGED: { description: "Merged into another complaint: support that one." },
    FINISHED: { description: "Closed for good; a new complaint is the way." },
    OWN: { description: "The viewer is its reporter." },
  },
});

builder.prismaObjectFields(Complaint, (t) => ({
  supportCount: t.int({
    nullable: true,
    select: { supportCount: true },
    description: "How many people said \"saya juga mengalami\" (once per account or confirmed contact). Null unless the viewer may read the story.",
    resolve: async (c, _a, ctx) => (canSeeStory(await accessTo(ctx, c)) ? c.supportCount : null),
  }),
  viewerSupports: t.boolean({
    nullable: true,
    description: "Whether the signed-in viewer's account supports it (false without an account). Null unless the viewer may read the story.",
    resolve: async (c, _a, ctx) => (canSeeStory(await accessTo(ctx, c)) ? viewerSupports(ctx, c) : null),
  }),
  supportRefusal: t.field({
    type: SupportRefusalEnum,
    nullable: true,
    select: { isSandbox: true, mergedIntoId: true },
    description: "Null when this viewer may add their support (an account that supports already may still: it counts once).",
    resolve: async (c, _a, ctx) => supportRefusal(await accessTo(ctx, c), c),
  }),
}));

type Payload = { supportCount: number | null; counted: boolean; following: boolean; errors: FieldErrorShape[] };

const SupportPayload = builder.objectRef<Payload>("SupportPayload").implement({
  fields: (t) => ({
    supportCount: t.exposeInt("supportCount", { nullable: true, description: "The complaint's count now (null when refused)." }),
    counted: t.exposeBoolean("counted", { description: "This support was new; false when this person was counted already." }),
    following: t.exposeBoolean("following", { description: "The supporter now also follows the complaint (asked with `follow`)." }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const SupportCodePayload = builder.objectRef<{ sent: boolean; errors: FieldErrorShape[] }>("SupportCodePayload").implement({
  fields: (t) => ({
    sent: t.exposeBoolean("sent", { description: "A code is on its way to the contact." }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const trackingCode = z.string().max(40);
const contact = z.string().max(254).optional().nullable();

const SupportComplaintInput = builder.inputType("SupportComplaintInput", {
  fields: (t) => ({
    trackingCode: t.string({ required: true, validate: trackingCode }),
    follow: t.boolean({ description: "Also follow the complaint with the account." }),
  }),
});

const RequestSupportCodeInput = builder.inputType("RequestSupportCodeInput", {
  fields: (t) => ({
    trackingCode: t.string({ required: true, validate: trackingCode }),
    contact: t.string({ description: "The phone number or e-mail address that receives the code.", validate: contact }),
  }),
});

const ConfirmSupportCodeInput = builder.inputType("ConfirmSupportCodeInput", {
  fields: (t) => ({
    trackingCode: t.string({ required: true, validate: trackingCode }),
    contact: t.string({ description: "The same phone number or e-mail address the code went to.", validate: contact }),
    code: t.string({ description: "The six-digit code from the message.", validate: z.string().max(40).optional().nullable() }),
    follow: t.boolean({ description: "Also follow the complaint: news goes to this contact." }),
  }),
});

function payload(ctx: Parameters<typeof toFieldErrors>[0], result: SupportResult): Payload {
  return result.ok
    ? { supportCount: result.supportCount, counted: result.counted, following: result.following, errors: [] }
    : { supportCount: null, counted: false, following: false, errors: toFieldErrors(ctx, result.issues) };
}

builder.mutationFields((t) => ({
  supportComplaint: t.field({
    type: SupportPayload,
    description: "\"Saya juga mengalami\" with the signed-in account: one click, counted once.",
    args: { input: t.arg({ type: SupportComplaintInput, required: true }) },
    resolve: async (_root, { input }, ctx) => payload(ctx, await supportComplaint(ctx, input)),
  }),
  requestSupportCode: t.field({
    type: SupportCodePayload,
    description: "Without an account: sends a six-digit code to a phone number or e-mail address, to support a public complaint.",
    args: { input: t.arg({ type: RequestSupportCodeInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await requestSupportCode(ctx, input);
      return result.ok ? { sent: true, errors: [] } : { sent: false, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  confirmSupportCode: t.field({
    type: SupportPayload,
    description: "Without an account: the code from the message; the contact is then counted once.",
    args: { input: t.arg({ type: ConfirmSupportCodeInput, required: true }) },
    resolve: async (_root, { input }, ctx) => payload(ctx, await confirmSupportCode(ctx, input)),
  }),
}));
