// Filing a complaint: in one request (submitComplaint) or step by step from this device's draft
// (saveDraftStep, submitDraft). Authorize → validate → write (with its timeline event, receipt
// and audit entry, in one transaction) → publish.
import { createHmac, randomInt } from "node:crypto";
import { type Context, hasRole } from "../../context.ts";
import { addWorkingDays, DEADLINES, localDate } from "../../domain/calendar/working-days.ts";
import { type SubmissionInput, validateSubmission } from "../../domain/complaint/submission.ts";
import { makeAccessSecret, makeTrackingCode, trackingPrefix } from "../../domain/complaint/tracking-code.ts";
import { type ReceiptChannel, receiptTarget } from "../../domain/notify/receipt.ts";
import { CONSENT_FIELDS, type Consent, type ConsentInput, consentStepIssues, validateConsent } from "../../domain/sahabat/consent.ts";
import { chooseRelaySahabat } from "../../domain/sahabat/relay-choice.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { publishComplaintUpdated } from "../../events/bus.ts";
import type { Complaint, Draft, Prisma } from "../../generated/prisma/client.ts";
import { isUniqueViolation } from "../../db/unique.ts";
import { audit } from "./audit.ts";
import { loadCalendar } from "./calendar.ts";
import { hashSecret } from "./complaint-access.ts";
import { currentDraft, type DraftAnswers, discardDraft, draftAnswers, saveDraftAnswers } from "./drafts.ts";
import { countFiling, type DoorBudget, filingOrigin, refundFiling } from "./filing-limits.ts";
import { newRowId, type FilingRow, writeFiling } from "./filing-write.ts";
import { type Notified, notifyEvent, planEventNotifications, publishNotified } from "./notifications.ts";
import { allowReceipt, queueReceipt, refundReceipt } from "./receipt.ts";
import { referenceData } from "./reference-data.ts";
import { relayCandidates } from "./sahabat-directory.ts";
import { ServiceError } from "./errors.ts";
import { currentParticipation, markFinished, practiceAgency, recordPracticeStep } from "./workshops.ts";
import { say } from "../../i18n/say.ts";

type Tx = Prisma.TransactionClient;

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

/** Checks the chosen places, category and agency against the reference data in memory (reference-data.ts). */
export async function checkReferences(
  ctx: Context,
  districtCode: string,
  villageCode: string | null,
  categoryId: string | null,
  suggestedAgencyId: string | null = null,
) {
  const issues: FieldIssue[] = [];
  const reference = await referenceData(ctx.prisma, ctx.deps.now().getTime());
  // A workshop (sandbox) agency never receives a real complaint.
  if (suggestedAgencyId) {
    const agency = reference.agencies.get(suggestedAgencyId);
    if (!agency?.active || agency.isSandbox) issues.push({ field: "suggestedAgencyId", code: "invalid_choice" });
  }
  const district = reference.regions.get(districtCode);
  if (!district || district.level !== "DISTRICT") issues.push({ field: "districtCode", code: "invalid_choice" });
  if (villageCode) {
    const village = reference.regions.get(villageCode);
    if (!village || village.level !== "VILLAGE") issues.push({ field: "villageCode", code: "invalid_choice" });
    else if (village.parentCode !== districtCode) issues.push({ field: "villageCode", code: "not_in_district" });
  }
  if (categoryId && !reference.categories.get(categoryId)?.active) issues.push({ field: "categoryId", code: "invalid_choice" });
  return issues;
}

/**
 * A resident filing alone who chose to hear back through a sahabat: the sahabat of the
 * kecamatan who will relay (domain/sahabat/relay-choice.ts). Null when not asked for.
 */
async function relayFor(ctx: Context, value: { contactPreference: string; districtCode: string; relaySahabatId: string | null }, assisted: boolean) {
  if (assisted || value.contactPreference !== "SAHABAT") return { sahabatId: null, issues: [] as FieldIssue[] };
  const choice = chooseRelaySahabat(await relayCandidates(ctx, value.districtCode), value.relaySahabatId);
  return choice.ok ? { sahabatId: choice.sahabatId, issues: [] as FieldIssue[] } : { sahabatId: null, issues: choice.issues };
}

async function findReplay(ctx: Context, clientRequestId: string, title: string, story: string) {
  const existing = await ctx.prisma.complaint.findUnique({ where: { clientRequestId } });
  if (!existing) return null;
  // The same id with different content is not a replay: it must not reveal the other complaint.
  if (existing.title !== title || existing.story !== story) return "conflict" as const;
  return existing;
}

/** Which of a draft's photos a filing takes: a consent slip's photo goes only with a filing for a resident. */
const filedPhotos = (assisted: boolean) => (assisted ? {} : { purpose: "EVIDENCE" as const });

/** Photos this device uploaded to its draft and has not filed yet, by id; null if any is missing. */
async function draftPhotos(ctx: Context, ids: readonly string[], assisted: boolean): Promise<string[] | null> {
  if (ids.length === 0) return [];
  const draft = await currentDraft(ctx);
  if (!draft) return null;
  const found = await ctx.prisma.attachment.findMany({
    where: { id: { in: [...ids] }, draftId: draft.id, complaintId: null, ...filedPhotos(assisted) },
    select: { id: true },
  });
  return found.length === new Set(ids).size ? found.map((a) => a.id) : null;
}

const viewerEmail = (ctx: Context) => ctx.viewer?.user.email ?? null;

/**
 * Assisted filing: a sahabat files for a resident (channel ASSISTED). Only a sahabat may, and
 * only with the resident's consent recorded (domain/sahabat/consent.ts); the resident is the
 * reporter, never the sahabat's account.
 */
export type AssistedInput = ConsentInput & { assisted?: boolean | null };

function checkAssisted(ctx: Context, input: AssistedInput, now: Date): { consent: Consent | null; issues: FieldIssue[] } {
  if (!input.assisted) return { consent: null, issues: [] };
  if (!hasRole(ctx, "SAHABAT")) {
    throw new ServiceError("FORBIDDEN", say(ctx, "assisted.sahabatOnly"));
  }
  const checked = validateConsent(input, now);
  return checked.ok ? { consent: checked.value, issues: [] } : { consent: null, issues: checked.issues };
}

/**
 * Another door into the same filing (SMS, an Open311 client application): the channel it records,
 * how its filings are budgeted (filing-limits.ts) and what its audit entry adds (the gateway's
 * message id, the client application). Such a filing is never assisted, never practice and takes
 * no draft photos; everything else (validation, replay safety, deadlines, timeline, receipt,
 * audit, notifications) is the web's.
 */
export type Door = DoorBudget & { audit?: Record<string, string> };

export async function submitComplaint(
  ctx: Context,
  input: SubmissionInput & AssistedInput & { attachmentIds?: readonly string[] | null },
  door: Door | null = null,
): Promise<SubmitResult> {
  const now = ctx.deps.now();
  const calendar = await loadCalendar(ctx.prisma, now.getTime());
  if (door) input = { ...input, assisted: false, attachmentIds: [] };
  const assisted = checkAssisted(ctx, input, now);
  const sahabat = input.assisted ? ctx.viewer : null;
  // The resident files without an account of theirs here: nothing is taken from the sahabat's.
  const validated = validateSubmission(input, localDate(now, calendar.utcOffsetMinutes), {
    signedIn: ctx.viewer !== null && !sahabat,
    assisted: sahabat !== null,
  });
  const issues = [...assisted.issues, ...(validated.ok ? [] : validated.issues)];
  if (!validated.ok || issues.length > 0) return { ok: false, issues };
  const value = validated.value;

  // Counted before anything is written. A replay (same clientRequestId, same words) must not
  // count, but it is rare, so it is not looked up first: the write finds the id taken (the unique
  // key), or a refusal below looks before answering, and then the count is taken back.
  const channel = door ? door.channel : sahabat ? "ASSISTED" : "WEB";
  // A workshop participant practises: the complaint is LATIHAN, in their workshop, "handled" by a
  // LATIHAN agency; no receipt leaves by SMS or e-mail and no real sahabat is asked to relay it.
  const practice = door ? null : await currentParticipation(ctx);
  const count = await countFiling(ctx, {
    channel: sahabat ? "ASSISTED" : "WEB",
    door,
    phone: value.reporterPhone,
    email: value.reporterEmail ?? (sahabat ? null : viewerEmail(ctx)),
    // Budgeted per participant and per workshop: a room of 30 shares one address.
    practice: practice ? { workshopId: practice.workshopId, participantId: practice.id } : null,
  });
  /** The stored complaint when this request repeats one already filed, with the counts it made taken back. */
  const replayOf = async (receiptCounted: { channel: ReceiptChannel; contact: string } | null): Promise<SubmitResult | null> => {
    if (!value.clientRequestId) return null;
    const replay = await findReplay(ctx, value.clientRequestId, value.title, value.story);
    if (replay === "conflict") {
      // The same id with different content is not a replay: filed as a new complaint.
      value.clientRequestId = null;
      return null;
    }
    if (!replay) return null;
    await refundFiling(ctx, count);
    if (receiptCounted) await refundReceipt(ctx.prisma, receiptCounted);
    return { ok: true, complaint: replay, accessSecret: secretFor(ctx, value.clientRequestId), replayed: true };
  };
  if (count.refused) return (await replayOf(null)) ?? { ok: false, issues: [count.refused] };

  const referenceIssues = await checkReferences(ctx, value.districtCode, value.villageCode, value.categoryId, value.suggestedAgencyId);
  const photoIds = await draftPhotos(ctx, input.attachmentIds ?? [], input.assisted === true);
  if (!photoIds) referenceIssues.push({ field: "attachmentIds", code: "invalid_choice" });
  const relay = practice || referenceIssues.some((i) => i.field === "districtCode")
    ? { sahabatId: null, issues: [] }
    : await relayFor(ctx, value, sahabat !== null);
  referenceIssues.push(...relay.issues);
  // A replay of a filing made before the reference data changed (or its draft was filed) is still answered.
  if (referenceIssues.length > 0) return (await replayOf(null)) ?? { ok: false, issues: referenceIssues };

  const viewer = ctx.viewer;
  // The reporter: the signed-in resident (their account, name and e-mail by default), or, when a
  // sahabat files, the resident named in the filing and no account at all.
  const reporter = sahabat ? null : viewer;
  const reporterEmail = value.reporterEmail ?? reporter?.user.email ?? null;
  // Counted before the write (the limiter writes apart from it; PGlite has one connection).
  const receipt = practice ? null : receiptTarget({ contactPreference: value.contactPreference, reporterPhone: value.reporterPhone, reporterEmail, assisted: sahabat !== null });
  const sendReceipt = receipt !== null && (await allowReceipt(ctx.prisma, receipt, now));
  const practiceAgencyId = practice ? await practiceAgency(ctx) : null;
  const practiceAgencyName = practiceAgencyId
    ? ((await ctx.prisma.agency.findUnique({ where: { id: practiceAgencyId }, select: { shortName: true } }))?.shortName ?? null)
    : null;
  const prefix = trackingPrefix(ctx.deps.regencyCode);
  const actorId = viewer?.user.id ?? null;
  // Anything besides the complaint, its event, notifications and audit entry: then one transaction around all.
  const extras = (photoIds?.length ?? 0) > 0 || (sahabat !== null && assisted.consent !== null) || relay.sahabatId !== null || sendReceipt;
  for (let attempt = 0; ; attempt++) {
    const accessSecret = secretFor(ctx, value.clientRequestId);
    const trackingCode = ctx.deps.newTrackingCode?.(prefix) ?? makeTrackingCode(prefix, randomInt);
    const row: FilingRow = {
      id: newRowId(),
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
      channel,
      reporterId: reporter?.user.id ?? null,
      reporterName: value.reporterName ?? reporter?.user.name ?? null,
      sahabatId: sahabat?.user.id ?? null,
      relaySahabatId: relay.sahabatId,
      reporterPhone: value.reporterPhone,
      reporterEmail,
      contactPreference: value.contactPreference,
      locale: ctx.locale,
      isSandbox: practice !== null,
      workshopId: practice?.workshopId ?? null,
      workshopParticipantId: practice?.id ?? null,
      agencyId: practiceAgencyId,
      submittedAt: now,
      verifyDueAt: addWorkingDays(now, DEADLINES.verify, calendar),
    };
    const event = { id: newRowId(), actorId, actorRole: sahabat ? ("SAHABAT" as const) : viewer ? ("RESIDENT" as const) : null, createdAt: now };
    // Who hears of the new complaint is read before the write (nobody can follow it yet; its
    // kecamatan's and category's followers are read as they are now, as inside a transaction).
    const planned = await planEventNotifications(
      ctx.prisma,
      { ...event, complaintId: row.id, type: "SUBMITTED", fromStatus: null, toStatus: "SUBMITTED", note: null, visibility: "PUBLIC", noteVisibility: null },
      { ...row, status: "SUBMITTED", publicTitle: null, sahabatAccessWithdrawnAt: null, agency: practiceAgencyName === null ? null : { shortName: practiceAgencyName }, copies: [] },
    );
    const notifications = planned.map((n) => ({ ...n, id: newRowId(), createdAt: now }));
    const auditEntry = {
      actorId,
      data: {
        trackingCode,
        channel,
        privacy: value.privacy,
        origin: filingOrigin(ctx),
        ...door?.audit,
        ...(assisted.consent ? { consent: assisted.consent.method } : {}),
      },
    };
    const notified: Notified[] = [
      {
        complaintId: row.id,
        eventId: event.id,
        forUsers: notifications.flatMap((n) => (n.userId ? [{ id: n.id, userId: n.userId }] : [])),
      },
    ];
    try {
      const complaint = !extras
        ? await writeFiling(ctx.prisma, row, event, notifications, auditEntry)
        : await ctx.prisma.$transaction(async (tx) => {
            const created = await writeFiling(tx, row, event, notifications, auditEntry);
            if (photoIds && photoIds.length > 0) {
              await tx.attachment.updateMany({
                where: { id: { in: photoIds } },
                data: { complaintId: created.id, draftId: null },
              });
            }
            if (sahabat && assisted.consent) {
              await tx.consentRecord.create({
                data: {
                  complaintId: created.id,
                  sahabatId: sahabat.user.id,
                  method: assisted.consent.method,
                  givenAt: assisted.consent.givenAt,
                  readBackDone: assisted.consent.readBackDone,
                  privacy: value.privacy,
                  note: assisted.consent.note,
                },
              });
            }
            if (relay.sahabatId) notified.push(await assignRelay(tx, created, relay.sahabatId, value.relaySahabatId !== null, actorId, now));
            if (receipt && sendReceipt) await queueReceipt(tx, created, receipt, accessSecret, ctx.locale, now);
            return created;
          });
      ctx.grants.add(complaint.id);
      await publishComplaintUpdated(ctx.deps.bus, complaint);
      await publishNotified(ctx.deps.bus, notified);
      if (practice) await markFinished(ctx, practice.id, practice.workshopId);
      return { ok: true, complaint, accessSecret, replayed: false };
    } catch (error) {
      if (isUniqueViolation(error, "trackingCode") && attempt < 5) continue;
      if (value.clientRequestId && isUniqueViolation(error, "clientRequestId")) {
        // Filed before (a replay, or a concurrent replay won the race): answer with what it stored.
        const replay = await replayOf(sendReceipt ? receipt : null);
        if (replay) return replay;
        // The id was taken by different words: filed again without it.
        if (value.clientRequestId === null && attempt < 5) continue;
      }
      throw error;
    }
  }
}

function draftConsent(answers: DraftAnswers): ConsentInput {
  const text = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    consentMethod: text(answers.consentMethod),
    consentGivenAt: text(answers.consentGivenAt),
    consentNote: text(answers.consentNote),
    consentReadBack: answers.consentReadBack === true,
  };
}

/**
 * The relay sahabat is on the timeline for the resident (and told, so it reaches their queue
 * as news), and in the audit trail: who relays and whether the resident picked them.
 */
async function assignRelay(tx: Tx, complaint: Complaint, sahabatId: string, picked: boolean, actorId: string | null, now: Date): Promise<Notified> {
  const profile = await tx.sahabatProfile.findUnique({ where: { userId: sahabatId }, select: { published: true, displayName: true } });
  const event = await tx.timelineEvent.create({
    data: {
      complaintId: complaint.id,
      type: "RELAY_ASSIGNED",
      actorId,
      actorRole: actorId ? "RESIDENT" : null,
      // Only a name the sahabat chose to publish; the account's name stays with the account.
      note: profile?.published ? profile.displayName : null,
      visibility: "PARTIES",
      createdAt: now,
    },
  });
  await audit(tx, {
    actorId,
    action: "complaint.relay.assign",
    entityType: "Complaint",
    entityId: complaint.id,
    data: { sahabatId, picked },
  });
  return notifyEvent(tx, event);
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
  if (fieldsToCheck.length === 0) {
    await recordPracticeStep(ctx, draft, step, []);
    return { draft, issues: [] };
  }
  const merged = draftAnswers(draft);
  const now = ctx.deps.now();
  const calendar = await loadCalendar(ctx.prisma, now.getTime());
  // "Lapor untuk warga": the answers are the resident's, checked as submitComplaint will.
  const assisted = merged.assisted === true;
  const validated = validateSubmission(merged as SubmissionInput, localDate(now, calendar.utcOffsetMinutes), {
    signedIn: ctx.viewer !== null && !assisted,
    assisted,
  });
  const wanted = new Set(fieldsToCheck);
  // The location is one answer given as two numbers: checking either checks both.
  if (wanted.has("longitude")) wanted.add("latitude");
  let issues = validated.ok ? [] : validated.issues.filter((i) => wanted.has(i.field));
  if (CONSENT_FIELDS.some((f) => wanted.has(f))) issues = [...issues, ...consentStepIssues(draftConsent(merged), now)];
  const agency = typeof merged.suggestedAgencyId === "string" && merged.suggestedAgencyId.trim() ? merged.suggestedAgencyId.trim() : null;
  if (wanted.has("suggestedAgencyId") && agency && !issues.some((i) => i.field === "suggestedAgencyId")) {
    const found = (await referenceData(ctx.prisma, now.getTime())).agencies.get(agency);
    if (!found?.active || found.isSandbox) issues.push({ field: "suggestedAgencyId", code: "invalid_choice" });
  }
  // Hearing back through a sahabat: one must serve the kecamatan, and a pick must be one of them.
  // Not asked early of a sahabat, who may be filing for a resident (then they relay themselves);
  // submitComplaint decides for every filing.
  const mayBeAssisted = hasRole(ctx, "SAHABAT");
  if (wanted.has("contactPreference") && validated.ok && !mayBeAssisted && !issues.some((i) => i.field === "contactPreference")) {
    const relay = await relayFor(ctx, validated.value, false);
    issues = [...issues, ...relay.issues];
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
  await recordPracticeStep(ctx, draft, step, issues.map((i) => i.field));
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
    ? await ctx.prisma.attachment.findMany({
        where: { draftId: draft.id, complaintId: null, ...filedPhotos(answers.assisted === true) },
        select: { id: true },
      })
    : [];
  const result = await submitComplaint(ctx, {
    ...(answers as SubmissionInput),
    ...draftConsent(answers),
    assisted: answers.assisted === true,
    showReporterName: answers.showReporterName === true,
    clientRequestId,
    attachmentIds: photos.map((p) => p.id),
  });
  if (result.ok && draft) await discardDraft(ctx, draft.id);
  return result;
}
