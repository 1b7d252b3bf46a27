// Merging a duplicate into the original: a verifier (of both complaints' region) or an
// administrator archives the duplicate through the workflow table's archive rule, points it at the
// original, writes a MERGED entry on both (public on the duplicate, naming the original's code;
// staff on the original), moves the duplicate's follows and its reporter to the original, and the
// reporter is told through the usual notifications and delivery. Supports ("saya juga mengalami")
// move with them, and the duplicate's reporter counts as one.
import type { Context } from "../../context.ts";
import { isDuplicateCandidateStatus } from "../../domain/complaint/similarity.ts";
import { canTransition } from "../../domain/complaint/workflow.ts";
import type { FieldErrorCode, FieldIssue } from "../../domain/shared/field-issue.ts";
import { publishComplaintUpdated } from "../../events/bus.ts";
import type { Complaint, Prisma } from "../../generated/prisma/client.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { forgetAccess } from "./complaint-access.ts";
import { ServiceError } from "./errors.ts";
import { notifyEvent, publishNotified } from "./notifications.ts";
import { actorsFor } from "./workflow.ts";
import { normalizeTrackingCode } from "../../domain/complaint/tracking-code.ts";
import { contactHash, parseContact } from "../../domain/account/contact.ts";

export type MergeInput = { complaintId: string; intoTrackingCode: string; validateOnly?: boolean };
export type MergeResult = { ok: true; duplicate: Complaint; original: Complaint } | { ok: false; issues: FieldIssue[] };

type Tx = Prisma.TransactionClient;

/** Who may merge: the desk that checks new complaints (the workflow's archive rule says so too). */
async function mayMerge(ctx: Context, complaint: Complaint): Promise<boolean> {
  const actors = await actorsFor(ctx, complaint);
  return actors.has("VERIFIER") || actors.has("ADMINISTRATOR");
}

/** Why the original cannot take the duplicate in, if it cannot. */
function refusal(duplicate: Complaint, original: Complaint): FieldErrorCode | null {
  if (original.id === duplicate.id) return "merge_self";
  if (original.isSandbox || duplicate.isSandbox) return "merge_practice";
  // A confidential complaint is public to nobody: the duplicate's reporter could not follow it.
  if (original.privacy === "CONFIDENTIAL") return "merge_confidential";
  if (original.mergedIntoId !== null || !isDuplicateCandidateStatus(original.status)) return "merge_closed";
  return null;
}

/** The duplicate's follows move to the original (one per person), and its reporter follows it too. */
async function moveFollows(tx: Tx, duplicate: Complaint, originalId: string): Promise<void> {
  const follows = await tx.follow.findMany({ where: { complaintId: duplicate.id } });
  const reporterContact =
    duplicate.contactPreference === "SMS" ? duplicate.reporterPhone : duplicate.contactPreference === "EMAIL" ? duplicate.reporterEmail : null;
  type Owner = { userId: string } | { contact: string };
  const owners: Owner[] = [];
  for (const f of follows) {
    if (f.userId) owners.push({ userId: f.userId });
    else if (f.contact) owners.push({ contact: f.contact });
  }
  if (duplicate.reporterId) owners.push({ userId: duplicate.reporterId });
  else if (reporterContact) owners.push({ contact: reporterContact });
  await tx.follow.deleteMany({ where: { complaintId: duplicate.id } });
  for (const owner of owners) {
    const where = { ...owner, complaintId: originalId };
    if (await tx.follow.findFirst({ where, select: { id: true } })) continue;
    await tx.follow.create({ data: where });
  }
}

/**
 * "Saya juga mengalami" moves too: the duplicate's supporters, and its reporter (they had the same
 * problem), count on the original, each person once, never the original's own reporter. The
 * original's count is recounted from its rows in the same transaction.
 */
async function moveSupports(tx: Tx, key: Buffer, duplicate: Complaint, original: Complaint, now: Date): Promise<void> {
  const supports = await tx.support.findMany({ where: { complaintId: duplicate.id } });
  const owners: ({ userId: string } | { contactHash: string })[] = supports.map((s) => (s.userId ? { userId: s.userId } : { contactHash: s.contactHash! }));
  if (duplicate.reporterId) owners.push({ userId: duplicate.reporterId });
  else {
    const typed = duplicate.reporterPhone ?? duplicate.reporterEmail;
    const parsed = typed ? parseContact(typed) : null;
    if (parsed?.ok) owners.push({ contactHash: contactHash(key, parsed.contact) });
  }
  await tx.support.deleteMany({ where: { complaintId: duplicate.id } });
  for (const owner of owners) {
    if ("userId" in owner && owner.userId === original.reporterId) continue;
    if (await tx.support.findFirst({ where: { complaintId: original.id, ...owner }, select: { id: true } })) continue;
    await tx.support.create({ data: { complaintId: original.id, ...owner, createdAt: now } });
  }
  // Raw, so the counts do not touch either complaint's updatedAt.
  await tx.$executeRaw`UPDATE "Complaint" SET "supportCount" = (SELECT count(*) FROM "Support" WHERE "complaintId" = ${original.id}) WHERE "id" = ${original.id}`;
  await tx.$executeRaw`UPDATE "Complaint" SET "supportCount" = 0 WHERE "id" = ${duplicate.id}`;
}

export async function mergeComplaint(ctx: Context, input: MergeInput): Promise<MergeResult> {
  const notFound = () => new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  const duplicate = await ctx.prisma.complaint.findUnique({ where: { id: input.complaintId } });
  if (!duplicate) throw notFound();
  if (!(await mayMerge(ctx, duplicate))) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "error.forbidden"));
  const code = normalizeTrackingCode(input.intoTrackingCode);
  const original = code ? await ctx.prisma.complaint.findUnique({ where: { trackingCode: code } }) : null;
  // Another region's complaint answers as one that does not exist: the code alone reveals nothing.
  if (!original || !(await mayMerge(ctx, original))) return { ok: false, issues: [{ field: "intoTrackingCode", code: "merge_not_found" }] };
  const refused = refusal(duplicate, original);
  if (refused) return { ok: false, issues: [{ field: "intoTrackingCode", code: refused }] };
  const actors = await actorsFor(ctx, duplicate);
  // Archiving is the workflow table's rule: only from a status it allows, by whom it allows.
  const verdict = canTransition(duplicate.status, "archive", actors);
  if (!verdict.ok) {
    throw new ServiceError("FORBIDDEN", translate(ctx.locale, `workflow.${verdict.reason}`, {
      action: translate(ctx.locale, "action.merge"),
      status: translate(ctx.locale, `status.${duplicate.status}`),
    }));
  }
  if (input.validateOnly) return { ok: true, duplicate, original };

  const now = ctx.deps.now();
  const actorId = ctx.viewer?.user.id ?? null;
  const actorRole = actors.has("VERIFIER") ? "VERIFIER" : "ADMINISTRATOR";
  const result = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.complaint.updateMany({
      where: { id: duplicate.id, status: duplicate.status, mergedIntoId: null },
      data: { status: verdict.to, mergedIntoId: original.id, pausedAt: null },
    });
    if (count === 0) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "workflow.changed_meanwhile"));
    // Told first, while the duplicate's followers are still its own: they hear it was merged, and where.
    const onDuplicate = await tx.timelineEvent.create({
      data: {
        complaintId: duplicate.id,
        type: "MERGED",
        actorId,
        actorRole,
        fromStatus: duplicate.status,
        toStatus: verdict.to,
        note: translate(duplicate.locale, "merge.noteInto", { code: original.trackingCode }),
        visibility: "PUBLIC",
        noteVisibility: "PUBLIC",
        createdAt: now,
      },
    });
    const toldDuplicate = await notifyEvent(tx, onDuplicate);
    const onOriginal = await tx.timelineEvent.create({
      data: {
        complaintId: original.id,
        type: "MERGED",
        actorId,
        actorRole,
        note: translate(original.locale, "merge.noteFrom", { code: duplicate.trackingCode }),
        visibility: "STAFF",
        noteVisibility: "STAFF",
        createdAt: now,
      },
    });
    const toldOriginal = await notifyEvent(tx, onOriginal);
    await moveFollows(tx, duplicate, original.id);
    await moveSupports(tx, ctx.deps.secretKey, duplicate, original, now);
    await audit(tx, {
      actorId,
      action: "complaint.merge",
      entityType: "Complaint",
      entityId: duplicate.id,
      data: { from: duplicate.status, to: verdict.to, into: original.id },
    });
    const merged = await tx.complaint.findUniqueOrThrow({ where: { id: duplicate.id } });
    return { merged, events: [onDuplicate.id, onOriginal.id], told: [toldDuplicate, toldOriginal] };
  });
  forgetAccess(ctx);
  await publishComplaintUpdated(ctx.deps.bus, result.merged, result.events[0]);
  await publishComplaintUpdated(ctx.deps.bus, original, result.events[1]);
  for (const told of result.told) await publishNotified(ctx.deps.bus, told);
  return { ok: true, duplicate: result.merged, original };
}
