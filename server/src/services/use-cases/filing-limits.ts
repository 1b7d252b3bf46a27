// How many complaints one client, one device and one contact may file, and how a verifier's
// spam mark lowers that. The limits know who is filing: a signed-in sahabat or staff member
// (filing for many residents) or the assisted channel gets TRUSTED_FACTOR times the allowance,
// and a configured trusted address (a workshop room, a sahabat's office) has no per-client
// budget, so a shared village phone or a room of thirty still works while a flood does not.
// Practice filings in a workshop are budgeted per participant and per workshop instead of per
// address: thirty participants on the room's one Wi-Fi file at once, and none of it counts
// against the real residents who share that address.
import type { Context } from "../../context.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import type { Complaint } from "../../generated/prisma/client.ts";
import {
  addSpamMark,
  type Attempt,
  attempt,
  type Check,
  hitMarked,
  keyPart,
  LIMITS,
  type Limit,
  refundAll,
  TRUSTED_FACTOR,
  waitParams,
} from "./rate-limit.ts";

const HELPERS = new Set(["SAHABAT", "VERIFIER", "ADMINISTRATOR", "TRAINER", "AGENCY_OFFICER"]);

export type FilingOrigin = { client: string; device: string | null };

/** The hashed client and device of this request, kept with the filing so a spam mark can find them. */
export function filingOrigin(ctx: Context): FilingOrigin {
  return {
    client: keyPart(ctx.deps.secretKey, ctx.clientAddress),
    device: ctx.deviceId ? keyPart(ctx.deps.secretKey, ctx.deviceId) : null,
  };
}

function contactPart(ctx: Context, contact: { phone?: string | null; email?: string | null }): string | null {
  const value = contact.phone ?? contact.email?.toLowerCase() ?? null;
  return value ? keyPart(ctx.deps.secretKey, value) : null;
}

/** A filing limit a spam mark on `key` divides, counted against `file:<key>`. */
type MarkedCheck = { key: string; base: Limit; factor: number };

/**
 * Counts one filing against each check in order and stops at the first refusal (as `attempt`
 * does), reading each key's spam marks in the statement that counts it.
 */
async function attemptMarked(ctx: Context, checks: readonly MarkedCheck[]): Promise<FilingCount> {
  const now = ctx.deps.now();
  const recorded: Check[] = [];
  for (const check of checks) {
    const key = `file:${check.key}`;
    const state = await hitMarked(ctx.prisma, key, check.key, check.base, check.factor, now);
    recorded.push({ key, limit: check.base });
    if (!state.allowed) {
      ctx.refusedByLimit();
      return { refused: filingRefusal(state.retryAfterMs), recorded };
    }
  }
  return { refused: null, recorded };
}

/** What counting a filing did: the issue to show when refused, and the keys it counted. */
export type FilingCount = { refused: FieldIssue | null; recorded: readonly Check[] };

/** Takes back a filing counted for a request that turned out to be a replay (replays never count). */
export async function refundFiling(ctx: Context, count: FilingCount): Promise<void> {
  await refundAll(ctx.prisma, count.recorded);
}

function counted(ctx: Context, result: Attempt): FilingCount {
  if (result.allowed) return { refused: null, recorded: result.recorded };
  ctx.refusedByLimit();
  return { refused: filingRefusal(result.state.retryAfterMs), recorded: result.recorded };
}

/** What is counted for one filing (see countFiling). */
export type Filing = {
  channel: "WEB" | "ASSISTED";
  phone?: string | null;
  email?: string | null;
  /** A LATIHAN filing by a workshop participant (the caller has checked the participant belongs to the workshop). */
  practice?: { workshopId: string; participantId: string } | null;
  /** Filed through another door (SMS, an Open311 client): counted by that door's own keys instead. */
  door?: DoorBudget | null;
};

/**
 * Records one filing against the client, the device and the contact, then says whether it may
 * go ahead (null) or the field issue to show. Call after validation: a form sent back with a
 * mistake does not count.
 */
export async function recordFiling(ctx: Context, filing: Filing): Promise<FieldIssue | null> {
  return (await countFiling(ctx, filing)).refused;
}

/** recordFiling, also saying which keys it counted (to take them back for a replay). */
export async function countFiling(ctx: Context, filing: Filing): Promise<FilingCount> {
  if (filing.practice) return recordPracticeFiling(ctx, filing.practice);
  if (filing.door) return recordDoorFiling(ctx, filing.door, filing);
  const helper = filing.channel === "ASSISTED" || (ctx.viewer?.roles.some((r) => HELPERS.has(r.role)) ?? false);
  const trustedAddress = ctx.deps.limits.trustedAddresses.has(ctx.clientAddress);
  const factor = helper || trustedAddress ? TRUSTED_FACTOR : 1;
  const origin = filingOrigin(ctx);
  const checks: MarkedCheck[] = [];
  if (!trustedAddress) checks.push({ key: `client:${origin.client}`, base: LIMITS.filingPerClient, factor });
  if (origin.device) checks.push({ key: `device:${origin.device}`, base: LIMITS.filingPerDevice, factor });
  // A sahabat types many residents' numbers, but one resident's number is not filed for all day.
  const contact = helper ? null : contactPart(ctx, filing);
  if (contact) checks.push({ key: `contact:${contact}`, base: LIMITS.filingPerContact, factor });
  return attemptMarked(ctx, checks);
}

/**
 * How a filing through another door is budgeted. Every SMS arrives from the gateway's one
 * address, so the sender's number is the only key that tells residents apart; an Open311 client
 * application files for many residents from its servers, so its API key has its own limit (set
 * by the administrator who issued it) and the contact it names is counted as on the web.
 */
export type DoorBudget = { channel: "SMS" } | { channel: "OPEN311"; clientId: string; limit: Limit };

async function recordDoorFiling(ctx: Context, door: DoorBudget, contact: { phone?: string | null; email?: string | null }): Promise<FilingCount> {
  let count: FilingCount = { refused: null, recorded: [] };
  if (door.channel === "OPEN311") {
    count = counted(ctx, await attempt(ctx.prisma, [{ key: `file:open311:${door.clientId}`, limit: door.limit }], ctx.deps.now()));
    if (count.refused) return count;
  }
  const part = contactPart(ctx, contact);
  if (!part) return count;
  const byContact = await attemptMarked(ctx, [{ key: `contact:${part}`, base: LIMITS.filingPerContact, factor: 1 }]);
  return { refused: byContact.refused, recorded: [...count.recorded, ...byContact.recorded] };
}

/**
 * A practice filing counts against its participant and its workshop only: never against the
 * address the room shares (so the residents behind it keep their whole budget), the device or
 * a contact, and it is never penalised by a spam mark.
 */
export async function recordPracticeFiling(ctx: Context, practice: { workshopId: string; participantId: string }): Promise<FilingCount> {
  const checks: Check[] = [
    { key: `file:practice:participant:${practice.participantId}`, limit: LIMITS.practicePerParticipant },
    { key: `file:practice:workshop:${practice.workshopId}`, limit: LIMITS.practicePerWorkshop },
  ];
  return counted(ctx, await attempt(ctx.prisma, checks, ctx.deps.now()));
}

export function filingRefusal(retryAfterMs: number): FieldIssue {
  return { field: "submit", code: "too_many_filings", params: { minutes: waitParams(retryAfterMs).minutes } };
}

/**
 * A verifier marked this complaint as spam: for a week, the client and device it came from and
 * the contact it named may file only a quarter as much (each further mark quarters it again).
 */
export async function markFilingSpam(ctx: Context, complaint: Complaint): Promise<void> {
  const now = ctx.deps.now();
  const submitted = await ctx.prisma.auditLog.findFirst({
    where: { entityType: "Complaint", entityId: complaint.id, action: "complaint.submit" },
    select: { data: true },
  });
  const origin = (submitted?.data as { origin?: Partial<FilingOrigin> } | null)?.origin;
  const keys = [
    origin?.client ? `client:${origin.client}` : null,
    origin?.device ? `device:${origin.device}` : null,
    (() => {
      const contact = contactPart(ctx, { phone: complaint.reporterPhone, email: complaint.reporterEmail });
      return contact ? `contact:${contact}` : null;
    })(),
  ].filter((k): k is string => k !== null);
  for (const key of keys) await addSpamMark(ctx.prisma, key, now);
}
