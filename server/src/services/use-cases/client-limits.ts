// Limits per client address for actions anyone may take without an account (support, the
// inclusion answers and their deletion), and the field issue a refusal becomes.
import type { Context } from "../../context.ts";
import type { FieldErrorCode, FieldIssue } from "../../domain/shared/field-issue.ts";
import { type Check, keyPart, type Limit, scaled, TRUSTED_FACTOR, waitParams } from "./rate-limit.ts";

/** A per-client limit, ten times larger for a configured trusted address (a workshop room, a village's shared connection). */
export function perClient(ctx: Context, name: string, limit: Limit): Check {
  const trusted = ctx.deps.limits.trustedAddresses.has(ctx.clientAddress);
  return { key: `${name}:client:${keyPart(ctx.deps.secretKey, ctx.clientAddress)}`, limit: trusted ? scaled(limit, TRUSTED_FACTOR) : limit };
}

/** Refused by a limit: counted as such, and said at `field` with the minutes to wait. */
export function refusedByLimit(ctx: Context, field: string, code: FieldErrorCode, retryAfterMs: number): { ok: false; issues: FieldIssue[] } {
  ctx.refusedByLimit();
  return { ok: false, issues: [{ field, code, params: { minutes: waitParams(retryAfterMs).minutes } }] };
}
