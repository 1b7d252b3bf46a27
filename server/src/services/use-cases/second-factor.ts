// Two-step sign-in with an authenticator app (TOTP) and recovery codes: enrolling, giving the code
// after the password ("/masuk/kode"), giving it again before a sensitive action
// ("/akun/konfirmasi"), new recovery codes and turning it off. Staff roles count only in a session
// where a second factor was given (auth/session.ts viewerOf); residents may enrol.
import { createHmac, randomBytes } from "node:crypto";
import QRCode from "qrcode";
import type { Context } from "../../context.ts";
import { verifyPassword } from "../../auth/password.ts";
import { openSecret, sealSecret } from "../../auth/second-factor-secret.ts";
import { markSecondFactorGiven, type SessionUser } from "../../auth/session.ts";
import {
  checkCode,
  enrolmentUri,
  groupedKey,
  isSecondFactorFresh,
  looksLikeAuthenticatorCode,
  newSecretBase32,
  normaliseRecoveryCode,
  RECOVERY_CODE_COUNT,
  recoveryCodeFrom,
} from "../../domain/account/second-factor.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { audit } from "./audit.ts";
import { attempt, keyPart, LIMITS, refundAll, waitParams } from "./rate-limit.ts";

/** The field the forms name the code box; `requireFreshSecondFactor` names "code" (the caller's form). */
const CODE_FIELD = "authCode";
/** An enrolment started and not confirmed is kept this long, so reloading the page keeps the key. */
const ENROLMENT_KEPT_MS = 30 * 60_000;
const ISSUER = "Suara";

type Result<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };
const refused = <T>(code: FieldIssue["code"], field = CODE_FIELD, params?: Record<string, number>): Result<T> => ({
  ok: false,
  issues: [{ field, code, ...(params ? { params } : {}) }],
});

/**
 * Null when this session gave a second factor within the last few minutes; otherwise the issue
 * to show, and the page links to "/akun/konfirmasi?kembali=<this page>" to type a code again.
 */
export function requireFreshSecondFactor(ctx: Context): FieldIssue | null {
  if (ctx.viewer && isSecondFactorFresh(ctx.viewer.secondFactorAt, ctx.deps.now())) return null;
  return { field: "code", code: "second_factor_needed" };
}

export type SecondFactorStatus = { enrolled: boolean; recoveryCodesLeft: number; required: boolean; rolesWithheld: string[] };

export async function secondFactorStatus(ctx: Context, viewer: SessionUser): Promise<SecondFactorStatus> {
  const [factor, left, roles] = await Promise.all([
    ctx.prisma.secondFactor.findUnique({ where: { userId: viewer.user.id }, select: { confirmedAt: true } }),
    ctx.prisma.secondFactorRecoveryCode.count({ where: { userId: viewer.user.id, usedAt: null } }),
    ctx.prisma.userRole.findMany({ where: { userId: viewer.user.id }, select: { role: true } }),
  ]);
  return {
    enrolled: Boolean(factor?.confirmedAt),
    recoveryCodesLeft: factor?.confirmedAt ? left : 0,
    required: roles.some((r) => r.role !== "RESIDENT"),
    rolesWithheld: viewer.withheldRoles ?? [],
  };
}

export type Enrolment = { key: string; groupedKey: string; uri: string; qrSvg: string };

/**
 * Starts (or continues) enrolling an authenticator app: a new secret, kept encrypted and
 * unconfirmed until the first code from the app comes back. The same unconfirmed secret is
 * given again for a while, so reloading the page does not change the key being typed in.
 */
export async function startEnrolment(ctx: Context): Promise<Result<Enrolment>> {
  const viewer = ctx.viewer;
  if (!viewer) return refused("sign_in_required");
  const now = ctx.deps.now();
  const existing = await ctx.prisma.secondFactor.findUnique({ where: { userId: viewer.user.id } });
  if (existing?.confirmedAt) return refused("already_enrolled");
  let secret: string;
  if (existing && now.getTime() - existing.updatedAt.getTime() < ENROLMENT_KEPT_MS) {
    secret = openSecret(ctx.deps.secretKey, viewer.user.id, existing.secret);
  } else {
    secret = newSecretBase32();
    const sealed = sealSecret(ctx.deps.secretKey, viewer.user.id, secret);
    await ctx.prisma.secondFactor.upsert({
      where: { userId: viewer.user.id },
      create: { userId: viewer.user.id, secret: sealed },
      update: { secret: sealed, confirmedAt: null, lastStep: null },
    });
  }
  const uri = enrolmentUri(secret, ISSUER, viewer.user.email ?? viewer.user.name);
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { ok: true, value: { key: secret, groupedKey: groupedKey(secret), uri, qrSvg } };
}

function hashRecoveryCode(ctx: Context, userId: string, normalised: string): string {
  return createHmac("sha256", ctx.deps.secretKey).update(`second-factor-recovery:${userId}:${normalised}`).digest("base64url");
}

/** Ten new recovery codes replace the old ones; only their keyed hashes are stored. */
async function newRecoveryCodes(ctx: Context, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => recoveryCodeFrom(randomBytes(10)));
  await ctx.prisma.$transaction([
    ctx.prisma.secondFactorRecoveryCode.deleteMany({ where: { userId } }),
    ctx.prisma.secondFactorRecoveryCode.createMany({
      data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(ctx, userId, normaliseRecoveryCode(c)!) })),
    }),
  ]);
  return codes;
}

/** Wrong codes for one account are counted before they are judged; right ones are refunded. */
async function limited(ctx: Context, userId: string) {
  const key = `second-factor:account:${keyPart(ctx.deps.secretKey, userId)}`;
  return attempt(ctx.prisma, [{ key, limit: LIMITS.secondFactorPerAccount }], ctx.deps.now());
}

type Checked = { ok: true; via: "authenticator" | "recovery_code"; recoveryCodesLeft?: number } | { ok: false; issues: FieldIssue[] };

/**
 * Checks a typed authenticator code (or, for a confirmed enrolment, a recovery code) for the
 * account: limited per account; an accepted code's time step is stored so it is not accepted
 * again, and a recovery code is spent.
 */
async function checkFor(ctx: Context, userId: string, typed: string, opts: { confirmed: boolean }): Promise<Checked> {
  if (!typed.trim()) return { ok: false, issues: [{ field: CODE_FIELD, code: "required" }] };
  const [factor, user] = await Promise.all([
    ctx.prisma.secondFactor.findUnique({ where: { userId } }),
    ctx.prisma.user.findUnique({ where: { id: userId }, select: { isDemo: true } }),
  ]);
  if (!factor || Boolean(factor.confirmedAt) !== opts.confirmed) return { ok: false, issues: [{ field: CODE_FIELD, code: "not_enrolled" }] };
  const counted = await limited(ctx, userId);
  if (!counted.allowed) {
    ctx.refusedByLimit();
    const wait = waitParams(counted.state.retryAfterMs);
    return { ok: false, issues: [{ field: CODE_FIELD, code: "slow_down", params: { seconds: wait.seconds } }] };
  }
  const now = ctx.deps.now();
  if (looksLikeAuthenticatorCode(typed)) {
    const secret = openSecret(ctx.deps.secretKey, userId, factor.secret);
    // Demo accounts' secrets are published in the README and a workshop room signs in to one demo
    // account from many phones in the same half minute: a used code is accepted again for them.
    const check = checkCode(secret, typed, now, factor.lastStep, user?.isDemo ?? false);
    if (!check.ok) return { ok: false, issues: [{ field: CODE_FIELD, code: check.reason === "replayed" ? "code_used" : "wrong_code" }] };
    // Conditional, so two requests with the same code at once cannot both pass.
    const stored = await ctx.prisma.secondFactor.updateMany({
      where: { userId, ...(user?.isDemo ? {} : { OR: [{ lastStep: null }, { lastStep: { lt: check.step } }] }) },
      data: { lastStep: check.step },
    });
    if (stored.count === 0) return { ok: false, issues: [{ field: CODE_FIELD, code: "code_used" }] };
    await refundAll(ctx.prisma, counted.recorded);
    return { ok: true, via: "authenticator" };
  }
  const normalised = opts.confirmed ? normaliseRecoveryCode(typed) : null;
  if (!normalised) return { ok: false, issues: [{ field: CODE_FIELD, code: "wrong_code" }] };
  const spent = await ctx.prisma.secondFactorRecoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(ctx, userId, normalised), usedAt: null },
    data: { usedAt: now },
  });
  if (spent.count === 0) return { ok: false, issues: [{ field: CODE_FIELD, code: "wrong_code" }] };
  await refundAll(ctx.prisma, counted.recorded);
  const left = await ctx.prisma.secondFactorRecoveryCode.count({ where: { userId, usedAt: null } });
  return { ok: true, via: "recovery_code", recoveryCodesLeft: left };
}

/** The first code from the app confirms the enrolment; the ten recovery codes are shown once. */
export async function confirmEnrolment(ctx: Context, input: { code?: string | null }): Promise<Result<{ recoveryCodes: string[] }>> {
  const viewer = ctx.viewer;
  if (!viewer) return refused("sign_in_required");
  const checked = await checkFor(ctx, viewer.user.id, input.code ?? "", { confirmed: false });
  if (!checked.ok) return checked;
  const now = ctx.deps.now();
  await ctx.prisma.secondFactor.update({ where: { userId: viewer.user.id }, data: { confirmedAt: now } });
  const recoveryCodes = await newRecoveryCodes(ctx, viewer.user.id);
  await markSecondFactorGiven(ctx.prisma, viewer.sessionId, now);
  await audit(ctx.prisma, { actorId: viewer.user.id, action: "second_factor.enrol", entityType: "User", entityId: viewer.user.id });
  return { ok: true, value: { recoveryCodes } };
}

/**
 * Gives the second factor in this session: after the password ("/masuk/kode", the session is
 * waiting for it) or again before a sensitive action ("/akun/konfirmasi"). An authenticator code
 * or one recovery code.
 */
export async function giveSecondFactor(
  ctx: Context,
  input: { code?: string | null },
): Promise<Result<{ userId: string; usedRecoveryCode: boolean; recoveryCodesLeft: number | null }>> {
  const session = ctx.pendingSecondFactor ?? ctx.viewer;
  if (!session) return refused("sign_in_required");
  const checked = await checkFor(ctx, session.user.id, input.code ?? "", { confirmed: true });
  if (!checked.ok) return checked;
  await markSecondFactorGiven(ctx.prisma, session.sessionId, ctx.deps.now());
  await audit(ctx.prisma, {
    actorId: session.user.id,
    action: checked.via === "recovery_code" ? "second_factor.recovery_code_used" : "second_factor.given",
    entityType: "User",
    entityId: session.user.id,
    ...(checked.via === "recovery_code" ? { data: { left: checked.recoveryCodesLeft ?? 0 } } : {}),
  });
  return {
    ok: true,
    value: { userId: session.user.id, usedRecoveryCode: checked.via === "recovery_code", recoveryCodesLeft: checked.recoveryCodesLeft ?? null },
  };
}

/** The password and a code (from the app, or a recovery code) before changing the second factor itself. */
async function passwordAndCode(ctx: Context, input: { password?: string | null; code?: string | null }): Promise<Result<SessionUser>> {
  const viewer = ctx.viewer;
  if (!viewer) return refused("sign_in_required");
  const issues: FieldIssue[] = [];
  if (!input.password) issues.push({ field: "password", code: "required" });
  if (!input.code?.trim()) issues.push({ field: CODE_FIELD, code: "required" });
  if (issues.length > 0) return { ok: false, issues };
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.user.id }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.password!))) {
    return refused("invalid_credentials", "password");
  }
  const checked = await checkFor(ctx, viewer.user.id, input.code!, { confirmed: true });
  if (!checked.ok) return checked;
  await markSecondFactorGiven(ctx.prisma, viewer.sessionId, ctx.deps.now());
  return { ok: true, value: viewer };
}

export async function regenerateRecoveryCodes(
  ctx: Context,
  input: { password?: string | null; code?: string | null },
): Promise<Result<{ recoveryCodes: string[] }>> {
  const checked = await passwordAndCode(ctx, input);
  if (!checked.ok) return checked;
  const recoveryCodes = await newRecoveryCodes(ctx, checked.value.user.id);
  await audit(ctx.prisma, { actorId: checked.value.user.id, action: "second_factor.recovery_codes", entityType: "User", entityId: checked.value.user.id });
  return { ok: true, value: { recoveryCodes } };
}

/**
 * Removes the authenticator and the recovery codes. Every session of the account loses its
 * second factor, so staff roles stop until the person enrols again.
 */
export async function turnOffSecondFactor(ctx: Context, input: { password?: string | null; code?: string | null }): Promise<Result<true>> {
  const checked = await passwordAndCode(ctx, input);
  if (!checked.ok) return checked;
  const userId = checked.value.user.id;
  await ctx.prisma.$transaction(async (tx) => {
    await tx.secondFactor.delete({ where: { userId } });
    await tx.secondFactorRecoveryCode.deleteMany({ where: { userId } });
    await tx.session.updateMany({ where: { userId }, data: { secondFactorAt: null } });
    await audit(tx, { actorId: userId, action: "second_factor.turn_off", entityType: "User", entityId: userId });
  });
  return { ok: true, value: true };
}

/** What follows a right password: nothing, the authenticator code, or enrolling one (staff). */
export type SignInNext = "NONE" | "CODE" | "ENROL";

export async function nextAfterPassword(ctx: Context, userId: string): Promise<SignInNext> {
  const [factor, staff] = await Promise.all([
    ctx.prisma.secondFactor.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    ctx.prisma.userRole.count({ where: { userId, role: { not: "RESIDENT" } } }),
  ]);
  if (factor?.confirmedAt) return "CODE";
  return staff > 0 ? "ENROL" : "NONE";
}
