// A person's own sessions ("Perangkat yang masuk"): where their account is signed in, since when
// and when last seen, and signing out one of them or all at once ("keluar dari semua perangkat").
// A session ended here stops at once: its cookie no longer works and its open live connections
// are closed (publishSessionRevoked → http/live-sessions.ts). Each ending is audited.
import type { Context } from "../../context.ts";
import { sessionCookie } from "../../auth/session.ts";
import { describeDevice, type Device } from "../../domain/account/device.ts";
import { audit } from "./audit.ts";
import { ServiceError } from "./errors.ts";
import { publishSessionRevoked } from "./notifications.ts";
import { translate } from "../../i18n/messages.ts";

export type AccountSession = { id: string; device: Device; signedInAt: Date; lastSeenAt: Date; current: boolean };

function signedIn(ctx: Context) {
  if (!ctx.viewer) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "error.unauthenticated"));
  return ctx.viewer;
}

/** The viewer's sessions that still work, this one first, then the most recently seen. */
export async function mySessions(ctx: Context): Promise<AccountSession[]> {
  const viewer = signedIn(ctx);
  const rows = await ctx.prisma.session.findMany({
    where: { userId: viewer.user.id, revokedAt: null, expiresAt: { gt: ctx.deps.now() } },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
  });
  return rows
    .map((r) => ({ id: r.id, device: describeDevice(r.userAgent), signedInAt: r.createdAt, lastSeenAt: r.lastSeenAt, current: r.id === viewer.sessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/**
 * Ends the viewer's sessions: one by id (its own only; an unknown id ends nothing), or every one,
 * this one included. Returns how many ended; ending this one also clears its cookie.
 */
export async function endSessions(ctx: Context, which: { id: string } | { all: true }): Promise<number> {
  const viewer = signedIn(ctx);
  const now = ctx.deps.now();
  const ids = (
    await ctx.prisma.session.findMany({
      where: { userId: viewer.user.id, revokedAt: null, expiresAt: { gt: now }, ...("id" in which ? { id: which.id } : {}) },
      select: { id: true },
    })
  ).map((s) => s.id);
  if (ids.length === 0) return 0;
  await ctx.prisma.$transaction(async (tx) => {
    await tx.session.updateMany({ where: { id: { in: ids }, revokedAt: null }, data: { revokedAt: now } });
    await audit(tx, {
      actorId: viewer.user.id,
      action: "id" in which ? "session.end" : "session.end_all",
      entityType: "User",
      entityId: viewer.user.id,
      data: { sessions: ids.length },
    });
  });
  for (const id of ids) await publishSessionRevoked(ctx.deps.bus, id);
  if (ids.includes(viewer.sessionId)) ctx.setCookie(sessionCookie(null, ctx.deps.secureCookies));
  return ids.length;
}
