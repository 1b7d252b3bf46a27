// Database sessions: the cookie holds a random token; only its SHA-256 is stored, so a leaked
// database cannot be replayed as cookies. Sessions slide: each use within the last day of a
// 30-day life extends it.
import { createHash, randomBytes } from "node:crypto";
import { needsSecondFactor } from "../domain/account/second-factor.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";

export const SESSION_COOKIE = "suara_sesi";
const LIFETIME_MS = 30 * 86_400_000;
const TOUCH_AFTER_MS = 86_400_000;
/** A session made by a right password for an account with an authenticator lives this long
 * unless the code follows ("/masuk/kode"); the code gives it the full life. */
export const PENDING_LIFETIME_MS = 10 * 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type SessionUser = {
  sessionId: string;
  /** When a second factor was last given in this session (null: password alone so far). */
  secondFactorAt: Date | null;
  user: { id: string; name: string; email: string | null; locale: "id" | "en" };
  roles: { role: string; regionCode: string | null; agencyId: string | null }[];
  /** Whether the account has an authenticator app enrolled (undefined: a system actor). */
  secondFactorEnrolled?: boolean;
  /**
   * Staff roles the account holds that this session does not get: no second factor given in it
   * yet (not enrolled, so the person is sent to enrol). Empty or undefined: every role counts.
   */
  withheldRoles?: string[];
  /** The password was right but the authenticator code has not followed yet: not signed in. */
  awaitingSecondFactor?: boolean;
};

type SessionRow = {
  id: string;
  secondFactorAt: Date | null;
  user: {
    id: string;
    name: string;
    email: string | null;
    locale: "id" | "en";
    roles: { role: string; regionCode: string | null; agencyId: string | null }[];
    secondFactor: { confirmedAt: Date | null } | null;
  };
};

/** What a session counts as: staff roles only once a second factor was given in it. */
export function viewerOf(session: SessionRow): SessionUser {
  const { user } = session;
  const enrolled = Boolean(user.secondFactor?.confirmedAt);
  const roles = user.roles.map((r) => ({ role: r.role, regionCode: r.regionCode, agencyId: r.agencyId }));
  const given = session.secondFactorAt !== null;
  const withheld = given ? [] : [...new Set(roles.filter((r) => needsSecondFactor(r.role)).map((r) => r.role))];
  return {
    sessionId: session.id,
    secondFactorAt: session.secondFactorAt,
    user: { id: user.id, name: user.name, email: user.email, locale: user.locale },
    roles: given ? roles : roles.filter((r) => !needsSecondFactor(r.role)),
    secondFactorEnrolled: enrolled,
    withheldRoles: withheld,
    awaitingSecondFactor: enrolled && !given,
  };
}

/** What findSession and refreshViewer read of a session's account. */
export const SESSION_USER_SELECT = {
  id: true,
  name: true,
  email: true,
  locale: true,
  disabledAt: true,
  roles: true,
  secondFactor: { select: { confirmedAt: true } },
} as const;

export async function createSession(
  prisma: PrismaClient,
  userId: string,
  userAgent: string | null,
  now = new Date(),
  lifetimeMs = LIFETIME_MS,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  await prisma.session.create({
    data: { tokenHash: hashToken(token), userId, userAgent: userAgent?.slice(0, 300), expiresAt },
  });
  return { token, expiresAt };
}

export async function findSession(
  prisma: PrismaClient,
  token: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: SESSION_USER_SELECT } },
  });
  if (!session || session.revokedAt || session.expiresAt <= now || session.user.disabledAt) {
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + LIFETIME_MS) },
    });
  }
  return viewerOf(session);
}

/** A second factor was given in this session now: it gets its staff roles and its full life. */
export async function markSecondFactorGiven(prisma: PrismaClient, sessionId: string, now: Date): Promise<void> {
  await prisma.session.update({
    where: { id: sessionId },
    data: { secondFactorAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + LIFETIME_MS) },
  });
}

export async function revokeSession(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
}

/**
 * A Set-Cookie value for one of Suara's own cookies (httpOnly, SameSite=Lax, whole site):
 * set until `expiresAt`, or deleted when `value` is null.
 */
export function serializeCookie(name: string, value: string | null, secure: boolean, expiresAt?: Date): string {
  const parts = [
    `${name}=${value ?? ""}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    value && expiresAt ? `Expires=${expiresAt.toUTCString()}` : "Max-Age=0",
  ];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

export function sessionCookie(token: string | null, secure: boolean, expiresAt?: Date): string {
  return serializeCookie(SESSION_COOKIE, token, secure, expiresAt);
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index === -1) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
