// the sahabat directory per kecamatan (anyone may read it) and the sahabat's own
// profile in it.
import type { PublicSahabat } from "../../domain/sahabat/profile.ts";
import {
  type DirectoryDistrict,
  directoryDistricts,
  districtDirectory,
  type OwnProfile,
  ownProfile,
  saveOwnProfile,
} from "../../services/use-cases/sahabat-directory.ts";
import { completeSahabatTask, recordRelay, sahabatTasks, type SahabatTaskView } from "../../services/use-cases/relay.ts";
import { builder } from "../builder.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

const SahabatContact = builder.objectRef<PublicSahabat>("SahabatContact").implement({
  description: "What one sahabat chose to show the public: a name, how and when to reach them.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The profile's own id (not the account's)." }),
    name: t.exposeString("name"),
    phone: t.exposeString("phone", { nullable: true, description: "+62…, to call or message." }),
    place: t.exposeString("place", { description: "Where to find them; may be empty." }),
    hours: t.exposeString("hours", { description: "When, in their words; may be empty." }),
  }),
});

const DirectoryDistrictRef = builder.objectRef<DirectoryDistrict>("SahabatDistrict").implement({
  description: "A kecamatan of the regency and how many sahabat its public page lists.",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    sahabatCount: t.exposeInt("sahabatCount"),
  }),
});

type Directory = { code: string; name: string; sahabat: PublicSahabat[]; relayOffered: boolean };
const SahabatDirectory = builder.objectRef<Directory>("SahabatDirectory").implement({
  description: "The sahabat of one kecamatan who chose to be listed, by name.",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    sahabat: t.field({ type: [SahabatContact], resolve: (d) => d.sahabat }),
    relayOffered: t.exposeBoolean("relayOffered", {
      description: "A resident filing here may hear back through a sahabat: at least one serves this kecamatan, listed or not.",
    }),
  }),
});

const OwnRegion = builder.objectRef<{ code: string; name: string }>("SahabatProfileDistrict").implement({
  fields: (t) => ({ code: t.exposeString("code"), name: t.exposeString("name") }),
});

const SahabatProfile = builder.objectRef<OwnProfile>("SahabatProfile").implement({
  description: "The signed-in sahabat's profile in the directory, as they last saved it.",
  fields: (t) => ({
    published: t.exposeBoolean("published"),
    saved: t.exposeBoolean("saved", { description: "false: never saved; the name is the account's, as a suggestion." }),
    displayName: t.exposeString("displayName"),
    phone: t.exposeString("phone", { nullable: true }),
    place: t.exposeString("place"),
    hours: t.exposeString("hours"),
    districts: t.field({ type: [OwnRegion], description: "The kecamatan whose page lists this sahabat.", resolve: (p) => p.districts }),
  }),
});

const SaveSahabatProfileInput = builder.inputType("SaveSahabatProfileInput", {
  fields: (t) => ({
    published: t.boolean({ required: true }),
    displayName: t.string(),
    phone: t.string(),
    place: t.string(),
    hours: t.string(),
  }),
});

const SaveSahabatProfilePayload = builder.objectRef<{ errors: FieldErrorShape[] }>("SaveSahabatProfilePayload").implement({
  fields: (t) => ({
    ok: t.boolean({ resolve: (p) => p.errors.length === 0 }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const RecordRelayPayload = builder.objectRef<{ errors: FieldErrorShape[] }>("RecordRelayPayload").implement({
  fields: (t) => ({
    ok: t.boolean({ resolve: (p) => p.errors.length === 0 }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const SahabatTask = builder.objectRef<SahabatTaskView>("SahabatTask").implement({
  description: "A message no channel could deliver, for the sahabat who filed the complaint to pass on.",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    body: t.exposeString("body"),
    trackingCode: t.exposeString("trackingCode", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    done: t.exposeBoolean("done"),
    dueAt: t.expose("dueAt", { type: "DateTime", description: "Three working days after the task was made." }),
    overdue: t.exposeBoolean("overdue", { description: "Still open after its due time." }),
    mayRate: t.exposeBoolean("mayRate", { description: "The resident's rating can be recorded with the relay (resolved, not yet rated)." }),
  }),
});

const RecordRelayInput = builder.inputType("RecordRelayInput", {
  fields: (t) => ({
    taskId: t.id({ required: true }),
    relayChannel: t.string({ description: "IN_PERSON | PHONE | SMS | WHATSAPP | LETTER | OTHER (then say how in relayNote)." }),
    relayNote: t.string({ description: "At most 500 characters." }),
    residentRating: t.int({ description: "What the resident said back: their 1–5 rating (once the complaint is resolved)." }),
    residentRatingComment: t.string({ description: "At most 1,000 characters; only with a rating." }),
    residentReply: t.string({ description: "The resident's reply or added information, at most 2,000 characters." }),
  }),
});

builder.queryFields((t) => ({
  sahabatTasks: t.field({
    type: [SahabatTask],
    description: "The signed-in sahabat's messages to pass on, oldest first.",
    authScopes: { role: "SAHABAT" },
    args: { includeDone: t.arg.boolean({ defaultValue: false }) },
    resolve: (_r, a, ctx) => sahabatTasks(ctx, a.includeDone ?? false),
  }),
  sahabatDistricts: t.field({
    type: [DirectoryDistrictRef],
    description: "The kecamatan of this regency by name, with the number of sahabat each lists. Public.",
    resolve: (_r, _a, ctx) => directoryDistricts(ctx),
  }),
  sahabatDirectory: t.field({
    type: SahabatDirectory,
    nullable: true,
    description: "The sahabat listed for one kecamatan of this regency; null for any other code. Public.",
    args: { districtCode: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) => districtDirectory(ctx, a.districtCode),
  }),
  sahabatProfile: t.field({
    type: SahabatProfile,
    description: "The signed-in sahabat's own profile in the directory.",
    authScopes: { role: "SAHABAT" },
    resolve: (_r, _a, ctx) => ownProfile(ctx),
  }),
}));

builder.mutationFields((t) => ({
  completeSahabatTask: t.boolean({
    description: "Marks a message as passed on.",
    authScopes: { role: "SAHABAT" },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => completeSahabatTask(ctx, String(a.id)),
  }),
  recordRelay: t.field({
    type: RecordRelayPayload,
    description:
      "The signed-in sahabat passed a message on to the resident: how, with an optional note, and what the resident said back " +
      "(a reply, a rating), each on the timeline as given through the sahabat. Ends the task.",
    authScopes: { role: "SAHABAT" },
    args: { input: t.arg({ type: RecordRelayInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await recordRelay(ctx, String(input.taskId), {
        channel: input.relayChannel,
        note: input.relayNote,
        rating: input.residentRating,
        ratingComment: input.residentRatingComment,
        reply: input.residentReply,
      });
      return { errors: result.ok ? [] : toFieldErrors(ctx, result.issues) };
    },
  }),
  saveSahabatProfile: t.field({
    type: SaveSahabatProfilePayload,
    description: "Saves what the signed-in sahabat shows on the public page; published: false hides it.",
    authScopes: { role: "SAHABAT" },
    args: { input: t.arg({ type: SaveSahabatProfileInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await saveOwnProfile(ctx, input);
      return { errors: result.ok ? [] : toFieldErrors(ctx, result.issues) };
    },
  }),
}));
