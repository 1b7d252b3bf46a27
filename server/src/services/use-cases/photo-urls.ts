// Signed photo URLs. A photo anyone may see gets a plain signed URL; any other photo's URL is
// bound to what let the viewer see it (their session, or this device's draft cookie), so a
// copied link shows nothing in another browser. A viewer with neither (a PIN given as an API
// argument) gets a URL that works for a few minutes only. A URL also says which file it shows:
// a public URL always shows the public version (the verifier's blurred copy, or the original when
// there is none, and nothing for a photo hidden from the public); a bound URL shows the original,
// or, asked for, the public version (so staff see what the public will see).
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Context, Deps } from "../../context.ts";

/** "public": anyone may see it; "viewer": only who asked may. */
export type PhotoAudience = "public" | "viewer";

/** How a URL is bound: p = public, s = session, d = draft cookie, m = minutes only. */
type Binding = "p" | "s" | "d" | "m";

const LIFETIME_MS: Record<Binding, number> = { p: 2 * 3_600_000, s: 2 * 3_600_000, d: 2 * 3_600_000, m: 10 * 60_000 };

/** Which file of a photo a URL shows. */
export type PhotoVersion = "original" | "public";

function token(deps: Deps, id: string, expires: number, binding: Binding, key: string, version: PhotoVersion): string {
  // The public binding shows only the public version, so its token needs no version of its own.
  const shown = binding !== "p" && version === "public" ? ":umum" : "";
  return createHmac("sha256", deps.secretKey).update(`photo:${id}:${expires}:${binding}:${key}${shown}`).digest("base64url").slice(0, 32);
}

function bindingOf(ctx: Context, audience: PhotoAudience): { binding: Binding; key: string } {
  if (audience === "public") return { binding: "p", key: "" };
  if (ctx.viewer) return { binding: "s", key: ctx.viewer.sessionId };
  if (ctx.draftKey) return { binding: "d", key: ctx.draftKey };
  return { binding: "m", key: "" };
}

/** The picture's URL and its thumbnail's, for this viewer. */
export function photoUrls(
  ctx: Context,
  attachmentId: string,
  audience: PhotoAudience,
  version: PhotoVersion = "original",
): { url: string; thumbnailUrl: string } {
  const { binding, key } = bindingOf(ctx, audience);
  const shown: PhotoVersion = binding === "p" ? "public" : version;
  // Rounded to the minute (to the hour for long-lived ones) so a page's URLs stay cacheable.
  const step = binding === "m" ? 60_000 : 3_600_000;
  const expires = Math.ceil((ctx.deps.now().getTime() + LIFETIME_MS[binding]) / step) * step;
  const query = `e=${expires}&b=${binding}${binding !== "p" && shown === "public" ? "&v=umum" : ""}&t=${token(ctx.deps, attachmentId, expires, binding, key, shown)}`;
  return { url: `/foto/${attachmentId}?${query}`, thumbnailUrl: `/foto/${attachmentId}?${query}&ukuran=kecil` };
}

/**
 * Which version of the photo this request may see through the URL, or null: the signature
 * matches, it has not expired, and the cookie it was bound to is the one this request carries.
 */
export function verifyPhotoUrl(ctx: Context, attachmentId: string, params: URLSearchParams): PhotoVersion | null {
  const expires = Number(params.get("e"));
  const binding = params.get("b") as Binding | null;
  if (!binding || !(binding in LIFETIME_MS)) return null;
  const version: PhotoVersion = binding === "p" || params.get("v") === "umum" ? "public" : "original";
  const now = ctx.deps.now().getTime();
  if (!Number.isFinite(expires) || expires < now || expires > now + LIFETIME_MS[binding] + 3_600_000) return null;
  let key = "";
  if (binding === "s") key = ctx.viewer?.sessionId ?? "";
  if (binding === "d") key = ctx.draftKey ?? "";
  if ((binding === "s" || binding === "d") && !key) return null;
  const expected = Buffer.from(token(ctx.deps, attachmentId, expires, binding, key, version));
  const given = Buffer.from(params.get("t") ?? "");
  return expected.length === given.length && timingSafeEqual(expected, given) ? version : null;
}
