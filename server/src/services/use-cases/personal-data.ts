// A resident's rights over their data (UU PDP No. 27/2022; README, "Personal data"):
// - the download: everything Suara holds about the signed-in person, as they may see it (their
//   complaints through the same privacy rules as the tracking page: who acted as a role, never a
//   person's name; notes only where the reporter may read them);
// - the erasure: confirmed with the password, in one transaction. The account's name, e-mail,
//   phone and password are erased and it is disabled; its sessions, follows, push subscriptions,
//   notification settings and notifications are deleted; the answers about them are deleted with
//   the codes they kept (those rows hold no link to a person, so only the code finds them). Their
//   complaints stay for the public record and the agencies' work, without the reporter's name or
//   contact, and each timeline gets a REPORTER_ERASED entry (append-only: history is not rewritten).
//   The audit entry says that it happened and to how many complaints, never what was erased.
import { contactHash, parseContact } from "../../domain/account/contact.ts";
import { ERASED_NAME } from "../../domain/account/sign-up.ts";
import type { Context } from "../../context.ts";
import { verifyPassword } from "../../auth/password.ts";
import { sessionCookie } from "../../auth/session.ts";
import { timelineEntryOf } from "../../domain/complaint/timeline.ts";
import { describeDevice } from "../../domain/account/device.ts";
import { hashDeletionToken, normalizeDeletionToken } from "../../domain/inclusion/ticket.ts";
import { mayRead, mayReadNote } from "../../domain/privacy/privacy.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { say } from "../../i18n/say.ts";
import { translate } from "../../i18n/messages.ts";
import { accessTo, ACCESS_SELECT } from "./complaint-access.ts";
import { audit } from "./audit.ts";
import { ServiceError } from "./errors.ts";
import { publishSessionRevoked } from "./notifications.ts";
import { publishComplaintUpdated } from "../../events/bus.ts";
import { attempt, keyPart, LIMITS, refundAll, waitParams } from "./rate-limit.ts";

/** The roles a person may hold and still erase their account themselves. */
const SELF_SERVICE_ROLES = new Set(["RESIDENT"]);

function signedIn(ctx: Context) {
  if (!ctx.viewer) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "error.unauthenticated"));
  return ctx.viewer;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The download: a plain JSON-ready document of the signed-in person's own data. */
export async function myData(ctx: Context) {
  const viewer = signedIn(ctx);
  const userId = viewer.user.id;
  const now = ctx.deps.now();
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, phone: true, locale: true, createdAt: true, roles: { select: { role: true } } },
  });
  const [sessions, preference, pushes, follows, supports, notifications, complaints] = await Promise.all([
    ctx.prisma.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
      orderBy: { lastSeenAt: "desc" },
    }),
    ctx.prisma.notificationPreference.findUnique({ where: { userId } }),
    ctx.prisma.pushSubscription.findMany({ where: { userId }, select: { userAgent: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    ctx.prisma.follow.findMany({
      where: { userId },
      select: { createdAt: true, complaint: { select: { trackingCode: true } }, region: { select: { name: true } }, category: { select: { nameId: true, nameEn: true } } },
      orderBy: { createdAt: "asc" },
    }),
    ctx.prisma.support.findMany({ where: { userId }, select: { createdAt: true, complaint: { select: { trackingCode: true } } }, orderBy: { createdAt: "asc" } }),
    ctx.prisma.notification.findMany({
      where: { userId },
      select: { title: true, body: true, createdAt: true, readAt: true },
      orderBy: { createdAt: "asc" },
      take: 1000,
    }),
    ctx.prisma.complaint.findMany({
      where: { reporterId: userId },
      orderBy: { submittedAt: "asc" },
      select: {
        ...ACCESS_SELECT,
        trackingCode: true,
        kind: true,
        title: true,
        story: true,
        incidentDate: true,
        landmark: true,
        latitude: true,
        longitude: true,
        channel: true,
        reporterName: true,
        reporterPhone: true,
        reporterEmail: true,
        contactPreference: true,
        rating: true,
        ratingComment: true,
        submittedAt: true,
        district: { select: { name: true } },
        village: { select: { name: true } },
        category: { select: { nameId: true, nameEn: true } },
        _count: { select: { attachments: { where: { purpose: "EVIDENCE" } } } },
        consents: { select: { method: true, givenAt: true, readBackDone: true, privacy: true } },
        timeline: {
          orderBy: { createdAt: "asc" },
          select: { type: true, fromStatus: true, toStatus: true, actorRole: true, visibility: true, noteVisibility: true, note: true, createdAt: true },
        },
      },
    }),
  ]);
  const categoryName = (c: { nameId: string; nameEn: string } | null) => (c ? (ctx.locale === "en" ? c.nameEn : c.nameId) : null);
  const deviceLabel = (userAgent: string | null) => {
    const d = describeDevice(userAgent);
    return d.browser && d.system ? say(ctx, "session.device", { browser: d.browser, system: d.system }) : (d.browser ?? d.system ?? say(ctx, "session.unknownDevice"));
  };

  const ownComplaints = [];
  for (const c of complaints) {
    // The same rules as the tracking page: the owning account is the reporter.
    const access = await accessTo(ctx, c);
    ownComplaints.push({
      trackingCode: c.trackingCode,
      kind: c.kind,
      kindLabel: say(ctx, `kind.${c.kind}`),
      title: c.title,
      story: c.story,
      status: c.status,
      statusLabel: say(ctx, `status.${c.status}`),
      privacy: c.privacy,
      showReporterName: c.showReporterName,
      channel: c.channel,
      submittedAt: iso(c.submittedAt),
      incidentDate: c.incidentDate ? c.incidentDate.toISOString().slice(0, 10) : null,
      district: c.district.name,
      village: c.village?.name ?? null,
      landmark: c.landmark,
      latitude: c.latitude,
      longitude: c.longitude,
      category: categoryName(c.category),
      reporterName: access.reporterName ? c.reporterName : null,
      reporterPhone: access.reporterContact ? c.reporterPhone : null,
      reporterEmail: access.reporterContact ? c.reporterEmail : null,
      contactPreference: c.contactPreference,
      photos: c._count.attachments,
      rating: c.rating,
      ratingComment: c.ratingComment,
      consents: c.consents.map((k) => ({ method: k.method, givenAt: iso(k.givenAt), readBack: k.readBackDone, privacy: k.privacy })),
      timeline: c.timeline
        .filter((e) => mayRead(access, e.visibility))
        .map((e) => ({
          at: iso(e.createdAt),
          what: say(ctx, `timeline.PUBLIC.${timelineEntryOf(e)}`),
          status: e.toStatus ? say(ctx, `status.${e.toStatus}`) : null,
          // A role in words, never a person's name (as the tracking page shows it).
          by: e.actorRole ? say(ctx, `actor.${e.actorRole}`) : null,
          note: mayReadNote(access, e) ? e.note : null,
        })),
    });
  }

  return {
    format: "suara-personal-data/1",
    exportedAt: iso(now),
    account: {
      id: user.id,
      name: user.name,
      email: user.email,
      phone: user.phone,
      language: user.locale,
      createdAt: iso(user.createdAt),
      roles: user.roles.map((r) => r.role),
    },
    sessions: sessions.map((s) => ({ device: deviceLabel(s.userAgent), signedInAt: iso(s.createdAt), lastSeenAt: iso(s.lastSeenAt), current: s.id === viewer.sessionId })),
    notificationSettings: preference
      ? { channels: preference.channels, quietStart: preference.quietStart, quietEnd: preference.quietEnd, updatedAt: iso(preference.updatedAt) }
      : null,
    pushSubscriptions: pushes.map((p) => ({ device: deviceLabel(p.userAgent), createdAt: iso(p.createdAt) })),
    follows: follows.map((f) => ({
      complaint: f.complaint?.trackingCode ?? null,
      region: f.region?.name ?? null,
      category: categoryName(f.category),
      createdAt: iso(f.createdAt),
    })),
    supports: supports.map((s) => ({ complaint: s.complaint.trackingCode, createdAt: iso(s.createdAt) })),
    notifications: notifications.map((n) => ({ title: n.title, body: n.body, createdAt: iso(n.createdAt), readAt: iso(n.readAt) })),
    complaints: ownComplaints,
  };
}

export type PersonalData = Awaited<ReturnType<typeof myData>>;

export type ErasureResult = { ok: true; complaints: number } | { ok: false; issues: FieldIssue[] };

/** The deletion codes as typed (one per line, or separated by commas or spaces between codes). */
function parseCodes(input: string | null | undefined): { codes: string[] } | { invalid: true } {
  const parts = (input ?? "").split(/[\n,;]+/).map((p) => p.trim()).filter((p) => p !== "");
  const codes: string[] = [];
  for (const part of parts) {
    const code = normalizeDeletionToken(part);
    if (!code) return { invalid: true };
    if (!codes.includes(code)) codes.push(code);
  }
  return { codes };
}

/**
 * Erases the signed-in resident's account and personal data (see the top of this file). Nothing
 * changes unless the password is right and every deletion code given finds its answers.
 */
export async function eraseMyData(ctx: Context, input: { password?: string | null; deletionCodes?: string | null }): Promise<ErasureResult> {
  const viewer = signedIn(ctx);
  const userId = viewer.user.id;
  const password = input.password ?? "";
  if (!password) return { ok: false, issues: [{ field: "password", code: "required" }] };
  if (viewer.roles.some((r) => !SELF_SERVICE_ROLES.has(r.role))) return { ok: false, issues: [{ field: "password", code: "staff_account" }] };
  const parsed = parseCodes(input.deletionCodes);
  if ("invalid" in parsed) return { ok: false, issues: [{ field: "deletionCodes", code: "invalid_code" }] };

  const now = ctx.deps.now();
  const check = [{ key: `erase:account:${keyPart(ctx.deps.secretKey, userId)}`, limit: LIMITS.signInPerClientAccount }];
  const counted = await attempt(ctx.prisma, check, now);
  if (!counted.allowed) {
    ctx.refusedByLimit();
    const wait = waitParams(counted.state.retryAfterMs);
    return { ok: false, issues: [{ field: "password", code: "too_many_attempts", params: { minutes: wait.minutes } }] };
  }
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, email: true, phone: true } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
    return { ok: false, issues: [{ field: "password", code: "invalid_credentials" }] };
  }
  await refundAll(ctx.prisma, counted.recorded);
  const deletionHashes = parsed.codes.map((code) => hashDeletionToken(ctx.deps.secretKey, code));

  const outcome = await ctx.prisma.$transaction(async (tx) => {
    if (deletionHashes.length > 0) {
      const found = await tx.inclusionAnswer.count({ where: { deletionTokenHash: { in: deletionHashes } } });
      if (found !== deletionHashes.length) return null;
      await tx.inclusionAnswer.deleteMany({ where: { deletionTokenHash: { in: deletionHashes } } });
    }
    const complaints = await tx.complaint.findMany({
      where: { reporterId: userId },
      select: { id: true, trackingCode: true, reporterPhone: true, reporterEmail: true },
    });
    const ids = complaints.map((c) => c.id);
    // Every contact that was theirs: the account's, and what they gave on each complaint.
    const contacts = [...new Set([user.email, user.phone, ...complaints.flatMap((c) => [c.reporterPhone, c.reporterEmail])].filter((c): c is string => !!c))];
    const sessions = await tx.session.findMany({ where: { userId }, select: { id: true } });
    let tombstones: { id: string; complaintId: string }[] = [];

    if (ids.length > 0) {
      await tx.complaint.updateMany({
        where: { id: { in: ids } },
        data: { reporterId: null, reporterName: null, reporterPhone: null, reporterEmail: null, contactPreference: "NONE", showReporterName: false },
      });
      // The complaint's notifications and followers that went to their own contact (others' stay).
      if (contacts.length > 0) {
        await tx.notification.updateMany({ where: { complaintId: { in: ids }, contact: { in: contacts } }, data: { contact: null } });
      }
      tombstones = await tx.timelineEvent.createManyAndReturn({
        data: ids.map((complaintId) => ({ complaintId, type: "REPORTER_ERASED" as const, actorRole: "RESIDENT" as const, visibility: "PUBLIC" as const, createdAt: now })),
        select: { id: true, complaintId: true },
      });
      for (const id of ids) {
        await audit(tx, { actorId: null, action: "complaint.reporter_erased", entityType: "Complaint", entityId: id });
      }
    }
    if (contacts.length > 0) await tx.follow.deleteMany({ where: { contact: { in: contacts } } });
    await tx.follow.deleteMany({ where: { userId } });
    await tx.pushSubscription.deleteMany({ where: { userId } });
    await tx.notificationPreference.deleteMany({ where: { userId } });
    await tx.notification.deleteMany({ where: { userId } });
    // Codes sent to their own e-mail or phone (recovery, sign-up), and their authenticator app.
    const own = [user.email ? parseContact(user.email) : null, user.phone ? parseContact(user.phone) : null].flatMap((p) => (p?.ok ? [contactHash(ctx.deps.secretKey, p.contact)] : []));
    if (own.length > 0) await tx.contactCode.deleteMany({ where: { contactHash: { in: own } } });
    await tx.secondFactorRecoveryCode.deleteMany({ where: { userId } });
    await tx.secondFactor.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    // "Saya juga mengalami" stays counted, no longer tied to anyone.
    await tx.support.updateMany({ where: { userId }, data: { userId: null } });
    // Their drafts on the server go with the scheduler's next sweep (photos included).
    await tx.draft.updateMany({ where: { userId }, data: { userId: null, expiresAt: now } });
    await tx.workshopParticipant.updateMany({ where: { userId }, data: { userId: null } });
    await tx.user.update({
      where: { id: userId },
      data: { name: ERASED_NAME, email: null, phone: null, passwordHash: null, disabledAt: now },
    });
    await audit(tx, {
      actorId: null,
      action: "account.erased",
      entityType: "User",
      entityId: userId,
      data: { complaints: ids.length, inclusionAnswers: deletionHashes.length },
    });
    const updated = complaints.map((c) => ({ complaint: { id: c.id, trackingCode: c.trackingCode }, eventId: tombstones.find((t) => t.complaintId === c.id)?.id ?? null }));
    return { complaints: ids.length, sessions: sessions.map((s) => s.id), updated };
  });
  if (!outcome) return { ok: false, issues: [{ field: "deletionCodes", code: "no_match" }] };
  for (const id of outcome.sessions) await publishSessionRevoked(ctx.deps.bus, id);
  // Open tracking and handling pages show the tombstone at once, read with each viewer's access.
  for (const u of outcome.updated) await publishComplaintUpdated(ctx.deps.bus, u.complaint, u.eventId);
  ctx.setCookie(sessionCookie(null, ctx.deps.secureCookies));
  return { ok: true, complaints: outcome.complaints };
}
