// What the reporter does with a filed complaint: reply (add information, answer a follow-up),
// save it into their account by code and PIN (claim), and rate the handling once resolved.
// Each writes its timeline event and audit entry in one transaction, then publishes.
import { isUniqueViolation } from "../../db/unique.ts";
import type { Context } from "../../context.ts";
import { canRate } from "../../domain/complaint/status.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { publishComplaintUpdated } from "../../events/bus.ts";
import type { Complaint, Prisma } from "../../generated/prisma/client.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { accessTo, findComplaintByCode } from "./complaint-access.ts";
import { ServiceError } from "./errors.ts";
import { type Notified, notifyEvent, publishNotified } from "./notifications.ts";

export const REPLY_MAX = 2000;

type Tx = Prisma.TransactionClient;

/**
 * Who says what the resident says: the resident themselves, or the sahabat who passes it on for
 * them (then the timeline shows "Sahabat LAPOR!" and the audit says it was on their behalf).
 */
export type ResidentVoice = { actorId: string | null; actorRole: "RESIDENT" | "SAHABAT" };

const onBehalf = (voice: ResidentVoice) => (voice.actorRole === "SAHABAT" ? { onBehalfOfResident: true } : {});

/** Writes the resident's reply, its timeline entry and audit, in the caller's transaction. */
export async function writeReply(
  tx: Tx,
  complaintId: string,
  body: string,
  voice: ResidentVoice,
  now: Date,
  clientRequestId: string | null = null,
): Promise<Notified> {
  await tx.reply.create({ data: { complaintId, authorId: voice.actorId, body, createdAt: now, clientRequestId } });
  const event = await tx.timelineEvent.create({
    data: { complaintId, type: "REPLY", actorId: voice.actorId, actorRole: voice.actorRole, note: body, visibility: "PARTIES", createdAt: now },
  });
  await audit(tx, {
    actorId: voice.actorId, action: "complaint.reply", entityType: "Complaint", entityId: complaintId,
    ...(voice.actorRole === "SAHABAT" ? { data: onBehalf(voice) } : {}),
  });
  return notifyEvent(tx, event);
}

/**
 * Writes the resident's rating, its timeline entry and audit, in the caller's transaction; null
 * when it was rated meanwhile (a conditional update: two ratings sent at once store one).
 */
export async function writeRating(
  tx: Tx,
  complaintId: string,
  rating: number,
  comment: string | null,
  voice: ResidentVoice,
  now: Date,
): Promise<Notified | null> {
  const { count } = await tx.complaint.updateMany({ where: { id: complaintId, rating: null }, data: { rating, ratingComment: comment } });
  if (count === 0) return null;
  const event = await tx.timelineEvent.create({
    data: {
      complaintId, type: "RATED", actorId: voice.actorId, actorRole: voice.actorRole,
      note: comment ? `${rating}/5 — ${comment}` : `${rating}/5`, visibility: "PARTIES", createdAt: now,
    },
  });
  await audit(tx, { actorId: voice.actorId, action: "complaint.rate", entityType: "Complaint", entityId: complaintId, data: { rating, ...onBehalf(voice) } });
  return notifyEvent(tx, event);
}

/** The reporter adds information or answers a follow-up. Only the reporter may. */
export async function replyToComplaint(
  ctx: Context,
  input: { trackingCode: string; accessSecret?: string | null; body?: string | null; clientRequestId?: string | null },
): Promise<{ ok: true; complaint: Complaint } | { ok: false; issues: FieldIssue[] } | { ok: false; notFound: true }> {
  const complaint = await findComplaintByCode(ctx, input.trackingCode, input.accessSecret);
  if (!complaint || !(await accessTo(ctx, complaint)).actAsReporter) return { ok: false, notFound: true };
  const body = input.body?.replace(/\r\n?/g, "\n").trim() ?? "";
  if (!body) return { ok: false, issues: [{ field: "body", code: "required" }] };
  if (body.length > REPLY_MAX) {
    return { ok: false, issues: [{ field: "body", code: "too_long", params: { max: REPLY_MAX, length: body.length } }] };
  }
  const now = ctx.deps.now();
  const actorId = ctx.viewer?.user.id ?? null;
  // A reply sent again under its request id (a double tap, a retry whose answer was lost, the
  // offline outbox) is the reply already stored: answered the same, written once.
  const given = input.clientRequestId?.trim() ?? "";
  const requestId = given && given.length <= 100 ? given : null;
  const sentBefore = async () =>
    requestId ? ctx.prisma.reply.findFirst({ where: { clientRequestId: requestId, complaintId: complaint.id }, select: { id: true } }) : null;
  if (await sentBefore()) return { ok: true, complaint };
  let notified: Notified;
  try {
    notified = await ctx.prisma.$transaction((tx) => writeReply(tx, complaint.id, body, { actorId, actorRole: "RESIDENT" }, now, requestId));
  } catch (error) {
    // Two tries at once: the one that lost the race finds the other's reply.
    if (requestId && isUniqueViolation(error, "clientRequestId") && (await sentBefore())) return { ok: true, complaint };
    throw error;
  }
  await publishComplaintUpdated(ctx.deps.bus, complaint, notified.eventId);
  await publishNotified(ctx.deps.bus, notified);
  return { ok: true, complaint };
}

export const COMMENT_MAX = 1000;

type ReporterAction =
  | { ok: true; complaint: Complaint }
  | { ok: false; issues: FieldIssue[] };

/** Saves a complaint filed without an account into the signed-in person's account. */
export async function claimComplaint(
  ctx: Context,
  input: { trackingCode: string; accessSecret: string },
): Promise<ReporterAction> {
  const viewer = ctx.viewer;
  if (!viewer) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "error.unauthenticated"));
  const complaint = await findComplaintByCode(ctx, input.trackingCode, input.accessSecret);
  // A wrong code and a wrong PIN get the same answer.
  if (!complaint || !ctx.grants.has(complaint.id)) return { ok: false, issues: [{ field: "accessSecret", code: "no_match" }] };
  if (complaint.reporterId === viewer.user.id) return { ok: true, complaint };
  if (complaint.reporterId) return { ok: false, issues: [{ field: "trackingCode", code: "already_claimed" }] };
  const now = ctx.deps.now();
  const claimed = await ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.complaint.update({ where: { id: complaint.id }, data: { reporterId: viewer.user.id } });
    const event = await tx.timelineEvent.create({
      data: { complaintId: complaint.id, type: "CLAIMED", actorId: viewer.user.id, actorRole: "RESIDENT", visibility: "PARTIES", createdAt: now },
    });
    await audit(tx, { actorId: viewer.user.id, action: "complaint.claim", entityType: "Complaint", entityId: complaint.id });
    await notifyEvent(tx, event);
    return { updated, event };
  });
  // Open pages (the resident's, the filing sahabat's) show the claim at once.
  await publishComplaintUpdated(ctx.deps.bus, claimed.updated, claimed.event.id);
  return { ok: true, complaint: claimed.updated };
}

/** The reporter rates the handling, 1–5 with an optional comment, once it is resolved. */
export async function rateComplaint(
  ctx: Context,
  input: { trackingCode: string; accessSecret?: string | null; rating?: number | null; comment?: string | null },
): Promise<ReporterAction> {
  const complaint = await findComplaintByCode(ctx, input.trackingCode, input.accessSecret);
  if (!complaint || !(await accessTo(ctx, complaint)).actAsReporter) {
    throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  }
  const issues: FieldIssue[] = [];
  const rating = input.rating ?? null;
  if (rating === null || !Number.isInteger(rating) || rating < 1 || rating > 5) issues.push({ field: "rating", code: "invalid_choice" });
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > COMMENT_MAX) issues.push({ field: "comment", code: "too_long", params: { max: COMMENT_MAX, length: comment.length } });
  // The same rating sent again (a retry whose answer was lost): already stored, answered the same.
  // A complaint is rated once, so the rating itself is what a retry is recognised by.
  if (complaint.rating !== null && complaint.rating === rating && (complaint.ratingComment ?? null) === comment) return { ok: true, complaint };
  if (!canRate(complaint.status)) issues.push({ field: "rating", code: "not_yet" });
  else if (complaint.rating !== null) issues.push({ field: "rating", code: "taken" });
  if (issues.length > 0) return { ok: false, issues };
  const now = ctx.deps.now();
  const actorId = ctx.viewer?.user.id ?? null;
  const result = await ctx.prisma.$transaction(async (tx) => {
    const notified = await writeRating(tx, complaint.id, rating!, comment, { actorId, actorRole: "RESIDENT" }, now);
    return notified ? { notified, rated: await tx.complaint.findUniqueOrThrow({ where: { id: complaint.id } }) } : null;
  });
  if (!result) {
    // Rated meanwhile: by this very rating sent twice at once, or by someone else.
    const current = await ctx.prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
    if (current.rating === rating && (current.ratingComment ?? null) === comment) return { ok: true, complaint: current };
    return { ok: false, issues: [{ field: "rating", code: "taken" }] };
  }
  await publishComplaintUpdated(ctx.deps.bus, complaint);
  await publishNotified(ctx.deps.bus, result.notified);
  return { ok: true, complaint: result.rated };
}
