// Revealing a hidden identity: the mutation an administrator uses when the law requires it (a
// reason, a fresh second factor), the identity it returns once, and on a complaint the record of
// every reveal for the administrators and for the reporter (nobody else).
import { z } from "zod";
import { REVEAL_REASON } from "../../domain/privacy/reveal.ts";
import { say } from "../../i18n/say.ts";
import { accessTo } from "../../services/use-cases/complaint-access.ts";
import { type RevealedIdentity as Identity, revealIdentity, revealsOf, revealStateFor, type RevealRecord } from "../../services/use-cases/identity-reveal.ts";
import { builder } from "../builder.ts";
import { ADMIN } from "./admin/common.ts";
import { Complaint } from "./complaint.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

const RevealState = builder.enumType("IdentityRevealState", {
  description: "Whether an administrator may open this complaint's hidden identity right now.",
  values: {
    NOTHING_HIDDEN: { description: "The identity is not hidden from administrators (a PUBLIC complaint)." },
    NEEDS_SECOND_FACTOR: { description: "Hidden; an authenticator code must be given first (not in the last minutes)." },
    READY: { description: "Hidden, and a fresh second factor was given: a reason is all that is needed." },
  } as const,
});

const RevealEntry = builder.objectRef<RevealRecord>("IdentityRevealEntry").implement({
  description: "One time an administrator opened the reporter's hidden identity, and why.",
  fields: (t) => ({
    id: t.exposeID("id"),
    revealedAt: t.field({ type: "DateTime", resolve: (r) => r.createdAt }),
    reason: t.exposeString("reason", { description: "The administrator's written reason, as the reporter reads it." }),
    adminName: t.exposeString("adminName", { nullable: true, description: "Who opened it: for administrators only (null for the reporter)." }),
  }),
});

builder.objectField(Complaint, "identityRevealState", (t) =>
  t.field({
    type: RevealState,
    nullable: true,
    description: "For administrators: whether there is a hidden identity to open and whether they may now. Null for anyone else.",
    resolve: (c, _a, ctx) => revealStateFor(ctx, c),
  }),
);

builder.objectField(Complaint, "identityReveals", (t) =>
  t.field({
    type: [RevealEntry],
    description:
      "Every time an administrator opened the reporter's hidden identity, newest first: for administrators (with who) and for the " +
      "reporter (code and PIN, or the owning account). Empty for anyone else, agencies and the public included.",
    resolve: async (c, _a, ctx) => {
      if (ctx.viewer?.roles.some((r) => r.role === "ADMINISTRATOR")) return revealsOf(ctx, c.id, "ADMINISTRATOR");
      if ((await accessTo(ctx, c)).actAsReporter) return revealsOf(ctx, c.id, "REPORTER");
      return [];
    },
  }),
);

const RevealedIdentity = builder.objectRef<Identity>("RevealedIdentity").implement({
  description: "The reporter's identity as stored, returned once to the administrator who opened it (never in normal views).",
  fields: (t) => ({
    name: t.exposeString("name", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    hasAccount: t.exposeBoolean("hasAccount", { description: "The reporter filed with an account." }),
  }),
});

const RevealIdentityInput = builder.inputType("RevealIdentityInput", {
  fields: (t) => ({
    complaintId: t.id({ required: true }),
    reason: t.string({
      description: `Why the law requires it (the legal basis, the written request): ${REVEAL_REASON.min} to ${REVEAL_REASON.max} characters. The reporter reads it.`,
      validate: z.string().max(REVEAL_REASON.max * 4).optional().nullable(),
    }),
  }),
});

const RevealIdentityPayload = builder.objectRef<{ identity: Identity | null; errors: FieldErrorShape[] }>("RevealIdentityPayload").implement({
  fields: (t) => ({
    identity: t.field({ type: RevealedIdentity, nullable: true, resolve: (p) => p.identity }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

builder.mutationFields((t) => ({
  revealIdentity: t.field({
    type: RevealIdentityPayload,
    description:
      "An administrator opens an anonymous or confidential complaint's identity because the law requires it: with a written reason " +
      "and a second factor given in the last minutes. Recorded (audit and the reporter's tracking page) and told to the reporter; " +
      "the identity is returned here only, and normal views keep hiding it.",
    authScopes: ADMIN,
    args: { input: t.arg({ type: RevealIdentityInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await revealIdentity(ctx, { complaintId: String(input.complaintId), reason: input.reason });
      if (result.ok) return { identity: result.identity, errors: [] };
      // The reason's sentences are this page's own (the workflow's "reason" is a choice from a list).
      const errors = result.issues.map((i) =>
        i.field === "reason" ? { field: i.field, code: i.code, message: say(ctx, `identityReveal.reason.${i.code}`, i.params) } : toFieldErrors(ctx, [i])[0]!,
      );
      return { identity: null, errors };
    },
  }),
}));
