// The administrator's part of the schema: accounts and roles, agencies, categories and routing,
// holidays. Every type and field here is for role ADMINISTRATOR only; the writes are in
// services/admin.ts (each one audited).
import { z } from "zod";
import type { Context } from "../../context.ts";
import type { AdminIssue } from "../../domain/admin/admin.ts";
import { localDate, WITA_OFFSET_MINUTES } from "../../domain/calendar/working-days.ts";
import { HolidayKind, type Prisma, Role } from "../../generated/prisma/client.ts";
import { fieldMessage } from "../../i18n/messages.ts";
import {
  createStaffAccount,
  grantRole,
  removeCategoryRoute,
  removeHoliday,
  revokeRole,
  saveAgency,
  saveCategory,
  saveCategoryRoute,
  saveHoliday,
  setAccountDisabled,
} from "../../services/use-cases/admin.ts";
import { builder } from "../builder.ts";
import { FieldError, type FieldErrorShape } from "./field-error.ts";
import { Agency, Region } from "./reference.ts";

const ADMIN = { role: "ADMINISTRATOR" } as const;

function adminErrors(ctx: Context, issues: AdminIssue[]): FieldErrorShape[] {
  return issues.map((i) => ({ field: i.field, code: i.code, message: fieldMessage(ctx.locale, i.field, i.code, i.params) }));
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const dateArg = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const idArg = z.string().min(1).max(64);

// ───────────────────────────── accounts and roles ─────────────────────────────

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
    name: t.exposeString("name"),
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

// ───────────────────────────── agencies, categories, routes ─────────────────────────────

export const AdminAgency = builder.prismaObject("Agency", {
  variant: "AdminAgency",
  authScopes: ADMIN,
  fields: (t) => ({
    id: t.exposeID("id"),
    slug: t.exposeString("slug"),
    name: t.exposeString("name"),
    shortName: t.exposeString("shortName"),
    phone: t.exposeString("phone"),
    email: t.exposeString("email"),
    address: t.exposeString("address"),
    active: t.exposeBoolean("active"),
    isSandbox: t.exposeBoolean("isSandbox", { description: "A workshop (LATIHAN) agency: never offered for real routing." }),
    officerCount: t.relationCount("officers"),
    routeCount: t.relationCount("routes"),
  }),
});

const RoutingRule = builder.prismaObject("CategoryRoute", {
  name: "RoutingRule",
  description: "A category in a kecamatan (or regency-wide when region is null) goes to an agency.",
  authScopes: ADMIN,
  fields: (t) => ({
    id: t.exposeID("id"),
    region: t.relation("region", { nullable: true }),
    agency: t.relation("agency", { type: Agency }),
  }),
});

export const AdminCategory = builder.prismaObject("Category", {
  variant: "AdminCategory",
  authScopes: ADMIN,
  fields: (t) => ({
    id: t.exposeID("id"),
    slug: t.exposeString("slug"),
    nameId: t.exposeString("nameId"),
    nameEn: t.exposeString("nameEn"),
    hintId: t.exposeString("hintId"),
    hintEn: t.exposeString("hintEn"),
    name: t.string({ resolve: (c, _a, ctx) => (ctx.locale === "en" ? c.nameEn : c.nameId) }),
    active: t.exposeBoolean("active"),
    sortOrder: t.exposeInt("sortOrder"),
    routes: t.relation("routes", { type: RoutingRule, query: { orderBy: [{ regionCode: { sort: "asc", nulls: "first" } }] } }),
  }),
});

// ───────────────────────────── holidays ─────────────────────────────

builder.enumType(HolidayKind, { name: "HolidayKind" });

const Holiday = builder.prismaObject("Holiday", {
  authScopes: ADMIN,
  fields: (t) => ({
    date: t.string({ description: "The local date in Gowa, YYYY-MM-DD.", resolve: (h) => isoDate(h.date) }),
    name: t.string({ resolve: (h, _a, ctx) => (ctx.locale === "en" ? h.nameEn : h.nameId) }),
    nameId: t.exposeString("nameId"),
    nameEn: t.exposeString("nameEn"),
    kind: t.expose("kind", { type: HolidayKind }),
    isPast: t.boolean({
      description: "Already over in Gowa: editing it does not recalculate deadlines already set.",
      resolve: (h, _a, ctx) => isoDate(h.date) < localDate(ctx.deps.now(), WITA_OFFSET_MINUTES),
    }),
  }),
});

// ───────────────────────────── queries ─────────────────────────────

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
  adminAgencies: t.prismaField({
    type: [AdminAgency],
    authScopes: ADMIN,
    description: "Every agency, active or not; workshop (sandbox) agencies last.",
    resolve: (query, _root, _args, ctx) => ctx.prisma.agency.findMany({ ...query, orderBy: [{ isSandbox: "asc" }, { name: "asc" }] }),
  }),
  adminAgency: t.prismaField({
    type: AdminAgency,
    nullable: true,
    authScopes: ADMIN,
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.agency.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  adminCategories: t.prismaField({
    type: [AdminCategory],
    authScopes: ADMIN,
    description: "Every category, active or not, in display order.",
    resolve: (query, _root, _args, ctx) => ctx.prisma.category.findMany({ ...query, orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] }),
  }),
  adminCategory: t.prismaField({
    type: AdminCategory,
    nullable: true,
    authScopes: ADMIN,
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.category.findUnique({ ...query, where: { id: String(args.id) } }),
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
  holidays: t.prismaField({
    type: [Holiday],
    authScopes: ADMIN,
    description: "The holidays of one year, by date.",
    args: { year: t.arg.int({ required: true, validate: z.number().int().min(2000).max(2100) }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.holiday.findMany({
        ...query,
        where: { date: { gte: new Date(Date.UTC(args.year, 0, 1)), lt: new Date(Date.UTC(args.year + 1, 0, 1)) } },
        orderBy: { date: "asc" },
      }),
  }),
  holiday: t.prismaField({
    type: Holiday,
    nullable: true,
    authScopes: ADMIN,
    args: { date: t.arg.string({ required: true, validate: dateArg }) },
    resolve: (query, _root, args, ctx) => {
      const date = new Date(`${args.date}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? null : ctx.prisma.holiday.findUnique({ ...query, where: { date } });
    },
  }),
}));

// ───────────────────────────── payloads and inputs ─────────────────────────────

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

const AgencyAdminPayload = builder.objectRef<{ agencyId: string | null; errors: FieldErrorShape[] }>("AgencyAdminPayload").implement({
  fields: (t) => ({
    agency: t.prismaField({
      type: AdminAgency,
      nullable: true,
      resolve: (query, p, _a, ctx) => (p.agencyId ? ctx.prisma.agency.findUnique({ ...query, where: { id: p.agencyId } }) : null),
    }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const CategoryAdminPayload = builder.objectRef<{ categoryId: string | null; errors: FieldErrorShape[] }>("CategoryAdminPayload").implement({
  fields: (t) => ({
    category: t.prismaField({
      type: AdminCategory,
      nullable: true,
      resolve: (query, p, _a, ctx) => (p.categoryId ? ctx.prisma.category.findUnique({ ...query, where: { id: p.categoryId } }) : null),
    }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const HolidayPayload = builder.objectRef<{ date: string | null; errors: FieldErrorShape[] }>("HolidayPayload").implement({
  fields: (t) => ({
    holiday: t.prismaField({
      type: Holiday,
      nullable: true,
      resolve: (query, p, _a, ctx) => (p.date ? ctx.prisma.holiday.findUnique({ ...query, where: { date: new Date(`${p.date}T00:00:00Z`) } }) : null),
    }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const short = (max: number) => ({ validate: z.string().max(max * 4).optional().nullable() });

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

const AgencyInput = builder.inputType("AgencyInput", {
  fields: (t) => ({
    id: t.id({ description: "The agency to change; a new agency when empty." }),
    name: t.string(short(150)),
    shortName: t.string(short(40)),
    phone: t.string(short(30)),
    email: t.string(short(254)),
    address: t.string(short(300)),
    active: t.boolean({ defaultValue: true }),
  }),
});

const CategoryInput = builder.inputType("CategoryInput", {
  fields: (t) => ({
    id: t.id({ description: "The category to change; a new category when empty." }),
    nameId: t.string(short(80)),
    nameEn: t.string(short(80)),
    hintId: t.string(short(300)),
    hintEn: t.string(short(300)),
    active: t.boolean({ defaultValue: true }),
  }),
});

const RoutingRuleInput = builder.inputType("RoutingRuleInput", {
  fields: (t) => ({
    categoryId: t.id({ required: true }),
    regionCode: t.string({ description: "A kecamatan; regency-wide when empty.", ...short(20) }),
    agencyId: t.id(),
  }),
});

const HolidayInput = builder.inputType("HolidayInput", {
  fields: (t) => ({
    originalDate: t.string({ description: "The date of the holiday to change (YYYY-MM-DD); a new holiday when empty.", ...short(10) }),
    date: t.string({ description: "YYYY-MM-DD.", ...short(10) }),
    nameId: t.string(short(120)),
    nameEn: t.string(short(120)),
    kind: t.string({ description: "NATIONAL, MOVEABLE, CUTI_BERSAMA or LOCAL.", ...short(20) }),
  }),
});

// ───────────────────────────── mutations ─────────────────────────────

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
  saveAgency: t.field({
    type: AgencyAdminPayload,
    authScopes: ADMIN,
    args: { input: t.arg({ type: AgencyInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const r = await saveAgency(ctx, input.id ? String(input.id) : null, input);
      return r.ok ? { agencyId: r.value.id, errors: [] } : { agencyId: null, errors: adminErrors(ctx, r.issues) };
    },
  }),
  saveCategory: t.field({
    type: CategoryAdminPayload,
    authScopes: ADMIN,
    args: { input: t.arg({ type: CategoryInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const r = await saveCategory(ctx, input.id ? String(input.id) : null, input);
      return r.ok ? { categoryId: r.value.id, errors: [] } : { categoryId: null, errors: adminErrors(ctx, r.issues) };
    },
  }),
  saveRoutingRule: t.field({
    type: CategoryAdminPayload,
    authScopes: ADMIN,
    description: "Sets the agency for a category in a kecamatan (or regency-wide), replacing the rule for that place.",
    args: { input: t.arg({ type: RoutingRuleInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const r = await saveCategoryRoute(ctx, String(input.categoryId), { regionCode: input.regionCode, agencyId: input.agencyId ? String(input.agencyId) : null });
      return r.ok ? { categoryId: r.value.id, errors: [] } : { categoryId: null, errors: adminErrors(ctx, r.issues) };
    },
  }),
  removeRoutingRule: t.field({
    type: CategoryAdminPayload,
    authScopes: ADMIN,
    args: { ruleId: t.arg.id({ required: true, validate: idArg }) },
    resolve: async (_r, { ruleId }, ctx) => {
      const r = await removeCategoryRoute(ctx, String(ruleId));
      return r.ok ? { categoryId: r.value.id, errors: [] } : { categoryId: null, errors: adminErrors(ctx, r.issues) };
    },
  }),
  saveHoliday: t.field({
    type: HolidayPayload,
    authScopes: ADMIN,
    description: "Adds or changes a holiday. New deadlines use it; deadlines already set are not recalculated.",
    args: { input: t.arg({ type: HolidayInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const r = await saveHoliday(ctx, input.originalDate?.trim() || null, input);
      return r.ok ? { date: r.value.date, errors: [] } : { date: null, errors: adminErrors(ctx, r.issues) };
    },
  }),
  removeHoliday: t.field({
    type: HolidayPayload,
    authScopes: ADMIN,
    args: { date: t.arg.string({ required: true, validate: dateArg }) },
    resolve: async (_r, { date }, ctx) => {
      const r = await removeHoliday(ctx, date);
      return r.ok ? { date: null, errors: [] } : { date: null, errors: adminErrors(ctx, r.issues) };
    },
  }),
}));
