// Reference data every form needs: regions, categories, agencies. Public and cacheable: regions
// and categories are read from the copy held in memory (services/use-cases/reference-data.ts),
// which an administrator's change refreshes on every instance.
import { RegionLevel } from "../../generated/prisma/client.ts";
import { referenceData } from "../../services/use-cases/reference-data.ts";
import { z } from "zod";
import { builder } from "../builder.ts";

builder.enumType(RegionLevel, { name: "RegionLevel" });

export const Region = builder.prismaObject("Region", {
  fields: (t) => ({
    code: t.exposeString("code", { description: "Official Kemendagri code, e.g. 73.06.08." }),
    name: t.exposeString("name"),
    level: t.expose("level", { type: RegionLevel }),
    children: t.relation("children", { query: { orderBy: { name: "asc" } } }),
  }),
});

export const Category = builder.prismaObject("Category", {
  fields: (t) => ({
    id: t.exposeID("id"),
    slug: t.exposeString("slug"),
    name: t.string({ resolve: (c, _args, ctx) => (ctx.locale === "en" ? c.nameEn : c.nameId) }),
    hint: t.string({ resolve: (c, _args, ctx) => (ctx.locale === "en" ? c.hintEn : c.hintId) }),
  }),
});

export const Agency = builder.prismaObject("Agency", {
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    shortName: t.exposeString("shortName"),
    isSandbox: t.exposeBoolean("isSandbox"),
  }),
});

const regionCodeSchema = z.string().regex(/^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/);

builder.queryFields((t) => ({
  regions: t.field({
    type: [Region],
    description: "The regions directly below a region (e.g. the kecamatan of 73.06), by name.",
    args: { parentCode: t.arg.string({ required: true, validate: regionCodeSchema }) },
    resolve: async (_root, args, ctx) => [...((await referenceData(ctx.prisma, ctx.deps.now().getTime())).childrenOf.get(args.parentCode) ?? [])],
  }),
  region: t.field({
    type: Region,
    nullable: true,
    args: { code: t.arg.string({ required: true, validate: regionCodeSchema }) },
    resolve: async (_root, args, ctx) => (await referenceData(ctx.prisma, ctx.deps.now().getTime())).regions.get(args.code) ?? null,
  }),
  agencies: t.prismaField({
    type: [Agency],
    description: "Active agencies by name; workshop (sandbox) agencies only when asked for.",
    args: { sandbox: t.arg.boolean({ defaultValue: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.agency.findMany({ ...query, where: { active: true, isSandbox: args.sandbox ?? false }, orderBy: { name: "asc" } }),
  }),
  categories: t.field({
    type: [Category],
    description: "Active categories in display order, labelled in the request's language.",
    resolve: async (_root, _args, ctx) => [...(await referenceData(ctx.prisma, ctx.deps.now().getTime())).activeCategories],
  }),
}));
