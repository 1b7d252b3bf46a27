// Notifications from timeline events. `notifyEvent` runs inside the transaction that writes the
// event: it gathers who might hear of it (the reporter, the sahabat who filed it, everyone
// following the complaint, its kecamatan or its category), lets the domain decide who may and
// in which words, and inserts one Notification row per recipient. The outbox delivers every
// row; nothing is sent from here. After the commit, `publishNotified` tells the open
// subscriptions (notificationAdded per person, queueChanged for queues).
import type { Context } from "../../context.ts";
import { SESSION_USER_SELECT, viewerOf } from "../../auth/session.ts";
import { type Candidate, type ComplaintFacts, type EventFacts, planNotifications } from "../../domain/notify/plan.ts";
import { deliversOutside, mayReach } from "../../domain/notify/practice.ts";
import { type EventBus, topics } from "../../events/bus.ts";
import { type Complaint, type Locale, Prisma, type TimelineEvent } from "../../generated/prisma/client.ts";
import { enclosingRegions, isVerified, relayingSahabat } from "../../domain/privacy/privacy.ts";
import { forgetAccess } from "./complaint-access.ts";

type Tx = Prisma.TransactionClient;

/** What to publish once the transaction has committed. */
export type Notified = {
  complaintId: string;
  eventId: string;
  /** New notifications for people with an account (contacts have no live subscription). */
  forUsers: { id: string; userId: string }[];
};

/** Writes the notifications one timeline event causes, in the caller's transaction. */
export async function notifyEvent(tx: Tx, event: TimelineEvent): Promise<Notified> {
  const none: Notified = { complaintId: event.complaintId, eventId: event.id, forUsers: [] };
  if (!causesNotifications(event)) return none;
  const complaint = await tx.complaint.findUniqueOrThrow({
    where: { id: event.complaintId },
    include: { agency: { select: { shortName: true } }, copies: { select: { agencyId: true } } },
  });
  const planned = await planEventNotifications(tx, event, complaint);
  if (planned.length === 0) return none;
  const rows = await tx.notification.createManyAndReturn({ data: planned, select: { id: true, userId: true } });
  return {
    ...none,
    forUsers: rows.flatMap((r) => (r.userId ? [{ id: r.id, userId: r.userId }] : [])),
  };
}

/** A claim or a withdrawn sahabat tells nobody. */
export const causesNotifications = (event: Pick<TimelineEvent, "type">): boolean => event.type !== "CLAIMED" && event.type !== "SAHABAT_WITHDRAWN";

/** The complaint as notification planning reads it. */
export type NotifiedComplaint = Pick<
  Complaint,
  | "id"
  | "trackingCode"
  | "title"
  | "publicTitle"
  | "privacy"
  | "showReporterName"
  | "reporterId"
  | "sahabatId"
  | "relaySahabatId"
  | "sahabatAccessWithdrawnAt"
  | "districtCode"
  | "villageCode"
  | "categoryId"
  | "agencyId"
  | "status"
  | "reporterPhone"
  | "reporterEmail"
  | "isSandbox"
  | "contactPreference"
  | "locale"
> & { agency: { shortName: string } | null; copies: { agencyId: string }[] };

/** One notification row to write. */
export type PlannedNotification = {
  userId: string | null;
  contact: string | null;
  complaintId: string;
  eventId: string;
  locale: Locale;
  title: string;
  body: string;
  createdAt: Date;
  deliveryPlannedAt?: Date;
};

/**
 * The notification rows one timeline event causes (not yet written): who might hear of it, read
 * from the database, and what the domain lets each of them hear. Filing plans before its write
 * (the complaint it is about is known then) so that the write is one statement.
 */
export async function planEventNotifications(
  tx: Pick<Tx, "$queryRaw" | "user" | "agency">,
  event: Pick<TimelineEvent, "complaintId" | "id" | "type" | "actorId" | "actorRole" | "fromStatus" | "toStatus" | "note" | "visibility" | "noteVisibility" | "createdAt">,
  complaint: NotifiedComplaint,
): Promise<PlannedNotification[]> {
  // Plain SQL: read for every timeline event, and Prisma's query building cost more than the read.
  const follows = await tx.$queryRaw<{ userId: string | null; contact: string | null; complaintId: string | null }[]>`
    SELECT "userId", "contact", "complaintId" FROM "Follow"
     WHERE "complaintId" = ${complaint.id}
        OR ("complaintId" IS NULL AND "regionCode" IN (${Prisma.join(enclosingRegions(complaint.districtCode, complaint.villageCode))}))
        ${complaint.categoryId ? Prisma.sql`OR ("complaintId" IS NULL AND "regionCode" IS NULL AND "categoryId" = ${complaint.categoryId})` : Prisma.empty}`;
  // A practice complaint's news stays in the workshop: in-app to the participant and whoever
  // follows that one complaint, never by a contact, a sahabat or an area or category follow.
  const practice = complaint.isSandbox;

  // The filer and the relay sahabat hear of it while the resident lets them (privacy.ts).
  const relay = relayingSahabat(complaint);
  const sahabatIds = complaint.sahabatAccessWithdrawnAt ? [] : [complaint.sahabatId, complaint.relaySahabatId].filter((id): id is string => id !== null);
  const userIds = new Set<string>(sahabatIds);
  if (complaint.reporterId) userIds.add(complaint.reporterId);
  for (const f of follows) if (f.userId) userIds.add(f.userId);
  if (event.actorId) userIds.add(event.actorId);
  const users = userIds.size === 0
    ? []
    : await tx.user.findMany({
        where: { id: { in: [...userIds] } },
        select: { id: true, locale: true, disabledAt: true, roles: { select: { role: true, regionCode: true, agencyId: true } } },
      });
  const byId = new Map(users.map((u) => [u.id, u]));

  const all: (Candidate & { followsComplaint?: boolean })[] = [];
  const addUser = (userId: string, via: Candidate["via"], followsComplaint = false) => {
    const u = byId.get(userId);
    if (u && !u.disabledAt) all.push({ kind: "user", userId, locale: u.locale, roles: u.roles, via, followsComplaint });
  };
  if (complaint.reporterId) addUser(complaint.reporterId, "reporter");
  else {
    // A reporter without an account hears by the channel they chose, in the language they filed in.
    const contact =
      complaint.contactPreference === "SMS" ? complaint.reporterPhone : complaint.contactPreference === "EMAIL" ? complaint.reporterEmail : null;
    if (contact) all.push({ kind: "contact", contact, locale: complaint.locale, via: "reporter" });
    // No channel of their own, but a sahabat filed it for them or relays to them: the news goes to
    // the sahabat to pass on (the delivery outbox makes it a task in the sahabat's "Perlu disampaikan").
    else if (relay) all.push({ kind: "contact", contact: null, locale: complaint.locale, via: "reporter" });
  }
  for (const id of sahabatIds) addUser(id, "sahabat");
  for (const f of follows) {
    if (f.userId) addUser(f.userId, "follow", f.complaintId === complaint.id);
    else if (f.contact) all.push({ kind: "contact", contact: f.contact, locale: "id", via: "follow", followsComplaint: f.complaintId === complaint.id });
  }
  const candidates: Candidate[] = all.filter((c) => mayReach(practice, c));

  // The agency the actor spoke for ("Dinas PUPR telah menjawab…"), from the actor's own role.
  const actorAgencyId = byId.get(event.actorId ?? "")?.roles.find((r) => r.role === "AGENCY_OFFICER" && r.agencyId)?.agencyId ?? null;
  const actorAgency = actorAgencyId
    ? await tx.agency.findUnique({ where: { id: actorAgencyId }, select: { shortName: true } })
    : null;

  const facts: ComplaintFacts = {
    id: complaint.id,
    trackingCode: complaint.trackingCode,
    title: complaint.title,
    publicTitle: complaint.publicTitle,
    privacy: complaint.privacy,
    showReporterName: complaint.showReporterName,
    reporterId: complaint.reporterId,
    sahabatId: complaint.sahabatId,
    relaySahabatId: complaint.relaySahabatId,
    sahabatAccessWithdrawnAt: complaint.sahabatAccessWithdrawnAt,
    districtCode: complaint.districtCode,
    agencyId: complaint.agencyId,
    copiedAgencyIds: complaint.copies.map((c) => c.agencyId),
    verified: isVerified(complaint.status),
    reporterPhone: complaint.reporterPhone,
    reporterEmail: complaint.reporterEmail,
    agencyName: complaint.agency?.shortName ?? null,
    practice,
  };
  const eventFacts: EventFacts = {
    type: event.type,
    actorId: event.actorId,
    actorRole: event.actorRole,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    note: event.note,
    visibility: event.visibility,
    noteVisibility: event.noteVisibility,
  };
  const planned = planNotifications(eventFacts, facts, candidates, actorAgency?.shortName ?? null);
  return planned.map((p) => ({
    userId: p.userId,
    contact: p.contact,
    complaintId: complaint.id,
    eventId: event.id,
    locale: p.locale,
    title: p.title,
    body: p.body,
    createdAt: event.createdAt,
    // In-app and live only: the outbox never plans a delivery for it (and refuses one anyway).
    ...(deliversOutside(practice) ? {} : { deliveryPlannedAt: event.createdAt }),
  }));
}

/** After the commit: one event per recipient, and one for the queues. Never throws. */
export async function publishNotified(bus: EventBus, notified: Notified | readonly Notified[]): Promise<void> {
  const all = Array.isArray(notified) ? (notified as readonly Notified[]) : [notified as Notified];
  try {
    for (const n of all) {
      for (const row of n.forUsers) {
        await bus.publish(topics.user(row.userId), { type: "notification.added", notificationId: row.id, userId: row.userId });
      }
      await bus.publish(topics.queue, { type: "queue.changed", complaintId: n.complaintId, eventId: n.eventId });
    }
  } catch (error) {
    // The rows are committed; the outbox delivers them and pages show them on the next load.
    console.error("[notifications] publish failed", error);
  }
}

const REFRESH_SELECT = {
  id: true,
  revokedAt: true,
  expiresAt: true,
  secondFactorAt: true,
  user: { select: SESSION_USER_SELECT },
} as const satisfies Prisma.SessionSelect;

export type RefreshedSession = Prisma.SessionGetPayload<{ select: typeof REFRESH_SELECT }>;

/** What refreshViewer reads of sessions, for many at once (answers in the order of `ids`, null where none). */
export async function sessionsForRefresh(ctx: Pick<Context, "prisma">, ids: readonly string[]): Promise<(RefreshedSession | null)[]> {
  const rows = await ctx.prisma.session.findMany({ where: { id: { in: [...ids] } }, select: REFRESH_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * Re-reads the viewer's session and roles (long-lived subscriptions): false, and no viewer,
 * once the session is revoked or expired or the account disabled. `load` reads the session
 * (subscriptions pass one that reads every subscriber's session of an event in one query).
 */
export async function refreshViewer(
  ctx: Context,
  load: (sessionId: string) => Promise<RefreshedSession | null> = async (id) => (await sessionsForRefresh(ctx, [id]))[0] ?? null,
): Promise<boolean> {
  const current = ctx.viewer;
  forgetAccess(ctx);
  if (!current) return false;
  const session = await load(current.sessionId);
  if (!session || session.revokedAt || session.expiresAt <= ctx.deps.now() || session.user.disabledAt) {
    ctx.viewer = null;
    return false;
  }
  const viewer = viewerOf(session);
  if (viewer.awaitingSecondFactor) {
    ctx.viewer = null;
    return false;
  }
  ctx.viewer = viewer;
  return true;
}

/** Tells every instance that a session was revoked, so its WebSocket connections close. */
export async function publishSessionRevoked(bus: EventBus, sessionId: string): Promise<void> {
  await bus.publish(topics.sessions, { type: "session.revoked", sessionId }).catch((error) => {
    console.error("[notifications] publish failed", error);
  });
}
