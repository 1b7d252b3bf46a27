// The resident withdraws the sahabat's access to their complaint (the sahabat who filed it for
// them, or the one relaying answers to them). From then on the privacy rules treat that sahabat
// as the public (domain/privacy), no new task reaches them (the outbox asks relayingSahabat), and
// the tasks still open for it leave their list. On the timeline for the parties, and audited.
import type { Context } from "../../context.ts";
import { publishComplaintUpdated } from "../../events/bus.ts";
import type { Complaint } from "../../generated/prisma/client.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { accessTo, findComplaintByCode, forgetAccess } from "./complaint-access.ts";
import { ServiceError } from "./errors.ts";

/** Whether the complaint has a sahabat whose access the resident could still withdraw. */
export function hasSahabatAccess(complaint: Pick<Complaint, "sahabatId" | "relaySahabatId" | "sahabatAccessWithdrawnAt">): boolean {
  return complaint.sahabatAccessWithdrawnAt === null && (complaint.sahabatId !== null || complaint.relaySahabatId !== null);
}

/** Only the reporter (the PIN or the owning account) may; withdrawing twice changes nothing. */
export async function withdrawSahabatAccess(
  ctx: Context,
  input: { trackingCode: string; accessSecret?: string | null },
): Promise<Complaint> {
  const complaint = await findComplaintByCode(ctx, input.trackingCode, input.accessSecret);
  if (!complaint || !(await accessTo(ctx, complaint)).actAsReporter) {
    throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  }
  if (!hasSahabatAccess(complaint)) return complaint;
  const now = ctx.deps.now();
  const actorId = ctx.viewer?.user.id ?? null;
  const sahabatIds = [complaint.sahabatId, complaint.relaySahabatId].filter((id): id is string => id !== null);
  const result = await ctx.prisma.$transaction(async (tx) => {
    // Conditional: two withdrawals sent at once write one entry.
    const { count } = await tx.complaint.updateMany({
      where: { id: complaint.id, sahabatAccessWithdrawnAt: null },
      data: { sahabatAccessWithdrawnAt: now },
    });
    if (count === 0) return null;
    const closed = await tx.sahabatTask.updateMany({
      where: { status: "OPEN", sahabatId: { in: sahabatIds }, notification: { complaintId: complaint.id } },
      data: { status: "WITHDRAWN", doneAt: now },
    });
    const event = await tx.timelineEvent.create({
      data: { complaintId: complaint.id, type: "SAHABAT_WITHDRAWN", actorId, actorRole: "RESIDENT", visibility: "PARTIES", createdAt: now },
    });
    await audit(tx, {
      actorId,
      action: "complaint.sahabat.withdraw",
      entityType: "Complaint",
      entityId: complaint.id,
      data: { sahabatIds, tasksClosed: closed.count },
    });
    return { event, complaint: await tx.complaint.findUniqueOrThrow({ where: { id: complaint.id } }) };
  });
  forgetAccess(ctx);
  if (!result) return (await ctx.prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } }));
  await publishComplaintUpdated(ctx.deps.bus, result.complaint, result.event.id);
  return result.complaint;
}
