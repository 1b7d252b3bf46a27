// The seed: official regions of a regency, agencies, categories with routes, fixed holidays and
// demo accounts, on fresh in-memory PGlite databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../server/src/auth/password.ts";
import { type Database, openDatabase } from "../../server/src/db/open.ts";
import { freshDatabaseConfig, type TestDatabase } from "../support/database.ts";

/** Fresh databases opened by this file (PGlite in memory, or new PostgreSQL databases). */
const fresh: TestDatabase[] = [];
import {
  CATEGORIES,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  loadRegencyRegions,
  seedDemoAccounts,
  seedReferenceData,
} from "../../server/src/db/seed/index.ts";
import { currentYear, fixedHolidayRows } from "../../server/src/db/seed/holidays.ts";
import { type PrismaClient, Role } from "../../server/src/generated/prisma/client.ts";
import { StartupError } from "../../server/src/i18n/startup.ts";

const GOWA = "73.06";
const MAKASSAR = "73.71";
const OPEN_TIMEOUT = 60_000;

/** Most-specific-wins: the district's route, else the regency's, else the regency-wide default. */
async function routeFor(prisma: PrismaClient, categorySlug: string, districtCode: string) {
  const regencyCode = districtCode.slice(0, 5);
  const routes = await prisma.categoryRoute.findMany({
    where: {
      category: { slug: categorySlug },
      OR: [{ regionCode: { in: [districtCode, regencyCode] } }, { regionCode: null }],
    },
    include: { agency: true },
  });
  const rank = (code: string | null) => (code === districtCode ? 0 : code === regencyCode ? 1 : 2);
  return routes.sort((a, b) => rank(a.regionCode) - rank(b.regionCode))[0]?.agency;
}

async function tableCounts(prisma: PrismaClient) {
  return {
    regions: await prisma.region.count(),
    agencies: await prisma.agency.count(),
    categories: await prisma.category.count(),
    routes: await prisma.categoryRoute.count(),
    holidays: await prisma.holiday.count(),
    users: await prisma.user.count(),
    roles: await prisma.userRole.count(),
  };
}

describe("seed for Kabupaten Gowa", () => {
  let db: Database;
  let prisma: PrismaClient;

  beforeAll(async () => {
    fresh.push(await freshDatabaseConfig());
    db = await openDatabase(fresh.at(-1)!.config);
    prisma = db.prisma;
    await seedReferenceData(prisma);
    await seedDemoAccounts(prisma);
  }, OPEN_TIMEOUT);

  afterAll(async () => {
    await db?.close();
    for (const f of fresh.splice(0)) await f.drop();
  });

  describe("regions", () => {
    it.each([
      ["PROVINCE", 1],
      ["REGENCY", 1],
      ["DISTRICT", 18],
      ["VILLAGE", 167],
    ] as const)("has the official number of %s rows", async (level, count) => {
      expect(await prisma.region.count({ where: { level, code: { startsWith: "73" } } })).toBe(count);
    });

    it.each([
      ["73", "Sulawesi Selatan", "PROVINCE", null],
      ["73.06", "Kabupaten Gowa", "REGENCY", "73"],
      ["73.06.08", "Somba Opu", "DISTRICT", "73.06"],
      ["73.06.06", "Bontomarannu", "DISTRICT", "73.06"],
      ["73.06.04", "Tinggimoncong", "DISTRICT", "73.06"],
      ["73.06.08.1001", "Sungguminasa", "VILLAGE", "73.06.08"],
    ] as const)("has %s %s", async (code, name, level, parentCode) => {
      expect(await prisma.region.findUnique({ where: { code } })).toMatchObject({ name, level, parentCode });
    });

    it("puts every district under Gowa with an official code", async () => {
      const districts = await prisma.region.findMany({ where: { level: "DISTRICT" } });
      for (const d of districts) {
        expect(d.parentCode).toBe(GOWA);
        expect(d.code).toMatch(/^73\.06\.\d{2}$/);
      }
    });

    it("puts every village under a Gowa district with an official code", async () => {
      const villages = await prisma.region.findMany({ where: { level: "VILLAGE" }, include: { parent: true } });
      expect(villages).toHaveLength(167);
      for (const v of villages) {
        expect(v.parent).toMatchObject({ level: "DISTRICT", parentCode: GOWA });
        expect(v.code).toMatch(new RegExp(`^${v.parentCode!.replaceAll(".", "\\.")}\\.[12]\\d{3}$`));
      }
    });

    it("rejects a regency code that is not in the data, in both languages", async () => {
      const attempt = seedReferenceData(prisma, { regencyCode: "99.99" });
      await expect(attempt).rejects.toBeInstanceOf(StartupError);
      await expect(attempt).rejects.toThrow(/99\.99.*\n.*99\.99/);
    });
  });

  describe("agencies and routes", () => {
    it.each(["dinas-pupr", "dinas-kesehatan", "disdukcapil", "diskominfo-sp", "pdam-tirta-jeneberang", "rsud-syekh-yusuf"])(
      "has the Gowa agency %s",
      async (slug) => {
        expect(await prisma.agency.findUnique({ where: { slug } })).toMatchObject({
          regionCode: GOWA,
          isSandbox: false,
          active: true,
        });
      },
    );

    it("flags the LATIHAN agencies, and only those, as sandbox", async () => {
      const agencies = await prisma.agency.findMany();
      const sandbox = agencies.filter((a) => a.isSandbox);
      expect(sandbox.length).toBeGreaterThanOrEqual(2);
      for (const a of agencies) expect(a.name.startsWith("LATIHAN –")).toBe(a.isSandbox);
    });

    it.each(CATEGORIES.map((c) => [c.slug]))("routes %s across the regency to a real agency", async (slug) => {
      const route = await prisma.categoryRoute.findFirst({
        where: { category: { slug }, regionCode: null },
        include: { agency: true },
      });
      expect(route?.agency).toMatchObject({ isSandbox: false, active: true, regionCode: GOWA });
    });

    it("never routes to a sandbox agency", async () => {
      expect(await prisma.categoryRoute.count({ where: { agency: { isSandbox: true } } })).toBe(0);
    });

    it("gives every category a bilingual name and hint", async () => {
      const categories = await prisma.category.findMany({ orderBy: { sortOrder: "asc" } });
      expect(categories.map((c) => c.slug)).toEqual(CATEGORIES.map((c) => c.slug));
      for (const c of categories) {
        for (const text of [c.nameId, c.nameEn, c.hintId, c.hintEn]) expect(text.trim()).not.toBe("");
      }
    });

    it.each([
      ["air-bersih", "73.06.04", "dinas-pupr"], // a kecamatan with its own route
      ["air-bersih", "73.06.08", "pdam-tirta-jeneberang"], // the regency-wide default
      ["jalan-jembatan", "73.06.04", "dinas-pupr"],
    ])("sends %s in %s to %s (most specific wins)", async (category, district, agencySlug) => {
      expect((await routeFor(prisma, category, district))?.slug).toBe(agencySlug);
    });
  });

  describe("holidays", () => {
    const year = currentYear(new Date());

    it.each([
      [1, 1],
      [5, 1],
      [6, 1],
      [8, 17],
      [12, 25],
    ])("has the fixed national holiday on %i/%i for this year and the next two", async (month, day) => {
      for (const y of [year, year + 1, year + 2]) {
        const holiday = await prisma.holiday.findUnique({ where: { date: new Date(Date.UTC(y, month - 1, day)) } });
        expect(holiday).toMatchObject({ kind: "NATIONAL" });
        expect(holiday?.nameId).not.toBe("");
        expect(holiday?.nameEn).not.toBe("");
      }
    });

    it("invents no moveable holidays", async () => {
      expect(await prisma.holiday.count()).toBe(15);
    });

    it("turns the year on Gowa's clock (WITA), not UTC", () => {
      const rows = fixedHolidayRows(new Date("2026-12-31T16:30:00Z")); // 00:30 on 1 Jan 2027 in WITA
      expect(rows[0]?.date.toISOString()).toBe("2027-01-01T00:00:00.000Z");
      expect(rows.at(-1)?.date.toISOString()).toBe("2029-12-25T00:00:00.000Z");
    });
  });

  describe("demo accounts", () => {
    it("lists every role exactly once", () => {
      expect(DEMO_ACCOUNTS.map((a) => a.role).sort()).toEqual(Object.values(Role).sort());
    });

    it.each(DEMO_ACCOUNTS.map((a) => [a.role, a] as const))(
      "has one demo %s account that signs in with the demo password",
      async (role, account) => {
        const users = await prisma.user.findMany({ where: { isDemo: true, roles: { some: { role } } } });
        expect(users).toHaveLength(1);
        expect(users[0]).toMatchObject({ email: account.email, name: account.name });
        expect(await verifyPassword(users[0]!.passwordHash!, DEMO_PASSWORD)).toBe(true);
        expect(await verifyPassword(users[0]!.passwordHash!, "wrong-password")).toBe(false);
      },
    );

    it.each([
      ["verifikator@demo.suara.id", "VERIFIER", [GOWA], []],
      ["petugas.pupr@demo.suara.id", "AGENCY_OFFICER", [null], ["dinas-pupr"]],
      ["sahabat@demo.suara.id", "SAHABAT", ["73.06.06", "73.06.08"], []],
      ["warga@demo.suara.id", "RESIDENT", [null], []],
    ] as const)("scopes %s as %s", async (email, role, regions, agencies) => {
      const roles = await prisma.userRole.findMany({
        where: { user: { email } },
        include: { agency: true },
        orderBy: { regionCode: "asc" },
      });
      expect(roles.every((r) => r.role === role)).toBe(true);
      expect(roles.map((r) => r.regionCode)).toEqual(regions);
      expect(roles.flatMap((r) => (r.agency ? [r.agency.slug] : []))).toEqual(agencies);
    });
  });

  describe("running again", () => {
    it("changes nothing", async () => {
      const before = await tableCounts(prisma);
      const regionsBefore = await prisma.region.findMany({ orderBy: { code: "asc" } });
      const again = await seedReferenceData(prisma);
      const demoAgain = await seedDemoAccounts(prisma);
      expect(await tableCounts(prisma)).toEqual(before);
      expect(await prisma.region.findMany({ orderBy: { code: "asc" } })).toEqual(regionsBefore);
      for (const counts of [again.agencies, again.categories, again.routes, again.holidays, demoAgain]) {
        expect(counts.created).toBe(0);
      }
      expect(again.regions).toMatchObject({ created: 0, updated: 0 });
      expect(demoAgain.rolesCreated).toBe(0);
    });

    it("keeps what an administrator changed, and corrects region names", async () => {
      await prisma.category.update({ where: { slug: "lainnya" }, data: { active: false } });
      await prisma.agency.update({ where: { slug: "dinas-sosial" }, data: { name: "Dinas Sosial (nama baru)" } });
      await prisma.region.update({ where: { code: "73.06.08" }, data: { name: "Sombaopu" } });
      const again = await seedReferenceData(prisma);
      expect(again.regions.updated).toBe(1);
      expect(await prisma.category.findUnique({ where: { slug: "lainnya" } })).toMatchObject({ active: false });
      expect(await prisma.agency.findUnique({ where: { slug: "dinas-sosial" } })).toMatchObject({
        name: "Dinas Sosial (nama baru)",
      });
      expect(await prisma.region.findUnique({ where: { code: "73.06.08" } })).toMatchObject({ name: "Somba Opu" });
    });
  });

  describe("a second regency in the same database", () => {
    beforeAll(async () => {
      await seedReferenceData(prisma, { regencyCode: MAKASSAR });
    });

    it("leaves Gowa's routes as they were", async () => {
      expect((await routeFor(prisma, "jalan-jembatan", "73.06.08"))?.slug).toBe("dinas-pupr");
    });

    it.each(CATEGORIES.map((c) => [c.slug]))("routes %s in Makassar to a Makassar agency", async (slug) => {
      const agency = await routeFor(prisma, slug, "73.71.01");
      expect(agency).toMatchObject({ regionCode: MAKASSAR, isSandbox: false });
    });
  });
});

describe("seed for Kota Makassar alone", () => {
  let db: Database;
  let prisma: PrismaClient;

  beforeAll(async () => {
    fresh.push(await freshDatabaseConfig());
    db = await openDatabase(fresh.at(-1)!.config);
    prisma = db.prisma;
    await seedReferenceData(prisma, { regencyCode: MAKASSAR });
    await seedDemoAccounts(prisma, { regencyCode: MAKASSAR });
  }, OPEN_TIMEOUT);

  afterAll(async () => {
    await db?.close();
    for (const f of fresh.splice(0)) await f.drop();
  });

  it("loads every kecamatan and kelurahan of the bundled data", async () => {
    const official = await loadRegencyRegions(MAKASSAR);
    expect(official.regency.name).toBe("Kota Makassar");
    expect(await prisma.region.count({ where: { level: "DISTRICT", parentCode: MAKASSAR } })).toBe(
      official.districts.length,
    );
    expect(await prisma.region.count({ where: { level: "VILLAGE", code: { startsWith: `${MAKASSAR}.` } } })).toBe(
      official.villages.length,
    );
    expect(official.districts.length).toBeGreaterThan(10);
  });

  it("names its agencies after the city and routes every category to them", async () => {
    expect(await prisma.agency.findUnique({ where: { slug: "dinas-pupr" } })).toMatchObject({
      name: "Dinas Pekerjaan Umum dan Penataan Ruang Kota Makassar",
      regionCode: MAKASSAR,
    });
    for (const { slug } of CATEGORIES) {
      expect(await routeFor(prisma, slug, "73.71.01")).toMatchObject({ regionCode: MAKASSAR, isSandbox: false });
    }
  });

  it("scopes the demo sahabat to two Makassar kecamatan", async () => {
    const roles = await prisma.userRole.findMany({ where: { role: "SAHABAT" } });
    expect(roles).toHaveLength(2);
    for (const r of roles) expect(r.regionCode).toMatch(/^73\.71\.\d{2}$/);
  });
});
