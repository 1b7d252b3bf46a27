// Keeping personal data no longer than needed (UU PDP; README, "Personal data"): once a complaint
// has finished (closed, rejected, out of scope or archived) for RETENTION_CONTACT_DAYS, the
// reporter's phone number and e-mail address are removed from it, from its notifications and from
// its followers without an account. The complaint, its timeline and the reporter's name stay (the
// public record and the agencies' accountability); an account's own details stay with the account.
// The scheduler runs it; each run takes a batch, in one transaction, with one audit entry each.
import { FINAL_STATUSES } from "../../domain/complaint/status.ts";
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import { audit } from "./audit.ts";

const BATCH = 200;

/** Removes contact details from complaints finished before `now - retentionMs`; returns their ids. */
export async function forgetOldContacts(prisma: PrismaClient, now: Date, retentionMs: number): Promise<string[]> {
  const cutoff = new Date(now.getTime() - retentionMs);
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT c.id FROM "Complaint" c
       WHERE c.status IN (${Prisma.join(FINAL_STATUSES.map((s) => Prisma.sql`${s}::"ComplaintStatus"`))})
         AND (c."reporterPhone" IS NOT NULL OR c."reporterEmail" IS NOT NULL
              OR EXISTS (SELECT 1 FROM "Follow" f WHERE f."complaintId" = c.id AND f.contact IS NOT NULL)
              OR EXISTS (SELECT 1 FROM "Notification" n WHERE n."complaintId" = c.id AND n.contact IS NOT NULL))
         AND COALESCE((SELECT max(e."createdAt") FROM "TimelineEvent" e WHERE e."complaintId" = c.id AND e."toStatus" = c.status), c."updatedAt") <= ${cutoff}
       ORDER BY c.id
       LIMIT ${BATCH}
       FOR UPDATE SKIP LOCKED`);
    const ids = due.map((r) => r.id);
    if (ids.length === 0) return [];
    await tx.complaint.updateMany({ where: { id: { in: ids } }, data: { reporterPhone: null, reporterEmail: null } });
    await tx.notification.updateMany({ where: { complaintId: { in: ids }, contact: { not: null } }, data: { contact: null } });
    await tx.follow.deleteMany({ where: { complaintId: { in: ids }, contact: { not: null } } });
    for (const id of ids) {
      await audit(tx, { actorId: null, action: "complaint.retention.contact", entityType: "Complaint", entityId: id, data: { retentionDays: Math.round(retentionMs / 86_400_000) } });
    }
    return ids;
  });
}
