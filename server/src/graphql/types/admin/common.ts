// What every part of the administrator's schema shares: the scope (role ADMINISTRATOR on every
// type and field), how the pure rules' issues become field errors, and argument checks.
import { z } from "zod";
import type { Context } from "../../../context.ts";
import type { AdminIssue } from "../../../domain/admin/admin.ts";
import { fieldMessage } from "../../../i18n/messages.ts";
import type { FieldErrorShape } from "../field-error.ts";

export const ADMIN = { role: "ADMINISTRATOR" } as const;

export function adminErrors(ctx: Context, issues: AdminIssue[]): FieldErrorShape[] {
  return issues.map((i) => ({ field: i.field, code: i.code, message: fieldMessage(ctx.locale, i.field, i.code, i.params) }));
}

export const dateArg = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const idArg = z.string().min(1).max(64);

export const short = (max: number) => ({ validate: z.string().max(max * 4).optional().nullable() });
