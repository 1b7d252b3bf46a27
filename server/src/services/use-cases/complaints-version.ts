// The newest change to any complaint: every write that can move what the public square shows (a
// new complaint, a status, an answer, privacy, a merge, a redaction) updates the complaint row, so
// figures and counts computed after this version are current while it stays the same. One read
// of the `updatedAt` index, on every instance that shares the database.
import type { PrismaClient } from "../../generated/prisma/client.ts";

export async function complaintsVersion(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRaw<Array<{ newest: Date | string | null }>>`SELECT max("updatedAt") AS newest FROM "Complaint"`;
  return row?.newest ? new Date(row.newest).toISOString() : "none";
}
