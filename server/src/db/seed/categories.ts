// Complaint categories with a plain one-sentence hint in each language, and the default route
// from each category to an agency (plus kecamatan-level routes where another unit serves).
import type { Prisma } from "../../generated/prisma/client.ts";
import type { AgencyIds, AgencyKey } from "./agencies.ts";
import { removedRoutes } from "./admin-removals.ts";

export type CategorySpec = {
  slug: string;
  nameId: string;
  nameEn: string;
  hintId: string;
  hintEn: string;
  /** The agency a complaint in this category goes to unless a more specific route says otherwise. */
  agency: AgencyKey;
};

export const CATEGORIES: readonly CategorySpec[] = [
  {
    slug: "jalan-jembatan",
    nameId: "Jalan dan jembatan",
    nameEn: "Roads and bridges",
    hintId: "Jalan berlubang, jembatan rusak, atau selokan di pinggir jalan tersumbat.",
    hintEn: "Potholes, broken bridges, or blocked roadside drains.",
    agency: "pupr",
  },
  {
    slug: "air-bersih",
    nameId: "Air bersih",
    nameEn: "Clean water",
    hintId: "Air PDAM tidak mengalir, keruh, atau pipa bocor.",
    hintEn: "Piped water does not flow, is dirty, or a pipe leaks.",
    agency: "air-minum",
  },
  {
    slug: "layanan-kesehatan",
    nameId: "Layanan kesehatan",
    nameEn: "Health services",
    hintId: "Pelayanan di puskesmas, rumah sakit, atau posyandu.",
    hintEn: "Service at a community health centre, hospital, or posyandu.",
    agency: "kesehatan",
  },
  {
    slug: "pendidikan",
    nameId: "Pendidikan",
    nameEn: "Education",
    hintId: "Sekolah, guru, biaya sekolah, atau penerimaan murid baru.",
    hintEn: "Schools, teachers, school fees, or new pupil enrolment.",
    agency: "pendidikan",
  },
  {
    slug: "dokumen-kependudukan",
    nameId: "Dokumen kependudukan (KTP, KK, akta)",
    nameEn: "Population documents (ID card, family card, certificates)",
    hintId: "Mengurus KTP, Kartu Keluarga, atau akta kelahiran yang lama atau dipersulit.",
    hintEn: "Getting an ID card, family card, or birth certificate is slow or made difficult.",
    agency: "dukcapil",
  },
  {
    slug: "bantuan-sosial",
    nameId: "Bantuan sosial (bansos)",
    nameEn: "Social assistance",
    hintId: "Bantuan tidak sampai, salah sasaran, atau nama tidak terdaftar.",
    hintEn: "Aid did not arrive, went to the wrong people, or a name is missing from the list.",
    agency: "sosial",
  },
  {
    slug: "sampah-lingkungan",
    nameId: "Sampah dan lingkungan",
    nameEn: "Waste and environment",
    hintId: "Sampah tidak diangkut, pembakaran sampah, atau pencemaran.",
    hintEn: "Rubbish not collected, burning rubbish, or pollution.",
    agency: "lingkungan",
  },
  {
    slug: "listrik-lampu-jalan",
    nameId: "Listrik dan lampu jalan",
    nameEn: "Electricity and street lights",
    hintId: "Lampu jalan mati atau tiang listrik di jalan umum membahayakan.",
    hintEn: "A street light is out or a power pole on a public road is dangerous.",
    agency: "perkim",
  },
  {
    slug: "transportasi-lalu-lintas",
    nameId: "Angkutan umum dan lalu lintas",
    nameEn: "Public transport and traffic",
    hintId: "Angkutan umum, rambu, lampu lalu lintas, atau parkir liar.",
    hintEn: "Public transport, road signs, traffic lights, or illegal parking.",
    agency: "perhubungan",
  },
  {
    slug: "banjir-bencana",
    nameId: "Banjir dan bencana",
    nameEn: "Floods and disasters",
    hintId: "Banjir, tanah longsor, pohon tumbang, atau kebakaran.",
    hintEn: "Floods, landslides, fallen trees, or fires.",
    agency: "bpbd",
  },
  {
    slug: "ketertiban-umum",
    nameId: "Ketertiban umum",
    nameEn: "Public order",
    hintId: "Pedagang di trotoar, bangunan liar, atau keributan yang mengganggu warga.",
    hintEn: "Street vendors on pavements, illegal buildings, or disturbances.",
    agency: "satpol-pp",
  },
  {
    slug: "perilaku-asn-pungli",
    nameId: "Perilaku pegawai dan pungutan liar",
    nameEn: "Civil servant conduct and illegal fees",
    hintId: "Petugas meminta uang tanpa dasar, tidak sopan, atau tidak masuk kerja.",
    hintEn: "An official asks for money without grounds, is rude, or is absent from work.",
    agency: "inspektorat",
  },
  {
    slug: "permintaan-informasi",
    nameId: "Permintaan informasi publik",
    nameEn: "Public information requests",
    hintId: "Meminta data atau dokumen dari pemerintah daerah.",
    hintEn: "Asking the local government for data or documents.",
    agency: "kominfo",
  },
  {
    slug: "lainnya",
    nameId: "Lainnya",
    nameEn: "Other",
    hintId: "Masalah layanan publik yang tidak ada di daftar ini.",
    hintEn: "A public-service problem that is not in this list.",
    agency: "kominfo",
  },
];

type SpecificRoute = { category: string; regionCode: string; agency: AgencyKey };

/**
 * Routes more specific than the regency-wide default, per regency. Gowa's example: piped water
 * in two upland kecamatan is sent to Dinas PUPR (rural water systems) instead of the PDAM.
 * It shows most-specific-wins routing; an administrator adjusts it to the real service areas.
 */
const SPECIFIC_ROUTES: Record<string, SpecificRoute[]> = {
  "73.06": [
    { category: "air-bersih", regionCode: "73.06.03", agency: "pupr" }, // Tompobulu
    { category: "air-bersih", regionCode: "73.06.04", agency: "pupr" }, // Tinggimoncong
  ],
};

/** Creates missing categories by slug; existing ones stay as administrators keep them. */
export async function seedCategories(
  tx: Prisma.TransactionClient,
): Promise<{ ids: Map<string, string>; total: number; created: number }> {
  const { count } = await tx.category.createMany({
    data: CATEGORIES.map(({ agency: _agency, ...c }, index) => ({ ...c, sortOrder: (index + 1) * 10 })),
    skipDuplicates: true,
  });
  const stored = await tx.category.findMany({
    where: { slug: { in: CATEGORIES.map((c) => c.slug) } },
    select: { id: true, slug: true },
  });
  return { ids: new Map(stored.map((c) => [c.slug, c.id])), total: CATEGORIES.length, created: count };
}

type RouteRow = { categoryId: string; regionCode: string | null; agencyId: string };

/**
 * Ensures every category has a route for this regency and adds the specific routes. The
 * regency-wide default has no region (the whole service area). If that default already
 * belongs to another regency (two regencies in one database), this regency gets its default
 * on its own region code instead. Existing routes are never changed. The unique index on
 * (categoryId, regionCode) does not stop duplicate NULL regions, so rows are compared here.
 */
export async function seedRoutes(
  tx: Prisma.TransactionClient,
  regencyCode: string,
  categoryIds: Map<string, string>,
  agencyIds: AgencyIds,
): Promise<{ total: number; created: number }> {
  const stored = await tx.categoryRoute.findMany({
    where: { categoryId: { in: [...categoryIds.values()] } },
    select: { categoryId: true, regionCode: true, agency: { select: { regionCode: true } } },
  });
  const has = (categoryId: string, regionCode: string | null) =>
    stored.some((r) => r.categoryId === categoryId && r.regionCode === regionCode);

  const wanted: RouteRow[] = [];
  for (const category of CATEGORIES) {
    const categoryId = need(categoryIds, category.slug);
    const agencyId = need(agencyIds, category.agency);
    const anywhere = stored.find((r) => r.categoryId === categoryId && r.regionCode === null);
    const regionCode = !anywhere || anywhere.agency.regionCode === regencyCode ? null : regencyCode;
    wanted.push({ categoryId, regionCode, agencyId });
  }
  for (const route of SPECIFIC_ROUTES[regencyCode] ?? []) {
    wanted.push({
      categoryId: need(categoryIds, route.category),
      regionCode: route.regionCode,
      agencyId: need(agencyIds, route.agency),
    });
  }
  const removed = await removedRoutes(tx);
  const missing = wanted.filter((r) => !has(r.categoryId, r.regionCode) && !removed.has(`${r.categoryId} ${r.regionCode ?? ""}`));
  if (missing.length > 0) await tx.categoryRoute.createMany({ data: missing, skipDuplicates: true });
  return { total: wanted.length, created: missing.length };
}

function need<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed reference missing: ${String(key)}`);
  return value;
}
