// Revealing a hidden identity. Administrators never see the identity of an anonymous or
// confidential complaint in normal views (privacy.ts); when the law requires it, one with a fresh
// second factor opens it with a written reason. One transaction writes the reveal (which the
// reporter reads on their tracking page), an audit entry with the reason, and a notification to
// the reporter; the identity goes back only in this answer, to this administrator, this once:
// normal views keep hiding it, and opening it again needs a new reason and is recorded again.
import type { Context } from "../../context.ts";
import { isSecondFactorFresh } from "../../domain/account/second-factor.ts";
import { isIdentityHiddenFromAdministrators, revealIssues } from "../../domain/privacy/reveal.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { topics } from "../../events/bus.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { translate, type Locale } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { ServiceError } from "./errors.ts";

export type RevealedIdentity = {
  name: string | null;
  phone: string | null;
  email: string | null;
  /** The reporter filed with an account (its name, phone and e-mail fill what the complaint lacks). */
  hasAccount: boolean;
};

export type RevealRecord = { id: string; createdAt: Date; reason: string; adminName: string | null };

export type RevealState = "NOTHING_HIDDEN" | "NEEDS_SECOND_FACTOR" | "READY";

function isAdministrator(ctx: Context): boolean {
  return ctx.viewer?.roles.some((r) => r.role === "ADMINISTRATOR") ?? false;
}

function secondFactorFresh(ctx: Context): boolean {
  return isSecondFactorFresh(ctx.viewer?.secondFactorAt ?? null, ctx.deps.now());
}

/** For an administrator: whether this complaint has an identity to open and whether they may right now. Null for anyone else. */
export function revealStateFor(ctx: Context, complaint: { privacy: "PUBLIC" | "ANONYMOUS" | "CONFIDENTIAL"; showReporterName: boolean }): RevealState | null {
  if (!isAdministrator(ctx)) return null;
  if (!isIdentityHiddenFromAdministrators(complaint)) return "NOTHING_HIDDEN";
  return secondFactorFresh(ctx) ? "READY" : "NEEDS_SECOND_FACTOR";
}

/**
 * The reveals of one complaint, newest first: for administrators with who opened it, for the
 * reporter (code and PIN, or the owning account) without; nobody else learns of them.
 */
export async function revealsOf(ctx: Context, complaintId: string, who: "ADMINISTRATOR" | "REPORTER"): Promise<RevealRecord[]> {
  const rows = await ctx.prisma.identityReveal.findMany({
    where: { complaintId },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, reason: true, admin: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, reason: r.reason, adminName: who === "ADMINISTRATOR" ? r.admin.name : null }));
}

/** "7 Desember 2026 pukul 09.15 WITA": when, in the reporter's language and the service's time zone. */
function whenWords(locale: Locale, at: Date): string {
  const words = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Asia/Makassar",
  }).format(at);
  return `${words} WITA`;
}

export async function revealIdentity(
  ctx: Context,
  input: { complaintId: string; reason?: string | null },
): Promise<{ ok: true; identity: RevealedIdentity } | { ok: false; issues: FieldIssue[] }> {
  const viewer = ctx.viewer;
  if (!viewer || !isAdministrator(ctx)) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "error.forbidden"));
  const found = await ctx.prisma.complaint.findUnique({
    where: { id: input.complaintId },
    select: {
      id: true, trackingCode: true, privacy: true, showReporterName: true, isSandbox: true, locale: true,
      reporterId: true, reporterName: true, reporterPhone: true, reporterEmail: true, contactPreference: true,
      reporter: { select: { name: true, phone: true, email: true, locale: true, disabledAt: true } },
    },
  });
  if (!found) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  const issues = revealIssues({
    hidden: isIdentityHiddenFromAdministrators(found),
    reason: input.reason,
    secondFactorFresh: secondFactorFresh(ctx),
  });
  if (issues.length > 0) return { ok: false, issues };
  const reason = (input.reason ?? "").trim();
  const now = ctx.deps.now();

  const notified = await ctx.prisma.$transaction(async (tx) => {
    const reveal = await tx.identityReveal.create({ data: { complaintId: found.id, adminId: viewer.user.id, reason, createdAt: now } });
    await audit(tx, {
      actorId: viewer.user.id,
      action: "complaint.revealIdentity",
      entityType: "Complaint",
      entityId: found.id,
      data: { revealId: reveal.id, reason, privacy: found.privacy },
    });
    return notifyReporter(tx, found, reason, now);
  });
  if (notified) {
    await ctx.deps.bus
      .publish(topics.user(notified.userId), { type: "notification.added", notificationId: notified.id, userId: notified.userId })
      .catch((error: unknown) => console.error("[identity-reveal] publish failed", error));
  }
  const account = found.reporter;
  return {
    ok: true,
    identity: {
      name: found.reporterName?.trim() || account?.name || null,
      phone: found.reporterPhone || account?.phone || null,
      email: found.reporterEmail || account?.email || null,
      hasAccount: account !== null,
    },
  };
}

/**
 * Tells the reporter: in their account's notification centre (and the channels they chose), or by
 * the SMS or e-mail they asked to hear back on. A practice complaint's notice stays in the app.
 * Nobody else hears of it: not a sahabat, not a follower. Returns the row to publish live.
 */
async function notifyReporter(
  tx: Prisma.TransactionClient,
  complaint: {
    id: string; trackingCode: string; isSandbox: boolean; locale: Locale; reporterId: string | null; contactPreference: string;
    reporterPhone: string | null; reporterEmail: string | null; reporter: { locale: Locale; disabledAt: Date | null } | null;
  },
  reason: string,
  now: Date,
): Promise<{ id: string; userId: string } | null> {
  const account = complaint.reporterId && complaint.reporter && !complaint.reporter.disabledAt ? { id: complaint.reporterId, locale: complaint.reporter.locale } : null;
  const contact = account
    ? null
    : complaint.contactPreference === "SMS"
      ? complaint.reporterPhone
      : complaint.contactPreference === "EMAIL"
        ? complaint.reporterEmail
        : null;
  if (!account && (!contact || complaint.isSandbox)) return null;
  const locale = account?.locale ?? complaint.locale;
  const row = await tx.notification.create({
    data: {
      userId: account?.id ?? null,
      contact,
      complaintId: complaint.id,
      locale,
      title: translate(locale, "identityReveal.notify.title"),
      body: translate(locale, "identityReveal.notify.body", { code: complaint.trackingCode, when: whenWords(locale, now), reason }),
      createdAt: now,
      // A practice complaint's news never leaves Suara: in the app only.
      ...(complaint.isSandbox ? { deliveryPlannedAt: now } : {}),
    },
    select: { id: true, userId: true },
  });
  return row.userId ? { id: row.id, userId: row.userId } : null;
}
