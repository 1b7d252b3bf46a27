// Signing up, in and out. Answers say the same thing whether an account exists or not.
import type { Context } from "../../context.ts";
import { hashPassword, verifyPassword } from "../../auth/password.ts";
import { createSession, PENDING_LIFETIME_MS, revokeSession, sessionCookie } from "../../auth/session.ts";
import { publishSessionRevoked } from "./notifications.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import type { User } from "../../generated/prisma/client.ts";
import { isUniqueViolation } from "../../db/unique.ts";
import { type SignUpInput, signInIdentifier, validateSignUp } from "../../domain/account/sign-up.ts";
import { type Contact, contactHash, contactWhere } from "../../domain/account/contact.ts";
import { ONE_TIME_CODE, readCodeAnswer } from "../../domain/account/one-time-code.ts";
import type { Locale } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { issueContactCode, matchingContactCode, spendContactCode, writeCodeMessage } from "./contact-codes.ts";
import { attempt, type Check, hit, keyPart, type Limit, LIMITS, type RateState, refund, refundAll, waitParams } from "./rate-limit.ts";
import { nextAfterPassword, type SignInNext } from "./second-factor.ts";

// Verifying against a fixed hash when the account does not exist keeps the timing the same.
let dummyHash: Promise<string> | null = null;

/**
 * Keyed by the account the identifier resolves to (every spelling of one phone number is one
 * key), or by the normalised identifier when none does. The client's budgets come first, so a
 * client refused for spraying uses up nothing of the account's; the account's own limit only
 * slows down, so guesses from elsewhere never lock the owner out.
 */
function signInChecks(ctx: Context, account: string): Check[] {
  const client = keyPart(ctx.deps.secretKey, ctx.clientAddress);
  const target = keyPart(ctx.deps.secretKey, account);
  const trusted = ctx.deps.limits.trustedAddresses.has(ctx.clientAddress);
  return [
    ...(trusted ? [] : [{ key: `signin:client:${client}`, limit: LIMITS.signInPerClient }]),
    { key: `signin:client:${client}:account:${target}`, limit: LIMITS.signInPerClientAccount },
    { key: `signin:account:${target}`, limit: LIMITS.signInPerAccount },
  ];
}

function tooManySignIns(state: RateState): FieldIssue {
  const wait = waitParams(state.retryAfterMs);
  return state.slowed || state.retryAfterMs < 120_000
    ? { field: "email", code: "slow_down", params: { seconds: wait.seconds } }
    : { field: "email", code: "too_many_attempts", params: { minutes: wait.minutes } };
}

export async function signIn(
  ctx: Context,
  input: { email?: string | null; password?: string | null },
): Promise<{ ok: true; user: User; next: SignInNext } | { ok: false; issues: FieldIssue[] }> {
  const email = input.email?.trim().toLowerCase() ?? "";
  const password = input.password ?? "";
  const issues: FieldIssue[] = [];
  if (!email) issues.push({ field: "email", code: "required" });
  if (!password) issues.push({ field: "password", code: "required" });
  if (issues.length > 0) return { ok: false, issues };

  const identifier = signInIdentifier(email);
  const user = identifier ? await ctx.prisma.user.findUnique({ where: identifier }) : null;
  const now = ctx.deps.now();
  const counted = await attempt(ctx.prisma, signInChecks(ctx, user?.id ?? JSON.stringify(identifier ?? email)), now);
  if (!counted.allowed) {
    ctx.refusedByLimit();
    return { ok: false, issues: [tooManySignIns(counted.state)] };
  }
  dummyHash ??= hashPassword("not-a-real-password");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.passwordHash || !valid || user.disabledAt) {
    return { ok: false, issues: [{ field: "email", code: "invalid_credentials" }] };
  }
  // A right password is not an attack: it does not use up anyone's allowance.
  await refundAll(ctx.prisma, counted.recorded);
  // With an authenticator app enrolled, the password alone makes a short-lived session that only
  // the code (giveSecondFactor) turns into a signed-in one.
  const next = await nextAfterPassword(ctx, user.id);
  const lifetime = next === "CODE" ? PENDING_LIFETIME_MS : undefined;
  const { token, expiresAt } = await createSession(ctx.prisma, user.id, ctx.userAgent, ctx.deps.now(), lifetime);
  await audit(ctx.prisma, { actorId: user.id, action: "session.sign_in", entityType: "User", entityId: user.id });
  ctx.setCookie(sessionCookie(token, ctx.deps.secureCookies, expiresAt));
  return { ok: true, user, next };
}

export async function signOut(ctx: Context): Promise<void> {
  // A session still waiting for its authenticator code is ended too.
  const session = ctx.viewer ?? ctx.pendingSecondFactor;
  if (session) {
    await revokeSession(ctx.prisma, session.sessionId);
    await publishSessionRevoked(ctx.deps.bus, session.sessionId);
    await audit(ctx.prisma, {
      actorId: session.user.id,
      action: "session.sign_out",
      entityType: "User",
      entityId: session.user.id,
    });
  }
  ctx.setCookie(sessionCookie(null, ctx.deps.secureCookies));
}

const SIGN_UP_PURPOSE = "sign-up";

export const SIGN_UP_LIMITS = {
  /** Sign-ups asked for one contact (whether an account has it or not). */
  requestsPerContact: { limit: 5, windowMs: 60 * 60_000 },
  /** Wrong codes typed for one contact, across codes. */
  triesPerContact: { limit: 10, windowMs: 60 * 60_000 },
} as const satisfies Record<string, Limit>;

/** The new account a sign-up code carries, until the code is given back (ContactCode.payload). */
type PendingAccount = { name: string; email: string | null; phone: string | null; passwordHash: string; locale: Locale };

/** Where the code goes: the e-mail when there is one, otherwise the phone. */
function signUpContact(value: { email: string | null; phone: string | null }): Contact {
  return value.email ? { kind: "email", value: value.email } : { kind: "phone", value: value.phone! };
}

/**
 * A resident asks for an account, step 1. A message goes to the e-mail (or, without one, the
 * phone): a code to finish signing up, or — when an account already has that contact — a note
 * saying so, with the way to sign in or recover. The answer is the same, and so is the work in
 * the same order (one lookup, one password hash, one code, one message, one audit entry), so
 * neither the page nor its timing tells whether someone has an account.
 */
export async function signUp(ctx: Context, input: SignUpInput): Promise<{ ok: true; via: Contact["kind"] } | { ok: false; issues: FieldIssue[] }> {
  const validated = validateSignUp(input);
  if (!validated.ok) return validated;
  const { name, email, phone, password } = validated.value;
  const contact = signUpContact(validated.value);
  const now = ctx.deps.now();
  const field = contact.kind === "email" ? "email" : "phone";
  const state = await hit(ctx.prisma, `signup:ask:${keyPart(ctx.deps.secretKey, contact.value)}`, SIGN_UP_LIMITS.requestsPerContact, now);
  if (!state.allowed) {
    ctx.refusedByLimit();
    return { ok: false, issues: [{ field, code: "too_many_codes", params: waitParams(state.retryAfterMs) }] };
  }

  const existing = await ctx.prisma.user.findUnique({ where: contactWhere(contact), select: { id: true, locale: true } });
  const pending: PendingAccount = { name, email, phone, passwordHash: await hashPassword(password), locale: ctx.locale };
  const locale = existing?.locale ?? ctx.locale;
  const minutes = ONE_TIME_CODE.ttlMs / 60_000;
  await ctx.prisma.$transaction(async (tx) => {
    // A code is made when an account exists too; it is never sent, so it can never be used.
    const code = await issueContactCode(tx, ctx.deps.secretKey, { purpose: SIGN_UP_PURPOSE, contact, now, payload: pending });
    const words = existing ? "signUp.notification.exists" : "signUp.notification";
    await writeCodeMessage(tx, { userId: existing?.id, contact, locale, words, params: { code, minutes }, now });
    await audit(tx, { actorId: null, action: "account.sign_up_requested", entityType: "Contact", entityId: contactHash(ctx.deps.secretKey, contact), data: { via: contact.kind } });
  });
  return { ok: true, via: contact.kind };
}

/**
 * Step 2: the code from the message. A right code creates the account and signs it in. A phone
 * number another account has taken meanwhile is left off (the person proved the e-mail, not the
 * phone); an account made meanwhile with the same contact is reported, since only the owner of the
 * contact could have read the code.
 */
export async function confirmSignUp(
  ctx: Context,
  input: { contact?: string | null; code?: string | null },
): Promise<{ ok: true; user: User } | { ok: false; issues: FieldIssue[] }> {
  const answer = readCodeAnswer(input);
  if (!answer.ok) return answer;
  const { contact, code } = answer;

  const now = ctx.deps.now();
  const limitKey = `signup:try:${keyPart(ctx.deps.secretKey, contact.value)}`;
  const counted = await hit(ctx.prisma, limitKey, SIGN_UP_LIMITS.triesPerContact, now);
  if (!counted.allowed) {
    ctx.refusedByLimit();
    return { ok: false, issues: [{ field: "code", code: "too_many_attempts", params: { minutes: waitParams(counted.retryAfterMs).minutes } }] };
  }
  const stored = await matchingContactCode(ctx, { purpose: SIGN_UP_PURPOSE, contact, code, now });
  const pending = stored?.payload as PendingAccount | null | undefined;
  if (!stored || !pending) return { ok: false, issues: [{ field: "code", code: "no_match" }] };
  await refund(ctx.prisma, limitKey);

  const phoneTaken = pending.phone && contact.kind === "email" ? await ctx.prisma.user.count({ where: { phone: pending.phone } }) : 0;
  let user: User | null;
  try {
    user = await ctx.prisma.$transaction(async (tx) => {
      if (!(await spendContactCode(tx, stored.id, now))) return null;
      const created = await tx.user.create({
        data: {
          name: pending.name,
          email: pending.email,
          phone: phoneTaken ? null : pending.phone,
          passwordHash: pending.passwordHash,
          locale: pending.locale,
          roles: { create: { role: "RESIDENT" } },
        },
      });
      await audit(tx, { actorId: created.id, action: "account.sign_up", entityType: "User", entityId: created.id, data: { via: contact.kind } });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, issues: [{ field: "code", code: "account_exists" }] };
    throw error;
  }
  // Spent a moment ago by the same code sent twice: the first request signed in.
  if (!user) return { ok: false, issues: [{ field: "code", code: "no_match" }] };
  const { token, expiresAt } = await createSession(ctx.prisma, user.id, ctx.userAgent, now);
  ctx.setCookie(sessionCookie(token, ctx.deps.secureCookies, expiresAt));
  return { ok: true, user };
}
