// Workshops ("pelatihan"): a trainer opens a practice room, participants join it by code from
// any phone (with or without an account) and practise filing; everything they file is LATIHAN.
// The trainer's side always goes through workshop-access.ts. A participant is remembered by a
// cookie whose token is stored only as its hash; every change of a participant is published to
// the room, for the trainer's live view.
import { createHash, randomBytes } from "node:crypto";
import QRCode from "qrcode";
import { serializeCookie } from "../../auth/session.ts";
import { automaticEnd, isOpen, scheduledEnd } from "../../domain/workshop/lifecycle.ts";
import type { Context } from "../../context.ts";
import { localDate } from "../../domain/calendar/working-days.ts";
import { parseIsoDate } from "../../domain/shared/date.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { formatJoinCode, makeJoinCode, normaliseJoinCode } from "../../domain/workshop/join-code.ts";
import {
  afterStep,
  cleanDisplayName,
  MAX_DISPLAY_NAME,
  progressOf,
  readErrorsByStep,
} from "../../domain/workshop/participant.ts";
import { isUniqueViolation } from "../../db/unique.ts";
import { topics } from "../../events/bus.ts";
import type { Draft, Locale, Prisma, Workshop, WorkshopParticipant } from "../../generated/prisma/client.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { loadCalendar } from "./calendar.ts";
import { ServiceError } from "./errors.ts";
import { attempt, keyPart, LIMITS, refundAll, waitParams } from "./rate-limit.ts";
import { isTrainer, trainerWorkshop } from "./workshop-access.ts";

export const WORKSHOP_COOKIE = "suara_latihan";
const HOUR = 3600_000;
const MAX_TITLE = 120;
/** Workshops may be planned this far ahead. */
const MAX_DAYS_AHEAD = 366;
/** A workshop planned for a later day opens at this local hour. */
const OPENS_AT_LOCAL_HOUR = 7;

const hashToken = (token: string) => createHash("sha256").update(`workshop:${token}`).digest("hex");

/** Tells the trainer's live view that someone in the room changed. */
export async function publishRoom(ctx: Context, workshopId: string, participantId: string | null): Promise<void> {
  await ctx.deps.bus.publish(topics.workshop(workshopId), { type: "workshop.room", workshopId, participantId });
}

// ───────────────────────────── trainer side ─────────────────────────────

export type CreateWorkshopInput = { title: string; date: string; districtCode: string; locale: string };
export type CreateWorkshopResult = { ok: true; workshop: Workshop } | { ok: false; issues: FieldIssue[] };

export async function createWorkshop(ctx: Context, input: CreateWorkshopInput): Promise<CreateWorkshopResult> {
  if (!isTrainer(ctx)) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "error.forbidden"));
  const now = ctx.deps.now();
  const calendar = await loadCalendar(ctx.prisma, now.getTime());
  const today = localDate(now, calendar.utcOffsetMinutes);
  const issues: FieldIssue[] = [];
  const title = input.title.replace(/\s+/g, " ").trim();
  if (!title) issues.push({ field: "workshopTitle", code: "required" });
  else if (title.length > MAX_TITLE) issues.push({ field: "workshopTitle", code: "too_long", params: { max: MAX_TITLE, length: title.length } });
  const date = input.date.trim();
  const day = date ? parseIsoDate(date) : null;
  if (!date) issues.push({ field: "workshopDate", code: "required" });
  else if (!day) issues.push({ field: "workshopDate", code: "invalid_date" });
  else if (date < today) issues.push({ field: "workshopDate", code: "past_date" });
  else if (day.getTime() - parseIsoDate(today)!.getTime() > MAX_DAYS_AHEAD * 24 * HOUR) issues.push({ field: "workshopDate", code: "too_far" });
  const district = input.districtCode
    ? await ctx.prisma.region.findFirst({ where: { code: input.districtCode, level: "DISTRICT", parentCode: ctx.deps.regencyCode } })
    : null;
  if (!input.districtCode) issues.push({ field: "workshopDistrict", code: "required" });
  else if (!district) issues.push({ field: "workshopDistrict", code: "invalid_choice" });
  if (input.locale !== "id" && input.locale !== "en") issues.push({ field: "workshopLocale", code: "invalid_choice" });
  if (issues.length > 0) return { ok: false, issues };

  // Today: it opens now. A later day: it opens that morning (local time). Either way it ends 12 hours later.
  const startsAt =
    date === today ? now : new Date(day!.getTime() + (OPENS_AT_LOCAL_HOUR * 60 - calendar.utcOffsetMinutes) * 60_000);
  const endsAt = automaticEnd(startsAt);
  for (let tries = 0; ; tries++) {
    try {
      const workshop = await ctx.prisma.$transaction(async (tx) => {
        const created = await tx.workshop.create({
          data: {
            title,
            trainerId: ctx.viewer!.user.id,
            joinCode: makeJoinCode(randomBytes(8)),
            regionCode: input.districtCode,
            locale: input.locale as Locale,
            startsAt,
            endsAt,
            createdAt: now,
          },
        });
        await audit(tx, { actorId: ctx.viewer!.user.id, action: "workshop.create", entityType: "Workshop", entityId: created.id, data: { date } });
        return created;
      });
      return { ok: true, workshop };
    } catch (error) {
      if (isUniqueViolation(error, "joinCode") && tries < 5) continue;
      throw error;
    }
  }
}

/** The trainer's own workshops, latest first. */
export async function myWorkshops(ctx: Context): Promise<Workshop[]> {
  if (!isTrainer(ctx)) return [];
  return ctx.prisma.workshop.findMany({
    where: { trainerId: ctx.viewer!.user.id },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 100,
  });
}

/** The people in the room, in the order they joined. */
export function roomParticipants(ctx: Context, workshopId: string): Promise<WorkshopParticipant[]> {
  return ctx.prisma.workshopParticipant.findMany({ where: { workshopId }, orderBy: { number: "asc" }, take: 500 });
}

export type RoomSummary = { joined: number; finished: number; needHelp: number };

export function roomSummary(participants: readonly WorkshopParticipant[]): RoomSummary {
  const present = participants.filter((p) => p.progress !== "left");
  return {
    joined: present.length,
    finished: present.filter((p) => p.finishedAt !== null).length,
    needHelp: present.filter((p) => p.errorField !== null && p.finishedAt === null).length,
  };
}

/** Mode presentasi on or off (names hidden on the projector while on). */
export async function setPresenting(ctx: Context, workshopId: string, presenting: boolean): Promise<Workshop> {
  const workshop = await trainerWorkshop(ctx, workshopId);
  const updated = await ctx.prisma.workshop.update({ where: { id: workshop.id }, data: { presenting } });
  await publishRoom(ctx, workshop.id, null);
  return updated;
}

/** The join page's address with the code filled in: what the QR code holds. */
export function joinUrl(origin: string, workshop: Pick<Workshop, "joinCode">): string {
  return `${origin.replace(/\/+$/, "")}/latihan?kode=${formatJoinCode(workshop.joinCode)}`;
}

/** The QR code of the join address as an SVG, labelled for assistive technology. */
export async function joinQrSvg(origin: string, workshop: Pick<Workshop, "joinCode">, label: string): Promise<string> {
  const svg = await QRCode.toString(joinUrl(origin, workshop), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  const escaped = label.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return svg.replace("<svg ", `<svg role="img" aria-label="${escaped}" focusable="false" `).replace(/(<svg[^>]*>)/, `$1<title>${escaped}</title>`);
}

/** Only an http(s) origin given by the page (the QR must not point anywhere else). */
export function checkOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === value.replace(/\/+$/, "") ? url.origin : null;
  } catch {
    return null;
  }
}

// ───────────────────────────── participant side ─────────────────────────────

export type Participation = WorkshopParticipant & { workshop: Workshop };

/** This device's (or account's) participation in an open workshop, if any. */
export async function currentParticipation(ctx: Context): Promise<Participation | null> {
  if (ctx.participation !== undefined) return ctx.participation;
  let found: Participation | null = null;
  if (ctx.workshopToken) {
    found = await ctx.prisma.workshopParticipant.findUnique({ where: { tokenHash: hashToken(ctx.workshopToken) }, include: { workshop: true } });
  }
  ctx.participation = found && isOpen(found.workshop, ctx.deps.now()) && found.progress !== "left" ? found : null;
  return ctx.participation;
}

export type JoinResult = { ok: true; participation: Participation } | { ok: false; issues: FieldIssue[] };

const joinChecks = (ctx: Context) => [{ key: `workshop-join:client:${keyPart(ctx.deps.secretKey, ctx.clientAddress)}`, limit: LIMITS.workshopJoinPerClient }];

/**
 * Joins a workshop by its code: a wrong code counts against this client's limit (a right one is
 * refunded), an ended workshop refuses. With an account the participant is tied to it (and the
 * same account joining again is the same participant); without, they are "Peserta N" or the
 * name they gave. N is unique in the workshop even when a whole room joins at once.
 */
export async function joinWorkshop(ctx: Context, input: { code: string; displayName?: string | null }): Promise<JoinResult> {
  const now = ctx.deps.now();
  const name = cleanDisplayName(input.displayName);
  if ((input.displayName ?? "").trim().length > MAX_DISPLAY_NAME) {
    return { ok: false, issues: [{ field: "displayName", code: "too_long", params: { max: MAX_DISPLAY_NAME, length: input.displayName!.trim().length } }] };
  }
  const code = normaliseJoinCode(input.code);
  if (!input.code.trim()) return { ok: false, issues: [{ field: "joinCode", code: "required" }] };
  const checks = joinChecks(ctx);
  const counted = await attempt(ctx.prisma, checks, now);
  if (!counted.allowed) {
    ctx.refusedByLimit();
    return { ok: false, issues: [{ field: "joinCode", code: "slow_down", params: waitParams(counted.state.retryAfterMs) }] };
  }
  const workshop = code ? await ctx.prisma.workshop.findUnique({ where: { joinCode: code } }) : null;
  if (!workshop || workshop.purgedAt) return { ok: false, issues: [{ field: "joinCode", code: code ? "no_match" : "invalid_code" }] };
  // A right code does not count against the room's shared address.
  await refundAll(ctx.prisma, counted.recorded);
  if (!isOpen(workshop, now)) return { ok: false, issues: [{ field: "joinCode", code: "closed" }] };

  const token = randomBytes(24).toString("base64url");
  const userId = ctx.viewer?.user.id ?? null;
  const current = await currentParticipation(ctx);
  let participant: WorkshopParticipant | null = null;
  // Already in this room on this device or with this account: the same participant again.
  const again =
    current?.workshopId === workshop.id
      ? current
      : userId
        ? await ctx.prisma.workshopParticipant.findFirst({ where: { workshopId: workshop.id, userId } })
        : null;
  if (again) {
    participant = await ctx.prisma.workshopParticipant.update({
      where: { id: again.id },
      data: {
        tokenHash: hashToken(token),
        lastSeenAt: now,
        ...(again.progress === "left" ? { progress: again.finishedAt ? "finished" : "joined" } : {}),
        ...(name ? { displayName: name } : {}),
      },
    });
  } else {
    const accountName = name ?? null;
    for (let tries = 0; !participant; tries++) {
      const last = await ctx.prisma.workshopParticipant.findFirst({ where: { workshopId: workshop.id }, orderBy: { number: "desc" }, select: { number: true } });
      const number = (last?.number ?? 0) + 1;
      try {
        participant = await ctx.prisma.workshopParticipant.create({
          data: {
            workshopId: workshop.id,
            userId,
            number,
            displayName: accountName ?? translate(workshop.locale, "workshop.participantName", { number }),
            tokenHash: hashToken(token),
            joinedAt: now,
            lastSeenAt: now,
          },
        });
      } catch (error) {
        // Someone else in the room took this number a moment ago: take the next one.
        if (isUniqueViolation(error, "number") && tries < 100) continue;
        throw error;
      }
    }
  }
  ctx.workshopToken = token;
  ctx.participation = { ...participant, workshop };
  ctx.setCookie(serializeCookie(WORKSHOP_COOKIE, token, ctx.deps.secureCookies, scheduledEnd(workshop)));
  await publishRoom(ctx, workshop.id, participant.id);
  return { ok: true, participation: ctx.participation };
}

/** Leaves the workshop on this device: its practice draft is dropped, the room sees "left". */
export async function leaveWorkshop(ctx: Context): Promise<boolean> {
  const current = await currentParticipation(ctx);
  ctx.setCookie(serializeCookie(WORKSHOP_COOKIE, null, ctx.deps.secureCookies));
  ctx.workshopToken = null;
  ctx.participation = null;
  if (!current) return false;
  await ctx.prisma.$transaction([
    ctx.prisma.draft.deleteMany({ where: { workshopParticipantId: current.id } }),
    ctx.prisma.workshopParticipant.update({
      where: { id: current.id },
      data: { tokenHash: null, progress: "left", errorStep: null, errorField: null, errorAt: null, lastSeenAt: ctx.deps.now() },
    }),
  ]);
  await publishRoom(ctx, current.workshopId, current.id);
  return true;
}

/**
 * A step of a practice draft was saved: the participant's place and their last error (the first
 * field with a problem) are recorded and the room is told. Nothing of the answers is kept here.
 */
export async function recordPracticeStep(ctx: Context, draft: Draft, step: string, errorFields: readonly string[]): Promise<void> {
  if (!draft.workshopParticipantId) return;
  const progress = progressOf(step);
  if (!progress) return;
  const participant = await ctx.prisma.workshopParticipant.findUnique({ where: { id: draft.workshopParticipantId } });
  if (!participant || participant.finishedAt || participant.progress === "left") return;
  const state = afterStep(
    { errorStep: participant.errorStep, errorField: participant.errorField, errorsByStep: readErrorsByStep(participant.errorsByStep) },
    progress,
    errorFields,
  );
  const now = ctx.deps.now();
  await ctx.prisma.workshopParticipant.update({
    where: { id: participant.id },
    data: {
      // The step they are on (with an error, the one they are stuck on).
      progress,
      errorStep: state.errorStep,
      errorField: state.errorField,
      errorAt: state.errorField ? now : null,
      errorsByStep: state.errorsByStep as Prisma.InputJsonValue,
      lastSeenAt: now,
    },
  });
  await publishRoom(ctx, participant.workshopId, participant.id);
}

/** The LATIHAN agency that "handles" practice complaints (shared by all workshops). */
export async function practiceAgency(ctx: Context | { prisma: Context["prisma"] }): Promise<string | null> {
  const agency = await ctx.prisma.agency.findFirst({ where: { isSandbox: true, active: true }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true } });
  return agency?.id ?? null;
}

/** The participant filed their practice complaint: finished. */
export async function markFinished(ctx: Context, participantId: string, workshopId: string): Promise<void> {
  const now = ctx.deps.now();
  await ctx.prisma.workshopParticipant.update({
    where: { id: participantId },
    data: { progress: "finished", finishedAt: now, errorStep: null, errorField: null, errorAt: null, lastSeenAt: now },
  });
  await publishRoom(ctx, workshopId, participantId);
}

/** A practice draft must stay in its workshop: it files only while the workshop is open. */
export async function practiceFilingFor(ctx: Context, draft: Draft | null): Promise<Participation | null> {
  if (!draft?.workshopParticipantId) return null;
  const participant = await ctx.prisma.workshopParticipant.findUnique({ where: { id: draft.workshopParticipantId }, include: { workshop: true } });
  if (!participant || !isOpen(participant.workshop, ctx.deps.now())) {
    throw new ServiceError("FORBIDDEN", translate(ctx.locale, "workshop.closed"));
  }
  return participant;
}
