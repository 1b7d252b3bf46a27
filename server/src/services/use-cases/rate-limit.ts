// Abuse limits without puzzles: one mechanism, kept in the database so it holds across
// instances. Every attempt is recorded atomically (one INSERT … ON CONFLICT … RETURNING per key)
// BEFORE it is judged, so a burst of concurrent attempts cannot all pass a check that has not
// counted them yet. Keys name what is being guessed or flooded (a resolved account, a tracking
// code, a contact) and who is doing it (a client address, a device cookie); identities are
// stored as keyed hashes, never as raw addresses or numbers.
import { createHmac } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client.ts";

/**
 * `limit` attempts per fixed window. A "slow" limit never locks out: past `limit` it lets one
 * attempt through every `slowStepMs` and refunds the ones it turns away, so an attacker cannot
 * push the owner's wait further out by hammering.
 */
export type Limit = { limit: number; windowMs: number; slowStepMs?: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const LIMITS = {
  /** Sign-in attempts from one client across all accounts (spraying); successes are refunded. */
  signInPerClient: { limit: 30, windowMs: 15 * MINUTE },
  /** Sign-in attempts from one client against one account; successes are refunded. */
  signInPerClientAccount: { limit: 5, windowMs: 15 * MINUTE },
  /** Checked sign-ins for one account from anywhere: slows down, never locks the owner out. */
  signInPerAccount: { limit: 10, windowMs: 15 * MINUTE, slowStepMs: 30_000 },
  /** Wrong authenticator or recovery codes for one account (right ones are refunded): slows down, never locks the owner out. */
  secondFactorPerAccount: { limit: 5, windowMs: 15 * MINUTE, slowStepMs: MINUTE },
  /** PIN checks from one client (right PINs are refunded); below secretPerCode, so one client cannot slow the reporter. */
  secretPerClient: { limit: 10, windowMs: 15 * MINUTE },
  /** Wrong PINs tried by one signed-in account across codes. */
  secretPerAccount: { limit: 30, windowMs: 15 * MINUTE },
  /** PIN checks for one tracking code from anywhere: slows down (one per 2 minutes past 20 an hour). */
  secretPerCode: { limit: 20, windowMs: HOUR, slowStepMs: 2 * MINUTE },
  /** Complaints filed from one client address. */
  filingPerClient: { limit: 30, windowMs: HOUR },
  /** Complaints filed from one device (its cookie). */
  filingPerDevice: { limit: 10, windowMs: HOUR },
  /** Complaints that name one phone number or e-mail address as the reporter's contact. */
  filingPerContact: { limit: 10, windowMs: DAY },
  /** Practice (LATIHAN) complaints one workshop participant files, whatever address the room shares. */
  practicePerParticipant: { limit: 10, windowMs: HOUR },
  /** Practice complaints filed in one workshop altogether (a room of 30, each a few times). */
  practicePerWorkshop: { limit: 300, windowMs: HOUR },
  /** Wrong workshop join codes from one client (right ones are refunded, so a whole room behind one address joins). */
  workshopJoinPerClient: { limit: 20, windowMs: 15 * MINUTE },
  /** Photo upload requests from one client. */
  uploadsPerClient: { limit: 60, windowMs: HOUR },
  /** Bytes sent to /unggah from one client (the declared request size is counted up front). */
  uploadBytesPerClient: { limit: 200 * 1024 * 1024, windowMs: HOUR },
  /** One-time codes for "saya juga mengalami" sent to one phone number or e-mail address, across complaints. */
  supportCodesPerContact: { limit: 5, windowMs: DAY },
  /** One-time codes for "saya juga mengalami" asked for from one client address (trusted addresses: ten times as many). */
  supportCodesPerClient: { limit: 10, windowMs: HOUR },
  /** Supports recorded from one client address, by account or confirmed contact (trusted addresses: ten times as many). */
  supportsPerClient: { limit: 30, windowMs: HOUR },
  /** Tries to delete inclusion answers by token from one client address (right tokens are refunded). */
  inclusionDeletionsPerClient: { limit: 10, windowMs: HOUR },
  /** Inclusion answers sent from one client address (each needs a filing's ticket too). */
  inclusionAnswersPerClient: { limit: 30, windowMs: HOUR },
  /** Text messages one number sends to the SMS door (each part of a long one counts); past it they are not answered. */
  smsInboundPerNumber: { limit: 20, windowMs: HOUR },
  /** Answers sent to one number's text messages (its filings' receipts have their own cap). */
  smsRepliesPerNumber: { limit: 10, windowMs: DAY },
  /** Text messages sent to one phone number. */
  smsPerContact: { limit: 10, windowMs: DAY },
  /** E-mails sent to one address. */
  emailPerContact: { limit: 30, windowMs: DAY },
} as const satisfies Record<string, Limit>;

/** How much a signed-in staff member or sahabat, or the assisted channel, may do more than a stranger. */
export const TRUSTED_FACTOR = 10;
/** A spam mark divides the filing allowance of the client, device and contact by this, for a week. */
export const SPAM_DIVISOR = 4;
export const SPAM_PENALTY: Limit = { limit: 1_000_000, windowMs: 7 * DAY };

export type RateState = { allowed: boolean; count: number; retryAfterMs: number; slowed?: boolean };

/** A key's identity part, hashed with the installation's key (no raw addresses in the table). */
export function keyPart(secret: Buffer, value: string): string {
  return createHmac("sha256", secret).update(`limit:${value}`).digest("base64url").slice(0, 22);
}

type Row = { count: number; windowStart: Date };

/** Adds `amount` to `key`'s window (starting a new window when the old one is over) and returns it. */
async function record(prisma: PrismaClient, key: string, windowMs: number, now: Date, amount: number): Promise<Row> {
  const windowStartedBefore = new Date(now.getTime() - windowMs);
  const rows = await prisma.$queryRaw<Row[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, ${amount})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartedBefore} THEN ${amount} ELSE "RateLimit"."count" + ${amount} END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartedBefore} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  return { count: Number(row.count), windowStart: new Date(row.windowStart) };
}

function judge(row: Row, limit: Limit, now: Date): RateState {
  const { count, windowStart } = row;
  const windowLeft = Math.max(0, windowStart.getTime() + limit.windowMs - now.getTime());
  if (count <= limit.limit) return { allowed: true, count, retryAfterMs: 0 };
  if (limit.slowStepMs === undefined) return { allowed: false, count, retryAfterMs: windowLeft };
  const due = windowStart.getTime() + (count - limit.limit) * limit.slowStepMs - now.getTime();
  if (due <= 0) return { allowed: true, count, retryAfterMs: 0, slowed: true };
  return { allowed: false, count, retryAfterMs: Math.min(due, windowLeft), slowed: true };
}

/**
 * Keys this process has seen refused, until their window ends (per database, so tests and
 * instances never share it). A flood from one client is then turned away without a database
 * write per request: its window's count is already past the limit and can only grow until the
 * window ends, so counting the extra attempts would change no answer. Only fixed limits are
 * remembered (a slow limit lets one attempt through per step), keyed with the allowance in
 * force (a trusted client's limit is higher on the same key), and a refund forgets the key.
 */
/** Per database: key → (allowance in force → time its refusal ends). */
const refusals = new WeakMap<PrismaClient, Map<string, Map<number, number>>>();
const MAX_REMEMBERED_REFUSALS = 10_000;

function rememberedRefusal(prisma: PrismaClient, key: string, limit: Limit, now: Date): RateState | null {
  const byAllowance = refusals.get(prisma)?.get(key);
  const until = byAllowance?.get(limit.limit);
  if (byAllowance === undefined || until === undefined) return null;
  const left = until - now.getTime();
  if (left <= 0) {
    byAllowance.delete(limit.limit);
    if (byAllowance.size === 0) refusals.get(prisma)!.delete(key);
    return null;
  }
  return { allowed: false, count: limit.limit + 1, retryAfterMs: left };
}

function rememberRefusal(prisma: PrismaClient, key: string, limit: Limit, state: RateState, now: Date): void {
  let remembered = refusals.get(prisma);
  if (!remembered) refusals.set(prisma, (remembered = new Map()));
  let byAllowance = remembered.get(key);
  if (!byAllowance) {
    // Oldest first out: a flood of distinct keys cannot grow this without bound.
    if (remembered.size >= MAX_REMEMBERED_REFUSALS) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, (byAllowance = new Map()));
  }
  byAllowance.set(limit.limit, now.getTime() + state.retryAfterMs);
}

/** Records one attempt (or `amount`) against `key`, then says whether it is within the limit. */
export async function hit(prisma: PrismaClient, key: string, limit: Limit, now: Date, amount = 1): Promise<RateState> {
  if (limit.slowStepMs === undefined) {
    const known = rememberedRefusal(prisma, key, limit, now);
    if (known) return known;
  }
  const state = judge(await record(prisma, key, limit.windowMs, now, amount), limit, now);
  // A slow limit only counts attempts it let through (see Limit).
  if (!state.allowed && limit.slowStepMs !== undefined) await refund(prisma, key, amount);
  else if (!state.allowed && state.retryAfterMs > 0) rememberRefusal(prisma, key, limit, state, now);
  return state;
}

/** Takes back an attempt that should not count after all (a right password, a right PIN). */
export async function refund(prisma: PrismaClient, key: string, amount = 1): Promise<void> {
  refusals.get(prisma)?.delete(key);
  await prisma.$executeRaw`UPDATE "RateLimit" SET "count" = GREATEST("count" - ${amount}, 0) WHERE "key" = ${key}`;
}

export type Check = { key: string; limit: Limit };
export type Attempt = { allowed: true; recorded: Check[] } | { allowed: false; refused: Check; state: RateState; recorded: Check[] };

/**
 * Records one attempt against each check in order and stops at the first refusal: keys after
 * it are not touched, so a client refused for flooding does not use up an account's or a
 * code's allowance. `recorded` lists the keys counted (to refund them on success).
 */
export async function attempt(prisma: PrismaClient, checks: readonly Check[], now: Date, amount = 1): Promise<Attempt> {
  const recorded: Check[] = [];
  for (const check of checks) {
    const state = await hit(prisma, check.key, check.limit, now, amount);
    if (!state.allowed) {
      if (check.limit.slowStepMs === undefined) recorded.push(check);
      return { allowed: false, refused: check, state, recorded };
    }
    recorded.push(check);
  }
  return { allowed: true, recorded };
}

export async function refundAll(prisma: PrismaClient, checks: readonly Check[], amount = 1): Promise<void> {
  for (const check of checks) await refund(prisma, check.key, amount);
}

/** A limit with its allowance multiplied (trusted contexts) or divided (spam marks), never below 1. */
export function scaled(limit: Limit, factor: number): Limit {
  return { ...limit, limit: Math.max(1, Math.floor(limit.limit * factor)) };
}

/**
 * Spam marks read in the last minute, per database: every filing asks for its client's, device's
 * and contact's marks before it is counted, and a flood from one client would otherwise read
 * them once per request. A mark made here is seen at once; one made by another instance within
 * a minute.
 */
const markCache = new WeakMap<PrismaClient, Map<string, { marks: number; readAt: number }>>();
const MARK_CACHE_MS = 60_000;

/** How many spam marks `key` has collected this week (no attempt recorded). */
export async function spamMarks(prisma: PrismaClient, key: string, now: Date): Promise<number> {
  const seen = markCache.get(prisma)?.get(key);
  if (seen && now.getTime() - seen.readAt < MARK_CACHE_MS && now.getTime() >= seen.readAt) return seen.marks;
  const row = await prisma.rateLimit.findUnique({ where: { key: `spam:${key}` } });
  const marks = !row || row.windowStart.getTime() <= now.getTime() - SPAM_PENALTY.windowMs ? 0 : row.count;
  rememberMarks(prisma, key, marks, now);
  return marks;
}

/**
 * `hit` for a filing limit that spam marks divide (`base` times `factor`, divided per mark on
 * `markKey`): when the marks were not read in the last minute, they are read by the same statement
 * that counts the attempt, so a filing from a client not seen lately costs one round trip, not two.
 */
export async function hitMarked(prisma: PrismaClient, key: string, markKey: string, base: Limit, factor: number, now: Date): Promise<RateState> {
  const cached = markCache.get(prisma)?.get(markKey);
  if (cached && now.getTime() - cached.readAt < MARK_CACHE_MS && now.getTime() >= cached.readAt) {
    return hit(prisma, key, markedLimit(base, factor, cached.marks), now);
  }
  const windowStartedBefore = new Date(now.getTime() - base.windowMs);
  const rows = await prisma.$queryRaw<(Row & { spamCount: number | null; spamStart: Date | null })[]>`
    WITH spam AS (SELECT "count", "windowStart" FROM "RateLimit" WHERE "key" = ${`spam:${markKey}`})
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartedBefore} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartedBefore} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart", (SELECT "count" FROM spam) AS "spamCount", (SELECT "windowStart" FROM spam) AS "spamStart"`;
  const row = rows[0]!;
  const spamStart = row.spamStart === null ? null : new Date(row.spamStart);
  const marks = spamStart === null || spamStart.getTime() <= now.getTime() - SPAM_PENALTY.windowMs ? 0 : Number(row.spamCount);
  rememberMarks(prisma, markKey, marks, now);
  const limit = markedLimit(base, factor, marks);
  const state = judge({ count: Number(row.count), windowStart: new Date(row.windowStart) }, limit, now);
  if (!state.allowed && state.retryAfterMs > 0) rememberRefusal(prisma, key, limit, state, now);
  return state;
}

/** A filing allowance scaled by `factor` and divided for each spam mark (at most six count). */
export function markedLimit(base: Limit, factor: number, marks: number): Limit {
  return scaled(base, factor / SPAM_DIVISOR ** Math.min(marks, 6));
}

function rememberMarks(prisma: PrismaClient, key: string, marks: number, now: Date): void {
  let cached = markCache.get(prisma);
  if (!cached) markCache.set(prisma, (cached = new Map()));
  if (cached.size >= MAX_REMEMBERED_REFUSALS) cached.delete(cached.keys().next().value!);
  cached.set(key, { marks, readAt: now.getTime() });
}

export async function addSpamMark(prisma: PrismaClient, key: string, now: Date): Promise<void> {
  markCache.get(prisma)?.delete(key);
  await record(prisma, `spam:${key}`, SPAM_PENALTY.windowMs, now, 1);
}

/**
 * Whether one more SMS or e-mail may go to this number or address today (counted when asked,
 * so call it right before sending). `address` must be in normal form (+62… or lower case).
 */
export async function allowContactMessage(
  prisma: PrismaClient,
  secret: Buffer,
  kind: "sms" | "email",
  address: string,
  now: Date,
): Promise<RateState> {
  const limit = kind === "sms" ? LIMITS.smsPerContact : LIMITS.emailPerContact;
  return hit(prisma, `msg:${kind}:${keyPart(secret, address.trim().toLowerCase())}`, limit, now);
}

/** Forgets windows that ended long ago (the scheduler calls this). */
export async function purgeExpiredLimits(prisma: PrismaClient, now: Date): Promise<number> {
  const before = new Date(now.getTime() - 8 * DAY);
  return prisma.$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < ${before}`;
}

/** Seconds or minutes to wait, for a sentence: whole seconds under two minutes. */
export function waitParams(retryAfterMs: number): { seconds: number; minutes: number } {
  return { seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)), minutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) };
}
