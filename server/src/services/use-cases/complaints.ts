// Complaint services: every write goes authorize → validate → write (with its timeline event
// and audit entry, in one transaction) → publish. Reads resolve who may see what through the
// privacy domain module.
import DataLoader from "dataloader";
import { createHash, createHmac, randomInt, timingSafeEqual } from "node:crypto";
import type { Context } from "../../context.ts";
import { addWorkingDays, DEADLINES, localDate } from "../../domain/calendar/working-days.ts";
import { type SubmissionInput, validateSubmission } from "../../domain/complaint/submission.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import {
  makeAccessSecret,
  makeTrackingCode,
  normalizeAccessSecret,
  normalizeTrackingCode,
  trackingPrefix,
} from "../../domain/complaint/tracking-code.ts";
import { type Access, type Audience, audiencesOf, complaintAccess, isVerified } from "../../domain/privacy/privacy.ts";
import { canRate } from "../../domain/complaint/status.ts";
import { publishComplaintUpdated } from "../../events/bus.ts";
import type { Complaint, Draft } from "../../generated/prisma/client.ts";
import { isUniqueViolation } from "../../db/unique.ts";
import { translate } from "../../i18n/messages.ts";
import { say } from "../../i18n/say.ts";
import { audit } from "./audit.ts";
import { currentDraft, discardDraft, draftAnswers, saveDraftAnswers } from "./drafts.ts";
import { ServiceError } from "./errors.ts";
import { type Attempt, attempt, type Check, keyPart, LIMITS, type RateState, refundAll, waitParams } from "./rate-limit.ts";
import { filingOrigin, recordFiling } from "./filing-limits.ts";
import { loadCalendar } from "./calendar.ts";
import { type Notified, notifyEvent, publishNotified } from "./notifications.ts";
import { receiptTarget } from "../../domain/notify/receipt.ts";
import { allowReceipt, queueReceipt } from "./receipt.ts";

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * A replayed offline submission (same clientRequestId) must get the same secret back, yet only
 * a hash is stored; so with a clientRequestId the secret is derived from it with a server key.
 */
function secretFor(ctx: Context, clientRequestId: string | null): string {
  if (!clientRequestId) return makeAccessSecret(randomInt);
  const digest = createHmac("sha256", ctx.deps.secretKey).update(`secret:${clientRequestId}`).digest();
  let i = 0;
  return makeAccessSecret((n) => digest[i++ % digest.length]! % n);
}

export type SubmitResult =
  | { ok: true; complaint: Complaint; accessSecret: string; replayed: boolean }
  | { ok: false; issues: FieldIssue[] };

export async function checkReferences(
  ctx: Context,
  districtCode: string,
  villageCode: string | null,
  categoryId: string | null,
  suggestedAgencyId: string | null = null,
) {
  const issues: FieldIssue[] = [];
  const codes = villageCode ? [districtCode, villageCode] : [districtCode];
  const [regions, category, agency] = await Promise.all([
    ctx.prisma.region.findMany({ where: { code: { in: codes } }, select: { code: true, level: true, parentCode: true } }),
    categoryId ? ctx.prisma.category.findFirst({ where: { id: categoryId, active: true }, select: { id: true } }) : null,
    // A workshop (sandbox) agency never receives a real complaint.
    suggestedAgencyId
      ? ctx.prisma.agency.findFirst({ where: { id: suggestedAgencyId, active: true, isSandbox: false }, select: { id: true } })
      : null,
  ]);
  if (suggestedAgencyId && !agency) issues.push({ field: "suggestedAgencyId", code: "invalid_choice" });
  const district = regions.find((r) => r.code === districtCode);
  if (!district || district.level !== "DISTRICT") issues.push({ field: "districtCode", code: "invalid_choice" });
  if (villageCode) {
    const village = regions.find((r) => r.code === villageCode);
    if (!village || village.level !== "VILLAGE") issues.push({ field: "villageCode", code: "invalid_choice" });
    else if (village.parentCode !== districtCode) issues.push({ field: "villageCode", code: "not_in_district" });
  }
  if (categoryId && !category) issues.push({ field: "categoryId", code: "invalid_choice" });
  return issues;
}

async function findReplay(ctx: Context, clientRequestId: string, title: string, story: string) {
  const existing = await ctx.prisma.complaint.findUnique({ where: { clientRequestId } });
  if (!existing) return null;
  // The same id with different content is not a replay: it must not reveal the other complaint.
  if (existing.title !== title || existing.story !== story) return "conflict" as const;
  return existing;
}

/** Photos this device uploaded to its draft and has not filed yet, by id; null if any is missing. */
async function draftPhotos(ctx: Context, ids: readonly string[]): Promise<string[] | null> {
  if (ids.length === 0) return [];
  const draft = await currentDraft(ctx);
  if (!draft) return null;
  const found = await ctx.prisma.attachment.findMany({
    where: { id: { in: [...ids] }, draftId: draft.id, complaintId: null },
    select: { id: true },
  });
  return found.length === new Set(ids).size ? found.map((a) => a.id) : null;
}

const viewerEmail = (ctx: Context) => ctx.viewer?.user.email ?? null;

export async function submitComplaint(
  ctx: Context,
  input: SubmissionInput & { attachmentIds?: readonly string[] | null },
): Promise<SubmitResult> {
  const now = ctx.deps.now();
  const calendar = await loadCalendar(ctx.prisma, now.getTime());
  const validated = validateSubmission(input, localDate(now, calendar.utcOffsetMinutes), { signedIn: ctx.viewer !== null });
  if (!validated.ok) return { ok: false, issues: validated.issues };
  const value = validated.value;

  if (value.clientRequestId) {
    const replay = await findReplay(ctx, value.clientRequestId, value.title, value.story);
    if (replay === "conflict") value.clientRequestId = null;
    else if (replay) {
      return { ok: true, complaint: replay, accessSecret: secretFor(ctx, value.clientRequestId), replayed: true };
    }
  }

  // Counted before anything is written (replays above do not count; see filing-limits.ts).
  const refused = await recordFiling(ctx, { channel: "WEB", phone: value.reporterPhone, email: value.reporterEmail ?? viewerEmail(ctx) });
  if (refused) return { ok: false, issues: [refused] };

  const issues = await checkReferences(ctx, value.districtCode, value.villageCode, value.categoryId, value.suggestedAgencyId);
  const photoIds = await draftPhotos(ctx, input.attachmentIds ?? []);
  if (!photoIds) issues.push({ field: "attachmentIds", code: "invalid_choice" });
  if (issues.length > 0) return { ok: false, issues };

  const accessSecret = secretFor(ctx, value.clientRequestId);
  const viewer = ctx.viewer;
  const reporterEmail = value.reporterEmail ?? viewer?.user.email ?? null;
  // Counted before the transaction (the limiter writes outside it; PGlite has one connection).
  // A replay returned above, so each complaint counts once.
  const receipt = receiptTarget({ contactPreference: value.contactPreference, reporterPhone: value.reporterPhone, reporterEmail });
  const sendReceipt = receipt !== null && (await allowReceipt(ctx.prisma, receipt, now));
  const prefix = trackingPrefix(ctx.deps.regencyCode);
  for (let attempt = 0; ; attempt++) {
    const trackingCode = ctx.deps.newTrackingCode?.(prefix) ?? makeTrackingCode(prefix, randomInt);
    let notified: Notified | null = null;
    try {
      const complaint = await ctx.prisma.$transaction(async (tx) => {
        const created = await tx.complaint.create({
          data: {
            trackingCode,
            accessSecretHash: hashSecret(accessSecret),
            clientRequestId: value.clientRequestId,
            kind: value.kind,
            title: value.title,
            story: value.story,
            incidentDate: value.incidentDate ? new Date(`${value.incidentDate}T00:00:00Z`) : null,
            incidentDateApproximate: value.incidentDate === null,
            districtCode: value.districtCode,
            villageCode: value.villageCode,
            landmark: value.landmark,
            latitude: value.latitude,
            longitude: value.longitude,
            suggestedAgencyId: value.suggestedAgencyId,
            categoryId: value.categoryId,
            privacy: value.privacy,
            showReporterName: value.showReporterName,
            channel: "WEB",
            reporterId: viewer?.user.id ?? null,
            reporterName: value.reporterName ?? viewer?.user.name ?? null,
            reporterPhone: value.reporterPhone,
            reporterEmail,
            contactPreference: value.contactPreference,
            locale: ctx.locale,
            submittedAt: now,
            verifyDueAt: addWorkingDays(now, DEADLINES.verify, calendar),
          },
        });
        if (photoIds && photoIds.length > 0) {
          await tx.attachment.updateMany({
            where: { id: { in: photoIds } },
            data: { complaintId: created.id, draftId: null },
          });
        }
        const event = await tx.timelineEvent.create({
          data: {
            complaintId: created.id,
            type: "SUBMITTED",
            actorId: viewer?.user.id ?? null,
            actorRole: viewer ? "RESIDENT" : null,
            toStatus: "SUBMITTED",
            createdAt: now,
          },
        });
        notified = await notifyEvent(tx, event);
        if (receipt && sendReceipt) await queueReceipt(tx, created, receipt, accessSecret, ctx.locale, now);
        await audit(tx, {
          actorId: viewer?.user.id ?? null,
          action: "complaint.submit",
          entityType: "Complaint",
          entityId: created.id,
          data: { trackingCode, channel: "WEB", privacy: value.privacy, origin: filingOrigin(ctx) },
        });
        return created;
      });
      ctx.grants.add(complaint.id);
      await publishComplaintUpdated(ctx.deps.bus, complaint);
      if (notified) await publishNotified(ctx.deps.bus, notified);
      return { ok: true, complaint, accessSecret, replayed: false };
    } catch (error) {
      if (isUniqueViolation(error, "trackingCode") && attempt < 5) continue;
      if (value.clientRequestId && isUniqueViolation(error, "clientRequestId")) {
        // A concurrent replay won the race: answer with what it stored.
        const replay = await findReplay(ctx, value.clientRequestId, value.title, value.story);
        if (replay && replay !== "conflict") {
          return { ok: true, complaint: replay, accessSecret, replayed: true };
        }
      }
      throw error;
    }
  }
}

function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * PIN checks: per client (hard), per signed-in account (hard) and per tracking code (slows down
 * only, so guesses from elsewhere never lock the reporter out). Recorded before the PIN is
 * compared; a right PIN is refunded.
 */
function secretChecks(ctx: Context, code: string): Check[] {
  const client = keyPart(ctx.deps.secretKey, ctx.clientAddress);
  const trusted = ctx.deps.limits.trustedAddresses.has(ctx.clientAddress);
  return [
    ...(trusted ? [] : [{ key: `secret:client:${client}`, limit: LIMITS.secretPerClient }]),
    ...(ctx.viewer ? [{ key: `secret:user:${ctx.viewer.user.id}`, limit: LIMITS.secretPerAccount }] : []),
    { key: `secret:code:${code}`, limit: LIMITS.secretPerCode },
  ];
}

function pinRefusal(ctx: Context, refused: Check, state: RateState): ServiceError {
  const wait = waitParams(state.retryAfterMs);
  if (state.slowed) return new ServiceError("RATE_LIMITED", say(ctx, "error.slow_down", wait));
  const key = refused.key.startsWith("secret:code:") ? "error.rate_limited" : "error.rate_limited_client";
  return new ServiceError("RATE_LIMITED", say(ctx, key, wait));
}

/**
 * Finds a complaint by tracking code if this viewer may see it; null otherwise (no hint why).
 * PIN checks are counted whether the code exists or not; past a limit even a right PIN waits,
 * so a PIN cannot be guessed by trying them all.
 */
export async function findComplaintByCode(
  ctx: Context,
  rawCode: string,
  rawSecret: string | null | undefined,
): Promise<Complaint | null> {
  const code = normalizeTrackingCode(rawCode);
  if (!code) return null;
  const secret = rawSecret?.trim() ? (normalizeAccessSecret(rawSecret) ?? "invalid") : null;
  const now = ctx.deps.now();
  let counted: Attempt | null = null;
  if (secret) {
    counted = await attempt(ctx.prisma, secretChecks(ctx, code), now);
    if (!counted.allowed) throw pinRefusal(ctx, counted.refused, counted.state);
  }
  const complaint = await ctx.prisma.complaint.findUnique({ where: { trackingCode: code } });
  if (secret && counted) {
    if (complaint && secret !== "invalid" && secretMatches(secret, complaint.accessSecretHash)) {
      ctx.grants.add(complaint.id);
      await refundAll(ctx.prisma, counted.recorded);
    }
  }
  if (!complaint) return null;
  const access = await accessTo(ctx, complaint);
  return access.visible ? complaint : null;
}

/** What decides how a viewer relates to a complaint. */
export type AudienceRow = Pick<Complaint, "id" | "reporterId" | "sahabatId" | "districtCode" | "agencyId">;

/** What decides what a viewer may see of it: the relations, the privacy mode and whether it is verified. */
export type AccessRow = AudienceRow & Pick<Complaint, "privacy" | "showReporterName" | "status">;

const audienceCache = new WeakMap<Context, Map<string, Promise<Set<Audience>>>>();

/** Drops memoised audiences (after a write, and on every event of a long-lived subscription). */
export function forgetAccess(ctx: Context): void {
  audienceCache.delete(ctx);
}

const copyLoaders = new WeakMap<Context, DataLoader<string, string[]>>();

/**
 * The agencies a complaint was copied to. Rows asked for in the same tick (a page of a list) are
 * looked up in one query; nothing is cached here (audiencesFor memoises, and forgets after writes).
 */
function copiedAgencies(ctx: Context, complaintId: string): Promise<string[]> {
  let loader = copyLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, string[]>(
      async (ids) => {
        const rows = await ctx.prisma.complaintCopy.findMany({
          where: { complaintId: { in: [...ids] } },
          select: { complaintId: true, agencyId: true },
        });
        const byComplaint = new Map<string, string[]>();
        for (const row of rows) byComplaint.set(row.complaintId, [...(byComplaint.get(row.complaintId) ?? []), row.agencyId]);
        return ids.map((id) => byComplaint.get(id) ?? []);
      },
      { cache: false },
    );
    copyLoaders.set(ctx, loader);
  }
  return loader.load(complaintId);
}

/**
 * How this request's viewer relates to one complaint (memoised per request, keyed by every
 * field that decides it). Copies are only looked up for agency officers, the only ones they
 * can concern.
 */
export function audiencesFor(ctx: Context, complaint: AudienceRow): Promise<Set<Audience>> {
  let perRequest = audienceCache.get(ctx);
  if (!perRequest) audienceCache.set(ctx, (perRequest = new Map()));
  const { id, reporterId, sahabatId, districtCode, agencyId } = complaint;
  const key = [id, reporterId, sahabatId, districtCode, agencyId, ctx.grants.has(id)].join(":");
  let audiences = perRequest.get(key);
  if (!audiences) {
    audiences = (async () => {
      const needsCopies = ctx.viewer?.roles.some((r) => r.role === "AGENCY_OFFICER") ?? false;
      const copiedAgencyIds = needsCopies ? await copiedAgencies(ctx, id) : [];
      return audiencesOf(
        { userId: ctx.viewer?.user.id ?? null, roles: ctx.viewer?.roles ?? [] },
        { ...complaint, copiedAgencyIds },
        ctx.grants.has(id),
      );
    })();
    perRequest.set(key, audiences);
  }
  return audiences;
}

/** What this request's viewer may see of one complaint. */
export async function accessTo(ctx: Context, complaint: AccessRow): Promise<Access> {
  return complaintAccess(await audiencesFor(ctx, complaint), complaint.privacy, complaint.showReporterName, isVerified(complaint.status));
}


export const REPLY_MAX = 2000;

/** The reporter adds information or answers a follow-up. Only the reporter may. */
export async function replyToComplaint(
  ctx: Context,
  input: { trackingCode: string; accessSecret?: string | null; body?: string | null },
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
  let notified: Notified | null = null;
  const event = await ctx.prisma.$transaction(async (tx) => {
    await tx.reply.create({ data: { complaintId: complaint.id, authorId: actorId, body, createdAt: now } });
    const created = await tx.timelineEvent.create({
      data: { complaintId: complaint.id, type: "REPLY", actorId, actorRole: "RESIDENT", note: body, visibility: "PARTIES", createdAt: now },
    });
    await audit(tx, { actorId, action: "complaint.reply", entityType: "Complaint", entityId: complaint.id });
    notified = await notifyEvent(tx, created);
    return created;
  });
  await publishComplaintUpdated(ctx.deps.bus, complaint, event.id);
  if (notified) await publishNotified(ctx.deps.bus, notified);
  return { ok: true, complaint };
}

/**
 * Saves a step's answers to this device's draft and checks the fields that step asks about,
 * against all the answers so far (a desa is checked against the kecamatan chosen earlier).
 */
export async function saveDraftStep(
  ctx: Context,
  step: string,
  answers: Record<string, unknown>,
  fieldsToCheck: readonly string[],
): Promise<{ draft: Draft; issues: FieldIssue[] }> {
  const draft = await saveDraftAnswers(ctx, step, answers);
  if (fieldsToCheck.length === 0) return { draft, issues: [] };
  const merged = draftAnswers(draft);
  const now = ctx.deps.now();
  const calendar = await loadCalendar(ctx.prisma, now.getTime());
  const validated = validateSubmission(merged as SubmissionInput, localDate(now, calendar.utcOffsetMinutes), {
    signedIn: ctx.viewer !== null,
  });
  const wanted = new Set(fieldsToCheck);
  // The location is one answer given as two numbers: checking either checks both.
  if (wanted.has("longitude")) wanted.add("latitude");
  let issues = validated.ok ? [] : validated.issues.filter((i) => wanted.has(i.field));
  const agency = typeof merged.suggestedAgencyId === "string" && merged.suggestedAgencyId.trim() ? merged.suggestedAgencyId.trim() : null;
  if (wanted.has("suggestedAgencyId") && agency && !issues.some((i) => i.field === "suggestedAgencyId")) {
    const found = await ctx.prisma.agency.findFirst({ where: { id: agency, active: true, isSandbox: false }, select: { id: true } });
    if (!found) issues.push({ field: "suggestedAgencyId", code: "invalid_choice" });
  }
  const referenceFields = ["districtCode", "villageCode", "categoryId"].filter((f) => wanted.has(f));
  if (referenceFields.length > 0 && !issues.some((i) => referenceFields.includes(i.field))) {
    const district = typeof merged.districtCode === "string" ? merged.districtCode.trim() : "";
    const village = typeof merged.villageCode === "string" && merged.villageCode.trim() ? merged.villageCode.trim() : null;
    const category = typeof merged.categoryId === "string" && merged.categoryId.trim() ? merged.categoryId.trim() : null;
    if (district) {
      const found = await checkReferences(ctx, district, village, category);
      issues = [...issues, ...found.filter((i) => wanted.has(i.field))];
    }
  }
  return { draft, issues };
}

/** Files this device's draft with all its photos, then forgets the draft. */
export async function submitDraft(ctx: Context, clientRequestId: string | null): Promise<SubmitResult> {
  // A replay after the first attempt succeeded (the answer was lost on the way back): the draft
  // is gone, but the complaint it became is found by the request id.
  if (clientRequestId) {
    const filed = await ctx.prisma.complaint.findUnique({ where: { clientRequestId } });
    if (filed) return { ok: true, complaint: filed, accessSecret: secretFor(ctx, clientRequestId), replayed: true };
  }
  const draft = await currentDraft(ctx);
  const answers = draftAnswers(draft);
  const photos = draft
    ? await ctx.prisma.attachment.findMany({ where: { draftId: draft.id, complaintId: null }, select: { id: true } })
    : [];
  const result = await submitComplaint(ctx, {
    ...(answers as SubmissionInput),
    showReporterName: answers.showReporterName === true,
    clientRequestId,
    attachmentIds: photos.map((p) => p.id),
  });
  if (result.ok && draft) await discardDraft(ctx, draft.id);
  return result;
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
    return updated;
  });
  return { ok: true, complaint: claimed };
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
  if (!canRate(complaint.status)) issues.push({ field: "rating", code: "not_yet" });
  else if (complaint.rating !== null) issues.push({ field: "rating", code: "taken" });
  if (issues.length > 0) return { ok: false, issues };
  const now = ctx.deps.now();
  const actorId = ctx.viewer?.user.id ?? null;
  let notified: Notified | null = null;
  const rated = await ctx.prisma.$transaction(async (tx) => {
    // Conditional update: two ratings sent at once store one.
    const { count } = await tx.complaint.updateMany({
      where: { id: complaint.id, rating: null },
      data: { rating, ratingComment: comment },
    });
    if (count === 0) return null;
    const event = await tx.timelineEvent.create({
      data: {
        complaintId: complaint.id, type: "RATED", actorId, actorRole: "RESIDENT",
        note: comment ? `${rating}/5 — ${comment}` : `${rating}/5`, visibility: "PARTIES", createdAt: now,
      },
    });
    await audit(tx, { actorId, action: "complaint.rate", entityType: "Complaint", entityId: complaint.id, data: { rating } });
    notified = await notifyEvent(tx, event);
    return tx.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
  });
  if (!rated) return { ok: false, issues: [{ field: "rating", code: "taken" }] };
  await publishComplaintUpdated(ctx.deps.bus, complaint);
  if (notified) await publishNotified(ctx.deps.bus, notified);
  return { ok: true, complaint: rated };
}
