// Default routing: a category in a region goes to an agency; the most specific region wins, and
// a route without a region applies everywhere. Used to suggest where a verifier disposes.
import type { PrismaClient } from "../generated/prisma/client.ts";

/** The region and each region above it, most specific first: 73.06.08 → 73.06 → 73. */
export function regionChain(code: string): string[] {
  const parts = code.split(".");
  return parts.map((_, i) => parts.slice(0, parts.length - i).join("."));
}

export async function suggestedAgencyId(
  prisma: Pick<PrismaClient, "categoryRoute">,
  categoryId: string | null,
  regionCode: string,
): Promise<string | null> {
  if (!categoryId) return null;
  const chain = regionChain(regionCode);
  const routes = await prisma.categoryRoute.findMany({
    where: { categoryId, OR: [{ regionCode: { in: chain } }, { regionCode: null }], agency: { active: true, isSandbox: false } },
    select: { regionCode: true, agencyId: true },
  });
  const rank = (code: string | null) => (code === null ? chain.length : chain.indexOf(code));
  routes.sort((a, b) => rank(a.regionCode) - rank(b.regionCode));
  return routes[0]?.agencyId ?? null;
}
