// Default routing: a category in a place goes to an agency (the most specific route wins; see
// domain/complaint/routing.ts). Used to suggest an agency to the reporter while filing and to
// the verifier when disposing. Only active agencies that are not workshop sandboxes count.
// The routes come from the reference data in memory (reference-data.ts).
import { pickRoute } from "../../domain/complaint/routing.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { referenceData } from "./reference-data.ts";

export async function suggestedAgencyId(prisma: PrismaClient, categoryId: string | null, placeCode: string | null): Promise<string | null> {
  if (!categoryId) return null;
  const routes = (await referenceData(prisma)).routes.get(categoryId) ?? [];
  return pickRoute(routes, placeCode)?.agencyId ?? null;
}
