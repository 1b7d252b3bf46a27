// Staff queues: what waits for the signed-in staff member, within their scopes.
import { ComplaintKind, ComplaintStatus } from "../../generated/prisma/client.ts";
import { QUEUE_ORDER, queueWhere } from "../../services/use-cases/queue.ts";
import { say } from "../../i18n/say.ts";
import { builder } from "../builder.ts";
import { ComplaintChannel } from "./channel.ts";
import { Complaint } from "./complaint.ts";

const QueueFilterInput = builder.inputType("QueueFilter", {
  fields: (t) => ({
    regionCode: t.string({ description: "A kecamatan (or any region) code." }),
    categoryId: t.id(),
    status: t.field({ type: ComplaintStatus }),
    kind: t.field({ type: ComplaintKind }),
    channel: t.field({ type: ComplaintChannel, description: "How it came in (staff only; ignored for a sahabat)." }),
    overdueOnly: t.boolean(),
  }),
});

const StatusCount = builder.objectRef<{ status: ComplaintStatus; count: number }>("QueueStatusCount").implement({
  fields: (t) => ({
    status: t.field({ type: ComplaintStatus, resolve: (c) => c.status }),
    label: t.string({ resolve: (c, _a, ctx) => say(ctx, `status.${c.status}`) }),
    count: t.exposeInt("count"),
  }),
});

builder.queryFields((t) => ({
  queue: t.prismaConnection({
    type: Complaint,
    cursor: "id",
    maxSize: 500,
    description: "What waits for the signed-in staff member, soonest deadline first.",
    authScopes: { staff: true, role: "SAHABAT" },
    args: { filter: t.arg({ type: QueueFilterInput }) },
    resolve: (query, _root, args, ctx) => {
      const where = queueWhere(ctx, { ...args.filter, categoryId: args.filter?.categoryId ? String(args.filter.categoryId) : null });
      return ctx.prisma.complaint.findMany({ ...query, where: where ?? { id: "none" }, orderBy: QUEUE_ORDER });
    },
    totalCount: (_root, args, ctx) => {
      const where = queueWhere(ctx, { ...args.filter, categoryId: args.filter?.categoryId ? String(args.filter.categoryId) : null });
      return where ? ctx.prisma.complaint.count({ where }) : 0;
    },
  }),
  queueCounts: t.field({
    type: [StatusCount],
    description: "How many complaints of the queue (with the filter, ignoring its status) are in each status.",
    authScopes: { staff: true, role: "SAHABAT" },
    args: { filter: t.arg({ type: QueueFilterInput }) },
    resolve: async (_root, args, ctx) => {
      const where = queueWhere(ctx, { ...args.filter, status: null, categoryId: args.filter?.categoryId ? String(args.filter.categoryId) : null });
      if (!where) return [];
      const groups = await ctx.prisma.complaint.groupBy({ by: ["status"], where, _count: { _all: true } });
      const order = Object.values(ComplaintStatus);
      return groups
        .map((g) => ({ status: g.status, count: g._count._all }))
        .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
    },
  }),
}));
