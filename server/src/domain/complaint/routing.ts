// Which agency a category goes to in a place: the routing table (CategoryRoute) has rows per
// category for a region (a desa, kecamatan or regency) or for the whole service area (no region).
// The most specific row that contains the place wins.
import { isWithinRegion } from "../privacy/privacy.ts";

export type RouteRow = { regionCode: string | null; agencyId: string };

/** The route for a place (a desa or kecamatan code, or null when unknown), or null if none. */
export function pickRoute<R extends RouteRow>(routes: readonly R[], placeCode: string | null): R | null {
  let best: R | null = null;
  let bestDepth = -1;
  for (const route of routes) {
    let depth: number;
    if (route.regionCode === null) depth = 0;
    else if (placeCode !== null && isWithinRegion(placeCode, route.regionCode)) depth = route.regionCode.split(".").length;
    else continue;
    if (depth > bestDepth) {
      best = route;
      bestDepth = depth;
    }
  }
  return best;
}
