// What administrators removed on purpose, read from the audit trail, so that the seed (which
// runs at every start and adds what is missing) does not bring a removed routing rule or fixed
// holiday back. Re-adding one by hand still works: the seed only skips, never deletes.
import type { Prisma } from "../../generated/prisma/client.ts";

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

const text = (data: Prisma.JsonValue | null, key: string): string | null => {
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  const value = (data as Record<string, Prisma.JsonValue>)[key];
  return typeof value === "string" ? value : null;
};

/** Routing rules removed by an administrator, as "<categoryId> <regionCode or empty>". */
export async function removedRoutes(tx: Tx): Promise<Set<string>> {
  const entries = await tx.auditLog.findMany({ where: { action: "admin.route.remove" }, select: { entityId: true, data: true } });
  return new Set(entries.map((e) => `${e.entityId} ${text(e.data, "regionCode") ?? ""}`));
}

/** Holiday dates (YYYY-MM-DD) an administrator removed, or moved to another date. */
export async function removedHolidayDates(tx: Tx): Promise<Set<string>> {
  const entries = await tx.auditLog.findMany({
    where: { action: { in: ["admin.holiday.remove", "admin.holiday.update"] } },
    select: { action: true, entityId: true, data: true },
  });
  const dates = new Set<string>();
  for (const e of entries) {
    if (e.action === "admin.holiday.remove") dates.add(e.entityId);
    const previous = text(e.data, "previousDate");
    if (e.action === "admin.holiday.update" && previous && previous !== e.entityId) dates.add(previous);
  }
  return dates;
}
