// Who may see and act on a complaint: finding one by tracking code and PIN (the PIN checks are
// counted and limited), and the viewer's audiences and access, memoised per request. Everything
// a request reads or writes about a complaint goes through here.
import DataLoader from "dataloader";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Context } from "../../context.ts";
import { normalizeAccessSecret, normalizeTrackingCode } from "../../domain/complaint/tracking-code.ts";
import { type Access, type Audience, audiencesOf, complaintAccess, type ContentVersion, contentVersion, isVerified } from "../../domain/privacy/privacy.ts";
import type { Complaint } from "../../generated/prisma/client.ts";
import { say } from "../../i18n/say.ts";
import { ServiceError } from "./errors.ts";
import { type Attempt, attempt, type Check, keyPart, LIMITS, type RateState, refundAll, waitParams } from "./rate-limit.ts";

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * PIN checks: per client (hard), per signed-in account (hard) and per tracking code (slows down
 * only, so guesses from elsewhere never lock the reporter out). Recorded before the PIN is
 * compared; a right PIN is refunded.
 */
function secretChecks(ctx: Context, code: string): Check[] {
  const client = keyPart(ctx.deps.secretKey, ctx.clientAddress);
  const trusted = ctx.deps.limits.trustedAddresses.has(ctx.clientAddress);
  return [
    ...(trusted ? [] : [{ key: `secret:client:${client}`, limit: LIMITS.secretPerClient }]),
    ...(ctx.viewer ? [{ key: `secret:user:${ctx.viewer.user.id}`, limit: LIMITS.secretPerAccount }] : []),
    { key: `secret:code:${code}`, limit: LIMITS.secretPerCode },
  ];
}

function pinRefusal(ctx: Context, refused: Check, state: RateState): ServiceError {
  ctx.refusedByLimit();
  const wait = waitParams(state.retryAfterMs);
  if (state.slowed) return new ServiceError("RATE_LIMITED", say(ctx, "error.slow_down", wait));
  const key = refused.key.startsWith("secret:code:") ? "error.rate_limited" : "error.rate_limited_client";
  return new ServiceError("RATE_LIMITED", say(ctx, key, wait));
}

/**
 * Finds a complaint by tracking code if this viewer may see it; null otherwise (no hint why).
 * PIN checks are counted whether the code exists or not; past a limit even a right PIN waits,
 * so a PIN cannot be guessed by trying them all.
 */
export async function findComplaintByCode(
  ctx: Context,
  rawCode: string,
  rawSecret: string | null | undefined,
): Promise<Complaint | null> {
  const code = normalizeTrackingCode(rawCode);
  if (!code) return null;
  const secret = rawSecret?.trim() ? (normalizeAccessSecret(rawSecret) ?? "invalid") : null;
  const now = ctx.deps.now();
  let counted: Attempt | null = null;
  if (secret) {
    counted = await attempt(ctx.prisma, secretChecks(ctx, code), now);
    if (!counted.allowed) throw pinRefusal(ctx, counted.refused, counted.state);
  }
  const complaint = await ctx.prisma.complaint.findUnique({ where: { trackingCode: code } });
  if (secret && counted) {
    if (complaint && secret !== "invalid" && secretMatches(secret, complaint.accessSecretHash)) {
      ctx.grants.add(complaint.id);
      await refundAll(ctx.prisma, counted.recorded);
    }
  }
  if (!complaint) return null;
  const access = await accessTo(ctx, complaint);
  return access.visible ? complaint : null;
}

/** What decides how a viewer relates to a complaint. */
export type AudienceRow = Pick<
  Complaint,
  "id" | "reporterId" | "sahabatId" | "relaySahabatId" | "sahabatAccessWithdrawnAt" | "districtCode" | "agencyId"
>;

/** What decides what a viewer may see of it: the relations, the privacy mode and whether it is verified. */
export type AccessRow = AudienceRow & Pick<Complaint, "privacy" | "showReporterName" | "status">;

/** The columns of an AccessRow, for a Prisma `select` (spread into a larger one). */
export const ACCESS_SELECT = {
  id: true,
  reporterId: true,
  sahabatId: true,
  relaySahabatId: true,
  sahabatAccessWithdrawnAt: true,
  districtCode: true,
  agencyId: true,
  privacy: true,
  showReporterName: true,
  status: true,
} as const satisfies Record<keyof AccessRow, true>;

const audienceCache = new WeakMap<Context, Map<string, Promise<Set<Audience>>>>();

/** Drops memoised audiences (after a write, and on every event of a long-lived subscription). */
export function forgetAccess(ctx: Context): void {
  audienceCache.delete(ctx);
}

const copyLoaders = new WeakMap<Context, DataLoader<string, string[]>>();

/**
 * The agencies a complaint was copied to. Rows asked for in the same tick (a page of a list) are
 * looked up in one query; nothing is cached here (audiencesFor memoises, and forgets after writes).
 */
function copiedAgencies(ctx: Context, complaintId: string): Promise<string[]> {
  let loader = copyLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, string[]>(
      async (ids) => {
        const rows = await ctx.prisma.complaintCopy.findMany({
          where: { complaintId: { in: [...ids] } },
          select: { complaintId: true, agencyId: true },
        });
        const byComplaint = new Map<string, string[]>();
        for (const row of rows) byComplaint.set(row.complaintId, [...(byComplaint.get(row.complaintId) ?? []), row.agencyId]);
        return ids.map((id) => byComplaint.get(id) ?? []);
      },
      { cache: false },
    );
    copyLoaders.set(ctx, loader);
  }
  return loader.load(complaintId);
}

/**
 * How this request's viewer relates to one complaint (memoised per request, keyed by every
 * field that decides it). Copies are only looked up for agency officers, the only ones they
 * can concern.
 */
export function audiencesFor(ctx: Context, complaint: AudienceRow): Promise<Set<Audience>> {
  let perRequest = audienceCache.get(ctx);
  if (!perRequest) audienceCache.set(ctx, (perRequest = new Map()));
  const { id, reporterId, sahabatId, relaySahabatId, sahabatAccessWithdrawnAt, districtCode, agencyId } = complaint;
  const withdrawn = sahabatAccessWithdrawnAt?.getTime() ?? "";
  const key = [id, reporterId, sahabatId, relaySahabatId, withdrawn, districtCode, agencyId, ctx.grants.has(id)].join(":");
  let audiences = perRequest.get(key);
  if (!audiences) {
    audiences = (async () => {
      const needsCopies = ctx.viewer?.roles.some((r) => r.role === "AGENCY_OFFICER") ?? false;
      const copiedAgencyIds = needsCopies ? await copiedAgencies(ctx, id) : [];
      return audiencesOf(
        { userId: ctx.viewer?.user.id ?? null, roles: ctx.viewer?.roles ?? [] },
        { reporterId, sahabatId, relaySahabatId, sahabatAccessWithdrawnAt, districtCode, agencyId, copiedAgencyIds },
        ctx.grants.has(id),
      );
    })();
    perRequest.set(key, audiences);
  }
  return audiences;
}

/** What this request's viewer may see of one complaint. */
export async function accessTo(ctx: Context, complaint: AccessRow): Promise<Access> {
  return complaintAccess(await audiencesFor(ctx, complaint), complaint.privacy, complaint.showReporterName, isVerified(complaint.status));
}

/** Which version of the title, story and photos this request's viewer reads: the original, the public (redacted) one, or none. */
export async function versionFor(ctx: Context, complaint: AccessRow): Promise<ContentVersion> {
  return contentVersion(await audiencesFor(ctx, complaint), complaint.privacy, complaint.showReporterName, isVerified(complaint.status));
}
