// The reporter changes their own contact details on a complaint (code + PIN, or the owning
// account). Nobody else may, and nobody else learns whether the complaint exists.
import type { Context } from "../../context.ts";
import { validateReporterContact } from "../../domain/account/contact.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import type { ContactPreference } from "../../generated/prisma/client.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { accessTo, findComplaintByCode } from "./complaint-access.ts";
import { ServiceError } from "./errors.ts";

export async function updateReporterContact(
  ctx: Context,
  input: { trackingCode: string; accessSecret?: string | null; phone?: string | null; email?: string | null },
): Promise<{ ok: true } | { ok: false; issues: FieldIssue[] }> {
  const complaint = await findComplaintByCode(ctx, input.trackingCode, input.accessSecret);
  if (!complaint || !(await accessTo(ctx, complaint)).actAsReporter) {
    throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  }
  const validated = validateReporterContact(input);
  if (!validated.ok) return validated;
  const { phone, email } = validated.value;
  // An account or a sahabat stays the way to reach them; otherwise the channel follows the details.
  const keep: ContactPreference[] = ["ACCOUNT", "SAHABAT"];
  const contactPreference: ContactPreference = keep.includes(complaint.contactPreference)
    ? complaint.contactPreference
    : phone
      ? "SMS"
      : email
        ? "EMAIL"
        : "NONE";
  const actorId = ctx.viewer?.user.id ?? null;
  await ctx.prisma.$transaction(async (tx) => {
    await tx.complaint.update({ where: { id: complaint.id }, data: { reporterPhone: phone, reporterEmail: email, contactPreference } });
    await audit(tx, { actorId, action: "complaint.reporter_contact", entityType: "Complaint", entityId: complaint.id });
  });
  return { ok: true };
}
