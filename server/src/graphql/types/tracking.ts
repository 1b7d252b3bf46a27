// What the tracking page adds: the reporter changing their contact details and their complaint's
// privacy, and on the timeline who acted, as a role in words ("Instansi", "Pelapor"), never a
// person's name, so it reveals nothing the event itself does not.
import { z } from "zod";
import { say } from "../../i18n/say.ts";
import { translate } from "../../i18n/messages.ts";
import { ServiceError } from "../../services/use-cases/errors.ts";
import { changeOwnPrivacy } from "../../services/use-cases/privacy-change.ts";
import { updateReporterContact } from "../../services/use-cases/reporter.ts";
import { builder } from "../builder.ts";
import { ComplaintPayload, TimelineEvent } from "./complaint.ts";
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

const ChangeOwnPrivacyInput = builder.inputType("ChangeOwnPrivacyInput", {
  fields: (t) => ({
    trackingCode: t.string({ required: true, validate: z.string().max(40) }),
    accessSecret: t.string({ validate: z.string().max(40).optional().nullable() }),
    privacy: t.string({ description: "PUBLIC | ANONYMOUS | CONFIDENTIAL: looser or stricter than now." }),
    showReporterName: t.boolean({ description: "Under PUBLIC only, and only if the reporter gave a name." }),
  }),
});

builder.mutationFields((t) => ({
  changeOwnPrivacy: t.field({
    type: ComplaintPayload,
    description:
      "The reporter changes who may read their complaint, either way (code + PIN, or the owning account): it is their " +
      "consent. A looser choice shows publicly only once a verifier has checked the complaint; a stricter one hides it at once.",
    args: { input: t.arg({ type: ChangeOwnPrivacyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await changeOwnPrivacy(ctx, input, "WEB");
      if (result.ok) return { complaintId: result.complaint.id, errors: [] };
      if ("notFound" in result) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
      // In the reporter's words: the staff's sentences for the same codes speak of making it stricter.
      return { complaintId: null, errors: result.issues.map((i) => ({ field: i.field, code: i.code, message: say(ctx, `ownPrivacy.${i.code}`, i.params) })) };
    },
  }),
}));
