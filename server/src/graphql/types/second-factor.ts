// Two-step sign-in over GraphQL: enrolling an authenticator app, giving its code (after the
// password, or again before a sensitive action), recovery codes, turning it off, and the
// viewer's own state. Thin: the rules are in services/use-cases/second-factor.ts.
import {
  confirmEnrolment,
  giveSecondFactor,
  regenerateRecoveryCodes,
  type SecondFactorStatus,
  secondFactorStatus,
  startEnrolment,
  turnOffSecondFactor,
} from "../../services/use-cases/second-factor.ts";
import { builder } from "../builder.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";
import { User } from "./user.ts";

const SecondFactorStatusRef = builder.objectRef<SecondFactorStatus>("SecondFactorStatus").implement({
  description: "The viewer's own two-step sign-in.",
  fields: (t) => ({
    enrolled: t.exposeBoolean("enrolled", { description: "An authenticator app is enrolled." }),
    recoveryCodesLeft: t.exposeInt("recoveryCodesLeft", { description: "Unused recovery codes (0 when not enrolled)." }),
    required: t.exposeBoolean("required", { description: "The account holds a role that needs it (every role but resident)." }),
    rolesWithheld: t.stringList({ description: "Roles that do not work in this session until a code is given.", resolve: (s) => s.rolesWithheld }),
  }),
});

builder.objectField(User, "secondFactor", (t) =>
  t.field({
    type: SecondFactorStatusRef,
    nullable: true,
    description: "The viewer's own two-step sign-in; null for anyone else.",
    resolve: (u, _a, ctx) => (ctx.viewer && ctx.viewer.user.id === u.id ? secondFactorStatus(ctx, ctx.viewer) : null),
  }),
);

const EnrolmentRef = builder
  .objectRef<{ groupedKey: string | null; uri: string | null; qrSvg: string | null; errors: FieldErrorShape[] }>("SecondFactorEnrolment")
  .implement({
    fields: (t) => ({
      groupedKey: t.exposeString("groupedKey", { nullable: true, description: "The secret in groups of four, to type into the app by hand." }),
      uri: t.exposeString("uri", { nullable: true, description: "The otpauth:// link the QR code holds." }),
      qrSvg: t.exposeString("qrSvg", { nullable: true, description: "The QR code as an SVG document." }),
      errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
    }),
  });

const RecoveryCodesRef = builder.objectRef<{ recoveryCodes: string[]; errors: FieldErrorShape[] }>("SecondFactorRecoveryCodes").implement({
  fields: (t) => ({
    recoveryCodes: t.exposeStringList("recoveryCodes", { description: "Shown this once: each works once when the phone is lost." }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const GivenRef = builder
  .objectRef<{ ok: boolean; usedRecoveryCode: boolean; recoveryCodesLeft: number | null; errors: FieldErrorShape[] }>("SecondFactorGiven")
  .implement({
    fields: (t) => ({
      ok: t.exposeBoolean("ok"),
      usedRecoveryCode: t.exposeBoolean("usedRecoveryCode", { description: "A recovery code was used (and is now spent)." }),
      recoveryCodesLeft: t.exposeInt("recoveryCodesLeft", { nullable: true, description: "After a recovery code: how many are left." }),
      errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
    }),
  });

const OkRef = builder.objectRef<{ ok: boolean; errors: FieldErrorShape[] }>("SecondFactorChange").implement({
  fields: (t) => ({
    ok: t.exposeBoolean("ok"),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const CodeInput = builder.inputType("SecondFactorCodeInput", {
  fields: (t) => ({ code: t.string({ description: "Six digits from the authenticator app, or a recovery code." }) }),
});
const PasswordAndCodeInput = builder.inputType("SecondFactorPasswordInput", {
  fields: (t) => ({ password: t.string(), code: t.string({ description: "Six digits from the authenticator app, or a recovery code." }) }),
});

builder.mutationFields((t) => ({
  startSecondFactorEnrolment: t.field({
    type: EnrolmentRef,
    description: "Starts enrolling an authenticator app (the same key again for a while, until confirmed).",
    resolve: async (_r, _a, ctx) => {
      const result = await startEnrolment(ctx);
      return result.ok
        ? { groupedKey: result.value.groupedKey, uri: result.value.uri, qrSvg: result.value.qrSvg, errors: [] }
        : { groupedKey: null, uri: null, qrSvg: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  confirmSecondFactorEnrolment: t.field({
    type: RecoveryCodesRef,
    description: "Confirms the enrolment with the app's first code; returns the ten recovery codes, once.",
    args: { input: t.arg({ type: CodeInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await confirmEnrolment(ctx, input);
      return result.ok ? { recoveryCodes: result.value.recoveryCodes, errors: [] } : { recoveryCodes: [], errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  giveSecondFactor: t.field({
    type: GivenRef,
    description: "Gives the authenticator code (or a recovery code) in this session: finishes signing in, or confirms before a sensitive action.",
    args: { input: t.arg({ type: CodeInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await giveSecondFactor(ctx, input);
      return result.ok
        ? { ok: true, usedRecoveryCode: result.value.usedRecoveryCode, recoveryCodesLeft: result.value.recoveryCodesLeft, errors: [] }
        : { ok: false, usedRecoveryCode: false, recoveryCodesLeft: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  regenerateRecoveryCodes: t.field({
    type: RecoveryCodesRef,
    description: "Ten new recovery codes (the old ones stop working). Needs the password and a code.",
    args: { input: t.arg({ type: PasswordAndCodeInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await regenerateRecoveryCodes(ctx, input);
      return result.ok ? { recoveryCodes: result.value.recoveryCodes, errors: [] } : { recoveryCodes: [], errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  turnOffSecondFactor: t.field({
    type: OkRef,
    description: "Removes the authenticator app and recovery codes. Needs the password and a code.",
    args: { input: t.arg({ type: PasswordAndCodeInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await turnOffSecondFactor(ctx, input);
      return result.ok ? { ok: true, errors: [] } : { ok: false, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
}));

builder.queryFields((t) => ({
  signInAwaitingCode: t.boolean({
    description: "True when this browser's password was right and the authenticator code (/masuk/kode) has not followed yet.",
    resolve: (_r, _a, ctx) => ctx.pendingSecondFactor !== null,
  }),
}));
