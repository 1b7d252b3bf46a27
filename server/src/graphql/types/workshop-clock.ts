// A workshop's fast clock over GraphQL (trainer only, their own workshop): the practice
// complaints with their next step, playing one step by hand, starting and stopping the automatic
// script, and a subscription that sends the list again when one of them changes.
import { z } from "zod";
import type { Context } from "../../context.ts";
import { CLOCK_SPEEDS, CLOCK_STEPS, type ClockStep } from "../../domain/workshop/clock.ts";
import { type QueueEvent, topics } from "../../events/bus.ts";
import { ComplaintStatus } from "../../generated/prisma/client.ts";
import { say } from "../../i18n/say.ts";
import { refreshViewer } from "../../services/use-cases/notifications.ts";
import { sessionOnEvent } from "../event-memo.ts";
import { isTrainer } from "../../services/use-cases/workshop-access.ts";
import {
  type ClockComplaintRow,
  concernsWorkshop,
  playClockStep,
  setWorkshopClock,
  workshopClock,
  type WorkshopClockView,
} from "../../services/use-cases/workshop-clock.ts";
import { abortable } from "../abortable.ts";
import { builder } from "../builder.ts";
import { ComplaintPayload } from "./complaint.ts";
import { type FieldErrorShape, FieldError, toFieldErrors } from "./field-error.ts";

const ClockStepEnum = builder.enumType("WorkshopClockStep", {
  description: "A step of a practice complaint's life the fast clock plays.",
  values: CLOCK_STEPS,
});

const stepLabel = (ctx: Context, step: ClockStep | null) => say(ctx, `workshopClock.step.${step ?? "none"}`);

const ClockComplaint = builder.objectRef<ClockComplaintRow>("WorkshopClockComplaint").implement({
  description: "A practice (LATIHAN) complaint of the workshop as the fast clock sees it: never what it says.",
  fields: (t) => ({
    id: t.exposeID("id"),
    trackingCode: t.exposeString("trackingCode"),
    participantNumber: t.exposeInt("participantNumber", { nullable: true, description: "\"Peserta 7\"; null once the participant was removed." }),
    status: t.field({ type: ComplaintStatus, resolve: (c) => c.status }),
    statusLabel: t.string({ description: "The status in words.", resolve: (c, _a, ctx) => say(ctx, `status.${c.status}`) }),
    nextStep: t.field({ type: ClockStepEnum, nullable: true, description: "null: the script has nothing left.", resolve: (c) => c.nextStep }),
    nextStepLabel: t.string({ resolve: (c, _a, ctx) => stepLabel(ctx, c.nextStep) }),
    dueAt: t.expose("dueAt", { type: "DateTime", nullable: true, description: "When the automatic script plays the next step; null while it is stopped." }),
    pretendDay: t.exposeInt("pretendDay", { description: "The pretend day reached: filing is day 1." }),
    pretendDayLabel: t.string({ description: "E.g. 'Hari ke-3 (pura-pura)'.", resolve: (c, _a, ctx) => say(ctx, "workshopClock.day", { day: c.pretendDay }) }),
    nextStepDay: t.exposeInt("nextStepDay", { nullable: true }),
    nextStepDayLabel: t.string({
      nullable: true,
      resolve: (c, _a, ctx) => (c.nextStepDay === null ? null : say(ctx, "workshopClock.day", { day: c.nextStepDay })),
    }),
  }),
});

const SpeedOption = builder.objectRef<{ value: number; current: boolean }>("WorkshopClockSpeed").implement({
  fields: (t) => ({
    value: t.exposeInt("value", { description: "Pretend minutes per real second." }),
    current: t.exposeBoolean("current"),
  }),
});

const WorkshopClock = builder.objectRef<WorkshopClockView>("WorkshopClock").implement({
  description: "A workshop's fast clock, for its trainer.",
  fields: (t) => ({
    workshopId: t.id({ resolve: (v) => v.workshop.id }),
    title: t.string({ resolve: (v) => v.workshop.title }),
    running: t.boolean({ description: "Whether the automatic script plays.", resolve: (v) => v.workshop.clockRunning && !v.closed }),
    speed: t.int({ description: "Pretend minutes per real second.", resolve: (v) => v.workshop.clockSpeed }),
    speeds: t.field({
      type: [SpeedOption],
      resolve: (v) => CLOCK_SPEEDS.map((value) => ({ value, current: value === v.workshop.clockSpeed })),
    }),
    closed: t.boolean({ description: "The workshop has ended: the clock stands still.", resolve: (v) => v.closed }),
    complaints: t.field({ type: [ClockComplaint], description: "Oldest first.", resolve: (v) => v.complaints }),
  }),
});

const ClockPayload = builder.objectRef<{ clock: WorkshopClockView | null; errors: FieldErrorShape[] }>("WorkshopClockPayload").implement({
  fields: (t) => ({
    clock: t.field({ type: WorkshopClock, nullable: true, resolve: (p) => p.clock }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const id = z.string().min(1).max(40);

builder.queryFields((t) => ({
  workshopClock: t.field({
    type: WorkshopClock,
    description: "The fast clock of the trainer's own workshop (NOT_FOUND for anyone else's).",
    authScopes: { role: "TRAINER" },
    args: { workshopId: t.arg.id({ required: true, validate: id }) },
    resolve: (_r, args, ctx) => workshopClock(ctx, String(args.workshopId)),
  }),
}));

const PlayInput = builder.inputType("PlayWorkshopClockStepInput", {
  fields: (t) => ({
    workshopId: t.id({ required: true, validate: id }),
    complaintId: t.id({ required: true, validate: id }),
    step: t.field({ type: ClockStepEnum, description: "Which step; the next one when left out." }),
  }),
});

const SetInput = builder.inputType("SetWorkshopClockInput", {
  fields: (t) => ({
    workshopId: t.id({ required: true, validate: id }),
    running: t.boolean({ required: true }),
    speed: t.int({ description: "Pretend minutes per real second (one of WorkshopClock.speeds); unchanged when left out." }),
  }),
});

builder.mutationFields((t) => ({
  playWorkshopClockStep: t.field({
    type: ComplaintPayload,
    description: "The trainer, as the pretend verifier or agency, plays one step of a practice complaint of their own workshop.",
    authScopes: { role: "TRAINER" },
    args: { input: t.arg({ type: PlayInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await playClockStep(ctx, String(input.workshopId), String(input.complaintId), input.step ?? null);
      return result.ok ? { complaintId: result.complaint.id, errors: [] } : { complaintId: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  setWorkshopClock: t.field({
    type: ClockPayload,
    description: "Starts or stops the automatic script and sets its speed.",
    authScopes: { role: "TRAINER" },
    args: { input: t.arg({ type: SetInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await setWorkshopClock(ctx, String(input.workshopId), { running: input.running, speed: input.speed ?? null });
      if (!result.ok) return { clock: null, errors: toFieldErrors(ctx, result.issues) };
      return { clock: await workshopClock(ctx, result.workshop.id), errors: [] };
    },
  }),
}));

builder.subscriptionFields((t) => ({
  workshopClockChanged: t.field({
    type: WorkshopClock,
    description: "The fast clock again, each time one of the workshop's practice complaints changed. Ends when the session or the role does.",
    authScopes: { role: "TRAINER" },
    args: { workshopId: t.arg.id({ required: true, validate: id }) },
    subscribe: (_root, args, ctx) =>
      abortable(async function* (signal) {
        const userId = ctx.viewer!.user.id;
        const workshopId = String(args.workshopId);
        const events = ctx.deps.bus.subscribe(topics.queue, signal)[Symbol.asyncIterator]();
        const first = events.next();
        await workshopClock(ctx, workshopId); // NOT_FOUND for anyone but its trainer, before any event
        for (let step = await first; !step.done; step = await events.next()) {
          if (!(await refreshViewer(ctx, sessionOnEvent(step.value, ctx))) || ctx.viewer?.user.id !== userId || !isTrainer(ctx)) return;
          if (!(await concernsWorkshop(ctx, workshopId, (step.value as QueueEvent).complaintId))) continue;
          yield await workshopClock(ctx, workshopId);
        }
      }),
    resolve: (view) => view as WorkshopClockView,
  }),
}));
