// Account recovery ("Lupa kata sandi"): ask for a one-time code sent to the account's e-mail or
// phone, then give it back with a new password. The answer never says whether an account exists.
// The code travels as a Notification row addressed to the contact; the outbox delivers it.

const RECOVERY_PURPOSE = "recovery";
import type { Context } from "../../context.ts";
import { hashPassword } from "../../auth/password.ts";
import { createSession, PENDING_LIFETIME_MS, sessionCookie } from "../../auth/session.ts";
import { contactHash, contactWhere, parseContact } from "../../domain/account/contact.ts";
import { ONE_TIME_CODE, readCodeAnswer } from "../../domain/account/one-time-code.ts";
import { PASSWORD } from "../../domain/account/sign-up.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { audit } from "./audit.ts";
import { issueContactCode, matchingContactCode, spendContactCode, writeCodeMessage } from "./contact-codes.ts";
import { hit, type Limit, refund } from "./rate-limit.ts";
import { nextAfterPassword, type SignInNext } from "./second-factor.ts";

export const RECOVERY_LIMITS = {
  /** Codes asked for one contact (whether an account has it or not). */
  requestsPerContact: { limit: 5, windowMs: 60 * 60_000 },
  /** Wrong codes typed for one contact, across codes. */
  triesPerContact: { limit: 10, windowMs: 60 * 60_000 },
} as const satisfies Record<string, Limit>;

type Refused = { ok: false; issues: FieldIssue[] };
type Result = { ok: true } | Refused;

function tooMany(ctx: Context, field: string, retryAfterMs: number): Refused {
  ctx.refusedByLimit();
  return { ok: false, issues: [{ field, code: "too_many_attempts", params: { minutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) } }] };
}

/**
 * Sends a message to the contact, whether an account has it or not: with an account, a code to
 * set a new password; without one, a note that no account has this contact (so the person knows
 * to sign up, or that someone typed their number by mistake). Both do the same work in the same
 * order — one account lookup, one code, one message, one audit entry — so neither the answer nor
 * its time tells whether the account exists. Counted per contact before anything happens.
 */
export async function requestRecovery(ctx: Context, input: { contact?: string | null }): Promise<Result> {
  const parsed = parseContact(input.contact);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  const { contact } = parsed;
  const now = ctx.deps.now();
  const state = await hit(ctx.prisma, `recover:ask:${contact.value}`, RECOVERY_LIMITS.requestsPerContact, now);
  if (!state.allowed) return tooMany(ctx, "contact", state.retryAfterMs);

  const user = await ctx.prisma.user.findUnique({ where: contactWhere(contact), select: { id: true, locale: true, disabledAt: true } });
  const account = user && !user.disabledAt ? user : null;
  const locale = account?.locale ?? ctx.locale;
  const minutes = ONE_TIME_CODE.ttlMs / 60_000;
  await ctx.prisma.$transaction(async (tx) => {
    // A code is made for an unknown contact too; it is never sent, so it can never be used.
    const code = await issueContactCode(tx, ctx.deps.secretKey, { purpose: RECOVERY_PURPOSE, contact, now });
    const words = account ? "recovery.notification" : "recovery.notification.no_account";
    await writeCodeMessage(tx, { userId: account?.id, contact, locale, words, params: { code, minutes }, now });
    await audit(tx, {
      actorId: null,
      action: "account.recovery_requested",
      entityType: "Contact",
      entityId: contactHash(ctx.deps.secretKey, contact),
      data: { via: contact.kind },
    });
  });
  return { ok: true };
}

/**
 * Checks the code and sets the new password; then every other session ends and this one starts,
 * as a sign-in with the new password would: an account with an authenticator app still gives its
 * code next (`next: "CODE"`: the new session waits for it, as short-lived as a sign-in's), and
 * staff without one enrol before their roles work (`"ENROL"`). A code from a phone or a mailbox is
 * not a second factor.
 */
export async function resetPassword(
  ctx: Context,
  input: { contact?: string | null; code?: string | null; password?: string | null },
): Promise<{ ok: true; next: SignInNext } | Refused> {
  const answer = readCodeAnswer(input);
  const issues: FieldIssue[] = answer.ok ? [] : [...answer.issues];
  const password = input.password ?? "";
  if (!password) issues.push({ field: "password", code: "required" });
  else if ([...password].length < PASSWORD.min) issues.push({ field: "password", code: "too_short", params: { min: PASSWORD.min } });
  else if (password.length > PASSWORD.max) issues.push({ field: "password", code: "too_long", params: { max: PASSWORD.max, length: password.length } });
  if (!answer.ok || issues.length > 0) return { ok: false, issues };
  const { contact, code } = answer;

  const now = ctx.deps.now();
  const limitKey = `recover:try:${contact.value}`;
  // Counted before the code is compared (a right code is refunded below).
  const counted = await hit(ctx.prisma, limitKey, RECOVERY_LIMITS.triesPerContact, now);
  if (!counted.allowed) return tooMany(ctx, "code", counted.retryAfterMs);

  const stored = await matchingContactCode(ctx, { purpose: RECOVERY_PURPOSE, contact, code, now });
  // Only a code that was sent can match, and only codes for an account are sent.
  const user = stored ? await ctx.prisma.user.findUnique({ where: contactWhere(contact) }) : null;
  if (!stored || !user || user.disabledAt) return { ok: false, issues: [{ field: "code", code: "no_match" }] };

  await refund(ctx.prisma, limitKey);
  const passwordHash = await hashPassword(password);
  const spent = await ctx.prisma.$transaction(async (tx) => {
    // Conditional: the same code sent twice at once sets the password once.
    if (!(await spendContactCode(tx, stored.id, now))) return false;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await audit(tx, { actorId: user.id, action: "account.password_reset", entityType: "User", entityId: user.id });
    return true;
  });
  if (!spent) return { ok: false, issues: [{ field: "code", code: "no_match" }] };
  const next = await nextAfterPassword(ctx, user.id);
  const session = await createSession(ctx.prisma, user.id, ctx.userAgent, now, next === "CODE" ? PENDING_LIFETIME_MS : undefined);
  ctx.setCookie(sessionCookie(session.token, ctx.deps.secureCookies, session.expiresAt));
  return { ok: true, next };
}
