// The regency's agencies (OPD) and the pretend LATIHAN agencies that workshops use. Kabupaten
// Gowa gets its own names; any other regency gets the common OPD names with its own name added.
import type { Prisma } from "../../generated/prisma/client.ts";

/** Stable handles for agencies, independent of their slug (a slug may need a suffix, see below). */
export type AgencyKey =
  | "pupr"
  | "kesehatan"
  | "pendidikan"
  | "dukcapil"
  | "sosial"
  | "kominfo"
  | "lingkungan"
  | "air-minum"
  | "perhubungan"
  | "perkim"
  | "bpbd"
  | "rsud"
  | "pertanian"
  | "satpol-pp"
  | "inspektorat"
  | "latihan-pupr"
  | "latihan-kesehatan"
  | "latihan-dukcapil";

export type AgencySpec = {
  key: AgencyKey;
  slug: string;
  name: string;
  shortName: string;
  isSandbox: boolean;
};

type Template = {
  key: AgencyKey;
  slug: string;
  /** The body's name without the regency, e.g. "Dinas Kesehatan". */
  name: string;
  shortName: string;
};

const COMMON: Template[] = [
  { key: "pupr", slug: "dinas-pupr", name: "Dinas Pekerjaan Umum dan Penataan Ruang", shortName: "Dinas PUPR" },
  { key: "kesehatan", slug: "dinas-kesehatan", name: "Dinas Kesehatan", shortName: "Dinkes" },
  { key: "pendidikan", slug: "dinas-pendidikan", name: "Dinas Pendidikan", shortName: "Disdik" },
  { key: "dukcapil", slug: "disdukcapil", name: "Dinas Kependudukan dan Pencatatan Sipil", shortName: "Disdukcapil" },
  { key: "sosial", slug: "dinas-sosial", name: "Dinas Sosial", shortName: "Dinsos" },
  { key: "kominfo", slug: "diskominfo-sp", name: "Dinas Komunikasi, Informatika, Statistik dan Persandian", shortName: "Diskominfo-SP" },
  { key: "lingkungan", slug: "dinas-lingkungan-hidup", name: "Dinas Lingkungan Hidup", shortName: "DLH" },
  { key: "air-minum", slug: "perumda-air-minum", name: "Perusahaan Umum Daerah Air Minum", shortName: "PDAM" },
  { key: "perhubungan", slug: "dinas-perhubungan", name: "Dinas Perhubungan", shortName: "Dishub" },
  { key: "perkim", slug: "dinas-perkim", name: "Dinas Perumahan dan Kawasan Permukiman", shortName: "Dinas Perkim" },
  { key: "bpbd", slug: "bpbd", name: "Badan Penanggulangan Bencana Daerah", shortName: "BPBD" },
  { key: "rsud", slug: "rsud", name: "Rumah Sakit Umum Daerah", shortName: "RSUD" },
  { key: "pertanian", slug: "dinas-pertanian", name: "Dinas Pertanian", shortName: "Distan" },
  { key: "satpol-pp", slug: "satpol-pp", name: "Satuan Polisi Pamong Praja", shortName: "Satpol PP" },
  { key: "inspektorat", slug: "inspektorat", name: "Inspektorat Daerah", shortName: "Inspektorat" },
];

/** Where Kabupaten Gowa's bodies carry their own names. */
const GOWA_OVERRIDES: Partial<Record<AgencyKey, Omit<Template, "key">>> = {
  "air-minum": {
    slug: "pdam-tirta-jeneberang",
    name: "Perumda Air Minum Tirta Jeneberang",
    shortName: "PDAM Tirta Jeneberang",
  },
  rsud: { slug: "rsud-syekh-yusuf", name: "RSUD Syekh Yusuf", shortName: "RSUD Syekh Yusuf" },
};

const SANDBOX: Template[] = [
  { key: "latihan-pupr", slug: "latihan-dinas-pupr", name: "Dinas Pekerjaan Umum", shortName: "Latihan PU" },
  { key: "latihan-kesehatan", slug: "latihan-dinas-kesehatan", name: "Dinas Kesehatan", shortName: "Latihan Dinkes" },
  { key: "latihan-dukcapil", slug: "latihan-disdukcapil", name: "Dinas Kependudukan", shortName: "Latihan Dukcapil" },
];

const GOWA = "73.06";

/** The agencies to seed for a regency, real ones first. */
export function agencySpecs(regency: { code: string; name: string }): AgencySpec[] {
  const overrides = regency.code === GOWA ? GOWA_OVERRIDES : {};
  const real = COMMON.map((t): AgencySpec => {
    const own = overrides[t.key];
    return own
      ? { key: t.key, ...own, isSandbox: false }
      : { ...t, name: `${t.name} ${regency.name}`, isSandbox: false };
  });
  const sandbox = SANDBOX.map((t): AgencySpec => ({ ...t, name: `LATIHAN – ${t.name}`, isSandbox: true }));
  return [...real, ...sandbox];
}

function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The slug an agency takes when its plain slug already belongs to another regency's agency. */
export function regionalSlug(slug: string, regencyName: string): string {
  return `${slug}-${slugify(regencyName)}`;
}

export type AgencyIds = Map<AgencyKey, string>;

type StoredAgency = { id: string; slug: string; regionCode: string | null; isSandbox: boolean };

function isOurs(stored: StoredAgency, spec: AgencySpec, regencyCode: string): boolean {
  return stored.regionCode === regencyCode && stored.isSandbox === spec.isSandbox;
}

/**
 * Finds this regency's agencies among those stored: by the plain slug, else the regional one.
 * Returns the ids found and, for specs with no agency yet, the slug to create them under.
 */
export async function resolveAgencies(
  tx: Prisma.TransactionClient,
  regency: { code: string; name: string },
  specs: AgencySpec[] = agencySpecs(regency),
): Promise<{ ids: AgencyIds; missing: AgencySpec[] }> {
  const candidates = specs.flatMap((s) => [s.slug, regionalSlug(s.slug, regency.name)]);
  const stored = await tx.agency.findMany({
    where: { slug: { in: candidates } },
    select: { id: true, slug: true, regionCode: true, isSandbox: true },
  });
  const bySlug = new Map(stored.map((a) => [a.slug, a]));
  const ids: AgencyIds = new Map();
  const missing: AgencySpec[] = [];
  for (const spec of specs) {
    const plain = bySlug.get(spec.slug);
    const regional = regionalSlug(spec.slug, regency.name);
    const other = bySlug.get(regional);
    if (plain && isOurs(plain, spec, regency.code)) ids.set(spec.key, plain.id);
    else if (other && isOurs(other, spec, regency.code)) ids.set(spec.key, other.id);
    else if (!plain) missing.push(spec);
    else if (!other) missing.push({ ...spec, slug: regional });
    else {
      throw new Error(
        `Agency slugs ${spec.slug} and ${regional} are both taken by agencies outside ${regency.code}`,
      );
    }
  }
  return { ids, missing };
}

/**
 * Creates the agencies this regency lacks. Existing agencies are left as administrators keep
 * them (renamed, deactivated): the seed only fills gaps.
 */
export async function seedAgencies(
  tx: Prisma.TransactionClient,
  regency: { code: string; name: string },
): Promise<{ ids: AgencyIds; total: number; created: number }> {
  const specs = agencySpecs(regency);
  const first = await resolveAgencies(tx, regency, specs);
  if (first.missing.length === 0) return { ids: first.ids, total: specs.length, created: 0 };
  const { count } = await tx.agency.createMany({
    data: first.missing.map(({ key: _key, ...a }) => ({ ...a, regionCode: regency.code })),
    skipDuplicates: true,
  });
  const second = await resolveAgencies(tx, regency, specs);
  if (second.missing.length > 0) {
    throw new Error(`Could not create agencies: ${second.missing.map((s) => s.slug).join(", ")}`);
  }
  return { ids: second.ids, total: specs.length, created: count };
}
