// Account recovery over GraphQL. The payloads carry only field errors: whether an account has
// the contact is never said.
import { requestRecovery, resetPassword } from "../../services/use-cases/recovery.ts";
import { builder } from "../builder.ts";
import type { SignInNext } from "../../services/use-cases/second-factor.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";
import { SignInNextEnum } from "./user.ts";

const RecoveryPayload = builder.objectRef<{ ok: boolean; errors: FieldErrorShape[] }>("RecoveryPayload").implement({
  fields: (t) => ({
    ok: t.exposeBoolean("ok", { description: "The request was taken (it does not mean an account exists)." }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const ResetPasswordPayload = builder
  .objectRef<{ ok: boolean; next: SignInNext | null; errors: FieldErrorShape[] }>("ResetPasswordPayload")
  .implement({
    fields: (t) => ({
      ok: t.exposeBoolean("ok", { description: "The password was set and this browser is signed in (pending the code when `next` is CODE)." }),
      next: t.field({
        type: SignInNextEnum,
        nullable: true,
        description: "What follows, as after a right password at sign-in; null when the password was not set.",
        resolve: (p) => p.next,
      }),
      errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
    }),
  });

const RequestRecoveryInput = builder.inputType("RequestRecoveryInput", {
  fields: (t) => ({ contact: t.string({ description: "The account's e-mail address or phone number." }) }),
});

const ResetPasswordInput = builder.inputType("ResetPasswordInput", {
  fields: (t) => ({
    contact: t.string({ description: "The same e-mail address or phone number the code was sent to." }),
    code: t.string({ description: "The six-digit code from the message." }),
    password: t.string({ description: "The new password (at least 8 characters; no other rules)." }),
  }),
});

builder.mutationFields((t) => ({
  requestAccountRecovery: t.field({
    type: RecoveryPayload,
    description: "Sends a one-time code to the account with this contact, if there is one. Same answer either way.",
    args: { input: t.arg({ type: RequestRecoveryInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await requestRecovery(ctx, input);
      return result.ok ? { ok: true, errors: [] } : { ok: false, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  resetPassword: t.field({
    type: ResetPasswordPayload,
    description: "Sets a new password with the one-time code, ends every other session and signs in.",
    args: { input: t.arg({ type: ResetPasswordInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await resetPassword(ctx, input);
      return result.ok ? { ok: true, next: result.next, errors: [] } : { ok: false, next: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
}));
