// Response templates: ready answers an agency's officers start a follow-up from. Pure
// validation; the service checks who may touch which agency's templates.
import type { FieldIssue } from "../shared/field-issue.ts";

export const TEMPLATE_TITLE_MAX = 100;
export const TEMPLATE_BODY_MAX = 4000;

export type TemplateInput = { title?: string | null; body?: string | null };
export type TemplateValue = { title: string; body: string };

function clean(value: string | null | undefined, multiline: boolean): string {
  const text = (value ?? "").replace(/\r\n?/g, "\n");
  return (multiline ? text : text.replace(/\s+/g, " ")).trim();
}

export function validateTemplate(input: TemplateInput): { ok: true; value: TemplateValue } | { ok: false; issues: FieldIssue[] } {
  const title = clean(input.title, false);
  const body = clean(input.body, true);
  const issues: FieldIssue[] = [];
  if (!title) issues.push({ field: "title", code: "required" });
  else if (title.length > TEMPLATE_TITLE_MAX) issues.push({ field: "title", code: "too_long", params: { max: TEMPLATE_TITLE_MAX, length: title.length } });
  if (!body) issues.push({ field: "body", code: "required" });
  else if (body.length > TEMPLATE_BODY_MAX) issues.push({ field: "body", code: "too_long", params: { max: TEMPLATE_BODY_MAX, length: body.length } });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { title, body } };
}

/** Agencies whose templates a person may manage: administrators any, officers their own. */
export function mayManageTemplates(
  roles: ReadonlyArray<{ role: string; agencyId: string | null }>,
  agencyId: string,
): boolean {
  return roles.some((r) => r.role === "ADMINISTRATOR" || (r.role === "AGENCY_OFFICER" && r.agencyId === agencyId));
}
