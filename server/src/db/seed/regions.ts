// Official administrative areas of one regency (province → regency → kecamatan → desa/kelurahan),
// read from the bundled Kemendagri data of `idn-area-data` and kept in step with it.
import { getDistricts, getProvinces, getRegencies, getVillages } from "idn-area-data";
import { type Prisma, RegionLevel } from "../../generated/prisma/client.ts";
import { StartupError } from "../../i18n/startup.ts";

export type RegionRow = {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
};

export type RegencyRegions = {
  province: RegionRow;
  regency: RegionRow;
  districts: RegionRow[];
  villages: RegionRow[];
};

export type SyncCounts = { total: number; created: number; updated: number };

/** Parsing the national village list takes ~100 ms; keep only what each regency needed. */
const cache = new Map<string, Promise<RegencyRegions>>();

export function unknownRegency(code: string): StartupError {
  return new StartupError({
    id: `Kode kabupaten/kota ${code} tidak ada di data wilayah Kemendagri. Pakai kode seperti 73.06 (Kabupaten Gowa).`,
    en: `Regency code ${code} is not in the Kemendagri area data. Use a code like 73.06 (Kabupaten Gowa).`,
  });
}

async function readRegency(regencyCode: string): Promise<RegencyRegions> {
  const [provinces, regencies, allDistricts, allVillages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  const regency = regencies.find((r) => r.code === regencyCode);
  const province = provinces.find((p) => p.code === regency?.province_code);
  if (!regency || !province) throw unknownRegency(regencyCode);

  const districts = allDistricts
    .filter((d) => d.regency_code === regencyCode)
    .map((d) => row(d.code, d.name, RegionLevel.DISTRICT, regencyCode));
  const districtCodes = new Set(districts.map((d) => d.code));
  const villages = allVillages
    .filter((v) => districtCodes.has(v.district_code))
    .map((v) => row(v.code, v.name, RegionLevel.VILLAGE, v.district_code));
  return {
    province: row(province.code, province.name, RegionLevel.PROVINCE, null),
    regency: row(regency.code, regency.name, RegionLevel.REGENCY, province.code),
    districts: sortByCode(districts),
    villages: sortByCode(villages),
  };
}

function row(code: string, name: string, level: RegionLevel, parentCode: string | null): RegionRow {
  return { code: code.trim(), name: name.trim(), level, parentCode };
}

function sortByCode(rows: RegionRow[]): RegionRow[] {
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

/** The regions of one regency from the bundled data; throws a StartupError for an unknown code. */
export function loadRegencyRegions(regencyCode: string): Promise<RegencyRegions> {
  let pending = cache.get(regencyCode);
  if (!pending) {
    pending = readRegency(regencyCode);
    cache.set(regencyCode, pending);
    pending.catch(() => cache.delete(regencyCode));
  }
  return pending;
}

/**
 * Inserts missing regions level by level (parents first) and corrects names or parents that
 * differ from the official data. Regions no longer in the data stay: complaints may point at them.
 */
export async function syncRegions(
  tx: Prisma.TransactionClient,
  regions: RegencyRegions,
): Promise<SyncCounts> {
  const levels = [[regions.province], [regions.regency], regions.districts, regions.villages];
  let created = 0;
  for (const rows of levels) {
    created += (await tx.region.createMany({ data: rows, skipDuplicates: true })).count;
  }
  const all = levels.flat();
  const stored = await tx.region.findMany({
    where: { code: { in: all.map((r) => r.code) } },
    select: { code: true, name: true, level: true, parentCode: true },
  });
  const byCode = new Map(stored.map((r) => [r.code, r]));
  let updated = 0;
  for (const wanted of all) {
    const have = byCode.get(wanted.code);
    if (
      have &&
      have.name === wanted.name &&
      have.level === wanted.level &&
      have.parentCode === wanted.parentCode
    ) {
      continue;
    }
    const { code, ...data } = wanted;
    await tx.region.update({ where: { code }, data });
    updated++;
  }
  return { total: all.length, created, updated };
}
