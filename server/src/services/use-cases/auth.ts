// Signing in and out. Failures say the same thing whether the e-mail exists or not.
import type { Context } from "../../context.ts";
import { hashPassword, verifyPassword } from "../../auth/password.ts";
import { createSession, PENDING_LIFETIME_MS, revokeSession, sessionCookie } from "../../auth/session.ts";
import { publishSessionRevoked } from "./notifications.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import type { User } from "../../generated/prisma/client.ts";
import { isUniqueViolation } from "../../db/unique.ts";
import { type SignUpInput, signInIdentifier, validateSignUp } from "../../domain/account/sign-up.ts";
import { audit } from "./audit.ts";
import { nextAfterPassword, type SignInNext } from "./second-factor.ts";
import { attempt, type Check, keyPart, LIMITS, type RateState, refundAll, waitParams } from "./rate-limit.ts";

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

/** A resident creates an account and is signed in at once. */
export async function signUp(
  ctx: Context,
  input: SignUpInput,
): Promise<{ ok: true; user: User } | { ok: false; issues: FieldIssue[] }> {
  const validated = validateSignUp(input);
  if (!validated.ok) return validated;
  const { name, email, phone, password } = validated.value;
  const issues: FieldIssue[] = [];
  const [emailTaken, phoneTaken] = await Promise.all([
    email ? ctx.prisma.user.count({ where: { email } }) : 0,
    phone ? ctx.prisma.user.count({ where: { phone } }) : 0,
  ]);
  if (emailTaken) issues.push({ field: "email", code: "taken" });
  if (phoneTaken) issues.push({ field: "phone", code: "taken" });
  if (issues.length > 0) return { ok: false, issues };
  let user: User;
  try {
    user = await ctx.prisma.user.create({
      data: {
        name,
        email,
        phone,
        passwordHash: await hashPassword(password),
        locale: ctx.locale,
        roles: { create: { role: "RESIDENT" } },
      },
    });
  } catch (error) {
    // Two sign-ups with the same address at once: the second is told, like the check above.
    if (isUniqueViolation(error)) {
      const field = isUniqueViolation(error, "phone") ? "phone" : "email";
      return { ok: false, issues: [{ field, code: "taken" }] };
    }
    throw error;
  }
  const { token, expiresAt } = await createSession(ctx.prisma, user.id, ctx.userAgent, ctx.deps.now());
  await audit(ctx.prisma, { actorId: user.id, action: "account.sign_up", entityType: "User", entityId: user.id });
  ctx.setCookie(sessionCookie(token, ctx.deps.secureCookies, expiresAt));
  return { ok: true, user };
}
