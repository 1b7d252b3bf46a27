// The clock inside the service: closes resolved complaints nobody answered within 10 working
// days, escalates complaints whose verification or agency answer is overdue, ends workshops
// 12 hours after they opened, and purges abandoned drafts with their photos, long-ended limit
// windows, SMS leftovers (sms-intake.ts), old contact details (retention.ts), one-time codes that ended a day ago (contact-codes.ts) and the practice data of workshops past their grace period. Safe with
// several instances: a tick runs under a transaction-level advisory lock (one instance at a
// time), and each change is conditional on the row's current state, so a repeated or
// concurrent tick changes nothing twice. Time comes from deps.now, so tests drive the clock.
import { rm } from "node:fs/promises";
import path from "node:path";
import type { Deps } from "../../context.ts";
import { thumbnailKey } from "../use-cases/attachments.ts";
import { purgeEndedContactCodes } from "../use-cases/contact-codes.ts";
import { purgeExpiredLimits } from "../use-cases/rate-limit.ts";
import { purgeSmsLeftovers } from "../use-cases/sms-intake.ts";
import { forgetOldContacts } from "../use-cases/retention.ts";
import { publishComplaintUpdated } from "../../events/bus.ts";
import { type Notified, notifyEvent, publishNotified } from "../use-cases/notifications.ts";
import { endDueWorkshops, purgeDueWorkshops } from "../use-cases/workshop-lifecycle.ts";

const SCHEDULER_LOCK = 72707370;
const BATCH = 200;

export type TickResult = {
  ran: boolean;
  closed: string[];
  escalated: string[];
  notified?: Notified[];
  purgedDrafts?: number;
  endedWorkshops?: string[];
  purgedWorkshops?: string[];
  /** Finished complaints whose contact details were removed (retention.ts). */
  forgottenContacts?: string[];
};

/**
 * Drafts nobody touched for DRAFT_ABANDONED_DAYS (or past their expiry) are deleted with the
 * photos uploaded to them, so abandoned uploads do not fill the disk. Safe to repeat and to run
 * on several instances at once: a photo already filed with a complaint is never touched.
 */
export async function purgeAbandonedDrafts(deps: Deps): Promise<number> {
  const now = deps.now();
  const prisma = deps.db.prisma;
  const abandoned = await prisma.draft.findMany({
    where: { OR: [{ updatedAt: { lt: new Date(now.getTime() - deps.limits.draftAbandonedMs) } }, { expiresAt: { lt: now } }] },
    select: { id: true },
    take: BATCH,
  });
  if (abandoned.length === 0) return 0;
  const ids = abandoned.map((d) => d.id);
  const photos = await prisma.attachment.findMany({ where: { draftId: { in: ids }, complaintId: null }, select: { id: true, storageKey: true } });
  await prisma.attachment.deleteMany({ where: { id: { in: photos.map((p) => p.id) }, complaintId: null } });
  for (const photo of photos) {
    await rm(path.join(deps.uploadDir, photo.storageKey), { force: true });
    await rm(path.join(deps.uploadDir, thumbnailKey(photo.storageKey)), { force: true });
  }
  const { count } = await prisma.draft.deleteMany({ where: { id: { in: ids } } });
  return count;
}

export async function tick(deps: Deps): Promise<TickResult> {
  const now = deps.now();
  const result = await deps.db.prisma.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${SCHEDULER_LOCK}) AS locked`;
    if (!lock?.locked) return { ran: false, closed: [], escalated: [] } satisfies TickResult;

    const notified: Notified[] = [];
    const closed: string[] = [];
    const dueToClose = await tx.complaint.findMany({
      where: { status: "RESOLVED", closeDueAt: { lte: now } },
      select: { id: true },
      orderBy: { closeDueAt: "asc" },
      take: BATCH,
    });
    for (const { id } of dueToClose) {
      const { count } = await tx.complaint.updateMany({
        where: { id, status: "RESOLVED", closeDueAt: { lte: now } },
        data: { status: "CLOSED", closeDueAt: null },
      });
      if (count === 0) continue;
      const event = await tx.timelineEvent.create({
        data: { complaintId: id, type: "STATUS_CHANGED", actorRole: null, fromStatus: "RESOLVED", toStatus: "CLOSED", note: null, visibility: "PUBLIC", createdAt: now },
      });
      await tx.auditLog.create({ data: { actorId: null, action: "complaint.auto_close", entityType: "Complaint", entityId: id } });
      notified.push(await notifyEvent(tx, event));
      closed.push(id);
    }

    const escalated: string[] = [];
    const overdue = await tx.complaint.findMany({
      where: {
        escalatedAt: null,
        // Practice complaints keep the fast clock's time, not the real deadlines: never escalated.
        isSandbox: false,
        OR: [
          { status: "SUBMITTED", pausedAt: null, verifyDueAt: { lt: now } },
          { status: { in: ["DISPOSED", "IN_PROGRESS"] }, followUpDueAt: { lt: now } },
        ],
      },
      select: { id: true, status: true },
      take: BATCH,
    });
    for (const { id, status } of overdue) {
      const { count } = await tx.complaint.updateMany({ where: { id, escalatedAt: null }, data: { escalatedAt: now } });
      if (count === 0) continue;
      const event = await tx.timelineEvent.create({
        data: { complaintId: id, type: "ESCALATED", fromStatus: status, toStatus: status, visibility: "STAFF", createdAt: now },
      });
      await tx.auditLog.create({ data: { actorId: null, action: "complaint.escalate_overdue", entityType: "Complaint", entityId: id } });
      notified.push(await notifyEvent(tx, event));
      escalated.push(id);
    }
    const endedWorkshops = await endDueWorkshops(tx, now);
    return { ran: true, closed, escalated, notified, endedWorkshops } satisfies TickResult;
    // A batch writes each change's notifications too: give it longer than Prisma's default 5 s.
  }, { timeout: 60_000 });

  const changed = [...new Set([...result.closed, ...result.escalated])];
  if (changed.length > 0) {
    const rows = await deps.db.prisma.complaint.findMany({ where: { id: { in: changed } }, select: { id: true, trackingCode: true } });
    for (const row of rows) await publishComplaintUpdated(deps.bus, row);
  }
  await publishNotified(deps.bus, result.notified ?? []);
  if (!result.ran) return result;
  const purgedDrafts = await purgeAbandonedDrafts(deps);
  await purgeExpiredLimits(deps.db.prisma, deps.now());
  await purgeSmsLeftovers(deps.db.prisma, deps.now());
  await purgeEndedContactCodes(deps.db.prisma, deps.now());
  const forgottenContacts = await forgetOldContacts(deps.db.prisma, deps.now(), deps.limits.contactRetentionMs);
  // Each workshop is claimed in its own transaction, so this is safe beside another instance's purge.
  const purgedWorkshops = await purgeDueWorkshops(deps);
  return { ...result, purgedDrafts, purgedWorkshops, forgottenContacts };
}

/** Runs `tick` every `intervalMs` until stopped; a failed tick is logged and retried next time. */
export function startScheduler(deps: Deps, intervalMs: number): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    if (stopped) return;
    running = running.then(() => tick(deps)).catch((error) => console.error("[scheduler] tick failed", error));
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
