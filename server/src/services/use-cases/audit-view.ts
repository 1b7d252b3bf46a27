// Reading the audit trail under the privacy rules: an entry about a complaint (the complaint
// itself, one of its photos, or one named in the entry's data) names its actor only to a viewer
// who may know who reported it, when the actor is the reporter.
import type { Context } from "../../context.ts";
import { mayNameAuditActor } from "../../domain/privacy/privacy.ts";
import type { AuditLog } from "../../generated/prisma/client.ts";
import { ACCESS_SELECT, type AccessRow, accessTo } from "./complaint-access.ts";


type Entry = Pick<AuditLog, "actorId" | "entityType" | "entityId" | "data">;

/** The id of the complaint an entry is about, if any. */
async function complaintIdOf(ctx: Context, entry: Entry): Promise<string | null> {
  if (entry.entityType === "Complaint") return entry.entityId;
  if (entry.entityType === "Attachment") {
    const photo = await ctx.prisma.attachment.findUnique({ where: { id: entry.entityId }, select: { complaintId: true } });
    return photo?.complaintId ?? null;
  }
  const data = entry.data as { complaintId?: unknown } | null;
  return typeof data?.complaintId === "string" ? data.complaintId : null;
}

const rows = new WeakMap<Context, Map<string, Promise<AccessRow | null>>>();

function complaintRow(ctx: Context, id: string): Promise<AccessRow | null> {
  let perRequest = rows.get(ctx);
  if (!perRequest) rows.set(ctx, (perRequest = new Map()));
  let row = perRequest.get(id);
  if (!row) perRequest.set(id, (row = ctx.prisma.complaint.findUnique({ where: { id }, select: ACCESS_SELECT })));
  return row;
}

/** Whether this viewer may see who made the entry. */
export async function mayNameActor(ctx: Context, entry: Entry): Promise<boolean> {
  if (entry.actorId === null) return true;
  const complaintId = await complaintIdOf(ctx, entry);
  if (!complaintId) return true;
  const complaint = await complaintRow(ctx, complaintId);
  // The complaint is gone: whoever acted on it may have been its reporter.
  if (!complaint) return false;
  return mayNameAuditActor(await accessTo(ctx, complaint), entry.actorId, complaint.reporterId);
}
