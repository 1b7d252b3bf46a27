// Demo accounts, one per role, so a fresh install can be tried from every side. All share one
// public password and carry isDemo, so the interface can label them and operators can remove them.
import { hashPassword } from "../../auth/password.ts";
import { sealSecret } from "../../auth/second-factor-secret.ts";
import { type Prisma, type PrismaClient, Role } from "../../generated/prisma/client.ts";
import { resolveAgencies } from "./agencies.ts";
import { loadRegencyRegions } from "./regions.ts";
import { seedTransaction } from "./transaction.ts";

export const DEMO_PASSWORD = "suara-demo-2026";

export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  description: { id: string; en: string };
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "warga@demo.suara.id",
    name: "Sitti Aminah",
    role: Role.RESIDENT,
    description: {
      id: "Warga yang melapor dan mengikuti laporannya sendiri.",
      en: "A resident who files and follows their own complaints.",
    },
  },
  {
    email: "verifikator@demo.suara.id",
    name: "Andi Rahmat Hidayat",
    role: Role.VERIFIER,
    description: {
      id: "Verifikator (admin koordinator) kabupaten: memeriksa laporan baru dan meneruskannya ke instansi.",
      en: "Regency verifier (coordinating admin): checks new complaints and passes them to an agency.",
    },
  },
  {
    email: "petugas.pupr@demo.suara.id",
    name: "Muhammad Arief Syamsuddin",
    role: Role.AGENCY_OFFICER,
    description: {
      id: "Petugas Dinas PUPR: menjawab laporan yang diteruskan ke dinasnya.",
      en: "Dinas PUPR officer: answers the complaints passed to the agency.",
    },
  },
  {
    email: "sahabat@demo.suara.id",
    name: "Nurhayati Daeng Baji",
    role: Role.SAHABAT,
    description: {
      id: "Sahabat LAPOR! untuk dua kecamatan (di Gowa: Somba Opu dan Bontomarannu): membantu warga melapor dan menyampaikan jawaban.",
      en: "Sahabat LAPOR! for two kecamatan (in Gowa: Somba Opu and Bontomarannu): helps residents file and relays the answers.",
    },
  },
  {
    email: "pelatih@demo.suara.id",
    name: "Rahmawati Said",
    role: Role.TRAINER,
    description: {
      id: "Pelatih: membuka lokakarya latihan dengan laporan LATIHAN yang tidak sampai ke instansi sungguhan.",
      en: "Trainer: runs practice workshops whose LATIHAN complaints never reach a real agency.",
    },
  },
  {
    email: "admin@demo.suara.id",
    name: "Ahmad Fauzi Mappiasse",
    role: Role.ADMINISTRATOR,
    description: {
      id: "Administrator: mengatur instansi, kategori, hari libur, dan akun.",
      en: "Administrator: manages agencies, categories, holidays and accounts.",
    },
  },
];

/**
 * The demo staff accounts' authenticator secrets (base32), published in the README so a trainer
 * can show two-step sign-in with any authenticator app, and the test kit computes their codes.
 * Public, so a demo account's code is accepted again within its half minute (a workshop room
 * signs in to one demo account from many phones); real accounts never get that.
 */
export const DEMO_TOTP_SECRETS: Readonly<Record<string, string>> = {
  "verifikator@demo.suara.id": "SUARADEMOVERIFIKATOR234567ABCDEF",
  "petugas.pupr@demo.suara.id": "SUARADEMOPETUGASPUPR234567ABCDEF",
  "sahabat@demo.suara.id": "SUARADEMOSAHABATLAPOR234567ABCDE",
  "pelatih@demo.suara.id": "SUARADEMOPELATIH234567ABCDEFGHIJ",
  "admin@demo.suara.id": "SUARADEMOADMINISTRATOR234567ABCD",
};

/**
 * Enrols the demo staff accounts (isDemo only) with DEMO_TOTP_SECRETS. An account that already
 * has an enrolment keeps it (a trainer may have changed it during a demonstration).
 */
export async function enrolDemoSecondFactors(prisma: PrismaClient, secretKey: Buffer, at = new Date()): Promise<number> {
  const users = await prisma.user.findMany({
    where: { email: { in: Object.keys(DEMO_TOTP_SECRETS) }, isDemo: true, secondFactor: null },
    select: { id: true, email: true },
  });
  if (users.length === 0) return 0;
  const { count } = await prisma.secondFactor.createMany({
    data: users.map((u) => ({ userId: u.id, secret: sealSecret(secretKey, u.id, DEMO_TOTP_SECRETS[u.email!]!), confirmedAt: at })),
    skipDuplicates: true,
  });
  return count;
}

const DEMO_SAHABAT_EMAIL = "sahabat@demo.suara.id";
export const DEMO_SAHABAT_PROFILE = {
  published: true,
  displayName: "Nurhayati Daeng Baji",
  place: "Kantor camat, meja layanan warga",
  hours: "Senin sampai Kamis, pukul 08.00–12.00 WITA",
};

/** The sahabat's kecamatan per regency; elsewhere the regency's first two kecamatan. */
const SAHABAT_DISTRICTS: Record<string, string[]> = {
  "73.06": ["73.06.08", "73.06.06"], // Somba Opu, Bontomarannu
};

type Scope = { regionCode: string | null; agencyId: string | null };

async function scopesByRole(
  tx: Prisma.TransactionClient,
  regencyCode: string,
): Promise<Record<Role, Scope[]>> {
  const regions = await loadRegencyRegions(regencyCode);
  const districts =
    SAHABAT_DISTRICTS[regencyCode] ?? regions.districts.slice(0, 2).map((d) => d.code);
  const seeded = await tx.region.count({ where: { code: { in: [regencyCode, ...districts] } } });
  const { ids } = await resolveAgencies(tx, regions.regency);
  const pupr = ids.get("pupr");
  if (seeded !== districts.length + 1 || !pupr) {
    throw new Error(`Seed the reference data of ${regencyCode} before the demo accounts`);
  }
  const none: Scope = { regionCode: null, agencyId: null };
  return {
    RESIDENT: [none],
    VERIFIER: [{ regionCode: regencyCode, agencyId: null }],
    AGENCY_OFFICER: [{ regionCode: null, agencyId: pupr }],
    SAHABAT: districts.map((regionCode) => ({ regionCode, agencyId: null })),
    TRAINER: [none],
    ADMINISTRATOR: [none],
  };
}

export type DemoAccountsResult = { total: number; created: number; rolesCreated: number };

/**
 * Creates the demo accounts that are missing and gives them their roles for this regency.
 * An existing account keeps its name and password; an account at a demo address that is not
 * marked isDemo is someone's real account and is left alone.
 */
export async function seedDemoAccountsWith(
  prisma: PrismaClient,
  regencyCode: string,
): Promise<DemoAccountsResult> {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const existing = await prisma.user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const known = new Set(existing.map((u) => u.email));
  const toCreate = DEMO_ACCOUNTS.filter((a) => !known.has(a.email));
  // argon2 runs off the main thread; hash before the transaction so it stays short.
  const hashes = await Promise.all(toCreate.map(() => hashPassword(DEMO_PASSWORD)));

  return seedTransaction(prisma, async (tx) => {
    const scopes = await scopesByRole(tx, regencyCode);
    const { count: created } = await tx.user.createMany({
      data: toCreate.map((a, i) => ({ email: a.email, name: a.name, passwordHash: hashes[i], isDemo: true })),
      skipDuplicates: true,
    });
    const users = await tx.user.findMany({
      where: { email: { in: emails }, isDemo: true },
      select: { id: true, email: true, roles: { select: { role: true, regionCode: true, agencyId: true } } },
    });
    const missing: Prisma.UserRoleCreateManyInput[] = [];
    for (const user of users) {
      const role = DEMO_ACCOUNTS.find((a) => a.email === user.email)?.role;
      if (!role) continue;
      for (const scope of scopes[role]) {
        const has = user.roles.some(
          (r) => r.role === role && r.regionCode === scope.regionCode && r.agencyId === scope.agencyId,
        );
        if (!has) missing.push({ userId: user.id, role, ...scope });
      }
    }
    // The unique index treats NULL scopes as distinct, so duplicates are filtered above.
    if (missing.length > 0) await tx.userRole.createMany({ data: missing });
    // The demo sahabat is on the public list of their kecamatan (a place and times, no phone
    // number: a made-up one could ring someone real). Left alone once it exists.
    const sahabat = users.find((u) => u.email === DEMO_SAHABAT_EMAIL);
    if (sahabat) {
      await tx.sahabatProfile.createMany({ data: [{ userId: sahabat.id, ...DEMO_SAHABAT_PROFILE }], skipDuplicates: true });
    }
    return { total: DEMO_ACCOUNTS.length, created, rolesCreated: missing.length };
  });
}
