// Signed photo URLs. A photo anyone may see gets a plain signed URL; any other photo's URL is
// bound to what let the viewer see it (their session, or this device's draft cookie), so a
// copied link shows nothing in another browser. A viewer with neither (a PIN given as an API
// argument) gets a URL that works for a few minutes only.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Context, Deps } from "../../context.ts";

/** "public": anyone may see it; "viewer": only who asked may. */
export type PhotoAudience = "public" | "viewer";

/** How a URL is bound: p = public, s = session, d = draft cookie, m = minutes only. */
type Binding = "p" | "s" | "d" | "m";

const LIFETIME_MS: Record<Binding, number> = { p: 2 * 3_600_000, s: 2 * 3_600_000, d: 2 * 3_600_000, m: 10 * 60_000 };

function token(deps: Deps, id: string, expires: number, binding: Binding, key: string): string {
  return createHmac("sha256", deps.secretKey).update(`photo:${id}:${expires}:${binding}:${key}`).digest("base64url").slice(0, 32);
}

function bindingOf(ctx: Context, audience: PhotoAudience): { binding: Binding; key: string } {
  if (audience === "public") return { binding: "p", key: "" };
  if (ctx.viewer) return { binding: "s", key: ctx.viewer.sessionId };
  if (ctx.draftKey) return { binding: "d", key: ctx.draftKey };
  return { binding: "m", key: "" };
}

/** The picture's URL and its thumbnail's, for this viewer. */
export function photoUrls(ctx: Context, attachmentId: string, audience: PhotoAudience): { url: string; thumbnailUrl: string } {
  const { binding, key } = bindingOf(ctx, audience);
  // Rounded to the minute (to the hour for long-lived ones) so a page's URLs stay cacheable.
  const step = binding === "m" ? 60_000 : 3_600_000;
  const expires = Math.ceil((ctx.deps.now().getTime() + LIFETIME_MS[binding]) / step) * step;
  const query = `e=${expires}&b=${binding}&t=${token(ctx.deps, attachmentId, expires, binding, key)}`;
  return { url: `/foto/${attachmentId}?${query}`, thumbnailUrl: `/foto/${attachmentId}?${query}&ukuran=kecil` };
}

/**
 * Whether this request may use the URL: the signature matches, it has not expired, and the
 * cookie it was bound to is the one this request carries.
 */
export function verifyPhotoUrl(ctx: Context, attachmentId: string, params: URLSearchParams): boolean {
  const expires = Number(params.get("e"));
  const binding = params.get("b") as Binding | null;
  if (!binding || !(binding in LIFETIME_MS)) return false;
  const now = ctx.deps.now().getTime();
  if (!Number.isFinite(expires) || expires < now || expires > now + LIFETIME_MS[binding] + 3_600_000) return false;
  let key = "";
  if (binding === "s") key = ctx.viewer?.sessionId ?? "";
  if (binding === "d") key = ctx.draftKey ?? "";
  if ((binding === "s" || binding === "d") && !key) return false;
  const expected = Buffer.from(token(ctx.deps, attachmentId, expires, binding, key));
  const given = Buffer.from(params.get("t") ?? "");
  return expected.length === given.length && timingSafeEqual(expected, given);
}
