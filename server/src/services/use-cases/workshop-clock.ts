// The fast clock of a workshop. The trainer plays the life of a practice complaint (verify, pass
// on to a LATIHAN agency, answer, resolve) by hand, one step at a time, or lets the automatic
// script play the due steps at a chosen speed. Every step is the real workflow action (act in
// workflow.ts) with the trainer as the pretend verifier or agency: the same status change,
// timeline entry, audit entry, in-app notification and subscription event a real complaint gets.
// Only practice complaints of the trainer's own workshop are ever touched; anything else is
// NOT_FOUND.
import { type Context, createContext, type Deps } from "../../context.ts";
import { isOpen } from "../../domain/workshop/lifecycle.ts";
import type { Status } from "../../domain/complaint/status.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import {
  type ClockStep,
  dueAt,
  dueStep,
  isClockSpeed,
  nextStep,
  nextStepDay,
  pretendDay,
  SCRIPT,
  stepFits,
} from "../../domain/workshop/clock.ts";
import type { Complaint, Workshop } from "../../generated/prisma/client.ts";
import { translate } from "../../i18n/messages.ts";
import { ServiceError } from "./errors.ts";
import { type ActionInput, type ActResult, act } from "./workflow.ts";
import { isTrainer, trainerWorkshop } from "./workshop-access.ts";

export type ClockComplaintRow = {
  id: string;
  trackingCode: string;
  participantNumber: number | null;
  participantName: string | null;
  status: Status;
  nextStep: ClockStep | null;
  /** When the automatic script plays the next step (null while it is stopped or nothing is left). */
  dueAt: Date | null;
  lastStepAt: Date;
  pretendDay: number;
  nextStepDay: number | null;
};

export type WorkshopClockView = {
  workshop: Workshop;
  closed: boolean;
  complaints: ClockComplaintRow[];
};

const isClosed = (w: Workshop, now: Date) => !isOpen(w, now);

/** The practice complaints of a workshop, oldest first, with when each last moved. */
async function practiceRows(ctx: Context, workshop: Workshop): Promise<ClockComplaintRow[]> {
  const now = ctx.deps.now();
  const complaints = await ctx.prisma.complaint.findMany({
    where: { workshopId: workshop.id, isSandbox: true },
    select: { id: true, trackingCode: true, status: true, submittedAt: true, workshopParticipant: { select: { number: true, displayName: true } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  if (complaints.length === 0) return [];
  const latest = await ctx.prisma.timelineEvent.groupBy({
    by: ["complaintId"],
    where: { complaintId: { in: complaints.map((c) => c.id) } },
    _max: { createdAt: true },
  });
  const lastAt = new Map(latest.map((l) => [l.complaintId, l._max.createdAt]));
  const running = workshop.clockRunning && !isClosed(workshop, now);
  return complaints.map((c) => {
    const lastStepAt = lastAt.get(c.id) ?? c.submittedAt;
    return {
      id: c.id,
      trackingCode: c.trackingCode,
      participantNumber: c.workshopParticipant?.number ?? null,
      participantName: c.workshopParticipant?.displayName ?? null,
      status: c.status,
      nextStep: nextStep(c.status),
      dueAt: running ? dueAt(c.status, lastStepAt, workshop.clockSpeed) : null,
      lastStepAt,
      pretendDay: pretendDay(c.status),
      nextStepDay: nextStepDay(c.status),
    };
  });
}

/** The trainer's view of the fast clock: their workshop and its practice complaints. */
export async function workshopClock(ctx: Context, workshopId: string): Promise<WorkshopClockView> {
  const workshop = await trainerWorkshop(ctx, workshopId);
  return { workshop, closed: isClosed(workshop, ctx.deps.now()), complaints: await practiceRows(ctx, workshop) };
}

/** Whether a complaint belongs to the workshop's practice (for filtering live events). */
export async function concernsWorkshop(ctx: Context, workshopId: string, complaintId: string): Promise<boolean> {
  const found = await ctx.prisma.complaint.findFirst({ where: { id: complaintId, workshopId, isSandbox: true }, select: { id: true } });
  return found !== null;
}

/** The pretend agency a practice complaint goes to: the LATIHAN one it suggested, else the first. */
async function pretendAgency(ctx: Context, complaint: Complaint): Promise<string | null> {
  const agencies = await ctx.prisma.agency.findMany({ where: { isSandbox: true, active: true }, select: { id: true }, orderBy: { name: "asc" } });
  return agencies.find((a) => a.id === complaint.suggestedAgencyId)?.id ?? agencies[0]?.id ?? null;
}

/** The workflow input of one step: the pretend agency, a plain example answer in the participant's language. */
async function inputFor(ctx: Context, complaint: Complaint, step: ClockStep): Promise<ActionInput> {
  const action = SCRIPT[step].action;
  switch (step) {
    case "verify":
      return { action };
    case "dispose":
      return { action, agencyId: await pretendAgency(ctx, complaint) };
    case "followUp":
    case "resolve":
      return { action, body: translate(complaint.locale, `workshopClock.example.${step}`) };
  }
}

async function play(ctx: Context, workshop: Workshop, complaint: Complaint, step: ClockStep): Promise<ActResult> {
  return act(ctx, { complaintId: complaint.id }, await inputFor(ctx, complaint, step), {
    pretend: { actor: SCRIPT[step].actor, workshopId: workshop.id },
  });
}

/**
 * The trainer plays the next step (or the step they chose) on one practice complaint of their
 * own workshop. A real complaint, another workshop's or a closed workshop's: NOT_FOUND or FORBIDDEN.
 */
export async function playClockStep(ctx: Context, workshopId: string, complaintId: string, chosen?: ClockStep | null): Promise<ActResult> {
  const workshop = await trainerWorkshop(ctx, workshopId);
  const complaint = await ctx.prisma.complaint.findFirst({ where: { id: complaintId, workshopId: workshop.id, isSandbox: true } });
  if (!complaint) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  if (isClosed(workshop, ctx.deps.now())) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "workshopClock.closed"));
  const step = chosen ?? nextStep(complaint.status);
  if (!step || !stepFits(step, complaint.status)) {
    throw new ServiceError("FORBIDDEN", translate(ctx.locale, "workshopClock.noStep", { status: translate(ctx.locale, `status.${complaint.status}`) }));
  }
  return play(ctx, workshop, complaint, step);
}

export type ClockSettings = { running: boolean; speed?: number | null };

/** Starts or stops the automatic script and sets its speed. */
export async function setWorkshopClock(
  ctx: Context,
  workshopId: string,
  settings: ClockSettings,
): Promise<{ ok: true; workshop: Workshop } | { ok: false; issues: FieldIssue[] }> {
  const workshop = await trainerWorkshop(ctx, workshopId);
  const speed = settings.speed ?? workshop.clockSpeed;
  if (!isClockSpeed(speed)) return { ok: false, issues: [{ field: "speed", code: "invalid_choice" }] };
  if (settings.running && isClosed(workshop, ctx.deps.now())) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "workshopClock.closed"));
  const updated = await ctx.prisma.workshop.update({ where: { id: workshop.id }, data: { clockRunning: settings.running, clockSpeed: speed } });
  return { ok: true, workshop: updated };
}

/** A context that acts as the workshop's trainer, for the automatic script (no request). */
async function trainerContext(deps: Deps, trainer: { id: string; name: string; email: string | null; locale: "id" | "en"; roles: { role: string; regionCode: string | null; agencyId: string | null }[] }): Promise<Context> {
  const ctx = await createContext(deps, { headers: {} });
  ctx.locale = trainer.locale;
  ctx.viewer = { sessionId: "workshop-clock", secondFactorAt: null, user: { id: trainer.id, name: trainer.name, email: trainer.email, locale: trainer.locale }, roles: trainer.roles };
  return ctx;
}

export type ClockTickResult = { played: { complaintId: string; step: ClockStep }[]; stopped: number };

/**
 * One round of the automatic script: stops the clock of workshops that have ended, then plays
 * each due step of every running workshop once. Safe when two instances tick at once: each step
 * is the workflow's conditional update on the status it was due from, so a step already played
 * elsewhere is refused and skipped, never played twice.
 */
export async function clockTick(deps: Deps): Promise<ClockTickResult> {
  const now = deps.now();
  const prisma = deps.db.prisma;
  const { count: stopped } = await prisma.workshop.updateMany({
    where: { clockRunning: true, OR: [{ closedAt: { not: null } }, { purgedAt: { not: null } }, { endsAt: { lte: now } }] },
    data: { clockRunning: false },
  });
  const running = await prisma.workshop.findMany({
    where: { clockRunning: true, closedAt: null, purgedAt: null },
    include: { trainer: { select: { id: true, name: true, email: true, locale: true, disabledAt: true, roles: { select: { role: true, regionCode: true, agencyId: true } } } } },
  });
  const played: ClockTickResult["played"] = [];
  for (const { trainer, ...workshop } of running) {
    if (trainer.disabledAt) continue;
    const ctx = await trainerContext(deps, trainer);
    if (!isTrainer(ctx)) continue;
    for (const row of await practiceRows(ctx, workshop)) {
      const step = dueStep(row.status, row.lastStepAt, workshop.clockSpeed, now);
      if (!step) continue;
      const complaint = await prisma.complaint.findFirst({ where: { id: row.id, workshopId: workshop.id, isSandbox: true, status: row.status } });
      if (!complaint) continue;
      try {
        const result = await play(ctx, workshop, complaint, step);
        if (result.ok) played.push({ complaintId: complaint.id, step });
      } catch (error) {
        // Played meanwhile by another instance or by the trainer: nothing to do.
        if (!(error instanceof ServiceError)) throw error;
      }
    }
  }
  return { played, stopped };
}
