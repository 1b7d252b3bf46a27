// Rate limits kept in the database, so they hold across instances and are keyed by what is
// being guessed (a tracking code, an account), not by IP address: a village shares one
// carrier address and a workshop shares one room. One atomic statement per hit.
import type { PrismaClient } from "../generated/prisma/client.ts";

export type Limit = { limit: number; windowMs: number };

export const LIMITS = {
  /** Wrong PINs for one tracking code. */
  secretPerCode: { limit: 10, windowMs: 15 * 60_000 },
  /** Wrong PINs tried by one signed-in account across codes. */
  secretPerAccount: { limit: 30, windowMs: 15 * 60_000 },
  /** Failed sign-ins for one e-mail address. */
  signInPerAccount: { limit: 10, windowMs: 15 * 60_000 },
} as const satisfies Record<string, Limit>;

export type RateState = { allowed: boolean; count: number; retryAfterMs: number };

/** Counts one attempt against `key`; `allowed` is false once the window's limit is passed. */
export async function hit(prisma: PrismaClient, key: string, { limit, windowMs }: Limit, now: Date): Promise<RateState> {
  const windowStartedBefore = new Date(now.getTime() - windowMs);
  const rows = await prisma.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartedBefore} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartedBefore} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  const count = Number(row.count);
  const retryAfterMs = Math.max(0, new Date(row.windowStart).getTime() + windowMs - now.getTime());
  return { allowed: count <= limit, count, retryAfterMs };
}

/** Whether `key` is over its limit right now, without counting an attempt. */
export async function isBlocked(prisma: PrismaClient, key: string, { limit, windowMs }: Limit, now: Date): Promise<RateState> {
  const row = await prisma.rateLimit.findUnique({ where: { key } });
  if (!row || row.windowStart.getTime() <= now.getTime() - windowMs) return { allowed: true, count: 0, retryAfterMs: 0 };
  const retryAfterMs = row.windowStart.getTime() + windowMs - now.getTime();
  return { allowed: row.count < limit, count: row.count, retryAfterMs };
}
