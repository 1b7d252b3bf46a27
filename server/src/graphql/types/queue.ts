// Staff queues: what waits for the signed-in staff member, within their scopes.
import { ComplaintKind, ComplaintStatus } from "../../generated/prisma/client.ts";
import { QUEUE_ORDER, queueWhere } from "../../services/queue.ts";
import { builder } from "../builder.ts";
import { Complaint } from "./complaint.ts";

const QueueFilterInput = builder.inputType("QueueFilter", {
  fields: (t) => ({
    regionCode: t.string({ description: "A kecamatan (or any region) code." }),
    categoryId: t.id(),
    status: t.field({ type: ComplaintStatus }),
    kind: t.field({ type: ComplaintKind }),
    overdueOnly: t.boolean(),
  }),
});

builder.queryFields((t) => ({
  queue: t.prismaConnection({
    type: Complaint,
    cursor: "id",
    description: "What waits for the signed-in staff member, soonest deadline first.",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: QueueFilterInput }) },
    resolve: (query, _root, args, ctx) => {
      const where = queueWhere(ctx, { ...args.filter, categoryId: args.filter?.categoryId ? String(args.filter.categoryId) : null });
      return ctx.prisma.complaint.findMany({ ...query, where: where ?? { id: "none" }, orderBy: QUEUE_ORDER });
    },
  }),
}));
