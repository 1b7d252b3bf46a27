// "Saya juga mengalami": people add their support to a public complaint, counted once per person.
// With an account, one click (Support.userId). Without one, a phone number or e-mail address
// that receives a one-time code (domain/account/one-time-code.ts); once the code is given back,
// the contact counts as one person (Support.contactHash, a keyed hash: the raw contact is never
// kept on the support). Complaint.supportCount moves in the same transaction as the Support row,
// and only when a row was really made: the unique constraints decide, so two clicks at once
// count once. Who may support at all is privacy's `supportRefusal`.
//
// Abuse limits: codes per contact per day and per client per hour, supports per client per hour
// (LIMITS in rate-limit.ts); the outbox's SMS and e-mail caps per contact apply on top.
// Optionally the supporter also follows the complaint: the account, or the confirmed contact
// (the code proves the contact is theirs, as the PIN does for followComplaint).
import { randomInt } from "node:crypto";
import type { Context } from "../../context.ts";
import { type Contact, contactHash, parseContact } from "../../domain/account/contact.ts";
import { writeCodeMessage } from "./contact-codes.ts";
import { hashOneTimeCode, isCodeUsable, makeOneTimeCode, ONE_TIME_CODE, oneTimeCodeMatches, readCodeAnswer } from "../../domain/account/one-time-code.ts";
import { type SupportRefusal, supportRefusal } from "../../domain/privacy/privacy.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import type { Complaint } from "../../generated/prisma/client.ts";
import { isUniqueViolation } from "../../db/unique.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { accessTo, findComplaintByCode } from "./complaint-access.ts";
import { ServiceError } from "./errors.ts";
import { followAsAccount, followWithConfirmedContact } from "./follows.ts";
import { perClient, refusedByLimit as refused } from "./client-limits.ts";
import { attempt, keyPart, LIMITS } from "./rate-limit.ts";

export type SupportResult =
  | { ok: true; complaint: Complaint; supportCount: number; counted: boolean; following: boolean }
  | { ok: false; issues: FieldIssue[] };

export type CodeRequestResult = { ok: true; via: Contact["kind"] } | { ok: false; issues: FieldIssue[] };

const purposeOf = (complaintId: string) => `support:${complaintId}`;
const codeScope = (purpose: string, hash: string) => `${purpose}:${hash}`;

/**
 * The complaint if this viewer may support it now; otherwise why not, as a field issue. A code
 * that does not exist and a complaint the viewer may not even see answer as "not public", so the
 * answer says nothing a stranger could not read on the tracking page.
 */
async function supportable(ctx: Context, trackingCode: string): Promise<{ complaint: Complaint } | { issues: FieldIssue[] }> {
  const complaint = await findComplaintByCode(ctx, trackingCode, null);
  if (!complaint) return { issues: [{ field: "support", code: "not_public" }] };
  const refusal = supportRefusal(await accessTo(ctx, complaint), complaint);
  if (refusal) return { issues: [{ field: "support", code: refusal.toLowerCase() as Lowercase<SupportRefusal> }] };
  return { complaint };
}

/** The one-time code was spent by another request in the meantime. */
class AlreadySpent extends Error {}

/**
 * Makes the Support row and moves the count with it, in one transaction that also spends the
 * one-time code when there is one (so a code given back twice at once counts once and the second
 * answer already sees the first's row). "already": this person was counted before; "spent":
 * another request used the code first.
 */
async function record(
  ctx: Context,
  complaint: Complaint,
  who: { userId: string } | { contact: Contact; codeId: string },
): Promise<"counted" | "already" | "spent"> {
  const now = ctx.deps.now();
  const owner = "userId" in who ? { userId: who.userId } : { contactHash: contactHash(ctx.deps.secretKey, who.contact) };
  try {
    await ctx.prisma.$transaction(async (tx) => {
      if ("codeId" in who) {
        const { count } = await tx.contactCode.updateMany({ where: { id: who.codeId, usedAt: null }, data: { usedAt: now } });
        if (count === 0) throw new AlreadySpent();
      }
      await tx.support.create({ data: { complaintId: complaint.id, ...owner, createdAt: now } });
      // Raw, so supporting does not touch the complaint's updatedAt (nothing about it changed).
      await tx.$executeRaw`UPDATE "Complaint" SET "supportCount" = "supportCount" + 1 WHERE "id" = ${complaint.id}`;
      await audit(tx, {
        actorId: ctx.viewer?.user.id ?? null,
        action: "complaint.support",
        entityType: "Complaint",
        entityId: complaint.id,
        data: { by: "userId" in who ? "account" : who.contact.kind },
      });
    });
    return "counted";
  } catch (error) {
    if (error instanceof AlreadySpent) return "spent";
    // Counted already (another click, the same contact written differently, two at once).
    if (!isUniqueViolation(error)) throw error;
    if ("codeId" in who) await ctx.prisma.contactCode.updateMany({ where: { id: who.codeId, usedAt: null }, data: { usedAt: now } });
    return "already";
  }
}

/** Whether this contact (its hash) supports the complaint. */
async function counted(ctx: Context, complaintId: string, hash: string): Promise<boolean> {
  const row = await ctx.prisma.support.findUnique({ where: { complaintId_contactHash: { complaintId, contactHash: hash } }, select: { id: true } });
  return row !== null;
}

async function countOf(ctx: Context, complaintId: string): Promise<number> {
  const row = await ctx.prisma.complaint.findUniqueOrThrow({ where: { id: complaintId }, select: { supportCount: true } });
  return row.supportCount;
}

/** Whether the signed-in viewer supports this complaint. */
export async function viewerSupports(ctx: Context, complaint: Pick<Complaint, "id">): Promise<boolean> {
  if (!ctx.viewer) return false;
  const row = await ctx.prisma.support.findUnique({
    where: { complaintId_userId: { complaintId: complaint.id, userId: ctx.viewer.user.id } },
    select: { id: true },
  });
  return row !== null;
}

/** With an account: one click. `follow` also follows the complaint with the account. */
export async function supportComplaint(ctx: Context, input: { trackingCode: string; follow?: boolean | null }): Promise<SupportResult> {
  const viewer = ctx.viewer;
  if (!viewer) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "error.unauthenticated"));
  const found = await supportable(ctx, input.trackingCode);
  if ("issues" in found) return { ok: false, issues: found.issues };
  const { complaint } = found;
  if (await viewerSupports(ctx, complaint)) {
    if (input.follow) await followAsAccount(ctx, complaint);
    return { ok: true, complaint, supportCount: await countOf(ctx, complaint.id), counted: false, following: !!input.follow };
  }
  const limited = await attempt(ctx.prisma, [perClient(ctx, "support", LIMITS.supportsPerClient)], ctx.deps.now());
  if (!limited.allowed) return refused(ctx, "support", "too_many_attempts", limited.state.retryAfterMs);
  const counted = (await record(ctx, complaint, { userId: viewer.user.id })) === "counted";
  if (input.follow) await followAsAccount(ctx, complaint);
  return { ok: true, complaint, supportCount: await countOf(ctx, complaint.id), counted, following: !!input.follow };
}

/**
 * Without an account, step 1: sends a one-time code to the phone or e-mail (through the outbox,
 * like every message). Counted per client and per contact before anything is sent.
 */
export async function requestSupportCode(ctx: Context, input: { trackingCode: string; contact?: string | null }): Promise<CodeRequestResult> {
  const parsed = parseContact(input.contact);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  const { contact } = parsed;
  const found = await supportable(ctx, input.trackingCode);
  if ("issues" in found) return { ok: false, issues: found.issues };
  const { complaint } = found;

  const now = ctx.deps.now();
  const hash = contactHash(ctx.deps.secretKey, contact);
  // The client first: a client refused for flooding does not use up the contact's allowance.
  const limited = await attempt(
    ctx.prisma,
    [perClient(ctx, "support-code", LIMITS.supportCodesPerClient), { key: `support-code:contact:${keyPart(ctx.deps.secretKey, hash)}`, limit: LIMITS.supportCodesPerContact }],
    now,
  );
  if (!limited.allowed) {
    const fromClient = limited.refused.key.startsWith("support-code:client:");
    return refused(ctx, "contact", fromClient ? "too_many_from_client" : "too_many_attempts", limited.state.retryAfterMs);
  }

  const code = makeOneTimeCode(randomInt);
  const purpose = purposeOf(complaint.id);
  const minutes = ONE_TIME_CODE.ttlMs / 60_000;
  await ctx.prisma.$transaction(async (tx) => {
    // Only the newest code works: asking again retires the earlier one.
    await tx.contactCode.updateMany({ where: { contactHash: hash, purpose, usedAt: null }, data: { usedAt: now } });
    await tx.contactCode.create({
      data: {
        purpose,
        contactHash: hash,
        codeHash: hashOneTimeCode(ctx.deps.secretKey, codeScope(purpose, hash), code),
        expiresAt: new Date(now.getTime() + ONE_TIME_CODE.ttlMs),
        createdAt: now,
      },
    });
    // Addressed to the contact alone, tied to no complaint: the code never becomes a sahabat's
    // task and never shows in anyone's notification list.
    await writeCodeMessage(tx, { contact, locale: ctx.locale, words: "support.notification", params: { code, minutes, trackingCode: complaint.trackingCode }, now });
  });
  return { ok: true, via: contact.kind };
}

/**
 * Without an account, step 2: the code from the message. A right code is spent and the contact
 * counted once; `follow` then also follows the complaint for that contact.
 */
export async function confirmSupportCode(
  ctx: Context,
  input: { trackingCode: string; contact?: string | null; code?: string | null; follow?: boolean | null },
): Promise<SupportResult> {
  const answer = readCodeAnswer(input);
  if (!answer.ok) return answer;
  const { contact, code } = answer;
  const found = await supportable(ctx, input.trackingCode);
  if ("issues" in found) return { ok: false, issues: found.issues };
  const { complaint } = found;

  const now = ctx.deps.now();
  const hash = contactHash(ctx.deps.secretKey, contact);
  const purpose = purposeOf(complaint.id);
  // The newest code only (asking again retires the earlier ones).
  const stored = await ctx.prisma.contactCode.findFirst({ where: { contactHash: hash, purpose }, orderBy: { createdAt: "desc" } });
  const matches = stored !== null && oneTimeCodeMatches(ctx.deps.secretKey, codeScope(purpose, hash), code, stored.codeHash);
  // Still open to tries: not expired, tries left (a spent code too, so it cannot be guessed at leisure).
  const triable = stored !== null && stored.expiresAt > now && stored.attempts < ONE_TIME_CODE.maxAttempts;
  if (triable && matches && stored.usedAt !== null && (await counted(ctx, complaint.id, hash))) {
    // The same code given back again (a second submit, a reload): this contact is counted already.
    if (input.follow) await followWithConfirmedContact(ctx, complaint, contact);
    return { ok: true, complaint, supportCount: await countOf(ctx, complaint.id), counted: false, following: !!input.follow };
  }
  const usable = stored !== null && isCodeUsable(stored, now);
  if (!stored || !usable || !matches) {
    if (triable) await ctx.prisma.contactCode.update({ where: { id: stored.id }, data: { attempts: { increment: 1 } } });
    return { ok: false, issues: [{ field: "code", code: "no_match" }] };
  }
  const limited = await attempt(ctx.prisma, [perClient(ctx, "support", LIMITS.supportsPerClient)], now);
  if (!limited.allowed) return refused(ctx, "support", "too_many_attempts", limited.state.retryAfterMs);

  const outcome = await record(ctx, complaint, { contact, codeId: stored.id });
  if (outcome === "spent") {
    // Spent a moment ago by another submit: fine if that one counted this contact.
    if (!(await counted(ctx, complaint.id, hash))) return { ok: false, issues: [{ field: "code", code: "no_match" }] };
  }
  if (input.follow) await followWithConfirmedContact(ctx, complaint, contact);
  return { ok: true, complaint, supportCount: await countOf(ctx, complaint.id), counted: outcome === "counted", following: !!input.follow };
}
