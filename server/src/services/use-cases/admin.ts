// The administrator's writes: staff accounts and roles, agencies, categories and routing,
// holidays. Each checks with the pure rules in domain/admin, writes in one transaction and
// records an audit entry. Authorization is the schema's (role ADMINISTRATOR on every field).
import type { Context } from "../../context.ts";
import { hashPassword } from "../../auth/password.ts";
import { localDate, WITA_OFFSET_MINUTES } from "../../domain/calendar/working-days.ts";
import {
  type AdminIssue,
  type GrantInput,
  type HolidayInput,
  type AgencyInput,
  type CategoryInput,
  type StaffAccountInput,
  selfLockout,
  slugify,
  validateAgency,
  validateCategory,
  validateGrant,
  validateHoliday,
  validateRoute,
  validateStaffAccount,
} from "../../domain/admin/admin.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { isUniqueViolation } from "../../db/unique.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { referenceDataChanged } from "./reference-data.ts";
import { ServiceError } from "./errors.ts";
import { requireFreshSecondFactor } from "./second-factor.ts";

export type AdminResult<T> = { ok: true; value: T } | { ok: false; issues: AdminIssue[] };

const actor = (ctx: Context) => ctx.viewer!.user.id;
const notFound = (ctx: Context) => new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));

/** Whether a code is the regency itself or one of its kecamatan (the scopes staff can have). */
export async function regionInRegency(prisma: PrismaClient, regencyCode: string, code: string | null | undefined): Promise<boolean> {
  if (!code) return false;
  if (code === regencyCode) return true;
  const region = await prisma.region.findUnique({ where: { code }, select: { parentCode: true } });
  return region?.parentCode === regencyCode;
}

// ───────────────────────────── accounts and roles ─────────────────────────────

export async function createStaffAccount(ctx: Context, input: StaffAccountInput): Promise<AdminResult<{ id: string }>> {
  const validated = validateStaffAccount(input);
  if (!validated.ok) return validated;
  const { name, email, phone, password } = validated.value;
  const issues: AdminIssue[] = [];
  const [emailTaken, phoneTaken] = await Promise.all([
    email ? ctx.prisma.user.count({ where: { email } }) : 0,
    phone ? ctx.prisma.user.count({ where: { phone } }) : 0,
  ]);
  if (emailTaken) issues.push({ field: "accountEmail", code: "taken" });
  if (phoneTaken) issues.push({ field: "accountPhone", code: "taken" });
  if (issues.length > 0) return { ok: false, issues };
  const passwordHash = await hashPassword(password);
  try {
    const user = await ctx.prisma.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { name, email, phone, passwordHash, locale: "id" } });
      // The password is never recorded, not even hashed, in the audit trail.
      await audit(tx, { actorId: actor(ctx), action: "admin.account.create", entityType: "User", entityId: created.id, data: { name, email, phone } });
      return created;
    });
    return { ok: true, value: { id: user.id } };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const field = isUniqueViolation(error, "phone") ? "accountPhone" : "accountEmail";
      return { ok: false, issues: [{ field, code: "taken" }] };
    }
    throw error;
  }
}

export async function grantRole(ctx: Context, userId: string, input: GrantInput): Promise<AdminResult<{ id: string }>> {
  // Changing who holds which powers wants an authenticator code typed in the last few minutes.
  const stale = requireFreshSecondFactor(ctx);
  if (stale) return { ok: false, issues: [stale] };
  const user = await ctx.prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw notFound(ctx);
  const agencyId = input.agencyId?.trim() || null;
  const [inRegency, agency] = await Promise.all([
    regionInRegency(ctx.prisma, ctx.deps.regencyCode, input.regionCode?.trim()),
    agencyId ? ctx.prisma.agency.findUnique({ where: { id: agencyId }, select: { active: true, isSandbox: true } }) : null,
  ]);
  const validated = validateGrant(input, { regionInRegency: inRegency, agency });
  if (!validated.ok) return validated;
  const grant = validated.value;
  // NULLs never collide in a unique index: look for the same grant before adding it.
  const existing = await ctx.prisma.userRole.findFirst({ where: { userId, ...grant } });
  if (existing) return { ok: false, issues: [{ field: "grantRole", code: "taken" }] };
  await ctx.prisma.$transaction(async (tx) => {
    const created = await tx.userRole.create({ data: { userId, ...grant } });
    await audit(tx, { actorId: actor(ctx), action: "admin.role.grant", entityType: "User", entityId: userId, data: { grantId: created.id, ...grant } });
  });
  return { ok: true, value: { id: userId } };
}

export async function revokeRole(ctx: Context, grantId: string): Promise<AdminResult<{ id: string }>> {
  const stale = requireFreshSecondFactor(ctx);
  if (stale) return { ok: false, issues: [stale] };
  const grant = await ctx.prisma.userRole.findUnique({ where: { id: grantId } });
  if (!grant) throw notFound(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const remainingAdminGrants = await tx.userRole.count({ where: { userId: grant.userId, role: "ADMINISTRATOR", id: { not: grant.id } } });
    const lockout = selfLockout({ kind: "revoke", grantRole: grant.role, remainingAdminGrants }, actor(ctx), grant.userId);
    if (lockout) return { ok: false as const, issues: [lockout] };
    await tx.userRole.delete({ where: { id: grant.id } });
    await audit(tx, {
      actorId: actor(ctx),
      action: "admin.role.revoke",
      entityType: "User",
      entityId: grant.userId,
      data: { grantId: grant.id, role: grant.role, regionCode: grant.regionCode, agencyId: grant.agencyId },
    });
    return { ok: true as const, value: { id: grant.userId } };
  });
}

/** Disabling an account ends all its sessions at once (revokedAt), so it is signed out everywhere. */
export async function setAccountDisabled(ctx: Context, userId: string, disabled: boolean): Promise<AdminResult<{ id: string }>> {
  const user = await ctx.prisma.user.findUnique({ where: { id: userId }, select: { id: true, disabledAt: true } });
  if (!user) throw notFound(ctx);
  if (disabled) {
    const lockout = selfLockout({ kind: "disable" }, actor(ctx), userId);
    if (lockout) return { ok: false, issues: [lockout] };
  }
  const now = ctx.deps.now();
  await ctx.prisma.$transaction(async (tx) => {
    let revoked = 0;
    if (disabled) {
      if (!user.disabledAt) await tx.user.update({ where: { id: userId }, data: { disabledAt: now } });
      revoked = (await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } })).count;
    } else if (user.disabledAt) {
      await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
    }
    await audit(tx, {
      actorId: actor(ctx),
      action: disabled ? "admin.account.disable" : "admin.account.enable",
      entityType: "User",
      entityId: userId,
      data: disabled ? { sessionsRevoked: revoked } : undefined,
    });
  });
  return { ok: true, value: { id: userId } };
}

// ───────────────────────────── agencies ─────────────────────────────

export async function saveAgency(ctx: Context, id: string | null, input: AgencyInput): Promise<AdminResult<{ id: string }>> {
  const validated = validateAgency(input);
  if (!validated.ok) return validated;
  const values = validated.value;
  if (id) {
    const existing = await ctx.prisma.agency.findUnique({ where: { id } });
    if (!existing) throw notFound(ctx);
    await ctx.prisma.$transaction(async (tx) => {
      await tx.agency.update({ where: { id }, data: values });
      await audit(tx, { actorId: actor(ctx), action: "admin.agency.update", entityType: "Agency", entityId: id, data: values });
    });
    await referenceDataChanged(ctx.deps);
    return { ok: true, value: { id } };
  }
  const slug = await freeSlug(ctx.prisma, "agency", slugify(values.shortName || values.name));
  const created = await ctx.prisma.$transaction(async (tx) => {
    // New agencies are real agencies of this regency; workshop agencies come only from the seed.
    const agency = await tx.agency.create({ data: { ...values, slug, regionCode: ctx.deps.regencyCode, isSandbox: false } });
    await audit(tx, { actorId: actor(ctx), action: "admin.agency.create", entityType: "Agency", entityId: agency.id, data: values });
    return agency;
  });
  await referenceDataChanged(ctx.deps);
  return { ok: true, value: { id: created.id } };
}

async function freeSlug(prisma: PrismaClient, model: "agency" | "category", base: string): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken = model === "agency" ? await prisma.agency.count({ where: { slug } }) : await prisma.category.count({ where: { slug } });
    if (!taken) return slug;
  }
  return `${base}-${Date.now()}`;
}

// ───────────────────────────── categories and routing ─────────────────────────────

export async function saveCategory(ctx: Context, id: string | null, input: CategoryInput): Promise<AdminResult<{ id: string }>> {
  const validated = validateCategory(input);
  if (!validated.ok) return validated;
  const values = validated.value;
  if (id) {
    const existing = await ctx.prisma.category.findUnique({ where: { id } });
    if (!existing) throw notFound(ctx);
    await ctx.prisma.$transaction(async (tx) => {
      await tx.category.update({ where: { id }, data: values });
      await audit(tx, { actorId: actor(ctx), action: "admin.category.update", entityType: "Category", entityId: id, data: values });
    });
    await referenceDataChanged(ctx.deps);
    return { ok: true, value: { id } };
  }
  const slug = await freeSlug(ctx.prisma, "category", slugify(values.nameId));
  const last = await ctx.prisma.category.aggregate({ _max: { sortOrder: true } });
  const created = await ctx.prisma.$transaction(async (tx) => {
    const category = await tx.category.create({ data: { ...values, slug, sortOrder: (last._max.sortOrder ?? 0) + 10 } });
    await audit(tx, { actorId: actor(ctx), action: "admin.category.create", entityType: "Category", entityId: category.id, data: values });
    return category;
  });
  await referenceDataChanged(ctx.deps);
  return { ok: true, value: { id: created.id } };
}

/** Sets who handles a category in a region (or regency-wide): replaces the rule for that place. */
export async function saveCategoryRoute(
  ctx: Context,
  categoryId: string,
  input: { regionCode?: string | null; agencyId?: string | null },
): Promise<AdminResult<{ id: string }>> {
  const category = await ctx.prisma.category.findUnique({ where: { id: categoryId }, select: { id: true } });
  if (!category) throw notFound(ctx);
  const agencyId = input.agencyId?.trim() || null;
  const [inRegency, agency] = await Promise.all([
    regionInRegency(ctx.prisma, ctx.deps.regencyCode, input.regionCode?.trim()),
    agencyId ? ctx.prisma.agency.findUnique({ where: { id: agencyId }, select: { active: true, isSandbox: true } }) : null,
  ]);
  const validated = validateRoute(input, { regionInRegency: inRegency, agency });
  if (!validated.ok) return validated;
  const { regionCode } = validated.value;
  await ctx.prisma.$transaction(async (tx) => {
    const existing = await tx.categoryRoute.findFirst({ where: { categoryId, regionCode } });
    const route = existing
      ? await tx.categoryRoute.update({ where: { id: existing.id }, data: { agencyId: validated.value.agencyId } })
      : await tx.categoryRoute.create({ data: { categoryId, regionCode, agencyId: validated.value.agencyId } });
    await audit(tx, {
      actorId: actor(ctx),
      action: "admin.route.save",
      entityType: "Category",
      entityId: categoryId,
      data: { routeId: route.id, regionCode, agencyId: validated.value.agencyId, previousAgencyId: existing?.agencyId ?? null },
    });
  });
  await referenceDataChanged(ctx.deps);
  return { ok: true, value: { id: categoryId } };
}

export async function removeCategoryRoute(ctx: Context, routeId: string): Promise<AdminResult<{ id: string }>> {
  const route = await ctx.prisma.categoryRoute.findUnique({ where: { id: routeId } });
  if (!route) throw notFound(ctx);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.categoryRoute.delete({ where: { id: routeId } });
    await audit(tx, {
      actorId: actor(ctx),
      action: "admin.route.remove",
      entityType: "Category",
      entityId: route.categoryId,
      data: { routeId, regionCode: route.regionCode, agencyId: route.agencyId },
    });
  });
  await referenceDataChanged(ctx.deps);
  return { ok: true, value: { id: route.categoryId } };
}

// ───────────────────────────── holidays ─────────────────────────────

const dateOnly = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Adds a holiday, or changes one (`originalDate` is the date it had). New deadlines use the
 * change at once (every instance's copy of the calendar is dropped through the event bus,
 * reference-data.ts); deadlines already set are not recalculated.
 */
export async function saveHoliday(ctx: Context, originalDate: string | null, input: HolidayInput): Promise<AdminResult<{ date: string }>> {
  const date = input.date?.trim() ?? "";
  const original = originalDate ? await ctx.prisma.holiday.findUnique({ where: { date: dateOnly(originalDate) } }).catch(() => null) : null;
  if (originalDate && !original) throw notFound(ctx);
  const other = /^\d{4}-\d{2}-\d{2}$/.test(date) && date !== originalDate
    ? await ctx.prisma.holiday.count({ where: { date: dateOnly(date) } }).catch(() => 0)
    : 0;
  const today = localDate(ctx.deps.now(), WITA_OFFSET_MINUTES);
  const validated = validateHoliday(input, { taken: other > 0, today });
  if (!validated.ok) return validated;
  const { nameId, nameEn, kind } = validated.value;
  try {
    await ctx.prisma.$transaction(async (tx) => {
      if (original && originalDate !== validated.value.date) {
        await tx.holiday.delete({ where: { date: original.date } });
        await tx.holiday.create({ data: { date: dateOnly(validated.value.date), nameId, nameEn, kind } });
      } else if (original) {
        await tx.holiday.update({ where: { date: original.date }, data: { nameId, nameEn, kind } });
      } else {
        await tx.holiday.create({ data: { date: dateOnly(validated.value.date), nameId, nameEn, kind } });
      }
      await audit(tx, {
        actorId: actor(ctx),
        action: original ? "admin.holiday.update" : "admin.holiday.create",
        entityType: "Holiday",
        entityId: validated.value.date,
        data: { ...validated.value, previousDate: originalDate ?? null, past: validated.value.date < today },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, issues: [{ field: "holidayDate", code: "taken" }] };
    throw error;
  }
  await referenceDataChanged(ctx.deps);
  return { ok: true, value: { date: validated.value.date } };
}

export async function removeHoliday(ctx: Context, date: string): Promise<AdminResult<{ date: string }>> {
  const holiday = /^\d{4}-\d{2}-\d{2}$/.test(date) ? await ctx.prisma.holiday.findUnique({ where: { date: dateOnly(date) } }).catch(() => null) : null;
  if (!holiday) throw notFound(ctx);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.holiday.delete({ where: { date: holiday.date } });
    await audit(tx, {
      actorId: actor(ctx),
      action: "admin.holiday.remove",
      entityType: "Holiday",
      entityId: date,
      data: { nameId: holiday.nameId, nameEn: holiday.nameEn, kind: holiday.kind },
    });
  });
  await referenceDataChanged(ctx.deps);
  return { ok: true, value: { date } };
}
