// A verifier makes a complaint's privacy stricter (e.g. a reporter's name in a story about a
// threat): one call that checks the actor and the direction, writes the change with a timeline
// event and an audit entry, and publishes. Loosening needs the reporter's recorded consent and
// is not offered to staff. The reporter, with their code and PIN (on the tracking page or by
// SMS), may change it either way: it is their consent.
import type { Context } from "../../context.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import type { Privacy } from "../../domain/privacy/privacy.ts";
import { reporterPrivacy, restrictPrivacy } from "../../domain/privacy/strictness.ts";
import { publishComplaintUpdated } from "../../events/bus.ts";
import type { Complaint } from "../../generated/prisma/client.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { accessTo, audiencesFor, findComplaintByCode, forgetAccess } from "./complaint-access.ts";
import { ServiceError } from "./errors.ts";

const PRIVACIES: readonly Privacy[] = ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"];

/** Whether this viewer may restrict this complaint's privacy: a verifier in scope or an administrator. */
export async function mayRestrictPrivacy(ctx: Context, complaint: Parameters<typeof audiencesFor>[1]): Promise<boolean> {
  const audiences = await audiencesFor(ctx, complaint);
  return audiences.has("VERIFIER") || audiences.has("ADMINISTRATOR");
}

export async function changePrivacy(
  ctx: Context,
  input: { complaintId: string; privacy?: string | null; showReporterName?: boolean | null },
): Promise<{ ok: true; complaint: Complaint } | { ok: false; issues: FieldIssue[] }> {
  const found = await ctx.prisma.complaint.findUnique({ where: { id: input.complaintId } });
  if (!found || !(await mayRestrictPrivacy(ctx, found))) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  if (!input.privacy || !PRIVACIES.includes(input.privacy as Privacy)) {
    return { ok: false, issues: [{ field: "privacy", code: input.privacy ? "invalid_choice" : "required" }] };
  }
  const verdict = restrictPrivacy(
    { privacy: found.privacy, showReporterName: found.showReporterName },
    { privacy: input.privacy as Privacy, showReporterName: input.showReporterName ?? false },
  );
  if (!verdict.ok) return { ok: false, issues: [{ field: "privacy", code: verdict.code }] };
  const now = ctx.deps.now();
  const actorId = ctx.viewer?.user.id ?? null;
  const actorRole = ctx.viewer?.roles.some((r) => r.role === "VERIFIER") ? "VERIFIER" : "ADMINISTRATOR";
  const { complaint, eventId } = await ctx.prisma.$transaction(async (tx) => {
    // Only from the setting the decision was made on: two changes at once cannot loosen it.
    const { count } = await tx.complaint.updateMany({
      where: { id: found.id, privacy: found.privacy, showReporterName: found.showReporterName },
      data: verdict.to,
    });
    if (count === 0) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "workflow.changed_meanwhile"));
    const event = await tx.timelineEvent.create({
      data: {
        complaintId: found.id,
        type: "PRIVACY_CHANGED",
        actorId,
        actorRole,
        note: translate(ctx.locale, "privacyChange.note", { privacy: translate(ctx.locale, `privacyChange.mode.${verdict.to.privacy}${verdict.to.showReporterName ? "_NAMED" : ""}`) }),
        visibility: "PARTIES",
        createdAt: now,
      },
    });
    await audit(tx, {
      actorId,
      action: "complaint.restrictPrivacy",
      entityType: "Complaint",
      entityId: found.id,
      data: { from: { privacy: found.privacy, showReporterName: found.showReporterName }, to: verdict.to },
    });
    return { complaint: await tx.complaint.findUniqueOrThrow({ where: { id: found.id } }), eventId: event.id };
  });
  forgetAccess(ctx);
  await publishComplaintUpdated(ctx.deps.bus, complaint, eventId);
  return { ok: true, complaint };
}

export type ReporterPrivacyResult = { ok: true; complaint: Complaint; looser: boolean } | { ok: false; notFound: true } | { ok: false; issues: FieldIssue[] };

/**
 * The reporter changes their own complaint's privacy (tracking code and PIN, or their account):
 * looser or stricter, with a timeline entry for the parties and an audit entry that says it was
 * the reporter's choice and through which door.
 */
export async function changeOwnPrivacy(
  ctx: Context,
  input: { trackingCode: string; accessSecret?: string | null; privacy?: string | null; showReporterName?: boolean | null },
  door: "WEB" | "SMS" = "WEB",
): Promise<ReporterPrivacyResult> {
  const found = await findComplaintByCode(ctx, input.trackingCode, input.accessSecret);
  if (!found || !(await accessTo(ctx, found)).actAsReporter) return { ok: false, notFound: true };
  if (!input.privacy || !PRIVACIES.includes(input.privacy as Privacy)) {
    return { ok: false, issues: [{ field: "privacy", code: input.privacy ? "invalid_choice" : "required" }] };
  }
  const from = { privacy: found.privacy, showReporterName: found.showReporterName };
  const verdict = reporterPrivacy(from, { privacy: input.privacy as Privacy, showReporterName: input.showReporterName ?? false }, Boolean(found.reporterName?.trim()));
  if (!verdict.ok) return { ok: false, issues: [{ field: "privacy", code: verdict.code === "no_name" ? "invalid_choice" : "unchanged" }] };
  const now = ctx.deps.now();
  const actorId = ctx.viewer?.user.id ?? null;
  const { complaint, eventId } = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.complaint.updateMany({ where: { id: found.id, ...from }, data: verdict.to });
    if (count === 0) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "workflow.changed_meanwhile"));
    const event = await tx.timelineEvent.create({
      data: {
        complaintId: found.id,
        type: "PRIVACY_CHANGED",
        actorId,
        actorRole: "RESIDENT",
        // Either way it is the reporter's own choice: not the staff's "made stricter".
        note: translate(found.locale, "privacyChange.noteReporter", { privacy: translate(found.locale, `privacyChange.mode.${verdict.to.privacy}${verdict.to.showReporterName ? "_NAMED" : ""}`) }),
        visibility: "PARTIES",
        createdAt: now,
      },
    });
    await audit(tx, {
      actorId,
      action: "complaint.reporterPrivacy",
      entityType: "Complaint",
      entityId: found.id,
      data: { from, to: verdict.to, door },
    });
    return { complaint: await tx.complaint.findUniqueOrThrow({ where: { id: found.id } }), eventId: event.id };
  });
  forgetAccess(ctx);
  await publishComplaintUpdated(ctx.deps.bus, complaint, eventId);
  return { ok: true, complaint, looser: verdict.looser };
}
