// Reset, end and purge a workshop, and the counts of its report. Everything here is scoped by
// one workshop id and by Complaint.isSandbox: a practice row is found only through
// `workshopId` + `isSandbox = true` (complaints) or the workshop's participants (drafts), so a
// real complaint, its timeline or its audit trail is never in reach.
//
// What goes with a practice complaint: the complaint row, and by the database's cascades its
// copies, timeline, follow-ups, replies, follows, notifications (with their outbox deliveries,
// attempts and sahabat tasks), consent records and relay logs; its photos are deleted here, rows
// and files (with thumbnails). What stays: audit entries. The audit trail is append-only (a
// database trigger refuses to edit or delete an entry), for practice as for real, and a practice
// complaint's entries name only ids, codes, the channel and hashed origins, never what was
// typed. The reset and the purge each write one entry of their own naming the complaint ids they
// removed, so an auditor can tell the practice entries apart.
import { rm } from "node:fs/promises";
import path from "node:path";
import type { Context, Deps } from "../../context.ts";
import {
  dueForPurge,
  dueToEnd,
  endedAt,
  isOpen,
  parseSummary,
  purgeDueAt,
  scheduledEnd,
  summarize,
  WORKSHOP_LENGTH_MS,
  type WorkshopPhase,
  workshopPhase,
  type WorkshopSummary,
} from "../../domain/workshop/lifecycle.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import type { Prisma, PrismaClient, Workshop } from "../../generated/prisma/client.ts";
import { type Figures, parseStoredFigures } from "../../domain/inclusion/figures.ts";
import { thumbnailKey } from "./attachments.ts";
import { workshopInclusionFigures } from "./inclusion-figures.ts";
import { audit } from "./audit.ts";
import { trainerWorkshop } from "./workshop-access.ts";
import { publishRoom } from "./workshops.ts";

type Tx = Prisma.TransactionClient;
const BATCH = 50;

export type LifecycleResult = { ok: true; removedComplaints: number; participants: number } | { ok: false; issues: FieldIssue[] };

const ended: FieldIssue = { field: "workshopId", code: "workshop_ended" };

/** Practice rows of one workshop (optionally only some participants'), deleted in one transaction; returns the photo files to remove. */
async function deletePracticeRows(tx: Tx, workshopId: string, participantIds: string[] | null): Promise<{ complaintIds: string[]; files: string[] }> {
  const complaints = await tx.complaint.findMany({
    where: { workshopId, isSandbox: true, ...(participantIds ? { workshopParticipantId: { in: participantIds } } : {}) },
    select: { id: true },
  });
  const complaintIds = complaints.map((c) => c.id);
  const drafts = await tx.draft.findMany({
    where: participantIds ? { workshopParticipantId: { in: participantIds } } : { workshopParticipant: { workshopId } },
    select: { id: true },
  });
  const draftIds = drafts.map((d) => d.id);
  const photos = await tx.attachment.findMany({
    where: { OR: [{ complaintId: { in: complaintIds } }, { draftId: { in: draftIds }, complaintId: null }] },
    select: { id: true, storageKey: true, publicStorageKey: true },
  });
  await tx.attachment.deleteMany({ where: { id: { in: photos.map((p) => p.id) } } });
  // Deleted explicitly rather than only by cascade, so nothing depends on a relation's setting.
  await tx.notification.deleteMany({ where: { complaintId: { in: complaintIds } } });
  await tx.follow.deleteMany({ where: { complaintId: { in: complaintIds } } });
  // The timeline, copies, follow-ups, replies, consents and relay logs go by cascade (the
  // timeline's append-only trigger allows only that).
  await tx.complaint.deleteMany({ where: { id: { in: complaintIds }, workshopId, isSandbox: true } });
  await tx.draft.deleteMany({ where: { id: { in: draftIds } } });
  return { complaintIds, files: photos.flatMap((p) => [p.storageKey, thumbnailKey(p.storageKey), ...(p.publicStorageKey ? [p.publicStorageKey, thumbnailKey(p.publicStorageKey)] : [])]) };
}

async function removeFiles(uploadDir: string, keys: string[]): Promise<void> {
  for (const key of keys) await rm(path.join(uploadDir, key), { force: true });
}

const FRESH = { progress: "joined", errorStep: null, errorField: null, errorAt: null, errorsByStep: {}, finishedAt: null } as const;

async function reset(ctx: Context, workshopId: string, participantId: string | null): Promise<LifecycleResult> {
  const workshop = await trainerWorkshop(ctx, workshopId);
  const now = ctx.deps.now();
  if (!isOpen(workshop, now)) return { ok: false, issues: [ended] };
  if (participantId !== null) {
    const found = await ctx.prisma.workshopParticipant.findFirst({ where: { id: participantId, workshopId }, select: { id: true } });
    if (!found) return { ok: false, issues: [{ field: "participantId", code: "invalid_choice" }] };
  }
  const { removed, files, participants } = await ctx.prisma.$transaction(async (tx) => {
    const ids = participantId
      ? [participantId]
      : (await tx.workshopParticipant.findMany({ where: { workshopId }, select: { id: true } })).map((p) => p.id);
    // The whole room: every practice complaint of the workshop, also one whose participant is gone.
    const { complaintIds, files } = await deletePracticeRows(tx, workshopId, participantId ? ids : null);
    // The room starts over: its practice answers go with its practice complaints (one person's
    // cannot be told apart, so a single participant's reset keeps them).
    if (!participantId) await tx.inclusionAnswer.deleteMany({ where: { workshopId } });
    await tx.workshopParticipant.updateMany({ where: { id: { in: ids }, workshopId }, data: FRESH });
    await audit(tx, {
      actorId: ctx.viewer!.user.id,
      action: participantId ? "workshop.reset_participant" : "workshop.reset_room",
      entityType: "Workshop",
      entityId: workshopId,
      data: { participantIds: ids, complaintIds },
    });
    return { removed: complaintIds.length, files, participants: ids.length };
  }, { timeout: 60_000 });
  await removeFiles(ctx.deps.uploadDir, files);
  // The projector view shows the room started over at once.
  await publishRoom(ctx, workshopId, participantId);
  return { ok: true, removedComplaints: removed, participants };
}

/** The trainer starts one participant over: their drafts and practice complaints go, their progress is "joined" again. */
export function resetParticipant(ctx: Context, workshopId: string, participantId: string): Promise<LifecycleResult> {
  return reset(ctx, workshopId, participantId);
}

/** The trainer starts the whole room over (every participant stays in the room). */
export function resetRoom(ctx: Context, workshopId: string): Promise<LifecycleResult> {
  return reset(ctx, workshopId, null);
}

/** The trainer ends the workshop: no more joins or filings, the fast clock stops. Ending an ended one changes nothing. */
export async function endWorkshop(ctx: Context, workshopId: string): Promise<LifecycleResult> {
  const workshop = await trainerWorkshop(ctx, workshopId);
  const now = ctx.deps.now();
  if (!isOpen(workshop, now)) return { ok: false, issues: [ended] };
  await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.workshop.updateMany({ where: { id: workshopId, closedAt: null, purgedAt: null }, data: { closedAt: now, clockRunning: false } });
    if (count > 0) await audit(tx, { actorId: ctx.viewer!.user.id, action: "workshop.end", entityType: "Workshop", entityId: workshopId });
  });
  await publishRoom(ctx, workshopId, null);
  return { ok: true, removedComplaints: 0, participants: 0 };
}

/** The live counts of a workshop whose practice data still exists. */
async function liveSummary(prisma: PrismaClient | Tx, workshopId: string): Promise<WorkshopSummary> {
  const [participants, complaintsFiled] = await Promise.all([
    prisma.workshopParticipant.findMany({ where: { workshopId }, select: { finishedAt: true, errorsByStep: true } }),
    prisma.complaint.count({ where: { workshopId, isSandbox: true } }),
  ]);
  return summarize(participants, complaintsFiled);
}

export type WorkshopReport = {
  workshop: Workshop;
  regionName: string | null;
  phase: WorkshopPhase;
  endedAt: Date | null;
  purgeDueAt: Date | null;
  summary: WorkshopSummary;
  /** The practice answers' figures, suppressed; null for a workshop purged before they were kept. */
  inclusion: Figures | null;
  /** true: the counts come from the summary kept after the purge. */
  kept: boolean;
};

/** The trainer's report: live counts while the practice data exists, the kept summary after the purge. */
export async function workshopReport(ctx: Context, workshopId: string): Promise<WorkshopReport> {
  const workshop = await trainerWorkshop(ctx, workshopId);
  const now = ctx.deps.now();
  const region = workshop.regionCode ? await ctx.prisma.region.findUnique({ where: { code: workshop.regionCode }, select: { name: true } }) : null;
  const kept = workshop.purgedAt !== null;
  const summary = kept
    ? (parseSummary(workshop.summary) ?? { participants: 0, finished: 0, complaintsFiled: 0, errorsByStep: [] })
    : await liveSummary(ctx.prisma, workshopId);
  const inclusion = kept ? parseStoredFigures((workshop.summary as { inclusion?: unknown } | null)?.inclusion) : await workshopInclusionFigures(ctx.prisma, workshopId);
  return {
    workshop,
    regionName: region?.name ?? null,
    phase: workshopPhase(workshop, now),
    endedAt: endedAt(workshop, now),
    purgeDueAt: purgeDueAt(workshop, now, ctx.deps.limits.workshopGraceMs),
    summary,
    inclusion,
    kept,
  };
}

export type RosterEntry = { id: string; number: number; displayName: string; progress: string };

/** The room's participants by number, for choosing whom to reset. */
export async function workshopRoster(ctx: Context, workshopId: string): Promise<{ workshop: Workshop; open: boolean; participants: RosterEntry[] }> {
  const workshop = await trainerWorkshop(ctx, workshopId);
  const participants = await ctx.prisma.workshopParticipant.findMany({
    where: { workshopId },
    select: { id: true, number: true, displayName: true, progress: true },
    orderBy: { number: "asc" },
  });
  return { workshop, open: isOpen(workshop, ctx.deps.now()), participants };
}

// ───────────────────────────── the scheduler's part ─────────────────────────────

/**
 * Records the end of every workshop whose 12 hours are up (closedAt = the time it ended, the
 * fast clock stopped). Conditional on closedAt still being empty, so a repeated or concurrent
 * tick ends nothing twice. Returns the ids it ended.
 */
export async function endDueWorkshops(tx: Tx, now: Date): Promise<string[]> {
  const candidates = await tx.workshop.findMany({
    where: {
      closedAt: null,
      purgedAt: null,
      OR: [{ endsAt: { lte: now } }, { endsAt: null, startsAt: { lte: new Date(now.getTime() - WORKSHOP_LENGTH_MS) } }],
    },
    select: { id: true, startsAt: true, endsAt: true, closedAt: true, purgedAt: true },
    take: BATCH,
  });
  const endedIds: string[] = [];
  for (const w of candidates) {
    if (!dueToEnd(w, now)) continue;
    const { count } = await tx.workshop.updateMany({ where: { id: w.id, closedAt: null }, data: { closedAt: scheduledEnd(w), clockRunning: false } });
    if (count === 0) continue;
    await audit(tx, { actorId: null, action: "workshop.end_by_time", entityType: "Workshop", entityId: w.id });
    endedIds.push(w.id);
  }
  return endedIds;
}

/**
 * Purges one workshop's practice data and keeps its counts. The first statement claims the
 * workshop (purgedAt set where it was empty): a second instance purging at the same moment
 * waits on that row and then finds it already purged, so nothing is deleted or counted twice.
 * Photo files are removed after the rows are gone for good.
 */
export async function purgeWorkshop(deps: Deps, workshopId: string): Promise<boolean> {
  const now = deps.now();
  const done = await deps.db.prisma.$transaction(async (tx) => {
    const { count } = await tx.workshop.updateMany({ where: { id: workshopId, purgedAt: null }, data: { purgedAt: now, clockRunning: false } });
    if (count === 0) return null;
    const workshop = await tx.workshop.findUniqueOrThrow({ where: { id: workshopId } });
    if (!dueForPurge({ ...workshop, purgedAt: null }, now, deps.limits.workshopGraceMs)) throw new NotDue();
    // The practice answers' figures are kept suppressed (nothing withheld is stored), the answers go.
    const summary = { ...(await liveSummary(tx, workshopId)), inclusion: await workshopInclusionFigures(tx, workshopId) };
    const { complaintIds, files } = await deletePracticeRows(tx, workshopId, null);
    await tx.inclusionAnswer.deleteMany({ where: { workshopId } });
    await tx.workshopParticipant.deleteMany({ where: { workshopId } });
    await tx.workshop.update({ where: { id: workshopId }, data: { summary, closedAt: workshop.closedAt ?? endedAt(workshop, now) } });
    await audit(tx, { actorId: null, action: "workshop.purge", entityType: "Workshop", entityId: workshopId, data: { complaintIds, summary } });
    return files;
  }, { timeout: 120_000 }).catch((error: unknown) => {
    if (error instanceof NotDue) return null;
    throw error;
  });
  if (!done) return false;
  await removeFiles(deps.uploadDir, done);
  return true;
}

class NotDue extends Error {}

/** Purges every workshop whose grace period is over. Returns the ids it purged. */
export async function purgeDueWorkshops(deps: Deps): Promise<string[]> {
  const now = deps.now();
  const graceAgo = new Date(now.getTime() - deps.limits.workshopGraceMs);
  const candidates = await deps.db.prisma.workshop.findMany({
    where: {
      purgedAt: null,
      OR: [
        { closedAt: { lte: graceAgo } },
        { endsAt: { lte: graceAgo } },
        { endsAt: null, startsAt: { lte: new Date(graceAgo.getTime() - WORKSHOP_LENGTH_MS) } },
      ],
    },
    select: { id: true, startsAt: true, endsAt: true, closedAt: true, purgedAt: true },
    take: BATCH,
  });
  const purged: string[] = [];
  for (const w of candidates) {
    if (!dueForPurge(w, now, deps.limits.workshopGraceMs)) continue;
    if (await purgeWorkshop(deps, w.id)) purged.push(w.id);
  }
  return purged;
}
