// The signed-in person's notifications (the notification centre), and the live subscriptions
// that keep pages up to date: notificationAdded for the person, queueChanged for staff and
// sahabat queues. Subscriptions check the session and roles again on every event: a revoked
// session or a removed role ends them (and the WebSocket is closed, see http/live-sessions.ts).
import { GraphQLError } from "graphql";
import { type QueueEvent, type NotificationEvent, topics } from "../../events/bus.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { translate } from "../../i18n/messages.ts";
import { accessTo, audiencesFor } from "../../services/use-cases/complaint-access.ts";
import { refreshViewer } from "../../services/use-cases/notifications.ts";
import { sessionOnEvent } from "../event-memo.ts";
import { ownAsSahabat, queueWhere } from "../../services/use-cases/queue.ts";
import type { Context } from "../../context.ts";
import { abortable } from "../abortable.ts";
import { builder } from "../builder.ts";
import { Complaint } from "./complaint.ts";

/** Audiences that work on a complaint: their link goes to the work page, not the tracking page. */
const WORKING = new Set(["VERIFIER", "AGENCY_HANDLING", "AGENCY_COPIED", "ADMINISTRATOR", "SAHABAT_FILER", "SAHABAT_RELAY"]);

export const Notification = builder.prismaObject("Notification", {
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title", { description: "One plain sentence, in the language it was written for." }),
    body: t.exposeString("body"),
    read: t.boolean({ resolve: (n) => n.readAt !== null }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    trackingCode: t.string({
      nullable: true,
      select: { complaint: { select: { trackingCode: true } } },
      resolve: (n) => n.complaint?.trackingCode ?? null,
    }),
    href: t.string({
      nullable: true,
      description: "Where the complaint is: /kerja/CODE for those who work on it, /lacak/CODE for others.",
      select: {
        complaint: {
          select: { id: true, trackingCode: true, privacy: true, showReporterName: true, reporterId: true, sahabatId: true, relaySahabatId: true, sahabatAccessWithdrawnAt: true, districtCode: true, agencyId: true },
        },
      },
      resolve: async (n, _a, ctx) => {
        if (!n.complaint) return null;
        const audiences = await audiencesFor(ctx, n.complaint);
        const working = [...audiences].some((a) => WORKING.has(a));
        return `/${working ? "kerja" : "lacak"}/${n.complaint.trackingCode}`;
      },
    }),
  }),
});

function mine(ctx: Context, extra: Prisma.NotificationWhereInput = {}): Prisma.NotificationWhereInput {
  return { userId: ctx.viewer!.user.id, ...extra };
}

builder.queryFields((t) => ({
  notifications: t.prismaConnection({
    type: Notification,
    cursor: "id",
    description: "The signed-in person's notifications, newest first.",
    authScopes: { signedIn: true },
    args: { unreadOnly: t.arg.boolean() },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.notification.findMany({
        ...query,
        where: mine(ctx, args.unreadOnly ? { readAt: null } : {}),
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
  unreadNotificationCount: t.int({
    description: "How many of the signed-in person's notifications are unread.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => ctx.prisma.notification.count({ where: mine(ctx, { readAt: null }) }),
  }),
}));

type ReadPayload = { notificationId: string | null; userId: string };

const NotificationsReadPayload = builder.objectRef<ReadPayload>("NotificationsReadPayload").implement({
  fields: (t) => ({
    notification: t.prismaField({
      type: Notification,
      nullable: true,
      resolve: (query, p, _a, ctx) =>
        p.notificationId ? ctx.prisma.notification.findFirst({ ...query, where: { id: p.notificationId, userId: p.userId } }) : null,
    }),
    unreadCount: t.int({
      resolve: (p, _a, ctx) => ctx.prisma.notification.count({ where: { userId: p.userId, readAt: null } }),
    }),
  }),
});

builder.mutationFields((t) => ({
  markNotificationRead: t.field({
    type: NotificationsReadPayload,
    description: "Marks one of the signed-in person's notifications as read.",
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      const found = await ctx.prisma.notification.findFirst({ where: mine(ctx, { id }), select: { id: true } });
      if (!found) throw new GraphQLError(translate(ctx.locale, "error.not_found"), { extensions: { code: "NOT_FOUND" } });
      await ctx.prisma.notification.updateMany({ where: mine(ctx, { id, readAt: null }), data: { readAt: ctx.deps.now() } });
      return { notificationId: id, userId: ctx.viewer!.user.id };
    },
  }),
  markAllNotificationsRead: t.field({
    type: NotificationsReadPayload,
    description: "Marks all of the signed-in person's notifications as read.",
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      await ctx.prisma.notification.updateMany({ where: mine(ctx, { readAt: null }), data: { readAt: ctx.deps.now() } });
      return { notificationId: null, userId: ctx.viewer!.user.id };
    },
  }),
}));

// ───────────────────────────── queues ─────────────────────────────

const FINAL = ["CLOSED", "OUT_OF_SCOPE", "REJECTED", "ARCHIVED"] as const;

/** Everything in this viewer's queues: staff queues by role and scope, and a sahabat's open filings. */
export function queueScope(ctx: Context): Prisma.ComplaintWhereInput | null {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  const parts: Prisma.ComplaintWhereInput[] = [];
  const staff = queueWhere(ctx);
  if (staff) parts.push(staff);
  if (viewer.roles.some((r) => r.role === "SAHABAT")) {
    parts.push({ OR: ownAsSahabat(viewer.user.id), status: { notIn: [...FINAL] } });
  }
  return parts.length > 0 ? { OR: parts } : null;
}

const QueueChangeKind = builder.enumType("QueueChangeKind", {
  values: {
    ENTERED: { description: "The complaint is now in the queue." },
    LEFT: { description: "The complaint is no longer in the queue." },
    CHANGED: { description: "A complaint in the queue changed." },
  },
});

type QueueChangeShape = { complaintId: string; change: "ENTERED" | "LEFT" | "CHANGED" };

const QueueChange = builder.objectRef<QueueChangeShape>("QueueChange").implement({
  fields: (t) => ({
    complaintId: t.exposeID("complaintId"),
    change: t.field({ type: QueueChangeKind, resolve: (p) => p.change }),
    complaint: t.prismaField({
      type: Complaint,
      nullable: true,
      description: "Null when this viewer may no longer see the complaint.",
      resolve: async (query, p, _a, ctx) => {
        const row = await ctx.prisma.complaint.findUnique({ where: { id: p.complaintId } });
        if (!row || !(await accessTo(ctx, row)).visible) return null;
        return ctx.prisma.complaint.findUnique({ ...query, where: { id: p.complaintId } });
      },
    }),
  }),
});

async function inQueue(ctx: Context, scope: Prisma.ComplaintWhereInput, complaintId: string): Promise<boolean> {
  return (await ctx.prisma.complaint.count({ where: { AND: [scope, { id: complaintId }] } })) > 0;
}

builder.subscriptionFields((t) => ({
  notificationAdded: t.prismaField({
    type: Notification,
    description: "Each new notification for the signed-in person. Ends when the session does.",
    authScopes: { signedIn: true },
    subscribe: (_root, _args, ctx) =>
      abortable(async function* (signal) {
        const userId = ctx.viewer!.user.id;
        for await (const event of ctx.deps.bus.subscribe(topics.user(userId), signal)) {
          // Checked again on every event: a revoked session hears nothing more.
          if (!(await refreshViewer(ctx, sessionOnEvent(event, ctx))) || ctx.viewer?.user.id !== userId) return;
          yield event as NotificationEvent;
        }
      }),
    resolve: (query, event, _args, ctx) =>
      ctx.prisma.notification.findFirstOrThrow({
        ...query,
        where: { id: (event as NotificationEvent).notificationId, userId: ctx.viewer!.user.id },
      }),
  }),
  queueChanged: t.field({
    type: QueueChange,
    description: "A complaint entered, left or changed in the signed-in staff member's or sahabat's queue.",
    authScopes: { staff: true, role: "SAHABAT" },
    subscribe: (_root, _args, ctx) =>
      abortable(async function* (signal) {
        const scope = queueScope(ctx);
        if (!scope) return;
        const events = ctx.deps.bus.subscribe(topics.queue, signal)[Symbol.asyncIterator]();
        // Listening before reading the queue, so nothing that happens in between is missed.
        const first = events.next();
        const held = new Set((await ctx.prisma.complaint.findMany({ where: scope, select: { id: true } })).map((c) => c.id));
        for (let step = await first; !step.done; step = await events.next()) {
          const { complaintId } = step.value as QueueEvent;
          // Roles and session are read again for every event: a removed role ends the subscription.
          if (!(await refreshViewer(ctx, sessionOnEvent(step.value, ctx)))) return;
          const current = queueScope(ctx);
          if (!current) return;
          const now = await inQueue(ctx, current, complaintId);
          const was = held.has(complaintId);
          if (!now && !was) continue;
          if (now) held.add(complaintId);
          else held.delete(complaintId);
          yield { complaintId, change: !was ? "ENTERED" : !now ? "LEFT" : "CHANGED" } satisfies QueueChangeShape;
        }
      }),
    resolve: (payload) => payload as QueueChangeShape,
  }),
}));
