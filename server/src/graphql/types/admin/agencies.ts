// Agencies in the administrator's schema: every agency (workshop ones last) and saving one. The
// writes are in services/use-cases/admin.ts (each one audited).
import { saveAgency } from "../../../services/use-cases/admin.ts";
import { builder } from "../../builder.ts";
import { FieldError, type FieldErrorShape } from "../field-error.ts";
import { ADMIN, adminErrors, idArg, short } from "./common.ts";

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

builder.queryFields((t) => ({
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
}));

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

builder.mutationFields((t) => ({
  saveAgency: t.field({
    type: AgencyAdminPayload,
    authScopes: ADMIN,
    args: { input: t.arg({ type: AgencyInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const r = await saveAgency(ctx, input.id ? String(input.id) : null, input);
      return r.ok ? { agencyId: r.value.id, errors: [] } : { agencyId: null, errors: adminErrors(ctx, r.issues) };
    },
  }),
}));
