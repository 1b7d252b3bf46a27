// Follows: who wants to hear about what. A complaint can be followed by whoever may see it (an
// account with one click, a resident without an account with the code, the PIN and a contact);
// staff and sahabat follow regions and categories within their scope. The reporter hears about
// their own complaint without a row (the notification code treats them as a follower).
import type { Context } from "../../context.ts";
import { type Contact, parseContact } from "../../domain/account/contact.ts";
import { mayFollowAreas, mayFollowRegion } from "../../domain/account/follow.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import type { Complaint } from "../../generated/prisma/client.ts";
import { isUniqueViolation } from "../../db/unique.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { accessTo, findComplaintByCode } from "./complaint-access.ts";
import { ServiceError } from "./errors.ts";

export type FollowTarget = { trackingCode: string; accessSecret?: string | null; contact?: string | null };

export type FollowResult =
  | { ok: true; complaint: Complaint; following: boolean; byDefault: boolean }
  | { ok: false; issues: FieldIssue[] };

/** The reporter's own account hears about the complaint without following it. */
export function followsByDefault(ctx: Context, complaint: Pick<Complaint, "reporterId">): boolean {
  return ctx.viewer !== null && complaint.reporterId === ctx.viewer.user.id;
}

/** Whether the signed-in viewer follows this complaint (a row, or as its reporter). */
export async function isFollowing(ctx: Context, complaint: Pick<Complaint, "id" | "reporterId">): Promise<boolean> {
  if (!ctx.viewer) return false;
  if (followsByDefault(ctx, complaint)) return true;
  const row = await ctx.prisma.follow.findFirst({ where: { userId: ctx.viewer.user.id, complaintId: complaint.id }, select: { id: true } });
  return row !== null;
}

/**
 * The complaint a follow is about, if this viewer may see it. Without an account the PIN must
 * prove it: a public complaint is not followed by anyone who only knows its code, so a stranger
 * cannot sign someone else's phone up for messages about it. Wrong code and wrong PIN answer alike.
 */
async function target(ctx: Context, input: FollowTarget): Promise<{ complaint: Complaint; contact: Contact | null } | { issues: FieldIssue[] }> {
  let contact: Contact | null = null;
  const issues: FieldIssue[] = [];
  if (!ctx.viewer) {
    const parsed = parseContact(input.contact);
    if (parsed.ok) contact = parsed.contact;
    else issues.push(parsed.issue);
    if (!input.accessSecret?.trim()) issues.push({ field: "accessSecret", code: "required" });
    if (issues.length > 0) return { issues };
  }
  const complaint = await findComplaintByCode(ctx, input.trackingCode, input.accessSecret);
  const proven = complaint !== null && (ctx.viewer ? (await accessTo(ctx, complaint)).visible : ctx.grants.has(complaint.id));
  if (!complaint || !proven) {
    if (ctx.viewer && !input.accessSecret) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
    return { issues: [{ field: "accessSecret", code: "no_match" }] };
  }
  return { complaint, contact };
}

export async function followComplaint(ctx: Context, input: FollowTarget): Promise<FollowResult> {
  const found = await target(ctx, input);
  if ("issues" in found) return { ok: false, issues: found.issues };
  const { complaint, contact } = found;
  if (followsByDefault(ctx, complaint)) return { ok: true, complaint, following: true, byDefault: true };
  await addFollow(ctx, complaint, ctx.viewer ? { userId: ctx.viewer.user.id } : { contact: contact! });
  return { ok: true, complaint, following: true, byDefault: false };
}

/**
 * Follows a complaint for a contact its owner has just proven with a one-time code sent to it
 * (support without an account, services/use-cases/support.ts). The code is the proof the PIN is
 * elsewhere: only a caller holding a confirmed code may call this; everyone else goes through
 * followComplaint and its PIN.
 */
export async function followWithConfirmedContact(ctx: Context, complaint: Pick<Complaint, "id">, confirmed: Contact): Promise<void> {
  await addFollow(ctx, complaint, { contact: confirmed }, "confirmed_code");
}

/** Signed in: the account follows (never the reporter's own complaint, which it hears about anyway). */
export async function followAsAccount(ctx: Context, complaint: Pick<Complaint, "id" | "reporterId">): Promise<void> {
  if (!ctx.viewer || followsByDefault(ctx, complaint)) return;
  await addFollow(ctx, complaint, { userId: ctx.viewer.user.id });
}

async function addFollow(
  ctx: Context,
  complaint: Pick<Complaint, "id">,
  who: { userId: string } | { contact: Contact },
  proof: "pin" | "confirmed_code" = "pin",
): Promise<void> {
  const owner = "userId" in who ? { userId: who.userId } : { contact: who.contact.value };
  const existing = await ctx.prisma.follow.findFirst({ where: { ...owner, complaintId: complaint.id }, select: { id: true } });
  if (existing) return;
  try {
    await ctx.prisma.follow.create({ data: { ...owner, complaintId: complaint.id } });
  } catch (error) {
    // The same follow sent twice at once: one row is enough.
    if (!isUniqueViolation(error)) throw error;
  }
  await audit(ctx.prisma, {
    actorId: ctx.viewer?.user.id ?? null,
    action: "complaint.follow",
    entityType: "Complaint",
    entityId: complaint.id,
    data: "userId" in who ? { by: "account" } : { by: who.contact.kind, ...(proof === "confirmed_code" ? { proof } : {}) },
  });
}

export async function unfollowComplaint(ctx: Context, input: FollowTarget): Promise<FollowResult> {
  const found = await target(ctx, input);
  if ("issues" in found) return { ok: false, issues: found.issues };
  const { complaint, contact } = found;
  const owner = ctx.viewer ? { userId: ctx.viewer.user.id } : { contact: contact!.value };
  const { count } = await ctx.prisma.follow.deleteMany({ where: { ...owner, complaintId: complaint.id } });
  if (count > 0) {
    await audit(ctx.prisma, {
      actorId: ctx.viewer?.user.id ?? null,
      action: "complaint.unfollow",
      entityType: "Complaint",
      entityId: complaint.id,
      data: { by: ctx.viewer ? "account" : contact!.kind },
    });
  }
  const byDefault = followsByDefault(ctx, complaint);
  return { ok: true, complaint, following: byDefault, byDefault };
}

// ───────────────────────────── regions and categories ─────────────────────────────

export type AreaOption = { code: string; name: string; following: boolean };
export type AreaFollows = { regions: AreaOption[]; categories: { id: string; name: string; following: boolean }[] };

async function agencyRegions(ctx: Context): Promise<Map<string, string | null>> {
  const ids = (ctx.viewer?.roles ?? []).map((r) => r.agencyId).filter((id): id is string => id !== null);
  if (ids.length === 0) return new Map();
  const agencies = await ctx.prisma.agency.findMany({ where: { id: { in: ids } }, select: { id: true, regionCode: true } });
  return new Map(agencies.map((a) => [a.id, a.regionCode]));
}

function requireAreaRole(ctx: Context): NonNullable<Context["viewer"]> {
  const viewer = ctx.viewer;
  if (!viewer) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "error.unauthenticated"));
  if (!mayFollowAreas(viewer.roles)) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "error.forbidden"));
  return viewer;
}

/** The kecamatan this viewer may follow (within their scope) and every active category, with what they follow now. */
export async function areaFollows(ctx: Context): Promise<AreaFollows> {
  const viewer = requireAreaRole(ctx);
  const [districts, categories, follows, agencies] = await Promise.all([
    ctx.prisma.region.findMany({ where: { level: "DISTRICT", parentCode: ctx.deps.regencyCode }, select: { code: true, name: true }, orderBy: { name: "asc" } }),
    ctx.prisma.category.findMany({ where: { active: true }, select: { id: true, nameId: true, nameEn: true }, orderBy: [{ sortOrder: "asc" }, { nameId: "asc" }] }),
    ctx.prisma.follow.findMany({ where: { userId: viewer.user.id, complaintId: null }, select: { regionCode: true, categoryId: true } }),
    agencyRegions(ctx),
  ]);
  const regions = new Set(follows.map((f) => f.regionCode).filter(Boolean));
  const cats = new Set(follows.map((f) => f.categoryId).filter(Boolean));
  return {
    regions: districts
      .filter((d) => mayFollowRegion(viewer.roles, d.code, agencies))
      .map((d) => ({ code: d.code, name: d.name, following: regions.has(d.code) })),
    categories: categories.map((c) => ({
      id: c.id,
      name: ctx.locale === "en" ? c.nameEn : c.nameId,
      following: cats.has(c.id),
    })),
  };
}

/** Replaces the viewer's region and category follows with the ticked ones (one form, one save). */
export async function setAreaFollows(
  ctx: Context,
  input: { regionCodes: readonly string[]; categoryIds: readonly string[] },
): Promise<{ ok: true; follows: AreaFollows } | { ok: false; issues: FieldIssue[] }> {
  const viewer = requireAreaRole(ctx);
  const options = await areaFollows(ctx);
  const regionCodes = [...new Set(input.regionCodes)];
  const categoryIds = [...new Set(input.categoryIds)];
  const issues: FieldIssue[] = [];
  // Outside the scope, or not a real choice: refused, never silently dropped.
  if (regionCodes.some((code) => !options.regions.some((r) => r.code === code))) issues.push({ field: "regionCodes", code: "invalid_choice" });
  if (categoryIds.some((id) => !options.categories.some((c) => c.id === id))) issues.push({ field: "categoryIds", code: "invalid_choice" });
  if (issues.length > 0) return { ok: false, issues };
  await ctx.prisma.$transaction(async (tx) => {
    await tx.follow.deleteMany({
      where: {
        userId: viewer.user.id,
        complaintId: null,
        OR: [
          { regionCode: { not: null, notIn: regionCodes } },
          { categoryId: { not: null, notIn: categoryIds } },
        ],
      },
    });
    await tx.follow.createMany({
      data: [
        ...regionCodes.map((regionCode) => ({ userId: viewer.user.id, regionCode })),
        ...categoryIds.map((categoryId) => ({ userId: viewer.user.id, categoryId })),
      ],
      skipDuplicates: true,
    });
    await audit(tx, {
      actorId: viewer.user.id,
      action: "follow.areas",
      entityType: "User",
      entityId: viewer.user.id,
      data: { regionCodes, categoryIds },
    });
  });
  return { ok: true, follows: await areaFollows(ctx) };
}
