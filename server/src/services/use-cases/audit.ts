// The audit trail: every write a service makes records who did what to which entity.
import type { Prisma } from "../../generated/prisma/client.ts";

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

export async function audit(
  tx: Tx,
  entry: { actorId: string | null; action: string; entityType: string; entityId: string; data?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditLog.create({ data: entry });
}
