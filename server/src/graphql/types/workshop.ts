// Workshops (pelatihan): the trainer's own workshops and room (live, over a subscription), and a
// participant's joining, leaving and participation. A participant's answers never appear here:
// only the step they are on and the field of their last error.
import type { Context } from "../../context.ts";
import { formatJoinCode, spellJoinCode, spokenJoinCode } from "../../domain/workshop/join-code.ts";
import { readProgress } from "../../domain/workshop/participant.ts";
import { topics } from "../../events/bus.ts";
import type { Workshop as WorkshopRow, WorkshopParticipant } from "../../generated/prisma/client.ts";
import { say } from "../../i18n/say.ts";
import { refreshViewer } from "../../services/use-cases/notifications.ts";
import { sessionOnEvent } from "../event-memo.ts";
import { trainerWorkshop } from "../../services/use-cases/workshop-access.ts";
import { isOpen } from "../../domain/workshop/lifecycle.ts";
import {
  checkOrigin,
  createWorkshop,
  currentParticipation,
  joinQrSvg,
  joinUrl,
  joinWorkshop,
  leaveWorkshop,
  myWorkshops,
  type Participation,
  roomParticipants,
  roomSummary,
  type RoomSummary,
  setPresenting,
} from "../../services/use-cases/workshops.ts";
import { abortable } from "../abortable.ts";
import { builder } from "../builder.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

type RoomWorkshop = WorkshopRow & { room?: WorkshopParticipant[] };

const progressLabel = (ctx: Context, progress: string) => say(ctx, `workshop.progress.${progress === "left" ? "left" : readProgress(progress)}`);
const fieldLabel = (ctx: Context, field: string) => {
  const key = `workshop.field.${field}`;
  const label = say(ctx, key);
  return label === key ? say(ctx, "workshop.field.other") : label;
};

const SpelledCharacter = builder.objectRef<{ character: string; word: string }>("WorkshopCodeCharacter").implement({
  fields: (t) => ({ character: t.exposeString("character"), word: t.exposeString("word", { description: "How it is read aloud." }) }),
});

const SpelledGroup = builder.objectRef<{ characters: { character: string; word: string }[] }>("WorkshopCodeGroup").implement({
  fields: (t) => ({ characters: t.field({ type: [SpelledCharacter], resolve: (g) => g.characters }) }),
});

const RoomParticipant = builder.objectRef<{ p: WorkshopParticipant; presenting: boolean }>("WorkshopRoomParticipant").implement({
  description: "One person in the room as the trainer's screen shows them: where they are, never what they wrote.",
  fields: (t) => ({
    id: t.id({ resolve: ({ p }) => p.id }),
    number: t.int({ resolve: ({ p }) => p.number }),
    displayName: t.string({ nullable: true, description: "null in mode presentasi (then 'Peserta N' is shown).", resolve: ({ p, presenting }) => (presenting ? null : p.displayName) }),
    progress: t.string({ description: "joined, a filing step's name, finished or left.", resolve: ({ p }) => (p.progress === "left" ? "left" : readProgress(p.progress)) }),
    progressLabel: t.string({ description: "The step in words.", resolve: ({ p }, _a, ctx) => progressLabel(ctx, p.progress) }),
    finished: t.boolean({ resolve: ({ p }) => p.finishedAt !== null }),
    left: t.boolean({ resolve: ({ p }) => p.progress === "left" }),
    errorStep: t.string({ nullable: true, resolve: ({ p }) => p.errorStep }),
    errorStepLabel: t.string({ nullable: true, resolve: ({ p }, _a, ctx) => (p.errorStep ? progressLabel(ctx, p.errorStep) : null) }),
    errorField: t.string({ nullable: true, resolve: ({ p }) => p.errorField }),
    errorFieldLabel: t.string({ nullable: true, description: "The field of their current error, in words.", resolve: ({ p }, _a, ctx) => (p.errorField ? fieldLabel(ctx, p.errorField) : null) }),
    joinedAt: t.field({ type: "DateTime", resolve: ({ p }) => p.joinedAt }),
  }),
});

const RoomSummaryRef = builder.objectRef<RoomSummary>("WorkshopRoomSummary").implement({
  fields: (t) => ({ joined: t.exposeInt("joined"), finished: t.exposeInt("finished"), needHelp: t.exposeInt("needHelp") }),
});

const Workshop = builder.objectRef<RoomWorkshop>("Workshop").implement({
  description: "A practice room run by a trainer (only its trainer sees it).",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    joinCode: t.string({ description: "As shown: two groups, e.g. K7QM-4PXR.", resolve: (w) => formatJoinCode(w.joinCode) }),
    joinCodeSpoken: t.string({ description: "The code in words, to read aloud.", resolve: (w, _a, ctx) => spokenJoinCode(w.joinCode, ctx.locale) }),
    joinCodeSpelled: t.field({
      type: [SpelledGroup],
      description: "The code's two groups, each character with its word.",
      resolve: (w, _a, ctx) => spellJoinCode(w.joinCode, ctx.locale).map((characters) => ({ characters })),
    }),
    joinUrl: t.string({ args: { origin: t.arg.string({ required: true }) }, nullable: true, resolve: (w, a) => { const o = checkOrigin(a.origin); return o ? joinUrl(o, w) : null; } }),
    joinQrSvg: t.string({
      description: "The join address (origin given by the page) as an accessible SVG QR code; null for an origin that is not http(s).",
      nullable: true,
      args: { origin: t.arg.string({ required: true }) },
      resolve: (w, a, ctx) => {
        const origin = checkOrigin(a.origin);
        return origin ? joinQrSvg(origin, w, say(ctx, "workshop.qrLabel", { title: w.title, code: formatJoinCode(w.joinCode) })) : null;
      },
    }),
    districtCode: t.string({ nullable: true, resolve: (w) => w.regionCode }),
    districtName: t.string({
      nullable: true,
      resolve: async (w, _a, ctx) => (w.regionCode ? ((await ctx.prisma.region.findUnique({ where: { code: w.regionCode }, select: { name: true } }))?.name ?? null) : null),
    }),
    locale: t.string({ resolve: (w) => w.locale }),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime", nullable: true }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    isOpen: t.boolean({ resolve: (w, _a, ctx) => isOpen(w, ctx.deps.now()) }),
    presenting: t.exposeBoolean("presenting", { description: "Mode presentasi: names hidden on the projector." }),
    participants: t.field({
      type: [RoomParticipant],
      description: "Everyone who joined, by number.",
      resolve: async (w, _a, ctx) => (w.room ?? (await roomParticipants(ctx, w.id))).map((p) => ({ p, presenting: w.presenting })),
    }),
    summary: t.field({ type: RoomSummaryRef, resolve: async (w, _a, ctx) => roomSummary(w.room ?? (await roomParticipants(ctx, w.id))) }),
  }),
});

const ParticipationRef = builder.objectRef<Participation>("WorkshopParticipation").implement({
  description: "This device's place in an open workshop (the LATIHAN banner reads it).",
  fields: (t) => ({
    workshopTitle: t.string({ resolve: (p) => p.workshop.title }),
    number: t.exposeInt("number"),
    displayName: t.exposeString("displayName"),
    finished: t.boolean({ resolve: (p) => p.finishedAt !== null }),
  }),
});

const CreateWorkshopInput = builder.inputType("CreateWorkshopInput", {
  fields: (t) => ({
    title: t.string({ required: true }),
    date: t.string({ required: true, description: "YYYY-MM-DD (local)." }),
    districtCode: t.string({ required: true }),
    locale: t.string({ required: true, description: "id or en." }),
  }),
});

const CreateWorkshopPayload = builder.objectRef<{ workshop: WorkshopRow | null; errors: FieldErrorShape[] }>("CreateWorkshopPayload").implement({
  fields: (t) => ({
    workshop: t.field({ type: Workshop, nullable: true, resolve: (p) => p.workshop }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const JoinWorkshopPayload = builder.objectRef<{ participation: Participation | null; errors: FieldErrorShape[] }>("JoinWorkshopPayload").implement({
  fields: (t) => ({
    participation: t.field({ type: ParticipationRef, nullable: true, resolve: (p) => p.participation }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const clip = (value: string, max: number) => value.slice(0, max);

builder.queryFields((t) => ({
  myWorkshops: t.field({
    type: [Workshop],
    description: "The signed-in trainer's workshops, latest first.",
    authScopes: { role: "TRAINER" },
    resolve: (_r, _a, ctx) => myWorkshops(ctx),
  }),
  workshop: t.field({
    type: Workshop,
    description: "One of the signed-in trainer's workshops with its room; another trainer's is not found.",
    authScopes: { role: "TRAINER" },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => trainerWorkshop(ctx, String(a.id)),
  }),
  workshopParticipation: t.field({
    type: ParticipationRef,
    nullable: true,
    description: "This device's participation in an open workshop, if any.",
    resolve: (_r, _a, ctx) => currentParticipation(ctx),
  }),
}));

builder.mutationFields((t) => ({
  createWorkshop: t.field({
    type: CreateWorkshopPayload,
    authScopes: { role: "TRAINER" },
    args: { input: t.arg({ type: CreateWorkshopInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await createWorkshop(ctx, {
        title: clip(input.title, 1000),
        date: clip(input.date, 40),
        districtCode: clip(input.districtCode, 40),
        locale: clip(input.locale, 10),
      });
      return result.ok ? { workshop: result.workshop, errors: [] } : { workshop: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  setWorkshopPresenting: t.field({
    type: Workshop,
    description: "Mode presentasi on (names hidden) or off.",
    authScopes: { role: "TRAINER" },
    args: { id: t.arg.id({ required: true }), presenting: t.arg.boolean({ required: true }) },
    resolve: (_r, a, ctx) => setPresenting(ctx, String(a.id), a.presenting),
  }),
  joinWorkshop: t.field({
    type: JoinWorkshopPayload,
    description: "Joins a workshop by its code, with the signed-in account or as this device ('Peserta N' unless a name is given).",
    args: { code: t.arg.string({ required: true }), displayName: t.arg.string() },
    resolve: async (_r, a, ctx) => {
      const result = await joinWorkshop(ctx, { code: clip(a.code, 100), displayName: a.displayName == null ? null : clip(a.displayName, 200) });
      return result.ok ? { participation: result.participation, errors: [] } : { participation: null, errors: toFieldErrors(ctx, result.issues) };
    },
  }),
  leaveWorkshop: t.boolean({
    description: "Leaves the workshop on this device (its practice draft is dropped).",
    resolve: (_r, _a, ctx) => leaveWorkshop(ctx),
  }),
}));

builder.subscriptionFields((t) => ({
  workshopRoomChanged: t.field({
    type: Workshop,
    description: "The workshop and its room again, each time someone in it changed. Only for its trainer; ends with the session or the role.",
    authScopes: { role: "TRAINER" },
    args: { workshopId: t.arg.id({ required: true }) },
    subscribe: (_root, args, ctx) =>
      abortable(async function* (signal) {
        const userId = ctx.viewer!.user.id;
        const id = String(args.workshopId);
        const events = ctx.deps.bus.subscribe(topics.workshop(id), signal)[Symbol.asyncIterator]();
        const first = events.next();
        // Another trainer's workshop is "not found", as over HTTP.
        await trainerWorkshop(ctx, id);
        for (let step = await first; !step.done; step = await events.next()) {
          if (!(await refreshViewer(ctx, sessionOnEvent(step.value, ctx))) || ctx.viewer?.user.id !== userId) return;
          const workshop = await trainerWorkshop(ctx, id);
          yield { ...workshop, room: await roomParticipants(ctx, id) };
        }
      }),
    resolve: (room) => room as RoomWorkshop,
  }),
}));
