// The newest change to any complaint: every write that can move what the public square shows (a
// new complaint, a status, an answer, privacy, a merge, a redaction) updates the complaint row, so
// figures and counts computed after this version are current while it stays the same. One read
// of the `updatedAt` index, on every instance that shares the database.
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";

/** The version as a column of another statement (read in the same snapshot as its rows). */
export const COMPLAINTS_VERSION_SQL = Prisma.sql`(SELECT max("updatedAt") FROM "Complaint")`;

/** The version while there is no complaint at all. */
export const NO_COMPLAINTS = "none";

/** The version from what the database returned for COMPLAINTS_VERSION_SQL: the newest `updatedAt` as an ISO instant. */
export function versionOf(newest: Date | string | null | undefined): string {
  return newest ? new Date(newest).toISOString() : NO_COMPLAINTS;
}

export async function complaintsVersion(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRaw<Array<{ newest: Date | string | null }>>`SELECT ${COMPLAINTS_VERSION_SQL} AS newest`;
  return versionOf(row?.newest);
}
