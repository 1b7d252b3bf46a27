// Response templates: officers manage their agency's ready answers, administrators any agency's.
// Every write is validated, checked against the person's agency, and audited.
import type { Context } from "../../context.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { mayManageTemplates, type TemplateInput, validateTemplate } from "../../domain/template/template.ts";
import type { ResponseTemplate } from "../../generated/prisma/client.ts";
import { isUniqueViolation } from "../../db/unique.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { ServiceError } from "./errors.ts";

export type TemplateResult = { ok: true; template: ResponseTemplate } | { ok: false; issues: FieldIssue[] };

function roles(ctx: Context) {
  return ctx.viewer?.roles ?? [];
}

/** The agency an officer works for (the first, if several); null for others. */
export function ownAgencyId(ctx: Context): string | null {
  return roles(ctx).find((r) => r.role === "AGENCY_OFFICER" && r.agencyId)?.agencyId ?? null;
}

/** Templates of one agency (an officer's own by default), by title. */
export async function listTemplates(ctx: Context, agencyId?: string | null): Promise<ResponseTemplate[]> {
  const agency = agencyId ?? ownAgencyId(ctx);
  if (!agency) {
    if (!roles(ctx).some((r) => r.role === "ADMINISTRATOR")) return [];
    return ctx.prisma.responseTemplate.findMany({ orderBy: [{ agencyId: "asc" }, { title: "asc" }] });
  }
  if (!mayManageTemplates(roles(ctx), agency)) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "error.forbidden"));
  return ctx.prisma.responseTemplate.findMany({ where: { agencyId: agency }, orderBy: { title: "asc" } });
}

/** One template, or null when it does not exist or is another agency's. */
export async function findTemplate(ctx: Context, id: string): Promise<ResponseTemplate | null> {
  const template = await ctx.prisma.responseTemplate.findUnique({ where: { id } });
  return template && mayManageTemplates(roles(ctx), template.agencyId) ? template : null;
}

const isTitleTaken = (error: unknown) => isUniqueViolation(error);

async function titleTaken(ctx: Context, agencyId: string, title: string, exceptId?: string): Promise<boolean> {
  const same = await ctx.prisma.responseTemplate.findFirst({ where: { agencyId, title, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return same !== null;
}

export async function createTemplate(ctx: Context, input: TemplateInput & { agencyId?: string | null }): Promise<TemplateResult> {
  const agencyId = input.agencyId || ownAgencyId(ctx);
  const issues: FieldIssue[] = [];
  if (!agencyId) issues.push({ field: "agencyId", code: "required" });
  else {
    const agency = await ctx.prisma.agency.findFirst({ where: { id: agencyId, active: true }, select: { id: true } });
    if (!agency || !mayManageTemplates(roles(ctx), agencyId)) issues.push({ field: "agencyId", code: "invalid_choice" });
  }
  const validated = validateTemplate(input);
  if (!validated.ok) issues.push(...validated.issues);
  if (issues.length > 0 || !validated.ok) return { ok: false, issues };
  if (await titleTaken(ctx, agencyId!, validated.value.title)) return { ok: false, issues: [{ field: "title", code: "taken" }] };
  const actorId = ctx.viewer?.user.id ?? null;
  try {
    const template = await ctx.prisma.$transaction(async (tx) => {
      const created = await tx.responseTemplate.create({
        data: { agencyId: agencyId!, ...validated.value, createdById: actorId, updatedById: actorId },
      });
      await audit(tx, { actorId, action: "template.create", entityType: "ResponseTemplate", entityId: created.id, data: { agencyId: agencyId!, title: created.title } });
      return created;
    });
    return { ok: true, template };
  } catch (error) {
    if (isTitleTaken(error)) return { ok: false, issues: [{ field: "title", code: "taken" }] };
    throw error;
  }
}

export async function updateTemplate(ctx: Context, id: string, input: TemplateInput): Promise<TemplateResult> {
  const existing = await findTemplate(ctx, id);
  if (!existing) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  const validated = validateTemplate(input);
  if (!validated.ok) return { ok: false, issues: validated.issues };
  if (await titleTaken(ctx, existing.agencyId, validated.value.title, id)) return { ok: false, issues: [{ field: "title", code: "taken" }] };
  const actorId = ctx.viewer?.user.id ?? null;
  try {
    const template = await ctx.prisma.$transaction(async (tx) => {
      const updated = await tx.responseTemplate.update({ where: { id }, data: { ...validated.value, updatedById: actorId } });
      await audit(tx, { actorId, action: "template.update", entityType: "ResponseTemplate", entityId: id, data: { agencyId: existing.agencyId, title: updated.title } });
      return updated;
    });
    return { ok: true, template };
  } catch (error) {
    if (isTitleTaken(error)) return { ok: false, issues: [{ field: "title", code: "taken" }] };
    throw error;
  }
}

export async function deleteTemplate(ctx: Context, id: string): Promise<void> {
  const existing = await findTemplate(ctx, id);
  if (!existing) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  const actorId = ctx.viewer?.user.id ?? null;
  await ctx.prisma.$transaction(async (tx) => {
    await tx.responseTemplate.delete({ where: { id } });
    await audit(tx, { actorId, action: "template.delete", entityType: "ResponseTemplate", entityId: id, data: { agencyId: existing.agencyId, title: existing.title } });
  });
}
