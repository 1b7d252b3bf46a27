// Response templates over GraphQL: agency officers manage their agency's, administrators any
// agency's. The service checks the agency; the scopes keep everyone else out entirely.
import { z } from "zod";
import { createTemplate, deleteTemplate, findTemplate, listTemplates, updateTemplate } from "../../services/use-cases/templates.ts";
import { builder } from "../builder.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

import type { Context } from "../../context.ts";

/** Agency officers and administrators; the service narrows officers to their own agency. */
const manages = (ctx: Context) => ctx.viewer?.roles.some((r) => r.role === "AGENCY_OFFICER" || r.role === "ADMINISTRATOR") ?? false;

export const ResponseTemplate = builder.prismaObject("ResponseTemplate", {
  description: "A ready answer an agency's officers start a follow-up from.",
  authScopes: (_template, ctx) => manages(ctx),
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    body: t.exposeString("body"),
    agency: t.relation("agency"),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const TemplatePayload = builder
  .objectRef<{ templateId: string | null; errors: FieldErrorShape[] }>("ResponseTemplatePayload")
  .implement({
    fields: (t) => ({
      template: t.prismaField({
        type: ResponseTemplate,
        nullable: true,
        resolve: (query, p, _a, ctx) =>
          p.templateId ? ctx.prisma.responseTemplate.findUnique({ ...query, where: { id: p.templateId } }) : null,
      }),
      errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
    }),
  });

const id = z.string().max(40);
const scopes = (_root: unknown, _args: unknown, ctx: Context) => manages(ctx);

builder.queryFields((t) => ({
  responseTemplates: t.field({
    type: [ResponseTemplate],
    description: "An agency's templates by title (an officer's own agency when agencyId is left out).",
    authScopes: scopes,
    args: { agencyId: t.arg.id() },
    resolve: (_root, args, ctx) => listTemplates(ctx, args.agencyId ? String(args.agencyId) : null),
  }),
  responseTemplate: t.field({
    type: ResponseTemplate,
    nullable: true,
    description: "One template; null when it does not exist or belongs to an agency this person does not work for.",
    authScopes: scopes,
    args: { id: t.arg.id({ required: true, validate: id }) },
    resolve: (_root, args, ctx) => findTemplate(ctx, String(args.id)),
  }),
}));

const CreateInput = builder.inputType("CreateResponseTemplateInput", {
  fields: (t) => ({
    agencyId: t.id({ description: "Required for administrators; officers default to their agency." }),
    title: t.string({ description: "At most 100 characters." }),
    body: t.string({ description: "At most 4,000 characters." }),
  }),
});

const UpdateInput = builder.inputType("UpdateResponseTemplateInput", {
  fields: (t) => ({
    id: t.id({ required: true, validate: id }),
    title: t.string(),
    body: t.string(),
  }),
});

builder.mutationFields((t) => ({
  createResponseTemplate: t.field({
    type: TemplatePayload,
    authScopes: scopes,
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await createTemplate(ctx, { ...input, agencyId: input.agencyId ? String(input.agencyId) : null });
      return result.ok ? { templateId: result.template.id, errors: [] } : { templateId: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  updateResponseTemplate: t.field({
    type: TemplatePayload,
    authScopes: scopes,
    args: { input: t.arg({ type: UpdateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await updateTemplate(ctx, String(input.id), input);
      return result.ok ? { templateId: result.template.id, errors: [] } : { templateId: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  deleteResponseTemplate: t.boolean({
    description: "Deletes a template of an agency this person manages; true when done.",
    authScopes: scopes,
    args: { id: t.arg.id({ required: true, validate: id }) },
    resolve: async (_root, args, ctx) => {
      await deleteTemplate(ctx, String(args.id));
      return true;
    },
  }),
}));
