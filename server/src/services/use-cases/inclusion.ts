// "Who is being served": the filing hands out a one-time ticket; with it the reporter may answer
// the optional questions (stored apart, under the ticket's kecamatan, channel and month only) and
// gets a deletion token; with the token they may delete the answers again. Nothing here reads or
// writes a complaint or a person: the answer row cannot be joined to either.
import { randomBytes, randomInt } from "node:crypto";
import type { Context } from "../../context.ts";
import { WITA_OFFSET_MINUTES } from "../../domain/calendar/working-days.ts";
import { type Answers, inclusionChannelOf, isEmpty, parseAnswers } from "../../domain/inclusion/questions.ts";
import {
  hashDeletionToken,
  makeDeletionToken,
  monthOf,
  normalizeDeletionToken,
  readTicket,
  signTicket,
  TICKET_TTL_MS,
  ticketHash,
} from "../../domain/inclusion/ticket.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { isUniqueViolation } from "../../db/unique.ts";
import { perClient, refusedByLimit as refused } from "./client-limits.ts";
import { attempt, LIMITS, refundAll } from "./rate-limit.ts";

/** What the filing knows when it hands out a ticket: where and how it came in, and when. */
export type FiledFor = {
  districtCode: string;
  channel: "WEB" | "ASSISTED" | "SMS" | "OPEN311";
  submittedAt: Date;
  workshopId: string | null;
};

/** A ticket for a complaint stored just now (a replay gets none: the first answer had it). */
export function inclusionTicket(ctx: Context, filed: FiledFor): string {
  return signTicket(ctx.deps.secretKey, {
    districtCode: filed.districtCode,
    channel: inclusionChannelOf(filed.channel),
    month: monthOf(filed.submittedAt, WITA_OFFSET_MINUTES),
    workshopId: filed.workshopId,
    nonce: randomBytes(18).toString("base64url"),
    expiresAt: ctx.deps.now().getTime() + TICKET_TTL_MS,
  });
}



export type AnswerResult = { ok: true; deletionToken: string | null } | { ok: false; issues: FieldIssue[] };

/**
 * Stores the answers under the ticket's claims, once per ticket; an empty form is a skip and
 * stores nothing (the ticket stays unspent, so "back" and answering after all still works).
 */
export async function answerInclusionQuestions(
  ctx: Context,
  input: { ticket: string; answers: Partial<Record<keyof Answers, string | null | undefined>> },
): Promise<AnswerResult> {
  const { answers, issues } = parseAnswers(input.answers);
  if (issues.length > 0) return { ok: false, issues };
  const claims = readTicket(ctx.deps.secretKey, input.ticket, ctx.deps.now());
  if (!claims) return { ok: false, issues: [{ field: "ticket", code: "ticket_spent" }] };
  if (isEmpty(answers)) return { ok: true, deletionToken: null };
  const limited = await attempt(ctx.prisma, [perClient(ctx, "inclusion-answer", LIMITS.inclusionAnswersPerClient)], ctx.deps.now());
  if (!limited.allowed) return refused(ctx, "ticket", "too_many_attempts", limited.state.retryAfterMs);
  const deletionToken = makeDeletionToken(randomInt);
  try {
    await ctx.prisma.inclusionAnswer.create({
      data: {
        districtCode: claims.districtCode,
        channel: claims.channel,
        month: claims.month,
        workshopId: claims.workshopId,
        ...answers,
        ticketHash: ticketHash(claims.nonce),
        deletionTokenHash: hashDeletionToken(ctx.deps.secretKey, deletionToken),
      },
    });
  } catch (error) {
    if (isUniqueViolation(error, "ticketHash")) return { ok: false, issues: [{ field: "ticket", code: "ticket_spent" }] };
    // The workshop was purged in the meantime: its practice is over.
    if (claims.workshopId && isForeignKeyViolation(error)) return { ok: false, issues: [{ field: "ticket", code: "ticket_spent" }] };
    throw error;
  }
  return { ok: true, deletionToken };
}

function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2003";
}

export type DeletionResult = { ok: true } | { ok: false; issues: FieldIssue[] };

/**
 * Deletes the answers the token was given for. A token that matches nothing says only that
 * (the same whether it never existed or was used already); tries are limited per client.
 */
export async function deleteInclusionAnswers(ctx: Context, input: { deletionToken: string }): Promise<DeletionResult> {
  const token = normalizeDeletionToken(input.deletionToken);
  if (!token) return { ok: false, issues: [{ field: "deletionToken", code: input.deletionToken.trim() === "" ? "required" : "invalid_code" }] };
  const checks = [perClient(ctx, "inclusion-delete", LIMITS.inclusionDeletionsPerClient)];
  const limited = await attempt(ctx.prisma, checks, ctx.deps.now());
  if (!limited.allowed) return refused(ctx, "deletionToken", "too_many_attempts", limited.state.retryAfterMs);
  const { count } = await ctx.prisma.inclusionAnswer.deleteMany({ where: { deletionTokenHash: hashDeletionToken(ctx.deps.secretKey, token) } });
  if (count === 0) return { ok: false, issues: [{ field: "deletionToken", code: "no_match" }] };
  await refundAll(ctx.prisma, limited.recorded);
  return { ok: true };
}
