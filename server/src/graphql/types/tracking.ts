// What the tracking page adds: the reporter changing their contact details, and on the timeline who acted, as a role in words ("Instansi",
// "Pelapor"), never a person's name, so it reveals nothing the event itself does not.
import { z } from "zod";
import { say } from "../../i18n/say.ts";
import { updateReporterContact } from "../../services/use-cases/reporter.ts";
import { builder } from "../builder.ts";
import { TimelineEvent } from "./complaint.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

builder.objectField(TimelineEvent, "actorLabel", (t) =>
  t.string({
    nullable: true,
    description: "Who acted, as a role in the reader's language (e.g. 'petugas verifikasi'); null for the system.",
    resolve: (e, _a, ctx) => (e.actorRole ? say(ctx, `actor.${e.actorRole}`) : null),
  }),
);

const UpdateReporterContactInput = builder.inputType("UpdateReporterContactInput", {
  fields: (t) => ({
    trackingCode: t.string({ required: true, validate: z.string().max(40) }),
    accessSecret: t.string({ validate: z.string().max(40).optional().nullable() }),
    phone: t.string({ description: "Empty removes it.", validate: z.string().max(40).optional().nullable() }),
    email: t.string({ description: "Empty removes it.", validate: z.string().max(320).optional().nullable() }),
  }),
});

const ContactPayload = builder.objectRef<{ ok: boolean; errors: FieldErrorShape[] }>("ReporterContactPayload").implement({
  fields: (t) => ({
    ok: t.exposeBoolean("ok"),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

builder.mutationFields((t) => ({
  updateReporterContact: t.field({
    type: ContactPayload,
    description: "The reporter changes their own phone and e-mail on a complaint (code + PIN, or the owning account).",
    args: { input: t.arg({ type: UpdateReporterContactInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await updateReporterContact(ctx, input);
      return result.ok ? { ok: true, errors: [] } : { ok: false, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
}));
