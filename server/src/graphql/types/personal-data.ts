// A resident's rights over their data: the download (one JSON document, as the person may see it)
// and erasing their account and data.
import { z } from "zod";
import { eraseMyData, myData } from "../../services/use-cases/personal-data.ts";
import { builder } from "../builder.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

builder.queryFields((t) => ({
  myData: t.string({
    description:
      "Everything Suara holds about the signed-in person, as a JSON document (the download): the account, sessions, " +
      "notification settings, follows, support, notifications, and the complaints they filed with their timeline as the " +
      "reporter may see it (who acted as a role, never a person's name).",
    authScopes: { signedIn: true },
    resolve: async (_r, _a, ctx) => JSON.stringify(await myData(ctx), null, 2),
  }),
}));

const EraseMyDataInput = builder.inputType("EraseMyDataInput", {
  fields: (t) => ({
    password: t.string({ description: "The account's password, to confirm.", validate: z.string().max(1000).optional().nullable() }),
    deletionCodes: t.string({
      description: "Optional: the codes that delete the answers about the reporter (one per line); those answers hold no link to a person.",
      validate: z.string().max(2000).optional().nullable(),
    }),
  }),
});

const ErasurePayload = builder.objectRef<{ ok: boolean; complaints: number; errors: FieldErrorShape[] }>("ErasurePayload").implement({
  fields: (t) => ({
    ok: t.exposeBoolean("ok"),
    complaints: t.exposeInt("complaints", { description: "How many complaints kept a tombstone instead of the reporter's identity." }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

builder.mutationFields((t) => ({
  eraseMyData: t.field({
    type: ErasurePayload,
    description:
      "Erases the signed-in resident's account and personal data and signs them out everywhere. Their complaints stay " +
      "without name or contact, each with a REPORTER_ERASED timeline entry. Nothing changes on a wrong password.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: EraseMyDataInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await eraseMyData(ctx, input);
      return result.ok ? { ok: true, complaints: result.complaints, errors: [] } : { ok: false, complaints: 0, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
}));
