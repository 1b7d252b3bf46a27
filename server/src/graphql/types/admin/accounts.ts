// Accounts and roles in the administrator's schema: staff accounts, role grants with their scope,
// disabling an account, and the administrators' own change log. The writes are in
// services/use-cases/admin.ts (each one audited).
import { z } from "zod";
import type { Context } from "../../../context.ts";
import type { AdminIssue } from "../../../domain/admin/admin.ts";
import { type Prisma, Role } from "../../../generated/prisma/client.ts";
import { createStaffAccount, grantRole, revokeRole, setAccountDisabled } from "../../../services/use-cases/admin.ts";
import { builder } from "../../builder.ts";
import { FieldError, type FieldErrorShape } from "../field-error.ts";
import { Region } from "../reference.ts";
import { shownName } from "../user.ts";
import { ADMIN, adminErrors, idArg, short } from "./common.ts";

const RoleGrant = builder.prismaObject("UserRole", {
  name: "RoleGrant",
  description: "One role of an account with its scope: a region (verifier, sahabat) or an agency (agency officer).",
  authScopes: ADMIN,
  fields: (t) => ({
    id: t.exposeID("id"),
    role: t.expose("role", { type: Role }),
    region: t.relation("region", { nullable: true }),
    agency: t.relation("agency", { nullable: true }),
  }),
});

export const AdminUser = builder.prismaObject("User", {
  variant: "AdminUser",
  description: "An account as an administrator manages it: contact, roles with scopes, whether it is disabled.",
  authScopes: ADMIN,
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.string({ description: "The person's name; an erased account's is 'Akun yang sudah dihapus'.", resolve: (u, _a, ctx) => shownName(ctx.locale, u.name) }),
    email: t.exposeString("email", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    isDemo: t.exposeBoolean("isDemo"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    disabledAt: t.expose("disabledAt", { type: "DateTime", nullable: true }),
    grants: t.relation("roles", { type: RoleGrant, query: { orderBy: [{ role: "asc" }, { regionCode: "asc" }] } }),
    activeSessionCount: t.relationCount("sessions", {
      where: (_args, ctx) => ({ revokedAt: null, expiresAt: { gt: ctx.deps.now() } }),
    }),
  }),
});

builder.queryFields((t) => ({
  adminUsers: t.prismaConnection({
    type: AdminUser,
    cursor: "id",
    authScopes: ADMIN,
    description:
      "Accounts by name. Without a search, only accounts with a staff or volunteer role; a search (name, e-mail or phone) looks at every account.",
    args: { search: t.arg.string({ validate: z.string().max(100).optional().nullable() }) },
    resolve: (query, _root, args, ctx) => {
      const search = args.search?.trim();
      const digits = search?.replace(/[^\d]/g, "").replace(/^0/, "");
      const where: Prisma.UserWhereInput = search
        ? {
            OR: [
              { name: { contains: search, mode: "insensitive" } },
              { email: { contains: search.toLowerCase() } },
              ...(digits && digits.length >= 4 ? [{ phone: { contains: digits } }] : []),
            ],
          }
        : { roles: { some: { role: { not: "RESIDENT" } } } };
      return ctx.prisma.user.findMany({ ...query, where, orderBy: [{ name: "asc" }, { id: "asc" }] });
    },
  }),
  adminChanges: t.prismaConnection({
    type: "AuditLog",
    cursor: "id",
    authScopes: ADMIN,
    description: "The administrators' own changes (accounts, roles, agencies, categories, routing, holidays), newest first.",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.auditLog.findMany({ ...query, where: { action: { startsWith: "admin." } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
  }),
  adminUser: t.prismaField({
    type: AdminUser,
    nullable: true,
    authScopes: ADMIN,
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.user.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  adminRegions: t.prismaField({
    type: [Region],
    authScopes: ADMIN,
    description: "The scopes staff can have: the regency itself, then its kecamatan by name.",
    resolve: async (query, _root, _args, ctx) => {
      const code = ctx.deps.regencyCode;
      const [regency, districts] = await Promise.all([
        ctx.prisma.region.findUnique({ ...query, where: { code } }),
        ctx.prisma.region.findMany({ ...query, where: { parentCode: code }, orderBy: { name: "asc" } }),
      ]);
      return regency ? [regency, ...districts] : districts;
    },
  }),
}));

const UserAdminPayload = builder.objectRef<{ userId: string | null; errors: FieldErrorShape[] }>("UserAdminPayload").implement({
  fields: (t) => ({
    user: t.prismaField({
      type: AdminUser,
      nullable: true,
      resolve: (query, p, _a, ctx) => (p.userId ? ctx.prisma.user.findUnique({ ...query, where: { id: p.userId } }) : null),
    }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const CreateStaffAccountInput = builder.inputType("CreateStaffAccountInput", {
  description: "A staff account with an initial password the administrator hands over in person.",
  fields: (t) => ({
    name: t.string(short(100)),
    email: t.string(short(254)),
    phone: t.string(short(30)),
    password: t.string(short(200)),
  }),
});

const GrantRoleInput = builder.inputType("GrantRoleInput", {
  fields: (t) => ({
    userId: t.id({ required: true }),
    role: t.string({ description: "VERIFIER, SAHABAT, AGENCY_OFFICER, TRAINER or ADMINISTRATOR.", ...short(20) }),
    regionCode: t.string({ description: "For VERIFIER and SAHABAT: the regency or one of its kecamatan.", ...short(20) }),
    agencyId: t.id({ description: "For AGENCY_OFFICER." }),
  }),
});

const userPayload = (ctx: Context, r: { ok: true; value: { id: string } } | { ok: false; issues: AdminIssue[] }, fallbackId: string | null) =>
  r.ok ? { userId: r.value.id, errors: [] } : { userId: fallbackId, errors: adminErrors(ctx, r.issues) };

builder.mutationFields((t) => ({
  createStaffAccount: t.field({
    type: UserAdminPayload,
    authScopes: ADMIN,
    args: { input: t.arg({ type: CreateStaffAccountInput, required: true }) },
    resolve: async (_r, { input }, ctx) => userPayload(ctx, await createStaffAccount(ctx, input), null),
  }),
  grantRole: t.field({
    type: UserAdminPayload,
    authScopes: ADMIN,
    args: { input: t.arg({ type: GrantRoleInput, required: true }) },
    resolve: async (_r, { input }, ctx) =>
      userPayload(ctx, await grantRole(ctx, String(input.userId), { ...input, agencyId: input.agencyId ? String(input.agencyId) : null }), String(input.userId)),
  }),
  revokeRole: t.field({
    type: UserAdminPayload,
    authScopes: ADMIN,
    args: { grantId: t.arg.id({ required: true, validate: idArg }) },
    resolve: async (_r, { grantId }, ctx) => userPayload(ctx, await revokeRole(ctx, String(grantId)), null),
  }),
  setAccountDisabled: t.field({
    type: UserAdminPayload,
    authScopes: ADMIN,
    description: "Disabling signs the account out everywhere (its sessions are revoked).",
    args: { userId: t.arg.id({ required: true, validate: idArg }), disabled: t.arg.boolean({ required: true }) },
    resolve: async (_r, args, ctx) => userPayload(ctx, await setAccountDisabled(ctx, String(args.userId), args.disabled), String(args.userId)),
  }),
}));
