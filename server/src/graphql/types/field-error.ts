// Errors a person can fix travel as data, keyed by input field, already in their language.
import type { Context } from "../../context.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { sayField } from "../../i18n/say.ts";
import { builder } from "../builder.ts";

export type FieldErrorShape = { field: string; code: string; message: string };

export const FieldError = builder.objectRef<FieldErrorShape>("FieldError").implement({
  description: "A problem with one input field that the person can fix.",
  fields: (t) => ({
    field: t.exposeString("field", { description: "The input field's name." }),
    code: t.exposeString("code", { description: "A stable code, e.g. required or too_long." }),
    message: t.exposeString("message", { description: "A sentence in the reader's language (and easy-read Bahasa Indonesia when chosen)." }),
  }),
});

export function toFieldErrors(ctx: Context, issues: FieldIssue[]): FieldErrorShape[] {
  return issues.map((issue) => ({
    field: issue.field,
    code: issue.code,
    message: sayField(ctx, issue.field, issue.code, issue.params),
  }));
}
