// Holidays in the administrator's schema: the working-day calendar's days off, by year. The writes
// are in services/use-cases/admin.ts (each one audited); deadlines already set are not recalculated.
import { z } from "zod";
import { localDate, WITA_OFFSET_MINUTES } from "../../../domain/calendar/working-days.ts";
import { HolidayKind } from "../../../generated/prisma/client.ts";
import { removeHoliday, saveHoliday } from "../../../services/use-cases/admin.ts";
import { builder } from "../../builder.ts";
import { FieldError, type FieldErrorShape } from "../field-error.ts";
import { ADMIN, adminErrors, dateArg, short } from "./common.ts";

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

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

builder.queryFields((t) => ({
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

const HolidayInput = builder.inputType("HolidayInput", {
  fields: (t) => ({
    originalDate: t.string({ description: "The date of the holiday to change (YYYY-MM-DD); a new holiday when empty.", ...short(10) }),
    date: t.string({ description: "YYYY-MM-DD.", ...short(10) }),
    nameId: t.string(short(120)),
    nameEn: t.string(short(120)),
    kind: t.string({ description: "NATIONAL, MOVEABLE, CUTI_BERSAMA or LOCAL.", ...short(20) }),
  }),
});

builder.mutationFields((t) => ({
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
