// POST /unggah: photos as multipart/form-data, each with the reporter's one-line description,
// streamed to a file as they arrive (never held whole in memory) after the client's upload budget
// and the disk budget admit the request. The photo step's "Lanjutkan" posts here too, so chosen
// photos are never dropped. With JavaScript the page asks for JSON; a plain form post (no
// JavaScript) is answered with a redirect back to the step, carrying the outcome, so the resident
// sees a sentence in their language and keeps every other answer.
// With tujuan=slip the one photo is the consent slip a resident signed for a sahabat's filing.
// GET /foto/<id>: a photo (or with ?ukuran=kecil its thumbnail), through a signed URL only.
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import busboy from "busboy";
import { type Context } from "../context.ts";
import { say } from "../i18n/say.ts";
import { cleanClientPhotoId, PHOTO_LIMITS, type PhotoIssue, readPhotoFile, removeDraftPhoto, storePhoto } from "../services/use-cases/attachments.ts";
import { photoUrls, verifyPhotoUrl } from "../services/use-cases/photo-urls.ts";
import { photoFileOf } from "../domain/privacy/privacy.ts";
import { draftAnswers, ensureDraft, saveDraftAnswers } from "../services/use-cases/drafts.ts";
import { currentParticipation } from "../services/use-cases/workshops.ts";
import { attempt, hit, keyPart, LIMITS, waitParams } from "../services/use-cases/rate-limit.ts";
import type { AttachmentPurpose, Draft } from "../generated/prisma/client.ts";

const MAX_REQUEST_BYTES = PHOTO_LIMITS.maxBytes * PHOTO_LIMITS.maxPerComplaint + 1024 * 1024;

/** A same-site path to go back to, or the photos step. */
function safeReturn(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value : "/lapor";
}

function issueMessage(ctx: Context, issue: PhotoIssue): string {
  return say(ctx, `photo.${issue.code}`, { fileName: issue.fileName, ...issue.params });
}

function wantsJson(req: IncomingMessage): boolean {
  return (req.headers.accept ?? "").includes("application/json");
}

function respond(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: Context,
  back: string,
  outcome: { stored: StoredPhoto[]; issues: PhotoIssue[]; removed?: boolean },
) {
  const headers: Record<string, string | string[]> = { "cache-control": "no-store" };
  if (ctx.outgoingCookies.length > 0) headers["set-cookie"] = ctx.outgoingCookies;
  if (wantsJson(req)) {
    res.writeHead(outcome.issues.length > 0 && outcome.stored.length === 0 ? 422 : 200, {
      ...headers,
      "content-type": "application/json; charset=utf-8",
    });
    res.end(
      JSON.stringify({
        photos: outcome.stored.map(({ filed, ...a }) => {
          const urls = filed ? null : photoUrls(ctx, a.id, "viewer");
          return { ...a, url: urls?.url ?? null, thumbnailUrl: urls?.thumbnailUrl ?? null };
        }),
        errors: outcome.issues.map((i) => ({ field: "photos", code: i.code, fileName: i.fileName, message: issueMessage(ctx, i) })),
      }),
    );
    return;
  }
  const url = new URL(back, "http://suara.invalid");
  url.searchParams.set("foto", String(outcome.stored.length));
  if (outcome.removed) url.searchParams.set("dihapus", "1");
  const first = outcome.issues[0];
  if (first) {
    url.searchParams.set("galat", first.code);
    url.searchParams.set("berkas", first.fileName);
  }
  res.writeHead(303, { ...headers, location: url.pathname + url.search });
  res.end();
}

/**
 * Records this upload against the client's budgets (requests, and bytes as declared, before a
 * byte is read) and checks the disk budget; a refusal is the issue to answer with.
 */
async function admitUpload(ctx: Context, declaredBytes: number): Promise<PhotoIssue | null> {
  const now = ctx.deps.now();
  // A workshop participant is budgeted on their own: a room of 30 on one wifi shares an address.
  const participant = (await currentParticipation(ctx))?.id ?? null;
  if (participant || !ctx.deps.limits.trustedAddresses.has(ctx.clientAddress)) {
    const who = participant ? { requests: `participant:${participant}`, bytes: `participant:${participant}` } : null;
    const client = keyPart(ctx.deps.secretKey, ctx.clientAddress);
    const requests = await attempt(ctx.prisma, [{ key: `upload:${who?.requests ?? `client:${client}`}`, limit: LIMITS.uploadsPerClient }], now);
    // Counted in KiB, so a day of floods fits the counter.
    const kib = Math.ceil(declaredBytes / 1024);
    const bytes = requests.allowed ? await hit(ctx.prisma, `upload:bytes:${who?.bytes ?? client}`, LIMITS.uploadBytesPerClient, now, kib) : null;
    const refusedFor = !requests.allowed ? requests.state.retryAfterMs : bytes && !bytes.allowed ? bytes.retryAfterMs : null;
    if (refusedFor !== null) {
      ctx.refusedByLimit();
      return { fileName: "", code: "quota", params: { minutes: waitParams(refusedFor).minutes } };
    }
  }
  const stored = await ctx.prisma.attachment.aggregate({ _sum: { sizeBytes: true } });
  if ((stored._sum.sizeBytes ?? 0) + declaredBytes > ctx.deps.limits.uploadDiskBudgetBytes) return { fileName: "", code: "disk_full" };
  return null;
}

/** Where a file is written while it arrives (never held whole in memory); removed afterwards. */
function partialPath(ctx: Context): string {
  return path.join(ctx.deps.uploadDir, ".partial", `${randomBytes(12).toString("base64url")}.part`);
}

export async function handleUpload(req: IncomingMessage, res: ServerResponse, makeContext: () => Promise<Context>) {
  const ctx = await makeContext();
  const declared = Number(req.headers["content-length"] ?? 0);
  if (!(req.headers["content-type"] ?? "").startsWith("multipart/form-data")) {
    res.writeHead(415, { "content-type": "text/plain; charset=utf-8" }).end("multipart/form-data expected");
    return;
  }
  if (declared > MAX_REQUEST_BYTES) {
    // Too big to be a set of allowed photos: answer without reading it (Node discards the rest).
    respond(req, res, ctx, "/lapor", {
      stored: [],
      issues: [{ fileName: "", code: "too_large", params: { maxMb: PHOTO_LIMITS.maxBytes / 1024 / 1024 } }],
    });
    return;
  }
  // A chunked body has no declared size: count it as the largest allowed.
  const refused = await admitUpload(ctx, declared > 0 ? declared : MAX_REQUEST_BYTES);
  if (refused) {
    res.setHeader("connection", "close");
    respond(req, res, ctx, "/lapor", { stored: [], issues: [refused] });
    return;
  }

  const fields: Record<string, string> = {};
  const files: ArrivedFile[] = [];
  const issues: PhotoIssue[] = [];
  const partials = new Set<string>();
  await mkdir(path.join(ctx.deps.uploadDir, ".partial"), { recursive: true });

  const parser = busboy({
    headers: req.headers,
    limits: { fileSize: PHOTO_LIMITS.maxBytes, files: PHOTO_LIMITS.maxPerComplaint, fields: 12, fieldSize: 4000 },
  });
  parser.on("field", (name, value) => {
    fields[name] = value;
  });
  parser.on("file", (_name, stream, info) => {
    const partial = partialPath(ctx);
    partials.add(partial);
    const sink = createWriteStream(partial);
    const file: ArrivedFile = { fileName: info.filename ?? "", partial, size: 0, tooLarge: false, written: Promise.resolve() };
    stream.on("data", (chunk: Buffer) => (file.size += chunk.length));
    stream.on("limit", () => {
      file.tooLarge = true;
      stream.unpipe(sink);
      stream.resume();
      sink.destroy();
    });
    stream.pipe(sink);
    file.written = new Promise<void>((resolve) => {
      sink.on("close", resolve);
      sink.on("error", () => resolve());
    });
    files.push(file);
  });
  parser.on("filesLimit", () => {
    issues.push({ fileName: "", code: "too_many", params: { max: PHOTO_LIMITS.maxPerComplaint } });
  });

  let stored: StoredPhoto[] = [];
  let draft: Draft | null = null;
  let purpose: AttachmentPurpose = "EVIDENCE";
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on("close", resolve);
      parser.on("error", reject);
      req.on("error", reject);
      req.pipe(parser);
    });
    await Promise.all(files.map((f) => f.written));
    // "tujuan=slip": the photo of the consent slip a resident signed for a sahabat's filing.
    if (fields.tujuan === "slip") purpose = "CONSENT_SLIP";
    // Stored once the whole form is read, so the description applies whatever the field order.
    draft = await ensureDraft(ctx);
    // The offline outbox sends one photo a request with the phone's id for it: sent again (its
    // first answer lost), it is the same photo, not a second one.
    const clientPhotoId = files.length === 1 ? cleanClientPhotoId(fields.fotoId) : null;
    stored = await storeAll(ctx, draft, files, { description: fields.keterangan, clientPhotoId, purpose }, issues);
  } catch {
    issues.push({ fileName: "", code: "damaged" });
  } finally {
    // A body cut off half-way leaves no partial file behind.
    await Promise.all([...partials].map((p) => rm(p, { force: true })));
  }
  draft ??= await ensureDraft(ctx);
  // Without JavaScript the slip's buttons post the whole consent step: its answers are kept as
  // typed (checked when the step is sent), so nothing typed is lost on the way back.
  if (purpose === "CONSENT_SLIP" && "consentNote" in fields && draftAnswers(draft).assisted === true) {
    await saveDraftAnswers(ctx, "persetujuan", {
      consentMethod: fields.consentMethod ?? "",
      consentReadBack: fields.consentReadBack === "true",
      consentNote: fields.consentNote,
    });
  }
  let removed = false;
  if (fields.hapus) removed = await removeDraftPhoto(ctx, draft, fields.hapus);
  // "Lanjutkan" posts the same form: what was chosen is stored, then on to the next step.
  const next = fields.lanjut ? safeReturn(fields.lanjut) : null;
  if (next && issues.length === 0) {
    await saveDraftAnswers(ctx, "foto", {});
    respondNext(req, res, ctx, next);
    return;
  }
  if (stored.length === 0 && issues.length === 0 && !removed) issues.push({ fileName: "", code: "empty" });
  respond(req, res, ctx, safeReturn(fields.kembali), { stored, issues, removed });
}

type ArrivedFile = { fileName: string; partial: string; size: number; tooLarge: boolean; written: Promise<void> };
/** `filed`: sent before and filed since (an outbox retry): no address is handed out for it. */
type StoredPhoto = { id: string; fileName: string; sizeBytes: number; filed?: boolean };

async function storeAll(
  ctx: Context,
  draft: Draft,
  files: ArrivedFile[],
  meta: { description: string | undefined; clientPhotoId: string | null; purpose: AttachmentPurpose },
  issues: PhotoIssue[],
) {
  const stored: StoredPhoto[] = [];
  for (const file of files) {
    // An empty file input still sends a part with no name and no bytes: nothing was chosen.
    if (!file.fileName && file.size === 0 && !file.tooLarge) continue;
    if (file.tooLarge) {
      issues.push({ fileName: file.fileName, code: "too_large", params: { maxMb: PHOTO_LIMITS.maxBytes / 1024 / 1024 } });
      continue;
    }
    const result = await storePhoto(ctx, draft, { fileName: file.fileName, bytes: await readFile(file.partial), ...meta });
    if (result.ok) {
      const { id, fileName, sizeBytes, complaintId } = result.attachment;
      stored.push({ id, fileName, sizeBytes, filed: complaintId !== null });
    }
    else issues.push(result.issue);
  }
  return stored;
}

function respondNext(req: IncomingMessage, res: ServerResponse, ctx: Context, next: string) {
  const headers: Record<string, string | string[]> = { "cache-control": "no-store" };
  if (ctx.outgoingCookies.length > 0) headers["set-cookie"] = ctx.outgoingCookies;
  if (wantsJson(req)) {
    res.writeHead(200, { ...headers, "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ photos: [], errors: [], next }));
    return;
  }
  res.writeHead(303, { ...headers, location: next });
  res.end();
}

export async function servePhoto(req: IncomingMessage, res: ServerResponse, ctx: Context, id: string) {
  const url = new URL(req.url ?? "/", "http://suara.invalid");
  const version = verifyPhotoUrl(ctx, id, url.searchParams);
  const attachment = version ? await ctx.prisma.attachment.findUnique({ where: { id } }) : null;
  // The public version is the verifier's blurred copy when there is one, and nothing when the
  // photo is hidden from the public: decided now, so a URL handed out earlier follows a later redaction.
  const file = attachment && version ? photoFileOf(version === "public" ? "PUBLIC" : "ORIGINAL", attachment) : null;
  if (!attachment || !file) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Foto tidak ditemukan / Photo not found");
    return;
  }
  const bytes = await readPhotoFile(ctx.deps, file, url.searchParams.get("ukuran") === "kecil" ? "thumbnail" : "full");
  // A public photo may be cached by anyone; any other only by this browser, and not past its URL.
  const isPublic = url.searchParams.get("b") === "p";
  res.writeHead(200, {
    "content-type": attachment.mimeType,
    "content-length": bytes.length,
    "cache-control": isPublic ? "public, max-age=3600" : "private, max-age=600",
    "x-content-type-options": "nosniff",
    "content-disposition": "inline",
  });
  res.end(bytes);
}
