// The kecamatan dashboard of a sahabat: reads what domain/sahabat/dashboard.ts counts, for each
// kecamatan the sahabat is assigned to, and names the regions and categories in it. Only counts
// and, for overdue complaints, the tracking code, status, category, place and due date leave
// here: no reporter, no story. Rahasia and workshop complaints are not even read. A read, like
// the staff queue, so not audited (the audit trail records writes).
import type { Context } from "../../context.ts";
import type { Calendar } from "../../domain/calendar/working-days.ts";
import {
  countRelays,
  type DashboardComplaint,
  type DistrictSummary,
  monthStart,
  type OverdueComplaint,
  type RelayCount,
  summarizeDistricts,
} from "../../domain/sahabat/dashboard.ts";
import { isOpen, STATUSES } from "../../domain/complaint/status.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { loadCalendar } from "./calendar.ts";

export type Named = { code: string; name: string };

export type DashboardDistrict = Omit<DistrictSummary, "overdue" | "month"> & {
  name: string;
  overdue: Omit<DistrictSummary["overdue"], "complaints"> & {
    complaints: (OverdueComplaint & { categoryName: string | null; districtName: string; villageName: string | null })[];
  };
  month: Omit<DistrictSummary["month"], "byCategory"> & {
    byCategory: { categoryId: string | null; name: string | null; count: number }[];
  };
};

export type SahabatDashboardView = {
  generatedAt: Date;
  /** The first instant of the month "this month's filings" counts from. */
  monthStart: Date;
  /** All the sahabat's open relay tasks, wherever their complaints are. */
  relay: RelayCount;
  districts: DashboardDistrict[];
};

const OPEN = STATUSES.filter(isOpen);

function inAny(codes: readonly string[]): Prisma.ComplaintWhereInput {
  return { OR: codes.flatMap((code) => [{ districtCode: code }, { districtCode: { startsWith: `${code}.` } }]) };
}

/** The kecamatan the signed-in sahabat is assigned to (a wider region assigns all of its own), by name. */
export async function assignedDistricts(ctx: Context): Promise<Named[]> {
  const scopes = (ctx.viewer?.roles ?? []).filter((r) => r.role === "SAHABAT" && r.regionCode).map((r) => r.regionCode!);
  if (scopes.length === 0) return [];
  return ctx.prisma.region.findMany({
    where: { level: "DISTRICT", OR: scopes.map((scope) => ({ OR: [{ code: scope }, { code: { startsWith: `${scope}.` } }] })) },
    select: { code: true, name: true },
    orderBy: [{ name: "asc" }, { code: "asc" }],
  });
}

/** Whether a change to this complaint may move a number on the sahabat's dashboard. */
export async function concernsDashboard(ctx: Context, districts: readonly Named[], complaintId: string): Promise<boolean> {
  const or: Prisma.ComplaintWhereInput[] = [{ sahabatId: ctx.viewer!.user.id }];
  if (districts.length > 0) or.push(inAny(districts.map((d) => d.code)));
  return (await ctx.prisma.complaint.count({ where: { id: complaintId, OR: or } })) > 0;
}

async function readRows(ctx: Context, districts: readonly Named[], since: Date) {
  const where: Prisma.ComplaintWhereInput = {
    AND: [
      inAny(districts.map((d) => d.code)),
      { isSandbox: false, privacy: { not: "CONFIDENTIAL" } },
      { OR: [{ status: { in: OPEN } }, { submittedAt: { gte: since } }] },
    ],
  };
  return ctx.prisma.complaint.findMany({
    where,
    select: {
      trackingCode: true,
      kind: true,
      status: true,
      privacy: true,
      isSandbox: true,
      categoryId: true,
      districtCode: true,
      villageCode: true,
      submittedAt: true,
      verifyDueAt: true,
      followUpDueAt: true,
      closeDueAt: true,
      pausedAt: true,
    },
  });
}

async function readTasks(ctx: Context) {
  const rows = await ctx.prisma.sahabatTask.findMany({
    where: { sahabatId: ctx.viewer!.user.id, status: "OPEN" },
    select: { createdAt: true, notification: { select: { complaint: { select: { districtCode: true } } } } },
  });
  return rows.map((r) => ({ createdAt: r.createdAt, districtCode: r.notification.complaint?.districtCode ?? null }));
}

async function names(ctx: Context, summaries: DistrictSummary[]) {
  const categoryIds = new Set<string>();
  const villageCodes = new Set<string>();
  for (const s of summaries) {
    for (const c of s.month.byCategory) if (c.categoryId) categoryIds.add(c.categoryId);
    for (const o of s.overdue.complaints) {
      if (o.categoryId) categoryIds.add(o.categoryId);
      if (o.villageCode) villageCodes.add(o.villageCode);
    }
  }
  const [categories, villages] = await Promise.all([
    categoryIds.size > 0 ? ctx.prisma.category.findMany({ where: { id: { in: [...categoryIds] } }, select: { id: true, nameId: true, nameEn: true } }) : [],
    villageCodes.size > 0 ? ctx.prisma.region.findMany({ where: { code: { in: [...villageCodes] } }, select: { code: true, name: true } }) : [],
  ]);
  return {
    // Categories are named in the reader's language, as everywhere in the API.
    category: new Map(categories.map((c) => [c.id, ctx.locale === "en" ? c.nameEn : c.nameId])),
    village: new Map(villages.map((v) => [v.code, v.name])),
  };
}

/** The signed-in sahabat's dashboard; the caller has checked the SAHABAT role. */
export async function sahabatDashboard(ctx: Context, districts?: readonly Named[]): Promise<SahabatDashboardView> {
  const now = ctx.deps.now();
  const calendar: Calendar = await loadCalendar(ctx.prisma, now.getTime());
  const since = monthStart(now, calendar);
  const mine = districts ?? (await assignedDistricts(ctx));
  const [rows, tasks] = await Promise.all([mine.length > 0 ? readRows(ctx, mine, since) : [], readTasks(ctx)]);
  const complaints: DashboardComplaint[] = rows;
  const summaries = summarizeDistricts({ districtCodes: mine.map((d) => d.code), complaints, tasks, now, calendar });
  const named = await names(ctx, summaries);
  const districtName = new Map(mine.map((d) => [d.code, d.name]));
  return {
    generatedAt: now,
    monthStart: since,
    relay: countRelays(tasks, now, calendar),
    districts: summaries.map((s) => ({
      ...s,
      name: districtName.get(s.districtCode) ?? s.districtCode,
      overdue: {
        ...s.overdue,
        complaints: s.overdue.complaints.map((o) => ({
          ...o,
          categoryName: o.categoryId ? (named.category.get(o.categoryId) ?? null) : null,
          districtName: districtName.get(o.districtCode) ?? o.districtCode,
          villageName: o.villageCode ? (named.village.get(o.villageCode) ?? null) : null,
        })),
      },
      month: {
        ...s.month,
        byCategory: s.month.byCategory.map((c) => ({ ...c, name: c.categoryId ? (named.category.get(c.categoryId) ?? null) : null })),
      },
    })),
  };
}

/** What the dashboard shows, without the moment it was made: equal when nothing on it changed. */
export function fingerprint(view: SahabatDashboardView): string {
  return JSON.stringify({ relay: view.relay, districts: view.districts });
}
