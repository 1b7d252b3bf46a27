// Default routing: a category in a place goes to an agency (the most specific route wins; see
// domain/complaint/routing.ts). Used to suggest an agency to the reporter while filing and to
// the verifier when disposing. Only active agencies that are not workshop sandboxes count.
import { pickRoute } from "../../domain/complaint/routing.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";

export async function suggestedAgencyId(
  prisma: Pick<PrismaClient, "categoryRoute">,
  categoryId: string | null,
  placeCode: string | null,
): Promise<string | null> {
  if (!categoryId) return null;
  const routes = await prisma.categoryRoute.findMany({
    where: { categoryId, agency: { active: true, isSandbox: false } },
    select: { regionCode: true, agencyId: true },
  });
  return pickRoute(routes, placeCode)?.agencyId ?? null;
}
