// One transaction per seeding step, holding an advisory lock so that several instances starting
// against one PostgreSQL seed one after another instead of racing for the same rows.
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";

/** Distinct from the migration lock (72707369). */
const SEED_LOCK_KEY = 72707370;

export async function seedTransaction<T>(
  prisma: PrismaClient,
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      return fn(tx);
    },
    // A waiting instance may sit behind another's seed; the work itself takes well under a second.
    { maxWait: 30_000, timeout: 60_000 },
  );
}
