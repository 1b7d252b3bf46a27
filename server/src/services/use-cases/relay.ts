// A sahabat's relay tasks ("Perlu disampaikan"): the list, and recording that a message for a
// resident reached them, and how: the relay log, the task
// done, an entry on the complaint's timeline (the resident and staff see it; the sahabat's note
// with it), and the audit trail, in one transaction. The entry notifies nobody: a notification
// to this resident would only become the next task for the same sahabat.
// What the resident said back can be typed in with it: their reply and their rating, each on the
// timeline as given through the sahabat (actor SAHABAT), notified to staff as the resident's own.
import type { Context } from "../../context.ts";
import { canRate } from "../../domain/complaint/status.ts";
import { addWorkingDays } from "../../domain/calendar/working-days.ts";
import { RELAY_LIMITS, type RelayInput, validateRelay } from "../../domain/sahabat/relay.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { translate } from "../../i18n/messages.ts";
import { publishComplaintUpdated, topics } from "../../events/bus.ts";
import { audit } from "./audit.ts";
import { loadCalendar } from "./calendar.ts";
import { ServiceError } from "./errors.ts";
import { type Notified, publishNotified } from "./notifications.ts";
import { writeRating, writeReply } from "./reporter-actions.ts";

export async function recordRelay(ctx: Context, taskId: string, input: RelayInput): Promise<{ ok: true } | { ok: false; issues: FieldIssue[] }> {
  const sahabatId = ctx.viewer!.user.id;
  const task = await ctx.prisma.sahabatTask.findFirst({
    where: { id: taskId, sahabatId, status: "OPEN" },
    select: { id: true, notification: { select: { complaintId: true, complaint: { select: { status: true, rating: true } } } } },
  });
  if (!task) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  const checked = validateRelay(input);
  if (!checked.ok) return checked;
  const { rating, ratingComment, reply } = checked.value;
  const complaint = task.notification.complaint;
  if (rating !== null) {
    if (!complaint || !canRate(complaint.status)) return { ok: false, issues: [{ field: "residentRating", code: "not_yet" }] };
    if (complaint.rating !== null) return { ok: false, issues: [{ field: "residentRating", code: "taken" }] };
  }
  const now = ctx.deps.now();
  const complaintId = task.notification.complaintId;
  const notified: Notified[] = [];
  const event = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.sahabatTask.updateMany({ where: { id: task.id, status: "OPEN" }, data: { status: "DONE", doneAt: now } });
    // Recorded twice at once (a double tap): the second finds it done and writes nothing.
    if (count === 0) return null;
    const log = complaintId
      ? await tx.relayLog.create({ data: { complaintId, sahabatId, channel: checked.value.channel, relayedAt: now, note: checked.value.note } })
      : null;
    const entry = complaintId
      ? await tx.timelineEvent.create({
          data: { complaintId, type: "RELAYED", actorId: sahabatId, actorRole: "SAHABAT", note: checked.value.note, visibility: "PARTIES", createdAt: now },
          select: { id: true, complaint: { select: { id: true, trackingCode: true } } },
        })
      : null;
    await audit(tx, {
      actorId: sahabatId,
      action: "sahabat.relay",
      entityType: "SahabatTask",
      entityId: task.id,
      data: { channel: checked.value.channel, complaintId, relayLogId: log?.id ?? null },
    });
    // What the resident said back, written as their own reply and rating are, through the sahabat.
    const voice = { actorId: sahabatId, actorRole: "SAHABAT" } as const;
    if (complaintId && reply) notified.push(await writeReply(tx, complaintId, reply, voice, now));
    if (complaintId && rating !== null) {
      const rated = await writeRating(tx, complaintId, rating, ratingComment, voice, now);
      if (rated) notified.push(rated);
    }
    return entry;
  });
  if (event) {
    await publishComplaintUpdated(ctx.deps.bus, event.complaint, event.id);
    // The sahabat's dashboard counts open relays and listens on the queue topic.
    await ctx.deps.bus.publish(topics.queue, { type: "queue.changed", complaintId: event.complaint.id, eventId: event.id });
  }
  await publishNotified(ctx.deps.bus, notified);
  return { ok: true };
}

export type SahabatTaskView = {
  id: string;
  title: string;
  body: string;
  trackingCode: string | null;
  createdAt: Date;
  done: boolean;
  /** Three working days after the task was made (RELAY_LIMITS). */
  dueAt: Date;
  overdue: boolean;
  mayRate: boolean;
};

/** The signed-in sahabat's messages to pass on ("Perlu disampaikan"), oldest first, each with its due time. */
export async function sahabatTasks(ctx: Context, includeDone: boolean): Promise<SahabatTaskView[]> {
  const [rows, calendar] = await Promise.all([
    ctx.prisma.sahabatTask.findMany({
      where: { sahabatId: ctx.viewer!.user.id, status: includeDone ? { in: ["OPEN", "DONE"] } : "OPEN" },
      orderBy: { createdAt: "asc" },
      take: 200,
      include: { notification: { select: { title: true, body: true, complaint: { select: { trackingCode: true, status: true, rating: true } } } } },
    }),
    loadCalendar(ctx.prisma, ctx.deps.now().getTime()),
  ]);
  const now = ctx.deps.now().getTime();
  return rows.map((r) => {
    const dueAt = addWorkingDays(r.createdAt, RELAY_LIMITS.workingDays, calendar);
    return {
      id: r.id,
      title: r.notification.title,
      body: r.notification.body,
      trackingCode: r.notification.complaint?.trackingCode ?? null,
      // The resident's rating can be typed in with the relay once it is resolved and not yet rated.
      mayRate: r.notification.complaint ? canRate(r.notification.complaint.status) && r.notification.complaint.rating === null : false,
      createdAt: r.createdAt,
      done: r.status === "DONE",
      dueAt,
      overdue: r.status === "OPEN" && dueAt.getTime() < now,
    };
  });
}

/** Marks a task done without a relay record; audited like every sahabat action. */
export async function completeSahabatTask(ctx: Context, id: string): Promise<boolean> {
  const sahabatId = ctx.viewer!.user.id;
  return ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.sahabatTask.updateMany({
      where: { id, sahabatId, status: "OPEN" },
      data: { status: "DONE", doneAt: ctx.deps.now() },
    });
    if (count > 0) await audit(tx, { actorId: sahabatId, action: "sahabat.task.complete", entityType: "SahabatTask", entityId: id });
    return count > 0;
  });
}
