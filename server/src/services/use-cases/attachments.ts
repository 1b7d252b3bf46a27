// Photos: checked by their bytes, re-encoded without any metadata (with a thumbnail), stored
// under the upload folder, bound to the device's draft until the complaint is filed, and served
// only through signed URLs handed out to viewers who may see them (see photo-urls.ts).
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { type Context, type Deps, hasRole } from "../../context.ts";
import { imageSize, isDecodable, sniffImage } from "../../domain/photos/image.ts";
import type { Attachment, AttachmentPurpose, Draft } from "../../generated/prisma/client.ts";
import { isUniqueViolation } from "../../db/unique.ts";
import { draftAnswers } from "./drafts.ts";
import { reencodePhoto } from "./photo-encoding.ts";

export const PHOTO_LIMITS = { maxBytes: 10 * 1024 * 1024, maxPerComplaint: 5, maxMegapixels: 40, descriptionMax: 200 } as const;

export type PhotoIssueCode =
  | "too_large"
  | "too_many_pixels"
  | "wrong_type"
  | "heic"
  | "too_many"
  | "damaged"
  | "empty"
  | "quota"
  | "disk_full"
  | "slip_unasked";
export type PhotoIssue = { fileName: string; code: PhotoIssueCode; params?: Record<string, number | string> };

function cleanFileName(name: string): string {
  const base = path.basename(name || "foto").replace(/[\u0000-\u001f<>:"/\\|?*]/g, "_").slice(0, 120);
  return base || "foto";
}

/** The one-line description the reporter gave, tidied; null when none. */
export function cleanDescription(text: string | undefined): string | null {
  const line = (text ?? "").replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
  return line ? line.slice(0, PHOTO_LIMITS.descriptionMax) : null;
}

/** Where a photo's thumbnail lives beside it. */
export function thumbnailKey(storageKey: string): string {
  return storageKey.replace(/\.[a-z]+$/, "") + ".kecil.jpg";
}

async function checked(ctx: Context, draft: Draft, fileName: string, bytes: Uint8Array, purpose: AttachmentPurpose): Promise<PhotoIssue | null> {
  if (bytes.length === 0) return { fileName, code: "empty" };
  if (bytes.length > PHOTO_LIMITS.maxBytes) {
    return { fileName, code: "too_large", params: { maxMb: PHOTO_LIMITS.maxBytes / 1024 / 1024 } };
  }
  const sniffed = sniffImage(bytes.subarray(0, 32));
  if (sniffed.kind === "heic") return { fileName, code: "heic" };
  if (sniffed.kind !== "image") return { fileName, code: "wrong_type" };
  // The header's own size refuses most pixel bombs before the decoder is even asked.
  const size = imageSize(sniffed.type, bytes);
  if (size && !isDecodable(size)) return { fileName, code: "too_many_pixels", params: { maxMp: PHOTO_LIMITS.maxMegapixels } };
  // A consent slip replaces the one before it and is not one of the complaint's photos.
  if (purpose === "CONSENT_SLIP") return null;
  const count = await ctx.prisma.attachment.count({ where: { draftId: draft.id, complaintId: null, purpose: "EVIDENCE" } });
  if (count >= PHOTO_LIMITS.maxPerComplaint) return { fileName, code: "too_many", params: { max: PHOTO_LIMITS.maxPerComplaint } };
  return null;
}

/** A phone's id for one photo (the offline outbox sends it with every try): letters, digits, - and _. */
export function cleanClientPhotoId(value: string | undefined): string | null {
  return value && /^[A-Za-z0-9_-]{8,64}$/.test(value) ? value : null;
}

/**
 * The photo this phone already sent under its id, if it went to this device's draft or was filed
 * from it since (a try whose answer was lost); another draft's photo is never answered with. The
 * id stored for a new photo: the phone's own, or, when another draft holds it (this phone's
 * draft was lost and begun again, or an id came round twice), that id tied to this draft, so
 * each draft gets the photo once and neither sees the other's.
 */
async function sentBefore(ctx: Context, draft: Draft, clientPhotoId: string): Promise<{ found: Attachment | null; storeAs: string }> {
  const found = await ctx.prisma.attachment.findUnique({ where: { clientPhotoId } });
  if (!found) return { found: null, storeAs: clientPhotoId };
  if (found.draftId === draft.id && found.complaintId === null) return { found, storeAs: clientPhotoId };
  // Filed since: the draft is gone, so the id itself (random, never shown) is the proof; the
  // upload answers only that it arrived (uploads.ts gives no address for a filed photo).
  if (found.complaintId) return { found, storeAs: clientPhotoId };
  const own = `${clientPhotoId}@${draft.id}`;
  return { found: await ctx.prisma.attachment.findUnique({ where: { clientPhotoId: own } }), storeAs: own };
}

export async function storePhoto(
  ctx: Context,
  draft: Draft,
  file: { fileName: string; bytes: Uint8Array; description?: string; clientPhotoId?: string | null; purpose?: AttachmentPurpose },
): Promise<{ ok: true; attachment: Attachment; again?: boolean } | { ok: false; issue: PhotoIssue }> {
  const fileName = cleanFileName(file.fileName);
  const purpose = file.purpose ?? "EVIDENCE";
  // The signed slip belongs to a sahabat's filing for a resident, and only a sahabat files one.
  if (purpose === "CONSENT_SLIP" && !(draftAnswers(draft).assisted === true && hasRole(ctx, "SAHABAT"))) {
    return { ok: false, issue: { fileName, code: "slip_unasked" } };
  }
  let clientPhotoId = file.clientPhotoId ?? null;
  if (clientPhotoId) {
    const before = await sentBefore(ctx, draft, clientPhotoId);
    if (before.found) return { ok: true, attachment: before.found, again: true };
    clientPhotoId = before.storeAs;
  }
  const issue = await checked(ctx, draft, fileName, file.bytes, purpose);
  if (issue) return { ok: false, issue };
  const encoded = await reencodePhoto(file.bytes);
  if (!encoded.ok) {
    const params = encoded.reason === "too_many_pixels" ? { maxMp: PHOTO_LIMITS.maxMegapixels } : undefined;
    return { ok: false, issue: { fileName, code: encoded.reason, params } };
  }
  const { full, thumbnail } = encoded.photo;
  const now = ctx.deps.now();
  const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomBytes(12).toString("base64url")}.jpg`;
  const target = path.join(ctx.deps.uploadDir, storageKey);
  const thumbTarget = path.join(ctx.deps.uploadDir, thumbnailKey(storageKey));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, full.bytes);
  await writeFile(thumbTarget, thumbnail.bytes);
  try {
    const attachment = await ctx.prisma.attachment.create({
      data: {
        draftId: draft.id,
        fileName,
        description: cleanDescription(file.description),
        mimeType: "image/jpeg",
        sizeBytes: full.bytes.length,
        width: full.width,
        height: full.height,
        sha256: createHash("sha256").update(full.bytes).digest("hex"),
        storageKey,
        // Re-encoding keeps no metadata at all; a location the resident shares is on the complaint.
        locationKept: false,
        clientPhotoId,
        purpose,
      },
    });
    if (purpose === "CONSENT_SLIP") await removeOtherSlips(ctx, draft, attachment.id);
    return { ok: true, attachment };
  } catch (error) {
    await Promise.all([rm(target, { force: true }), rm(thumbTarget, { force: true })]);
    // The same photo sent twice at once (two tabs, or the page and the service worker): one row.
    if (file.clientPhotoId && isUniqueViolation(error, "clientPhotoId")) {
      const before = await sentBefore(ctx, draft, file.clientPhotoId);
      if (before.found) return { ok: true, attachment: before.found, again: true };
    }
    throw error;
  }
}

/** A new slip photo replaces the one taken before it (a clearer picture, the right page). */
async function removeOtherSlips(ctx: Context, draft: Draft, keep: string) {
  const others = await ctx.prisma.attachment.findMany({
    where: { draftId: draft.id, complaintId: null, purpose: "CONSENT_SLIP", id: { not: keep } },
    select: { id: true },
  });
  for (const other of others) await removeDraftPhoto(ctx, draft, other.id);
}

/** Removes a photo the device uploaded to its draft (not one already filed). */
export async function removeDraftPhoto(ctx: Context, draft: Draft, attachmentId: string): Promise<boolean> {
  const attachment = await ctx.prisma.attachment.findFirst({
    where: { id: attachmentId, draftId: draft.id, complaintId: null },
  });
  if (!attachment) return false;
  await ctx.prisma.attachment.delete({ where: { id: attachment.id } });
  await rm(path.join(ctx.deps.uploadDir, attachment.storageKey), { force: true });
  await rm(path.join(ctx.deps.uploadDir, thumbnailKey(attachment.storageKey)), { force: true });
  return true;
}

/** The stored picture, or its thumbnail (photos stored before thumbnails existed fall back to the picture). */
export async function readPhoto(deps: Deps, attachment: Attachment, size: "full" | "thumbnail" = "full"): Promise<Buffer> {
  return readPhotoFile(deps, attachment.storageKey, size);
}

/** One stored file of a photo (the original, or the public copy a verifier blurred), or its thumbnail. */
export async function readPhotoFile(deps: Deps, storageKey: string, size: "full" | "thumbnail" = "full"): Promise<Buffer> {
  if (size === "thumbnail") {
    try {
      return await readFile(path.join(deps.uploadDir, thumbnailKey(storageKey)));
    } catch {
      // fall through to the full picture
    }
  }
  return readFile(path.join(deps.uploadDir, storageKey));
}
