// Seeds what a fresh Suara needs: the regency's official regions, its agencies, categories with
// routes, fixed holidays (seedReferenceData, safe on every start) and demo accounts (optional).
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { seedAgencies } from "./agencies.ts";
import { seedCategories, seedRoutes } from "./categories.ts";
import { type DemoAccountsResult, seedDemoAccountsWith } from "./demo-accounts.ts";
import { seedHolidays } from "./holidays.ts";
import { loadRegencyRegions, type SyncCounts, syncRegions } from "./regions.ts";
import { seedTransaction } from "./transaction.ts";

export { type AgencyKey, agencySpecs } from "./agencies.ts";
export { CATEGORIES, type CategorySpec } from "./categories.ts";
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, type DemoAccountsResult } from "./demo-accounts.ts";
export { FIXED_HOLIDAYS } from "./holidays.ts";
export { loadRegencyRegions, type RegencyRegions, type RegionRow } from "./regions.ts";

export const DEFAULT_REGENCY = "73.06";

export type SeedOptions = {
  /** Kemendagri regency code, e.g. "73.06" (Kabupaten Gowa) or "73.71" (Kota Makassar). */
  regencyCode?: string;
  /** The moment "this year" is taken from, for holidays; defaults to now. */
  now?: Date;
};

type Counts = { total: number; created: number };

export type ReferenceDataResult = {
  regency: { code: string; name: string };
  regions: SyncCounts;
  agencies: Counts;
  categories: Counts;
  routes: Counts;
  holidays: Counts;
};

/**
 * Inserts what is missing and corrects region names from the official data; agencies,
 * categories, routes and holidays that already exist are left as administrators keep them.
 * Throws a StartupError for a regency code that is not in the data.
 */
export async function seedReferenceData(
  prisma: PrismaClient,
  { regencyCode = DEFAULT_REGENCY, now = new Date() }: SeedOptions = {},
): Promise<ReferenceDataResult> {
  // Reading the bundled CSVs happens before the transaction, which then only writes.
  const regions = await loadRegencyRegions(regencyCode);
  const regency = { code: regions.regency.code, name: regions.regency.name };
  return seedTransaction(prisma, async (tx) => {
    const regionCounts = await syncRegions(tx, regions);
    const agencies = await seedAgencies(tx, regency);
    const categories = await seedCategories(tx);
    const routes = await seedRoutes(tx, regency.code, categories.ids, agencies.ids);
    const holidays = await seedHolidays(tx, now);
    return {
      regency,
      regions: regionCounts,
      agencies: { total: agencies.total, created: agencies.created },
      categories: { total: categories.total, created: categories.created },
      routes,
      holidays,
    };
  });
}

/** One demo account per role (isDemo, password DEMO_PASSWORD). Needs seedReferenceData first. */
export function seedDemoAccounts(
  prisma: PrismaClient,
  { regencyCode = DEFAULT_REGENCY }: Pick<SeedOptions, "regencyCode"> = {},
): Promise<DemoAccountsResult> {
  return seedDemoAccountsWith(prisma, regencyCode);
}
