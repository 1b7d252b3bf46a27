// A verifier makes a complaint's privacy stricter (e.g. a reporter's name in a story about a
// threat): one call that checks the actor and the direction, writes the change with a timeline
// event and an audit entry, and publishes. Loosening needs the reporter's recorded consent and
// is not offered to staff. The reporter, with their code and PIN (on the tracking page or by
// SMS), may change it either way: it is their consent.
import type { Context } from "../../context.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import type { Privacy } from "../../domain/privacy/privacy.ts";
import { type PrivacySetting, reporterPrivacy, restrictPrivacy } from "../../domain/privacy/strictness.ts";
import { publishComplaintUpdated } from "../../events/bus.ts";
import type { Complaint } from "../../generated/prisma/client.ts";
import { type Locale, translate } from "../../i18n/messages.ts";
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
  const actorRole = ctx.viewer?.roles.some((r) => r.role === "VERIFIER") ? "VERIFIER" : "ADMINISTRATOR";
  const complaint = await writePrivacyChange(ctx, found, verdict.to, {
    actorRole,
    noteKey: "privacyChange.note",
    noteLocale: ctx.locale,
    action: "complaint.restrictPrivacy",
    auditData: {},
  });
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
  const complaint = await writePrivacyChange(ctx, found, verdict.to, {
    actorRole: "RESIDENT",
    // Either way it is the reporter's own choice: not the staff's "made stricter".
    noteKey: "privacyChange.noteReporter",
    noteLocale: found.locale,
    action: "complaint.reporterPrivacy",
    auditData: { door },
  });
  return { ok: true, complaint, looser: verdict.looser };
}

/**
 * Writes a privacy change decided on `found`'s current setting (so two changes at once cannot both
 * apply), with its timeline entry for the parties and its audit entry, in one transaction; then
 * publishes it.
 */
async function writePrivacyChange(
  ctx: Context,
  found: Complaint,
  to: PrivacySetting,
  how: { actorRole: "VERIFIER" | "ADMINISTRATOR" | "RESIDENT"; noteKey: string; noteLocale: Locale; action: string; auditData: Record<string, string> },
): Promise<Complaint> {
  const now = ctx.deps.now();
  const actorId = ctx.viewer?.user.id ?? null;
  const from = { privacy: found.privacy, showReporterName: found.showReporterName };
  const mode = translate(how.noteLocale, `privacyChange.mode.${to.privacy}${to.showReporterName ? "_NAMED" : ""}`);
  const { complaint, eventId } = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.complaint.updateMany({ where: { id: found.id, ...from }, data: to });
    if (count === 0) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "workflow.changed_meanwhile"));
    const event = await tx.timelineEvent.create({
      data: {
        complaintId: found.id,
        type: "PRIVACY_CHANGED",
        actorId,
        actorRole: how.actorRole,
        note: translate(how.noteLocale, how.noteKey, { privacy: mode }),
        visibility: "PARTIES",
        createdAt: now,
      },
    });
    await audit(tx, { actorId, action: how.action, entityType: "Complaint", entityId: found.id, data: { from, to, ...how.auditData } });
    return { complaint: await tx.complaint.findUniqueOrThrow({ where: { id: found.id } }), eventId: event.id };
  });
  forgetAccess(ctx);
  await publishComplaintUpdated(ctx.deps.bus, complaint, eventId);
  return complaint;
}
