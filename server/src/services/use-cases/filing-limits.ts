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
  attempt,
  type Check,
  keyPart,
  LIMITS,
  type Limit,
  scaled,
  SPAM_DIVISOR,
  spamMarks,
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

async function penalised(ctx: Context, key: string, limit: Limit, factor: number): Promise<Check> {
  const marks = await spamMarks(ctx.prisma, key, ctx.deps.now());
  return { key: `file:${key}`, limit: scaled(limit, factor / SPAM_DIVISOR ** Math.min(marks, 6)) };
}

/**
 * Records one filing against the client, the device and the contact, then says whether it may
 * go ahead (null) or the field issue to show. Call after validation: a form sent back with a
 * mistake does not count.
 */
export async function recordFiling(
  ctx: Context,
  filing: {
    channel: "WEB" | "ASSISTED";
    phone?: string | null;
    email?: string | null;
    /** A LATIHAN filing by a workshop participant (the caller has checked the participant belongs to the workshop). */
    practice?: { workshopId: string; participantId: string } | null;
    /** Filed through another door (SMS, an Open311 client): counted by that door's own keys instead. */
    door?: DoorBudget | null;
  },
): Promise<FieldIssue | null> {
  if (filing.practice) return recordPracticeFiling(ctx, filing.practice);
  if (filing.door) return recordDoorFiling(ctx, filing.door, filing);
  const helper = filing.channel === "ASSISTED" || (ctx.viewer?.roles.some((r) => HELPERS.has(r.role)) ?? false);
  const trustedAddress = ctx.deps.limits.trustedAddresses.has(ctx.clientAddress);
  const factor = helper || trustedAddress ? TRUSTED_FACTOR : 1;
  const origin = filingOrigin(ctx);
  const checks: Check[] = [];
  if (!trustedAddress) {
    checks.push(await penalised(ctx, `client:${origin.client}`, LIMITS.filingPerClient, factor));
  }
  if (origin.device) checks.push(await penalised(ctx, `device:${origin.device}`, LIMITS.filingPerDevice, factor));
  // A sahabat types many residents' numbers, but one resident's number is not filed for all day.
  const contact = helper ? null : contactPart(ctx, filing);
  if (contact) checks.push(await penalised(ctx, `contact:${contact}`, LIMITS.filingPerContact, factor));
  const counted = await attempt(ctx.prisma, checks, ctx.deps.now());
  if (counted.allowed) return null;
  ctx.refusedByLimit();
  return filingRefusal(counted.state.retryAfterMs);
}

/**
 * How a filing through another door is budgeted. Every SMS arrives from the gateway's one
 * address, so the sender's number is the only key that tells residents apart; an Open311 client
 * application files for many residents from its servers, so its API key has its own limit (set
 * by the administrator who issued it) and the contact it names is counted as on the web.
 */
export type DoorBudget = { channel: "SMS" } | { channel: "OPEN311"; clientId: string; limit: Limit };

async function recordDoorFiling(ctx: Context, door: DoorBudget, contact: { phone?: string | null; email?: string | null }): Promise<FieldIssue | null> {
  const checks: Check[] = [];
  if (door.channel === "OPEN311") checks.push({ key: `file:open311:${door.clientId}`, limit: door.limit });
  const part = contactPart(ctx, contact);
  if (part) checks.push(await penalised(ctx, `contact:${part}`, LIMITS.filingPerContact, 1));
  const counted = await attempt(ctx.prisma, checks, ctx.deps.now());
  if (counted.allowed) return null;
  ctx.refusedByLimit();
  return filingRefusal(counted.state.retryAfterMs);
}

/**
 * A practice filing counts against its participant and its workshop only: never against the
 * address the room shares (so the residents behind it keep their whole budget), the device or
 * a contact, and it is never penalised by a spam mark.
 */
export async function recordPracticeFiling(ctx: Context, practice: { workshopId: string; participantId: string }): Promise<FieldIssue | null> {
  const checks: Check[] = [
    { key: `file:practice:participant:${practice.participantId}`, limit: LIMITS.practicePerParticipant },
    { key: `file:practice:workshop:${practice.workshopId}`, limit: LIMITS.practicePerWorkshop },
  ];
  const counted = await attempt(ctx.prisma, checks, ctx.deps.now());
  if (counted.allowed) return null;
  ctx.refusedByLimit();
  return filingRefusal(counted.state.retryAfterMs);
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
