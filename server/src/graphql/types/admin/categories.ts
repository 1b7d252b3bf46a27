// Categories and routing in the administrator's schema: every category with the rules that send
// it to an agency per kecamatan (or regency-wide). The writes are in services/use-cases/admin.ts
// (each one audited).
import { removeCategoryRoute, saveCategory, saveCategoryRoute } from "../../../services/use-cases/admin.ts";
import { builder } from "../../builder.ts";
import { FieldError, type FieldErrorShape } from "../field-error.ts";
import { Agency } from "../reference.ts";
import { ADMIN, adminErrors, idArg, short } from "./common.ts";

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

builder.queryFields((t) => ({
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
}));

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

builder.mutationFields((t) => ({
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
}));
