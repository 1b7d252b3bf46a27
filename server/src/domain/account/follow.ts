// Who may follow regions and categories: staff and sahabat, each within their own scope. (Who
// may follow one complaint is a privacy question: whoever may see it; see
// services/use-cases/follows.ts.)
import { isWithinRegion } from "../privacy/privacy.ts";

export type ScopedRole = { role: string; regionCode: string | null; agencyId: string | null };

/** Roles that work a queue and so may follow areas. */
const AREA_ROLES = new Set(["VERIFIER", "SAHABAT", "AGENCY_OFFICER", "ADMINISTRATOR"]);

export function mayFollowAreas(roles: readonly ScopedRole[]): boolean {
  return roles.some((r) => AREA_ROLES.has(r.role));
}

/**
 * Whether these roles may follow a region. Verifiers and sahabat follow regions inside the
 * regions they serve; administrators any region; an agency officer the agency's own region.
 */
export function mayFollowRegion(
  roles: readonly ScopedRole[],
  regionCode: string,
  agencyRegions: ReadonlyMap<string, string | null> = new Map(),
): boolean {
  return roles.some((r) => {
    switch (r.role) {
      case "ADMINISTRATOR":
        return true;
      case "VERIFIER":
      case "SAHABAT":
        return isWithinRegion(regionCode, r.regionCode);
      case "AGENCY_OFFICER":
        return r.agencyId !== null && isWithinRegion(regionCode, agencyRegions.get(r.agencyId) ?? null);
      default:
        return false;
    }
  });
}
