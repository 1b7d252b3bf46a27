// The trainer's "Atur ruang" and report: reset one participant or the room, end the workshop,
// and the counts of the printable report. Trainers only, and only for their own workshop (the
// use cases load it through trainerWorkshop; anyone else gets not-found).
import type { StepErrors, WorkshopSummary } from "../../domain/workshop/lifecycle.ts";
import {
  endWorkshop,
  type LifecycleResult,
  resetParticipant,
  resetRoom,
  type RosterEntry,
  workshopReport,
  type WorkshopReport,
  workshopRoster,
} from "../../services/use-cases/workshop-lifecycle.ts";
import type { Context } from "../../context.ts";
import { builder } from "../builder.ts";
import { FieldError, toFieldErrors } from "./field-error.ts";

const Phase = builder.enumType("WorkshopPhase", {
  description: "OPEN: people join and file; ENDED: by the trainer or after 12 hours, the practice data still exists; PURGED: only the counts remain.",
  values: ["OPEN", "ENDED", "PURGED"] as const,
});

const StepErrorsRef = builder.objectRef<StepErrors>("WorkshopStepErrors").implement({
  description: "How many errors participants met on one step of the filing journey.",
  fields: (t) => ({
    step: t.exposeString("step", { description: "The step's name, e.g. lokasi." }),
    count: t.exposeInt("count"),
  }),
});

const Counts = builder.objectRef<WorkshopSummary>("WorkshopReportCounts").implement({
  fields: (t) => ({
    participants: t.exposeInt("participants"),
    finished: t.exposeInt("finished", { description: "Participants who filed their practice complaint to the end." }),
    complaintsFiled: t.exposeInt("complaintsFiled"),
    errorsByStep: t.field({ type: [StepErrorsRef], description: "In journey order; steps without errors are left out.", resolve: (s) => s.errorsByStep }),
  }),
});

export const Report = builder.objectRef<WorkshopReport>("WorkshopReport").implement({
  description: "A workshop's report for its trainer: live counts while its practice data exists, the kept summary after the purge.",
  fields: (t) => ({
    id: t.id({ resolve: (r) => r.workshop.id }),
    title: t.string({ resolve: (r) => r.workshop.title }),
    startsAt: t.field({ type: "DateTime", resolve: (r) => r.workshop.startsAt }),
    regionName: t.string({ nullable: true, description: "The kecamatan it was held in.", resolve: (r) => r.regionName }),
    phase: t.field({ type: Phase, resolve: (r) => r.phase }),
    endedAt: t.field({ type: "DateTime", nullable: true, resolve: (r) => r.endedAt }),
    purgeDueAt: t.field({ type: "DateTime", nullable: true, description: "When its practice data will be deleted (null while open).", resolve: (r) => r.purgeDueAt }),
    purgedAt: t.field({ type: "DateTime", nullable: true, resolve: (r) => r.workshop.purgedAt }),
    kept: t.exposeBoolean("kept", { description: "true: the counts come from the summary kept after the purge." }),
    counts: t.field({ type: Counts, resolve: (r) => r.summary }),
  }),
});

const RosterEntryRef = builder.objectRef<RosterEntry>("WorkshopRosterEntry").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    number: t.exposeInt("number", { description: "\"Peserta 7\"." }),
    displayName: t.exposeString("displayName"),
    progress: t.exposeString("progress", { description: "The step they are on (a step name, never an answer)." }),
  }),
});

type Roster = Awaited<ReturnType<typeof workshopRoster>>;
const RosterRef = builder.objectRef<Roster>("WorkshopRoster").implement({
  description: "A workshop's participants by number, for its trainer to choose whom to reset.",
  fields: (t) => ({
    id: t.id({ resolve: (r) => r.workshop.id }),
    title: t.string({ resolve: (r) => r.workshop.title }),
    open: t.exposeBoolean("open", { description: "false once ended: nothing can be reset any more." }),
    participants: t.field({ type: [RosterEntryRef], resolve: (r) => r.participants }),
  }),
});

const Payload = builder.objectRef<{ errors: ReturnType<typeof toFieldErrors>; removedComplaints: number; participants: number }>("WorkshopLifecyclePayload").implement({
  fields: (t) => ({
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
    removedComplaints: t.exposeInt("removedComplaints", { description: "Practice complaints deleted by a reset." }),
    participants: t.exposeInt("participants", { description: "Participants started over by a reset." }),
  }),
});

const payload = (ctx: Context, result: LifecycleResult) =>
  result.ok ? { errors: [], removedComplaints: result.removedComplaints, participants: result.participants } : { errors: toFieldErrors(ctx, result.issues), removedComplaints: 0, participants: 0 };

builder.queryFields((t) => ({
  workshopReport: t.field({
    type: Report,
    description: "The trainer's report of their own workshop.",
    authScopes: { role: "TRAINER" },
    args: { workshopId: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => workshopReport(ctx, String(a.workshopId)),
  }),
  workshopRoster: t.field({
    type: RosterRef,
    description: "The participants of the trainer's own workshop, by number.",
    authScopes: { role: "TRAINER" },
    args: { workshopId: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => workshopRoster(ctx, String(a.workshopId)),
  }),
}));

builder.mutationFields((t) => ({
  resetWorkshopParticipant: t.field({
    type: Payload,
    description: "Starts one participant over: their drafts and practice complaints are deleted, their progress and errors cleared. Open workshops only.",
    authScopes: { role: "TRAINER" },
    args: { workshopId: t.arg.id({ required: true }), participantId: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => payload(ctx, await resetParticipant(ctx, String(a.workshopId), String(a.participantId))),
  }),
  resetWorkshopRoom: t.field({
    type: Payload,
    description: "Starts every participant of the room over (they stay in the room). Open workshops only.",
    authScopes: { role: "TRAINER" },
    args: { workshopId: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => payload(ctx, await resetRoom(ctx, String(a.workshopId))),
  }),
  endWorkshop: t.field({
    type: Payload,
    description: "Ends the workshop now: no more joins or filings, the fast clock stops; its practice data is purged after the grace period.",
    authScopes: { role: "TRAINER" },
    args: { workshopId: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => payload(ctx, await endWorkshop(ctx, String(a.workshopId))),
  }),
}));
