// Staff queues: what is waiting for this person, within their scopes, soonest deadline first.
// Workshop (LATIHAN) complaints never appear in real queues.
import type { Context } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/**
 * The complaints a sahabat filed or relays, while the resident has not withdrawn their access
 * (the privacy rules' SAHABAT_FILER and SAHABAT_RELAY).
 */
export function ownAsSahabat(userId: string): Prisma.ComplaintWhereInput[] {
  return [
    { sahabatId: userId, sahabatAccessWithdrawnAt: null },
    { relaySahabatId: userId, sahabatAccessWithdrawnAt: null },
  ];
}

export type QueueFilter = {
  regionCode?: string | null;
  categoryId?: string | null;
  status?: Prisma.ComplaintWhereInput["status"] | null;
  kind?: Prisma.ComplaintWhereInput["kind"] | null;
  /** How it came in; staff only (a sahabat's queue ignores it: the channel is for staff and the figures). */
  channel?: Prisma.ComplaintWhereInput["channel"] | null;
  overdueOnly?: boolean | null;
};

const STAFF_ROLES = new Set(["VERIFIER", "AGENCY_OFFICER", "ADMINISTRATOR"]);

const VERIFIER_STATUSES = ["SUBMITTED", "VERIFIED", "POSTPONED", "NOT_OUR_AUTHORITY"] as const;
const AGENCY_STATUSES = ["DISPOSED", "IN_PROGRESS"] as const;
const FINAL = ["CLOSED", "OUT_OF_SCOPE", "REJECTED", "ARCHIVED"] as const;

function inRegion(code: string): Prisma.ComplaintWhereInput {
  return { OR: [{ districtCode: code }, { districtCode: { startsWith: `${code}.` } }] };
}

/** The complaints this viewer's roles put in their queue; `null` when they have no staff role. */
export function queueWhere(ctx: Context, filter: QueueFilter = {}): Prisma.ComplaintWhereInput | null {
  if (!ctx.viewer) return null;
  const scopes: Prisma.ComplaintWhereInput[] = [];
  for (const role of ctx.viewer?.roles ?? []) {
    if (role.role === "VERIFIER" && role.regionCode) {
      scopes.push({ AND: [inRegion(role.regionCode), { status: { in: [...VERIFIER_STATUSES] } }] });
    }
    if (role.role === "AGENCY_OFFICER" && role.agencyId) {
      scopes.push({ agencyId: role.agencyId, status: { in: [...AGENCY_STATUSES] } });
    }
    if (role.role === "SAHABAT" && role.regionCode) {
      // A sahabat follows what happens in their kecamatan: what anyone may read there, and what
      // they filed for someone (confidential included, which they may see as its filer).
      scopes.push({
        AND: [
          inRegion(role.regionCode),
          { status: { notIn: [...FINAL] } },
          { OR: [{ privacy: { not: "CONFIDENTIAL" } }, ...ownAsSahabat(ctx.viewer!.user.id)] },
        ],
      });
    }
    if (role.role === "SAHABAT") scopes.push({ OR: ownAsSahabat(ctx.viewer!.user.id), status: { notIn: [...FINAL] } });
    if (role.role === "ADMINISTRATOR") scopes.push({ escalatedAt: { not: null }, status: { notIn: [...FINAL] } });
  }
  if (scopes.length === 0) return null;
  const now = ctx.deps.now();
  const and: Prisma.ComplaintWhereInput[] = [{ OR: scopes }, { isSandbox: false }];
  if (filter.regionCode) and.push(inRegion(filter.regionCode));
  if (filter.categoryId) and.push({ categoryId: filter.categoryId });
  if (filter.status) and.push({ status: filter.status });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.channel && ctx.viewer.roles.some((r) => STAFF_ROLES.has(r.role))) and.push({ channel: filter.channel });
  if (filter.overdueOnly) {
    and.push({
      OR: [
        // The verifier's clock runs until the complaint reaches an agency (never while postponed).
        { status: { in: ["SUBMITTED", "VERIFIED", "NOT_OUR_AUTHORITY"] }, pausedAt: null, verifyDueAt: { lt: now } },
        { status: { in: [...AGENCY_STATUSES] }, followUpDueAt: { lt: now } },
      ],
    });
  }
  return { AND: and };
}

export const QUEUE_ORDER: Prisma.ComplaintOrderByWithRelationInput[] = [
  { followUpDueAt: { sort: "asc", nulls: "last" } },
  { verifyDueAt: { sort: "asc", nulls: "last" } },
  { submittedAt: "asc" },
  // A stable order for equal deadlines, so pages never repeat or skip a complaint.
  { id: "asc" },
];

export { currentDeadline } from "../../domain/complaint/deadline.ts";
