// Redaction before publication: a verifier in scope (or an administrator) decides what the public
// reads of a complaint — its title and story with the chosen phrases hidden, each photo as it is,
// blurred in places, or hidden — while the original stays for those the privacy rules allow.
// One call: authorize → validate → blur files → write + staff timeline entry + audit → publish.
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Context } from "../../context.ts";
import { mayRedact } from "../../domain/privacy/privacy.ts";
import {
  clampRegion,
  cleanPhrase,
  MAX_REGIONS,
  REDACTION_LIMITS,
  redactComplaintText,
  redactionPhrases,
  type Region,
} from "../../domain/privacy/redaction.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { publishComplaintUpdated } from "../../events/bus.ts";
import type { Attachment, Complaint } from "../../generated/prisma/client.ts";
import { translate } from "../../i18n/messages.ts";
import { readPhoto, thumbnailKey } from "./attachments.ts";
import { audit } from "./audit.ts";
import { audiencesFor, forgetAccess } from "./complaint-access.ts";
import { ServiceError } from "./errors.ts";
import { blurRegions } from "./photo-blur.ts";

export type PhotoRedaction = { photoId: string; regions?: readonly Region[] | null; hidden?: boolean | null };

export type RedactionInput = {
  complaintId: string;
  /** The phrases to hide in the title and story (all of them: the list replaces the one before); null: leave the text as it is. */
  phrases?: readonly string[] | null;
  /** Photos to change; a photo not listed stays as it is. No regions and not hidden: the public sees the original. */
  photos?: readonly PhotoRedaction[] | null;
};

/** Whether this viewer may decide what the public reads of this complaint. */
export async function mayRedactComplaint(ctx: Context, complaint: Parameters<typeof audiencesFor>[1]): Promise<boolean> {
  return mayRedact(await audiencesFor(ctx, complaint));
}

type PhotoPlan = { photo: Attachment; number: number; regions: Region[]; hidden: boolean };

function validate(input: RedactionInput, photos: Attachment[]): { issues: FieldIssue[]; phrases: string[] | null; plans: PhotoPlan[] } {
  const issues: FieldIssue[] = [];
  let phrases: string[] | null = null;
  if (input.phrases) {
    phrases = redactionPhrases(input.phrases);
    if (phrases.length > REDACTION_LIMITS.phrases) issues.push({ field: "phrases", code: "too_long", params: { max: REDACTION_LIMITS.phrases } });
    const long = input.phrases.map(cleanPhrase).find((p) => p.length > REDACTION_LIMITS.phraseLength);
    if (long) issues.push({ field: "phrase", code: "too_long", params: { max: REDACTION_LIMITS.phraseLength, length: long.length } });
  }
  const plans: PhotoPlan[] = [];
  for (const change of input.photos ?? []) {
    const index = photos.findIndex((p) => p.id === change.photoId);
    if (index === -1 || plans.some((p) => p.photo.id === change.photoId)) {
      issues.push({ field: "photos", code: "invalid_choice" });
      continue;
    }
    const regions = (change.regions ?? []).map(clampRegion).filter((r) => r !== null);
    if (regions.length > MAX_REGIONS) issues.push({ field: "regions", code: "too_long", params: { max: MAX_REGIONS } });
    plans.push({ photo: photos[index]!, number: index + 1, regions, hidden: change.hidden === true });
  }
  return { issues, phrases, plans };
}

/** The staff note: how many phrases, which photos blurred in how many parts, hidden or restored; never what was hidden. */
function noteOf(ctx: Context, before: Complaint, phrases: string[] | null, plans: PhotoPlan[]): string {
  const say = (key: string, params: Record<string, number>) => translate(ctx.locale, `redaction.note.${key}`, params);
  const parts: string[] = [];
  if (phrases && phrases.length > 0) parts.push(say("phrases", { count: phrases.length }));
  else if (phrases && (before.publicTitle !== null || before.publicStory !== null)) parts.push(say("text_restored", {}));
  for (const plan of plans) {
    if (plan.hidden) parts.push(say("hidden", { number: plan.number }));
    else if (plan.regions.length > 0) parts.push(say("blurred", { number: plan.number, regions: plan.regions.length }));
    else parts.push(say("restored", { number: plan.number }));
  }
  const text = parts.join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function newPublicKey(ctx: Context): string {
  const now = ctx.deps.now();
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomBytes(12).toString("base64url")}.umum.jpg`;
}

async function removeFile(ctx: Context, key: string | null) {
  if (!key) return;
  await rm(path.join(ctx.deps.uploadDir, key), { force: true });
  await rm(path.join(ctx.deps.uploadDir, thumbnailKey(key)), { force: true });
}

export async function redactComplaint(
  ctx: Context,
  input: RedactionInput,
): Promise<{ ok: true; complaint: Complaint } | { ok: false; issues: FieldIssue[] }> {
  const found = await ctx.prisma.complaint.findUnique({ where: { id: input.complaintId } });
  if (!found || !(await mayRedactComplaint(ctx, found))) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  if (found.isSandbox) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "redaction.practice"));
  const photos = await ctx.prisma.attachment.findMany({ where: { complaintId: found.id, purpose: "EVIDENCE" }, orderBy: { createdAt: "asc" } });
  const { issues, phrases, plans } = validate(input, photos);
  if (issues.length > 0) return { ok: false, issues };

  // The blurred copies are written first; a failed write below leaves only unreferenced files.
  const written: { plan: PhotoPlan; key: string | null }[] = [];
  for (const plan of plans) {
    if (plan.hidden || plan.regions.length === 0) {
      written.push({ plan, key: null });
      continue;
    }
    const copy = await blurRegions(await readPhoto(ctx.deps, plan.photo), plan.regions);
    const key = newPublicKey(ctx);
    await mkdir(path.dirname(path.join(ctx.deps.uploadDir, key)), { recursive: true });
    await writeFile(path.join(ctx.deps.uploadDir, key), copy.full.bytes);
    await writeFile(path.join(ctx.deps.uploadDir, thumbnailKey(key)), copy.thumbnail.bytes);
    written.push({ plan, key });
  }

  const text = phrases ? redactComplaintText(found, phrases) : null;
  const actorId = ctx.viewer?.user.id ?? null;
  const actorRole = ctx.viewer?.roles.some((r) => r.role === "VERIFIER") ? "VERIFIER" : "ADMINISTRATOR";
  const note = noteOf(ctx, found, phrases, plans);
  const write = ctx.prisma.$transaction(async (tx) => {
    const complaint = text ? await tx.complaint.update({ where: { id: found.id }, data: text }) : found;
    for (const { plan, key } of written) {
      await tx.attachment.update({ where: { id: plan.photo.id }, data: { publicStorageKey: key, hiddenFromPublic: plan.hidden } });
    }
    const event = await tx.timelineEvent.create({
      data: { complaintId: found.id, type: "REDACTED", actorId, actorRole, note: note || null, visibility: "STAFF", createdAt: ctx.deps.now() },
    });
    await audit(tx, {
      actorId,
      action: "complaint.redact",
      entityType: "Complaint",
      entityId: found.id,
      // Counts only: the audit trail never repeats what was hidden.
      data: {
        ...(phrases ? { phrases: phrases.length } : {}),
        photos: plans.map((p) => ({ photoId: p.photo.id, regions: p.regions.length, hidden: p.hidden })),
      },
    });
    return { complaint, eventId: event.id };
  });
  const { complaint, eventId } = await write.catch(async (error: unknown) => {
    for (const { key } of written) await removeFile(ctx, key);
    throw error;
  });
  // The copies they replace are no longer anyone's.
  for (const { plan } of written) await removeFile(ctx, plan.photo.publicStorageKey);
  forgetAccess(ctx);
  await publishComplaintUpdated(ctx.deps.bus, complaint, eventId);
  return { ok: true, complaint };
}
