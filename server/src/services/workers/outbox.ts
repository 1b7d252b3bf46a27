// The delivery outbox: every Notification row reaches its person beyond the notification
// centre, by the channels they chose, at least once.
//
//   plan     claims notifications not yet planned (FOR UPDATE SKIP LOCKED), works out the
//            person's channel chain and writes one Delivery row for the first channel.
//   deliver  claims due Delivery rows (FOR UPDATE SKIP LOCKED) and leases them (lockedUntil):
//            a crashed instance's rows come back when the lease runs out. Each attempt is
//            recorded; a failure is retried with exponential back-off; after the last attempt
//            (or at once, when retrying cannot help) the row is dead-lettered (DEAD) and the
//            next channel in the chain gets its own Delivery row.
//
// Delivery rows carry a messageKey, stable across retries (notification id + channel): the
// e-mail Message-ID and the SMS gateway's idempotency key, so a resend after a crash can be
// recognised. Safe with several instances: all coordination is in the database. A filing receipt
// (services/use-cases/receipt.ts) carries the PIN: it never falls back to a sahabat, and its
// body loses the PIN once the delivery is sent or dead. An answer to a text message (`reply`, the
// SMS door) goes only to the number that asked, at once, even if it sent STOP; other messages
// skip a number on the STOP list.
import { allowContactMessage } from "../use-cases/rate-limit.ts";
import { numberHash } from "../use-cases/sms-intake.ts";
import { normalizePhone } from "../../domain/shared/phone.ts";
import { relayingSahabat } from "../../domain/privacy/privacy.ts";
import { mayDeliver } from "../../domain/notify/practice.ts";
import type { Deps } from "../../context.ts";
import { topics } from "../../events/bus.ts";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import {
  type Channel,
  channelChain,
  CONTACT_QUIET_HOURS,
  DEFAULT_RETRY,
  nextChannel,
  notBefore,
  type QuietHours,
  type Reach,
  retryDelay,
  type RetryPolicy,
} from "../../domain/outbox/policy.ts";
import type { OutboxEnv } from "../../env.ts";
import { redactReceipt } from "../use-cases/receipt.ts";
import type { ChannelAdapter, OutgoingMessage, SendOutcome } from "../channels/adapter.ts";
import { emailAdapter } from "../channels/email.ts";
import { pushAdapter, vapidKeys } from "../channels/push.ts";
import { smsAdapter } from "../channels/sms.ts";

export type OutboxOptions = {
  retry?: RetryPolicy;
  leaseMs?: number;
  /** Rows claimed per round. */
  batch?: number;
  /** Public origin for links in SMS and e-mail. */
  origin?: string;
};

export type RoundResult = { planned: number; claimed: number; sent: number; retried: number; dead: number };

type Tx = Prisma.TransactionClient;

export const messageKeyFor = (notificationId: string, channel: Channel) => `${notificationId}.${channel.toLowerCase()}`;

const iso = (d: Date) => d.toISOString();

/** Whether a channel has an adapter here (SAHABAT_TASK is always available: it is a row). */
type Adapters = Partial<Record<Exclude<Channel, "SAHABAT_TASK">, ChannelAdapter>>;

export class Outbox {
  readonly retry: RetryPolicy;
  readonly leaseMs: number;
  readonly batch: number;
  readonly origin: string | undefined;

  constructor(
    readonly deps: Deps,
    readonly adapters: Adapters,
    options: OutboxOptions = {},
  ) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.batch = options.batch ?? 10;
    this.origin = options.origin?.replace(/\/$/, "");
  }

  private configured(channel: Channel): boolean {
    return channel === "SAHABAT_TASK" || this.adapters[channel] !== undefined;
  }

  /** Who the notification is for and how they can be reached, right now. */
  private async reachOf(tx: Tx, notificationId: string) {
    const n = await tx.notification.findUniqueOrThrow({
      where: { id: notificationId },
      select: {
        id: true,
        userId: true,
        contact: true,
        receipt: true,
        reply: true,
        eventId: true,
        complaint: { select: { trackingCode: true, sahabatId: true, relaySahabatId: true, sahabatAccessWithdrawnAt: true, reporterId: true, isSandbox: true } },
        user: {
          select: {
            email: true,
            phone: true,
            disabledAt: true,
            notificationPreference: { select: { channels: true, quietStart: true, quietEnd: true } },
            _count: { select: { pushSubscriptions: true } },
          },
        },
      },
    });
    const contact = n.contact?.trim() || null;
    // "Tell my sahabat" is for the resident's side only: the reporter, or someone without an
    // account who follows with the code and PIN. The sahabat who filed the complaint may see all
    // of that; a notification meant for staff never becomes a sahabat's task.
    // A receipt carries the PIN: only the reporter's own contact, never a sahabat's task list.
    const residentSide = !n.receipt && !n.reply && (n.userId === null || n.userId === n.complaint?.reporterId);
    // The relay sahabat (for an assisted complaint, the filer); none once the resident withdrew access.
    const relay = n.complaint ? relayingSahabat(n.complaint) : null;
    const sahabatId = residentSide && relay && relay !== n.userId ? relay : null;
    const reach: Reach = n.user
      ? { pushSubscriptions: n.user._count.pushSubscriptions, phone: n.user.phone, email: n.user.email, sahabatId }
      : { pushSubscriptions: 0, phone: contact && !contact.includes("@") ? contact : null, email: contact?.includes("@") ? contact : null, sahabatId };
    // A number that sent STOP gets nothing but answers to its own messages.
    if (reach.phone && !n.reply && (await this.stopped(tx, reach.phone))) reach.phone = null;
    const pref = n.user?.notificationPreference ?? null;
    const quiet: QuietHours | null =
      pref && pref.quietStart !== null && pref.quietEnd !== null
        ? { start: pref.quietStart, end: pref.quietEnd }
        : // News of a complaint to someone without an account waits for the morning; a one-time
          // code, a receipt or an answer (no timeline event behind it) is awaited right now.
          !n.user && n.eventId !== null && !n.receipt && !n.reply
          ? CONTACT_QUIET_HOURS
          : null;
    // A practice (LATIHAN) notification is in-app only: no channel beyond the service, ever.
    const practice = n.complaint?.isSandbox ?? false;
    const chain = n.user?.disabledAt ? [] : channelChain((pref?.channels as Channel[] | undefined) ?? null, reach).filter((c) => this.configured(c) && mayDeliver(practice, c));
    return { chain, quiet, reach, practice };
  }

  private async stopped(tx: Tx, phone: string): Promise<boolean> {
    const normal = normalizePhone(phone);
    if (!normal) return false;
    return (await tx.smsOptOut.count({ where: { numberHash: numberHash(this.deps.secretKey, normal) } })) > 0;
  }

  /** Writes the Delivery row for `channel` (idempotent: the message key is unique). */
  private async schedule(tx: Tx, notificationId: string, channel: Channel, quiet: QuietHours | null, now: Date) {
    await tx.delivery.upsert({
      where: { messageKey: messageKeyFor(notificationId, channel) },
      create: { notificationId, channel, messageKey: messageKeyFor(notificationId, channel), nextAttemptAt: notBefore(now, channel, quiet) },
      update: {},
    });
  }

  /** Chooses the first channel for notifications nobody planned yet. */
  async plan(): Promise<number> {
    const now = this.deps.now();
    return this.deps.db.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id FROM "Notification" WHERE "deliveryPlannedAt" IS NULL ORDER BY "createdAt", id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        this.batch * 5,
      );
      for (const { id } of rows) {
        const { chain, quiet } = await this.reachOf(tx, id);
        const first = chain[0];
        if (first) await this.schedule(tx, id, first, quiet, now);
        else await redactReceipt(tx, id); // nothing can carry it: keep no PIN
        await tx.notification.update({ where: { id }, data: { deliveryPlannedAt: now } });
      }
      return rows.length;
    });
  }

  /** Claims due rows (and rows whose lease ran out) for this worker. */
  async claim(): Promise<{ id: string; lockedUntil: Date }[]> {
    const now = this.deps.now();
    const lease = new Date(now.getTime() + this.leaseMs);
    const rows = await this.deps.db.prisma.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE "Delivery" AS d
          SET status = 'SENDING', "lockedUntil" = $1::timestamp(3), "attemptCount" = d."attemptCount" + 1
         FROM (SELECT id FROM "Delivery"
                WHERE (status IN ('PENDING', 'FAILED') AND "nextAttemptAt" <= $2::timestamp(3))
                   OR (status = 'SENDING' AND "lockedUntil" <= $2::timestamp(3))
                ORDER BY "nextAttemptAt", id
                LIMIT $3
                FOR UPDATE SKIP LOCKED) AS due
        WHERE d.id = due.id
      RETURNING d.id`,
      iso(lease),
      iso(now),
      this.batch,
    );
    return rows.map((r) => ({ id: r.id, lockedUntil: lease }));
  }

  /** One attempt at one claimed row; the outcome is written only while our lease holds. */
  async attempt(claimed: { id: string; lockedUntil: Date }): Promise<"sent" | "retried" | "dead" | "held" | "lost"> {
    const prisma = this.deps.db.prisma;
    const startedAt = this.deps.now();
    const d = await prisma.delivery.findUniqueOrThrow({
      where: { id: claimed.id },
      include: {
        notification: {
          include: {
            complaint: { select: { trackingCode: true } },
            user: { select: { email: true, phone: true, pushSubscriptions: { select: { id: true, endpoint: true, p256dh: true, auth: true } } } },
          },
        },
      },
    });
    const fence = { id: d.id, status: "SENDING" as const, lockedUntil: claimed.lockedUntil };
    const { quiet, reach, practice } = await this.reachOf(prisma, d.notificationId);

    // Quiet hours began after the row was scheduled: put it back without counting an attempt.
    const allowedAt = notBefore(startedAt, d.channel, quiet);
    if (allowedAt > startedAt) {
      const { count } = await prisma.delivery.updateMany({
        where: fence,
        data: { status: "PENDING", nextAttemptAt: allowedAt, lockedUntil: null, attemptCount: { decrement: 1 } },
      });
      return count ? "held" : "lost";
    }

    const n = d.notification;
    const path = n.complaint ? `/lacak/${n.complaint.trackingCode}` : "/";
    const message: OutgoingMessage = {
      messageKey: d.messageKey,
      title: n.title,
      body: n.body,
      link: this.origin && n.complaint ? `${this.origin}${path}` : null,
      path,
      locale: n.locale,
      to: {
        email: reach.email,
        phone: reach.phone,
        push: n.user?.pushSubscriptions ?? [],
      },
    };

    let outcome: SendOutcome;
    if (!mayDeliver(practice, d.channel)) {
      // Second guard: a practice row that reached the outbox anyway is refused, never sent.
      outcome = { ok: false, error: "a practice (LATIHAN) notification stays in the app", permanent: true };
    } else if (d.channel === "SAHABAT_TASK") {
      outcome = reach.sahabatId
        ? await prisma.sahabatTask
            .upsert({ where: { notificationId: n.id }, create: { notificationId: n.id, sahabatId: reach.sahabatId }, update: {} })
            .then(() => ({ ok: true }) as const)
        : { ok: false, error: "no sahabat for this complaint", permanent: true };
      // The sahabat's dashboard counts open tasks and listens on the queue topic: a new task there
      // updates it live. The task is stored; a lost event only means the page is current on reload.
      if (outcome.ok && n.complaintId) {
        await this.deps.bus.publish(topics.queue, { type: "queue.changed", complaintId: n.complaintId, eventId: null }).catch(() => {});
      }
    } else {
      const adapter = this.adapters[d.channel];
      // Answers to a number's own messages are capped per number when they are written (sms-intake.ts).
      const capped = adapter && !n.reply ? await this.overDailyCap(prisma, d.channel, message, startedAt) : false;
      outcome = capped
        ? { ok: false, error: `daily ${d.channel} cap reached for this contact`, permanent: true }
        : adapter
        ? await adapter.send(message).catch((e: unknown) => ({ ok: false, error: String(e), permanent: false }) as const)
        : { ok: false, error: `${d.channel} is not configured on this server`, permanent: true };
    }
    const finishedAt = this.deps.now();

    if (outcome.goneSubscriptions?.length) {
      await prisma.pushSubscription.deleteMany({ where: { id: { in: outcome.goneSubscriptions } } });
    }

    return prisma.$transaction(async (tx) => {
      await tx.deliveryAttempt.create({
        data: { deliveryId: d.id, startedAt, finishedAt, ok: outcome.ok, error: outcome.ok ? null : outcome.error },
      });
      if (outcome.ok) {
        const { count } = await tx.delivery.updateMany({
          where: fence,
          data: { status: "SENT", sentAt: finishedAt, lockedUntil: null, lastError: null },
        });
        if (count && n.receipt) await redactReceipt(tx, n.id);
        return count ? "sent" : "lost";
      }
      const delay = outcome.permanent ? null : retryDelay(d.attemptCount, this.retry);
      if (delay !== null) {
        const { count } = await tx.delivery.updateMany({
          where: fence,
          data: {
            status: "FAILED",
            lastError: outcome.error,
            lockedUntil: null,
            nextAttemptAt: notBefore(new Date(finishedAt.getTime() + delay), d.channel, quiet),
          },
        });
        return count ? "retried" : "lost";
      }
      const { count } = await tx.delivery.updateMany({ where: fence, data: { status: "DEAD", lastError: outcome.error, lockedUntil: null } });
      if (!count) return "lost";
      // Fall back: the next channel in the chain that this notification has not tried yet.
      const tried = new Set((await tx.delivery.findMany({ where: { notificationId: n.id }, select: { channel: true } })).map((r) => r.channel));
      const { chain } = await this.reachOf(tx, n.id);
      let next = nextChannel(chain, d.channel);
      while (next && tried.has(next)) next = nextChannel(chain, next);
      if (next) await this.schedule(tx, n.id, next, quiet, finishedAt);
      else if (n.receipt) await redactReceipt(tx, n.id);
      return "dead";
    });
  }

  /**
   * SMS and e-mail cost money and reach a person's phone: a number or address gets only so many a
   * day (see LIMITS), however many notifications name it, so the service cannot be used to pump them.
   */
  private async overDailyCap(prisma: PrismaClient, channel: string, message: OutgoingMessage, now: Date): Promise<boolean> {
    const address = channel === "SMS" ? message.to.phone : channel === "EMAIL" ? message.to.email : null;
    if (!address) return false;
    const state = await allowContactMessage(prisma, this.deps.secretKey, channel === "SMS" ? "sms" : "email", address, now);
    return !state.allowed;
  }

  /** Plans, then delivers what is due, until nothing is due (bounded). */
  async runOnce(maxRounds = 20): Promise<RoundResult> {
    const result: RoundResult = { planned: 0, claimed: 0, sent: 0, retried: 0, dead: 0 };
    for (let round = 0; round < maxRounds; round++) {
      const planned = await this.plan();
      const claimed = await this.claim();
      result.planned += planned;
      result.claimed += claimed.length;
      // PGlite has one connection: one row at a time there; PostgreSQL sends a batch in parallel.
      const outcomes =
        this.deps.db.kind === "pglite"
          ? await claimed.reduce<Promise<string[]>>(async (acc, c) => [...(await acc), await this.attempt(c)], Promise.resolve([]))
          : await Promise.all(claimed.map((c) => this.attempt(c)));
      for (const o of outcomes) if (o === "sent" || o === "retried" || o === "dead") result[o]++;
      if (planned === 0 && claimed.length === 0) break;
    }
    return result;
  }

  /** Runs every `intervalMs`, and soon after `poke()` (new notifications); stops on the returned call. */
  start(intervalMs: number): () => Promise<void> {
    let running: Promise<unknown> = Promise.resolve();
    let stopped = false;
    const run = () => {
      if (stopped) return;
      running = running.then(() => this.runOnce()).catch((error) => console.error("[outbox] round failed", error));
    };
    const timer = setInterval(run, intervalMs);
    timer.unref();
    return async () => {
      stopped = true;
      clearInterval(timer);
      await running;
      for (const adapter of Object.values(this.adapters)) adapter?.close?.();
    };
  }
}

/** The outbox with the channels the environment configures (push is always on: keys are ours). */
export async function createOutbox(deps: Deps, env: OutboxEnv, origin: string | undefined): Promise<Outbox> {
  const adapters: Adapters = { PUSH: pushAdapter(await vapidKeys(deps.db), env.vapidSubject) };
  if (env.smtpUrl) adapters.EMAIL = emailAdapter(env.smtpUrl, env.mailFrom);
  if (env.sms) adapters.SMS = smsAdapter(env.sms);
  return new Outbox(deps, adapters, {
    retry: { maxAttempts: env.maxAttempts, baseDelayMs: env.retryBaseMs, maxDelayMs: Math.max(env.retryBaseMs, 6 * 3600_000) },
    leaseMs: env.leaseMs,
    origin,
  });
}
