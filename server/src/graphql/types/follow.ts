// Follows over GraphQL: follow or stop following one complaint (an account with a click, or code
// + PIN + contact without one), whether the viewer follows it, and the regions and categories
// staff and sahabat follow. Payloads never carry the complaint itself: following reveals nothing.
import { z } from "zod";
import { areaFollows, followComplaint, followsByDefault, isFollowing, setAreaFollows, unfollowComplaint } from "../../services/use-cases/follows.ts";
import { builder } from "../builder.ts";
import { Complaint } from "./complaint.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

builder.objectField(Complaint, "isFollowing", (t) =>
  t.boolean({
    description: "Whether the signed-in viewer hears about this complaint (a follow, or as its reporter's account).",
    resolve: (c, _a, ctx) => isFollowing(ctx, c),
  }),
);

builder.objectField(Complaint, "viewerFollowsByDefault", (t) =>
  t.boolean({
    description: "The signed-in viewer is the reporter's account, so hears about it without following.",
    resolve: (c, _a, ctx) => followsByDefault(ctx, c),
  }),
);

const FollowComplaintInput = builder.inputType("FollowComplaintInput", {
  fields: (t) => ({
    trackingCode: t.string({ required: true, validate: z.string().max(40) }),
    accessSecret: t.string({ description: "Needed without an account.", validate: z.string().max(40).optional().nullable() }),
    contact: t.string({ description: "Without an account: the phone number or e-mail to tell.", validate: z.string().max(254).optional().nullable() }),
  }),
});

const FollowPayload = builder
  .objectRef<{ following: boolean; byDefault: boolean; errors: FieldErrorShape[] }>("FollowPayload")
  .implement({
    fields: (t) => ({
      following: t.exposeBoolean("following", { description: "Whether the viewer (or the contact) now hears about it." }),
      byDefault: t.exposeBoolean("byDefault", { description: "The viewer is the reporter's account and always hears about it." }),
      errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
    }),
  });

builder.mutationFields((t) => ({
  followComplaint: t.field({
    type: FollowPayload,
    description: "Follow a complaint this viewer may see. Without an account: code, PIN and a contact.",
    args: { input: t.arg({ type: FollowComplaintInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await followComplaint(ctx, input);
      return result.ok
        ? { following: result.following, byDefault: result.byDefault, errors: [] }
        : { following: false, byDefault: false, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  unfollowComplaint: t.field({
    type: FollowPayload,
    description: "Stop following. Without an account: code, PIN and the contact that follows.",
    args: { input: t.arg({ type: FollowComplaintInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await unfollowComplaint(ctx, input);
      return result.ok
        ? { following: result.following, byDefault: result.byDefault, errors: [] }
        : { following: false, byDefault: false, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
}));

const AreaRegion = builder.objectRef<{ code: string; name: string; following: boolean }>("FollowableRegion").implement({
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    following: t.exposeBoolean("following"),
  }),
});

const AreaCategory = builder.objectRef<{ id: string; name: string; following: boolean }>("FollowableCategory").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    following: t.exposeBoolean("following"),
  }),
});

type AreaShape = Awaited<ReturnType<typeof areaFollows>>;

const AreaFollows = builder.objectRef<AreaShape>("AreaFollows").implement({
  description: "The kecamatan (within the viewer's scope) and categories staff and sahabat can follow.",
  fields: (t) => ({
    regions: t.field({ type: [AreaRegion], resolve: (a) => a.regions }),
    categories: t.field({ type: [AreaCategory], resolve: (a) => a.categories }),
  }),
});

const SetAreaFollowsInput = builder.inputType("SetAreaFollowsInput", {
  fields: (t) => ({
    regionCodes: t.stringList({ required: true, validate: z.array(z.string().max(40)).max(500) }),
    categoryIds: t.idList({ required: true, validate: z.array(z.unknown()).max(500) }),
  }),
});

const AreaFollowsPayload = builder
  .objectRef<{ follows: AreaShape | null; errors: FieldErrorShape[] }>("AreaFollowsPayload")
  .implement({
    fields: (t) => ({
      follows: t.field({ type: AreaFollows, nullable: true, resolve: (p) => p.follows }),
      errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
    }),
  });

builder.queryFields((t) => ({
  areaFollows: t.field({
    type: AreaFollows,
    description: "Regions and categories the viewer follows or may follow. Staff and sahabat only.",
    authScopes: { staff: true, role: "SAHABAT" },
    resolve: (_root, _args, ctx) => areaFollows(ctx),
  }),
}));

builder.mutationFields((t) => ({
  setAreaFollows: t.field({
    type: AreaFollowsPayload,
    description: "Follow exactly these kecamatan and categories (the ones left out are no longer followed).",
    authScopes: { staff: true, role: "SAHABAT" },
    args: { input: t.arg({ type: SetAreaFollowsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await setAreaFollows(ctx, { regionCodes: input.regionCodes, categoryIds: input.categoryIds.map(String) });
      return result.ok ? { follows: result.follows, errors: [] } : { follows: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
}));
