// Account recovery ("Lupa kata sandi"): ask for a one-time code sent to the account's e-mail or
// phone, then give it back with a new password. The answer never says whether an account exists.
// The code travels as a Notification row addressed to the person; the outbox delivers it.
import { randomInt } from "node:crypto";
import type { Context } from "../../context.ts";
import { hashPassword } from "../../auth/password.ts";
import { createSession, sessionCookie } from "../../auth/session.ts";
import { contactWhere, parseContact } from "../../domain/account/contact.ts";
import {
  hashRecoveryCode,
  isCodeUsable,
  makeRecoveryCode,
  normalizeRecoveryCode,
  RECOVERY,
  recoveryCodeMatches,
} from "../../domain/account/recovery.ts";
import { PASSWORD } from "../../domain/account/sign-up.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { hit, type Limit, refund } from "./rate-limit.ts";

export const RECOVERY_LIMITS = {
  /** Codes asked for one contact (whether an account has it or not). */
  requestsPerContact: { limit: 5, windowMs: 60 * 60_000 },
  /** Wrong codes typed for one contact, across codes. */
  triesPerContact: { limit: 10, windowMs: 60 * 60_000 },
} as const satisfies Record<string, Limit>;

type Result = { ok: true } | { ok: false; issues: FieldIssue[] };

function tooMany(ctx: Context, field: string, retryAfterMs: number): Result {
  ctx.refusedByLimit();
  return { ok: false, issues: [{ field, code: "too_many_attempts", params: { minutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) } }] };
}

/**
 * Sends a code if an account has this contact. Counted per contact in the database for every
 * request, existing account or not, so the limit itself tells nothing.
 */
export async function requestRecovery(ctx: Context, input: { contact?: string | null }): Promise<Result> {
  const parsed = parseContact(input.contact);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  const { contact } = parsed;
  const now = ctx.deps.now();
  const state = await hit(ctx.prisma, `recover:ask:${contact.value}`, RECOVERY_LIMITS.requestsPerContact, now);
  if (!state.allowed) return tooMany(ctx, "contact", state.retryAfterMs);

  const user = await ctx.prisma.user.findUnique({ where: contactWhere(contact) });
  if (!user || user.disabledAt) return { ok: true };

  const code = makeRecoveryCode(randomInt);
  const minutes = RECOVERY.ttlMs / 60_000;
  await ctx.prisma.$transaction(async (tx) => {
    // Only the newest code works: asking again retires the earlier one.
    await tx.recoveryCode.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.recoveryCode.create({
      data: {
        userId: user.id,
        codeHash: hashRecoveryCode(ctx.deps.secretKey, user.id, code),
        expiresAt: new Date(now.getTime() + RECOVERY.ttlMs),
        createdAt: now,
      },
    });
    await tx.notification.create({
      data: {
        userId: user.id,
        contact: contact.value,
        locale: user.locale,
        title: translate(user.locale, "recovery.notification.title"),
        body: translate(user.locale, "recovery.notification.body", { code, minutes }),
        createdAt: now,
      },
    });
    await audit(tx, { actorId: null, action: "account.recovery_requested", entityType: "User", entityId: user.id, data: { via: contact.kind } });
  });
  return { ok: true };
}

/** Checks the code and sets the new password; then every other session ends and this one starts. */
export async function resetPassword(
  ctx: Context,
  input: { contact?: string | null; code?: string | null; password?: string | null },
): Promise<Result> {
  const issues: FieldIssue[] = [];
  const parsed = parseContact(input.contact);
  if (!parsed.ok) issues.push(parsed.issue);
  const code = normalizeRecoveryCode(input.code);
  if (!input.code?.trim()) issues.push({ field: "code", code: "required" });
  else if (!code) issues.push({ field: "code", code: "no_match" });
  const password = input.password ?? "";
  if (!password) issues.push({ field: "password", code: "required" });
  else if ([...password].length < PASSWORD.min) issues.push({ field: "password", code: "too_short", params: { min: PASSWORD.min } });
  else if (password.length > PASSWORD.max) issues.push({ field: "password", code: "too_long", params: { max: PASSWORD.max, length: password.length } });
  if (!parsed.ok || !code || issues.length > 0) return { ok: false, issues };
  const contact = parsed.contact;

  const now = ctx.deps.now();
  const limitKey = `recover:try:${contact.value}`;
  // Counted before the code is compared (a right code is refunded below).
  const counted = await hit(ctx.prisma, limitKey, RECOVERY_LIMITS.triesPerContact, now);
  if (!counted.allowed) return tooMany(ctx, "code", counted.retryAfterMs);

  const user = await ctx.prisma.user.findUnique({ where: contactWhere(contact) });
  const stored = user
    ? await ctx.prisma.recoveryCode.findFirst({ where: { userId: user.id, usedAt: null }, orderBy: { createdAt: "desc" } })
    : null;
  const usable = stored !== null && isCodeUsable(stored, now);
  if (!user || user.disabledAt || !stored || !usable || !recoveryCodeMatches(ctx.deps.secretKey, user.id, code, stored.codeHash)) {
    if (stored && usable) await ctx.prisma.recoveryCode.update({ where: { id: stored.id }, data: { attempts: { increment: 1 } } });
    return { ok: false, issues: [{ field: "code", code: "no_match" }] };
  }

  await refund(ctx.prisma, limitKey);
  const passwordHash = await hashPassword(password);
  const spent = await ctx.prisma.$transaction(async (tx) => {
    // Conditional: the same code sent twice at once sets the password once.
    const { count } = await tx.recoveryCode.updateMany({ where: { id: stored.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) return false;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await audit(tx, { actorId: user.id, action: "account.password_reset", entityType: "User", entityId: user.id });
    return true;
  });
  if (!spent) return { ok: false, issues: [{ field: "code", code: "no_match" }] };
  const session = await createSession(ctx.prisma, user.id, ctx.userAgent, now);
  ctx.setCookie(sessionCookie(session.token, ctx.deps.secureCookies, session.expiresAt));
  return { ok: true };
}
