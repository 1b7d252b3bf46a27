// People: the signed-in viewer, signing in and out, and the administrator's audit trail.
import { Role } from "../../generated/prisma/client.ts";
import { isErasedName } from "../../domain/account/sign-up.ts";
import { type Locale, translate } from "../../i18n/messages.ts";
import { mayNameActor } from "../../services/use-cases/audit-view.ts";
import { confirmSignUp, signIn, signOut, signUp } from "../../services/use-cases/auth.ts";
import type { SignInNext } from "../../services/use-cases/second-factor.ts";
import { Complaint } from "./complaint.ts";
import { builder } from "../builder.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

builder.enumType(Role, { name: "Role" });

/** A person's name as shown: an erased account's in words, never a blank (a link with no text). */
export const shownName = (locale: Locale, name: string): string => (isErasedName(name) ? translate(locale, "account.erased") : name);

export const User = builder.prismaObject("User", {
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.string({ description: "The person's name; an erased account's is 'Akun yang sudah dihapus'.", resolve: (u, _a, ctx) => shownName(ctx.locale, u.name) }),
    // A person's e-mail is visible to themselves and administrators only.
    email: t.string({
      nullable: true,
      resolve: (u, _a, ctx) =>
        ctx.viewer && (ctx.viewer.user.id === u.id || ctx.viewer.roles.some((r) => r.role === "ADMINISTRATOR"))
          ? u.email
          : null,
    }),
    roles: t.field({
      type: [Role],
      description: "The roles held. For the viewer themselves: the roles that work in this session (staff roles need a second factor given in it, see rolesAwaitingSecondFactor).",
      select: { roles: { select: { role: true } } },
      resolve: (u, _a, ctx) =>
        ctx.viewer?.user.id === u.id
          ? ([...new Set(ctx.viewer.roles.map((r) => r.role))] as Role[])
          : [...new Set(u.roles.map((r) => r.role))],
    }),
    rolesAwaitingSecondFactor: t.field({
      type: [Role],
      description: "For the viewer themselves: roles held that do not work in this session until an authenticator app is enrolled and its code given. Empty for everyone else.",
      resolve: (u, _a, ctx) => (ctx.viewer?.user.id === u.id ? ((ctx.viewer.withheldRoles ?? []) as Role[]) : []),
    }),
  }),
});

const SignInInput = builder.inputType("SignInInput", {
  fields: (t) => ({
    email: t.string({ description: "An e-mail address or a phone number." }),
    password: t.string(),
  }),
});

const SignUpInput = builder.inputType("SignUpInput", {
  description: "A resident account. An e-mail or a phone number is enough; passwords have no composition rules.",
  fields: (t) => ({ name: t.string(), email: t.string(), phone: t.string(), password: t.string() }),
});

const ConfirmSignUpInput = builder.inputType("ConfirmSignUpInput", {
  fields: (t) => ({
    contact: t.string({ description: "The e-mail address (or, without one, the phone number) the code was sent to." }),
    code: t.string({ description: "The six-digit code from the message." }),
  }),
});

const SignUpPayload = builder.objectRef<{ via: "email" | "phone" | null; errors: FieldErrorShape[] }>("SignUpPayload").implement({
  fields: (t) => ({
    via: t.string({
      nullable: true,
      description: "Where the message went: email or phone. Set whenever the request was taken; it does not mean a new account can be made.",
      resolve: (p) => p.via,
    }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

export const SignInNextEnum = builder.enumType("SignInNext", {
  description: "What follows a right password.",
  values: {
    NONE: { description: "Signed in." },
    CODE: { description: "The account has an authenticator app: type its code (or a recovery code) at /masuk/kode to finish signing in." },
    ENROL: { description: "Signed in, but staff roles work only once an authenticator app is enrolled (/akun/dua-langkah)." },
  } as const,
});

const SignInPayload = builder
  .objectRef<{ userId: string | null; next?: SignInNext; errors: FieldErrorShape[] }>("SignInPayload")
  .implement({
    fields: (t) => ({
      next: t.field({ type: SignInNextEnum, nullable: true, description: "Null when signing in failed.", resolve: (p) => (p.userId ? (p.next ?? "NONE") : null) }),
      user: t.prismaField({
        type: User,
        nullable: true,
        resolve: (query, p, _a, ctx) => (p.userId ? ctx.prisma.user.findUnique({ ...query, where: { id: p.userId } }) : null),
      }),
      errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
    }),
  });

const AuditEntry = builder.prismaNode("AuditLog", {
  name: "AuditEntry",
  id: { field: "id" },
  // node(id) for an id that names no entry answers null, not a server error.
  nullable: true,
  // On the type, not only the list: relay's node(id) can reach any node by its id.
  authScopes: { role: "ADMINISTRATOR" },
  fields: (t) => ({
    action: t.exposeString("action"),
    entityType: t.exposeString("entityType"),
    entityId: t.exposeString("entityId"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    actor: t.prismaField({
      type: User,
      nullable: true,
      description: "Who did it; null for the system, and for a reporter whose identity the complaint hides from this viewer.",
      resolve: async (query, e, _a, ctx) =>
        e.actorId && (await mayNameActor(ctx, e)) ? ctx.prisma.user.findUnique({ ...query, where: { id: e.actorId } }) : null,
    }),
    actorHidden: t.boolean({
      description: "True when the actor is a reporter whose identity the complaint's privacy hides from this viewer.",
      resolve: async (e, _a, ctx) => !(await mayNameActor(ctx, e)),
    }),
    actorLabel: t.string({
      nullable: true,
      description: "Who did it, in words: the person's name, or 'Pelapor (identitas dilindungi)' when hidden; null for the system.",
      resolve: async (e, _a, ctx) => {
        if (!e.actorId) return null;
        if (!(await mayNameActor(ctx, e))) return translate(ctx.locale, "audit.hiddenReporter");
        const actor = await ctx.prisma.user.findUnique({ where: { id: e.actorId }, select: { name: true } });
        return actor ? shownName(ctx.locale, actor.name) : null;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.prismaField({
    type: User,
    nullable: true,
    description: "The signed-in person, or null.",
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer ? ctx.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.user.id } }) : null,
  }),
  myComplaints: t.prismaConnection({
    type: Complaint,
    cursor: "id",
    description: "The signed-in person's own complaints, newest first.",
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.complaint.findMany({ ...query, where: { reporterId: ctx.viewer!.user.id }, orderBy: { submittedAt: "desc" } }),
  }),
  auditEntries: t.prismaConnection({
    type: AuditEntry,
    cursor: "id",
    description: "The audit trail, newest first. Administrators only.",
    authScopes: { role: "ADMINISTRATOR" },
    resolve: (query, _root, _args, ctx) => ctx.prisma.auditLog.findMany({ ...query, orderBy: { createdAt: "desc" } }),
  }),
}));

builder.mutationFields((t) => ({
  signIn: t.field({
    type: SignInPayload,
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await signIn(ctx, input);
      return result.ok
        ? { userId: result.user.id, next: result.next, errors: [] }
        : { userId: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  signUp: t.field({
    type: SignUpPayload,
    description:
      "Asks for a resident account: a message goes to the e-mail (or the phone), with a code to finish in confirmSignUp. The answer is the same whether the contact already has an account.",
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await signUp(ctx, input);
      return result.ok ? { via: result.via, errors: [] } : { via: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  confirmSignUp: t.field({
    type: SignInPayload,
    description: "Finishes signing up with the code from the message: creates the account and signs in.",
    args: { input: t.arg({ type: ConfirmSignUpInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await confirmSignUp(ctx, input);
      return result.ok
        ? { userId: result.user.id, errors: [] }
        : { userId: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  signOut: t.boolean({
    resolve: async (_root, _args, ctx) => {
      await signOut(ctx);
      return true;
    },
  }),
}));
