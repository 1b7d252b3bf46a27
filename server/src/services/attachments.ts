// Photos: checked by their bytes, stripped of location metadata unless the resident chose to
// share their location, stored under the upload folder, bound to the device's draft until the
// complaint is filed, and served only through short-lived signed URLs handed out to viewers
// who may see the complaint's content.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Context, Deps } from "../context.ts";
import { EXTENSIONS, imageSize, sniffImage, stripMetadata } from "../domain/photos/image.ts";
import type { Attachment, Draft } from "../generated/prisma/client.ts";

export const PHOTO_LIMITS = { maxBytes: 10 * 1024 * 1024, maxPerComplaint: 5 } as const;

export type PhotoIssueCode = "too_large" | "wrong_type" | "heic" | "too_many" | "damaged" | "empty" | "quota" | "disk_full";
export type PhotoIssue = { fileName: string; code: PhotoIssueCode; params?: Record<string, number | string> };

function cleanFileName(name: string): string {
  const base = path.basename(name || "foto").replace(/[\u0000-\u001f<>:"/\\|?*]/g, "_").slice(0, 120);
  return base || "foto";
}

export async function storePhoto(
  ctx: Context,
  draft: Draft,
  file: { fileName: string; bytes: Uint8Array; keepLocation: boolean },
): Promise<{ ok: true; attachment: Attachment } | { ok: false; issue: PhotoIssue }> {
  const fileName = cleanFileName(file.fileName);
  if (file.bytes.length === 0) return { ok: false, issue: { fileName, code: "empty" } };
  if (file.bytes.length > PHOTO_LIMITS.maxBytes) {
    return { ok: false, issue: { fileName, code: "too_large", params: { maxMb: PHOTO_LIMITS.maxBytes / 1024 / 1024 } } };
  }
  const sniffed = sniffImage(file.bytes.subarray(0, 32));
  if (sniffed.kind === "heic") return { ok: false, issue: { fileName, code: "heic" } };
  if (sniffed.kind !== "image") return { ok: false, issue: { fileName, code: "wrong_type" } };
  const count = await ctx.prisma.attachment.count({ where: { draftId: draft.id, complaintId: null } });
  if (count >= PHOTO_LIMITS.maxPerComplaint) {
    return { ok: false, issue: { fileName, code: "too_many", params: { max: PHOTO_LIMITS.maxPerComplaint } } };
  }
  let bytes: Uint8Array;
  try {
    bytes = file.keepLocation ? file.bytes : stripMetadata(sniffed.type, file.bytes);
  } catch {
    return { ok: false, issue: { fileName, code: "damaged" } };
  }
  const size = imageSize(sniffed.type, bytes);
  const now = ctx.deps.now();
  const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomBytes(12).toString("base64url")}.${EXTENSIONS[sniffed.type]}`;
  const target = path.join(ctx.deps.uploadDir, storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes);
  try {
    const attachment = await ctx.prisma.attachment.create({
      data: {
        draftId: draft.id,
        fileName,
        mimeType: sniffed.type,
        sizeBytes: bytes.length,
        width: size?.width ?? null,
        height: size?.height ?? null,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        storageKey,
        locationKept: file.keepLocation,
      },
    });
    return { ok: true, attachment };
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
}

/** Removes a photo the device uploaded to its draft (not one already filed). */
export async function removeDraftPhoto(ctx: Context, draft: Draft, attachmentId: string): Promise<boolean> {
  const attachment = await ctx.prisma.attachment.findFirst({
    where: { id: attachmentId, draftId: draft.id, complaintId: null },
  });
  if (!attachment) return false;
  await ctx.prisma.attachment.delete({ where: { id: attachment.id } });
  await rm(path.join(ctx.deps.uploadDir, attachment.storageKey), { force: true });
  return true;
}

const URL_LIFETIME_MS = 2 * 3_600_000;

function photoToken(deps: Deps, id: string, expires: number): string {
  return createHmac("sha256", deps.secretKey).update(`photo:${id}:${expires}`).digest("base64url").slice(0, 32);
}

/** A URL that shows this photo for two hours; handed out only to viewers who may see it. */
export function photoUrl(deps: Deps, attachmentId: string): string {
  const expires = Math.floor((deps.now().getTime() + URL_LIFETIME_MS) / 60_000) * 60_000;
  return `/foto/${attachmentId}?e=${expires}&t=${photoToken(deps, attachmentId, expires)}`;
}

export function verifyPhotoUrl(deps: Deps, attachmentId: string, expires: number, token: string): boolean {
  if (!Number.isFinite(expires) || expires < deps.now().getTime()) return false;
  const expected = Buffer.from(photoToken(deps, attachmentId, expires));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export async function readPhoto(deps: Deps, attachment: Attachment): Promise<Buffer> {
  return readFile(path.join(deps.uploadDir, attachment.storageKey));
}
