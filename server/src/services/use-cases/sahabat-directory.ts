// the sahabat directory per kecamatan, and the sahabat's own profile in it. Anyone may
// read the list; it holds only what each sahabat published (domain/sahabat/profile.ts).
import type { Context } from "../../context.ts";
import { enclosingRegions, isWithinRegion } from "../../domain/privacy/privacy.ts";
import { type Profile, type ProfileInput, type PublicSahabat, publicEntry, validateProfile } from "../../domain/sahabat/profile.ts";
import type { RelayCandidate } from "../../domain/sahabat/relay-choice.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { audit } from "./audit.ts";

/** A kecamatan of this installation's regency, with how many sahabat it lists. */
export type DirectoryDistrict = { code: string; name: string; sahabatCount: number };

/** Published profiles of active sahabat whose scope covers one of these kecamatan. */
async function publishedFor(ctx: Context, districtCodes: readonly string[]) {
  // A sahabat scoped to the kecamatan or any region it lies in serves it.
  const scopes = [...new Set(districtCodes.flatMap((code) => enclosingRegions(code)))];
  return ctx.prisma.sahabatProfile.findMany({
    where: {
      published: true,
      user: { disabledAt: null, roles: { some: { role: "SAHABAT", regionCode: { in: scopes } } } },
    },
    select: {
      id: true,
      published: true,
      displayName: true,
      phone: true,
      place: true,
      hours: true,
      user: { select: { roles: { where: { role: "SAHABAT" }, select: { regionCode: true } } } },
    },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
  });
}

const covers = (roles: { regionCode: string | null }[], districtCode: string) =>
  roles.some((r) => isWithinRegion(districtCode, r.regionCode));

/** The kecamatan of the regency, by name, each with the number of sahabat it lists. */
export async function directoryDistricts(ctx: Context): Promise<DirectoryDistrict[]> {
  const districts = await ctx.prisma.region.findMany({
    where: { parentCode: ctx.deps.regencyCode, level: "DISTRICT" },
    select: { code: true, name: true },
    orderBy: { name: "asc" },
  });
  const profiles = await publishedFor(ctx, districts.map((d) => d.code));
  return districts.map((d) => ({ ...d, sahabatCount: profiles.filter((p) => covers(p.user.roles, d.code)).length }));
}

/** One kecamatan's list; null when the code is not a kecamatan of this regency. */
export async function districtDirectory(
  ctx: Context,
  districtCode: string,
): Promise<{ code: string; name: string; sahabat: PublicSahabat[]; relayOffered: boolean } | null> {
  const district = await ctx.prisma.region.findFirst({
    where: { code: districtCode, parentCode: ctx.deps.regencyCode, level: "DISTRICT" },
    select: { code: true, name: true },
  });
  if (!district) return null;
  const [profiles, serving] = await Promise.all([
    publishedFor(ctx, [district.code]),
    ctx.prisma.user.count({ where: servingWhere(district.code) }),
  ]);
  const sahabat = profiles.map((p) => publicEntry(p)).filter((p): p is PublicSahabat => p !== null);
  return { ...district, sahabat, relayOffered: serving > 0 };
}

/** Active sahabat whose scope covers the kecamatan, published or not. */
const servingWhere = (districtCode: string) => ({
  disabledAt: null,
  roles: { some: { role: "SAHABAT" as const, regionCode: { in: enclosingRegions(districtCode) } } },
});

/**
 * The sahabat who could relay for a complaint of this kecamatan, each with their public entry
 * (if published) and how many relay tasks they have open: what chooseRelaySahabat decides on.
 */
export async function relayCandidates(ctx: Context, districtCode: string): Promise<RelayCandidate[]> {
  const users = await ctx.prisma.user.findMany({
    where: servingWhere(districtCode),
    select: {
      id: true,
      sahabatProfile: { select: { id: true, published: true } },
      _count: { select: { sahabatTasks: { where: { status: "OPEN" } } } },
    },
    orderBy: { id: "asc" },
  });
  return users.map((u) => ({
    userId: u.id,
    profileId: u.sahabatProfile?.published ? u.sahabatProfile.id : null,
    openRelays: u._count.sahabatTasks,
  }));
}

export type OwnProfile = Profile & {
  /** Whether a profile was ever saved (false: these are suggestions from the account). */
  saved: boolean;
  /** The kecamatan whose page lists this sahabat once published. */
  districts: { code: string; name: string }[];
};

/** The signed-in sahabat's profile as they last saved it, or a suggestion (their name, unpublished). */
export async function ownProfile(ctx: Context): Promise<OwnProfile> {
  const userId = ctx.viewer!.user.id;
  const [profile, roles] = await Promise.all([
    ctx.prisma.sahabatProfile.findUnique({ where: { userId } }),
    ctx.prisma.userRole.findMany({ where: { userId, role: "SAHABAT", regionCode: { not: null } }, select: { regionCode: true } }),
  ]);
  const scopes = roles.map((r) => r.regionCode!);
  const districts = await ctx.prisma.region.findMany({
    where: { level: "DISTRICT", OR: scopes.map((scope) => ({ OR: [{ code: scope }, { code: { startsWith: `${scope}.` } }] })) },
    select: { code: true, name: true },
    orderBy: { name: "asc" },
  });
  const own = profile
    ? { published: profile.published, displayName: profile.displayName, phone: profile.phone, place: profile.place, hours: profile.hours }
    : { published: false, displayName: ctx.viewer!.user.name, phone: null, place: "", hours: "" };
  return { ...own, saved: profile !== null, districts: scopes.length > 0 ? districts : [] };
}

/** Saves the signed-in sahabat's profile (published or not), audited. */
export async function saveOwnProfile(ctx: Context, input: ProfileInput): Promise<{ ok: true } | { ok: false; issues: FieldIssue[] }> {
  const checked = validateProfile(input);
  if (!checked.ok) return checked;
  const userId = ctx.viewer!.user.id;
  const value = checked.value;
  await ctx.prisma.$transaction(async (tx) => {
    const saved = await tx.sahabatProfile.upsert({ where: { userId }, create: { userId, ...value }, update: value });
    await audit(tx, {
      actorId: userId,
      action: "sahabat.profile.save",
      entityType: "SahabatProfile",
      entityId: saved.id,
      data: { published: value.published, phone: value.phone !== null, place: value.place !== "", hours: value.hours !== "" },
    });
  });
  return { ok: true };
}
