// POST /unggah: photos as multipart/form-data, parsed as they stream in so the size limit is
// enforced before a 30 MB file is held in memory; each with the reporter's one-line
// description. The photo step's "Lanjutkan" posts here too, so chosen photos are never dropped. With JavaScript the page asks for JSON; a
// plain form post (no JavaScript) is answered with a redirect back to the step, carrying the
// outcome, so the resident sees a sentence in their language and keeps every other answer.
// GET /foto/<id>: a photo (or with ?ukuran=kecil its thumbnail), through a signed URL only.
import type { IncomingMessage, ServerResponse } from "node:http";
import busboy from "busboy";
import { type Context } from "../context.ts";
import { translate } from "../i18n/messages.ts";
import { PHOTO_LIMITS, type PhotoIssue, readPhoto, removeDraftPhoto, storePhoto } from "../services/attachments.ts";
import { photoUrls, verifyPhotoUrl } from "../services/photo-urls.ts";
import { ensureDraft, saveDraftAnswers } from "../services/drafts.ts";
import type { Draft } from "../generated/prisma/client.ts";

const MAX_REQUEST_BYTES = PHOTO_LIMITS.maxBytes * PHOTO_LIMITS.maxPerComplaint + 1024 * 1024;

/** A same-site path to go back to, or the photos step. */
function safeReturn(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value : "/lapor";
}

function issueMessage(ctx: Context, issue: PhotoIssue): string {
  return translate(ctx.locale, `photo.${issue.code}`, { fileName: issue.fileName, ...issue.params });
}

function wantsJson(req: IncomingMessage): boolean {
  return (req.headers.accept ?? "").includes("application/json");
}

function respond(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: Context,
  back: string,
  outcome: { stored: { id: string; fileName: string; sizeBytes: number }[]; issues: PhotoIssue[]; removed?: boolean },
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
        photos: outcome.stored.map((a) => ({ ...a, url: photoUrls(ctx, a.id, "viewer").url })),
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

  const fields: Record<string, string> = {};
  const files: { fileName: string; bytes: Buffer; tooLarge: boolean }[] = [];
  const issues: PhotoIssue[] = [];

  const parser = busboy({
    headers: req.headers,
    limits: { fileSize: PHOTO_LIMITS.maxBytes, files: PHOTO_LIMITS.maxPerComplaint, fields: 10, fieldSize: 2000 },
  });
  parser.on("field", (name, value) => {
    fields[name] = value;
  });
  parser.on("file", (_name, stream, info) => {
    const chunks: Buffer[] = [];
    let tooLarge = false;
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("limit", () => {
      tooLarge = true;
      chunks.length = 0;
    });
    stream.on("close", () => {
      const fileName = info.filename ?? "";
      // An empty file input still sends a part with no name and no bytes: nothing was chosen.
      if (!fileName && chunks.length === 0 && !tooLarge) return;
      files.push({ fileName, bytes: Buffer.concat(chunks), tooLarge });
    });
  });
  parser.on("filesLimit", () => {
    issues.push({ fileName: "", code: "too_many", params: { max: PHOTO_LIMITS.maxPerComplaint } });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      parser.on("close", resolve);
      parser.on("error", reject);
      req.on("error", reject);
      req.pipe(parser);
    });
  } catch {
    issues.push({ fileName: "", code: "damaged" });
  }
  // Stored once the whole form is read, so the description applies whatever the field order.
  const draft = await ensureDraft(ctx);
  const stored = await storeAll(ctx, draft, files, fields.keterangan, issues);
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

async function storeAll(
  ctx: Context,
  draft: Draft,
  files: { fileName: string; bytes: Buffer; tooLarge: boolean }[],
  description: string | undefined,
  issues: PhotoIssue[],
) {
  const stored: { id: string; fileName: string; sizeBytes: number }[] = [];
  for (const file of files) {
    if (file.tooLarge) {
      issues.push({ fileName: file.fileName, code: "too_large", params: { maxMb: PHOTO_LIMITS.maxBytes / 1024 / 1024 } });
      continue;
    }
    const result = await storePhoto(ctx, draft, { fileName: file.fileName, bytes: file.bytes, description });
    if (result.ok) stored.push({ id: result.attachment.id, fileName: result.attachment.fileName, sizeBytes: result.attachment.sizeBytes });
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
  const attachment = verifyPhotoUrl(ctx, id, url.searchParams) ? await ctx.prisma.attachment.findUnique({ where: { id } }) : null;
  if (!attachment) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Foto tidak ditemukan / Photo not found");
    return;
  }
  const bytes = await readPhoto(ctx.deps, attachment, url.searchParams.get("ukuran") === "kecil" ? "thumbnail" : "full");
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
