// Drafts: a resident's answers, kept per device step by step, so nothing typed is lost when a
// phone dies, the connection drops or a session expires. The device holds a random key in a
// cookie; only its hash is stored. Answers are kept as typed (validated on each step and on
// submit), limited to the known fields and sizes.
import { createHash, randomBytes } from "node:crypto";
import { serializeCookie } from "../../auth/session.ts";
import type { Context } from "../../context.ts";
import type { SubmissionInput } from "../../domain/complaint/submission.ts";
import type { ConsentInput } from "../../domain/sahabat/consent.ts";
import type { Draft, Prisma } from "../../generated/prisma/client.ts";
import { currentParticipation } from "./workshops.ts";

export const DRAFT_COOKIE = "suara_draf";
/** A random id for this device, so limits can tell the phones behind one address apart. */
export const DEVICE_COOKIE = "suara_perangkat";
const DEVICE_LIFETIME_MS = 365 * 86_400_000;
const LIFETIME_MS = 30 * 86_400_000;
/** Generous bounds on what a draft keeps: the story limit is checked, not enforced, here. */
const MAX_ANSWER_LENGTH = 20_000;

export const DRAFT_FIELDS = [
  "kind",
  "title",
  "story",
  "incidentDate",
  "districtCode",
  "villageCode",
  "landmark",
  "categoryId",
  "privacy",
  "showReporterName",
  "reporterName",
  "reporterPhone",
  "reporterEmail",
  "suggestedAgencyId",
  "latitude",
  "longitude",
  "contactPreference",
  // Assisted filing ("Lapor untuk warga"): set when a sahabat starts it, and the consent step.
  "assisted",
  "consentMethod",
  "consentReadBack",
  "consentNote",
  "consentGivenAt",
  // Under "Lewat Sahabat LAPOR!": the sahabat picked from the public list.
  "relaySahabatId",
] as const satisfies readonly (keyof SubmissionInput | keyof ConsentInput | "assisted")[];

export type DraftAnswers = Partial<Record<(typeof DRAFT_FIELDS)[number], string | boolean | null>>;

const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

const draftCookie = (key: string | null, secure: boolean, expiresAt?: Date) =>
  serializeCookie(DRAFT_COOKIE, key, secure, expiresAt);

/**
 * This device's draft, if it has one that has not expired. In a workshop only its practice draft
 * counts, and outside one never a practice draft: practice and real filings are never mixed.
 */
export async function currentDraft(ctx: Context): Promise<Draft | null> {
  if (!ctx.draftKey) return null;
  const draft = await ctx.prisma.draft.findUnique({ where: { keyHash: hashKey(ctx.draftKey) } });
  if (!draft || draft.expiresAt <= ctx.deps.now()) return null;
  const participation = ctx.workshopToken || draft.workshopParticipantId ? await currentParticipation(ctx) : null;
  return draft.workshopParticipantId === (participation?.id ?? null) ? draft : null;
}

/** This device's draft, created (and its cookie set) when there is none. */
export async function ensureDraft(ctx: Context): Promise<Draft> {
  const existing = await currentDraft(ctx);
  if (existing) return existing;
  const key = randomBytes(24).toString("base64url");
  const expiresAt = new Date(ctx.deps.now().getTime() + LIFETIME_MS);
  // A workshop participant's draft is practice: it files a LATIHAN complaint in that workshop.
  const participation = await currentParticipation(ctx);
  const draft = await ctx.prisma.draft.create({
    // updatedAt from the service clock: the purge of abandoned drafts compares with it.
    data: {
      keyHash: hashKey(key),
      userId: ctx.viewer?.user.id ?? null,
      workshopParticipantId: participation?.id ?? null,
      expiresAt,
      createdAt: ctx.deps.now(),
      updatedAt: ctx.deps.now(),
    },
  });
  ctx.draftKey = key;
  ctx.setCookie(draftCookie(key, ctx.deps.secureCookies, expiresAt));
  ensureDevice(ctx);
  return draft;
}

/** Gives this device its id cookie when it has none (set with the first draft). */
export function ensureDevice(ctx: Context): string {
  if (ctx.deviceId) return ctx.deviceId;
  ctx.deviceId = randomBytes(18).toString("base64url");
  const expiresAt = new Date(ctx.deps.now().getTime() + DEVICE_LIFETIME_MS);
  ctx.setCookie(serializeCookie(DEVICE_COOKIE, ctx.deviceId, ctx.deps.secureCookies, expiresAt));
  return ctx.deviceId;
}

export function draftAnswers(draft: Draft | null): DraftAnswers {
  const raw = (draft?.answers ?? {}) as Record<string, unknown>;
  const answers: DraftAnswers = {};
  for (const field of DRAFT_FIELDS) {
    const value = raw[field];
    if (typeof value === "string" || typeof value === "boolean" || value === null) answers[field] = value;
  }
  return answers;
}

/** The resident shared where they are ("use my location"): photos may then keep their location. */
export function sharesLocation(draft: Draft | null): boolean {
  const { latitude } = draftAnswers(draft);
  return typeof latitude === "string" && latitude.trim() !== "";
}

/** Merges the given answers into this device's draft (unknown fields are ignored). */
export async function saveDraftAnswers(ctx: Context, step: string, input: Record<string, unknown>): Promise<Draft> {
  const draft = await ensureDraft(ctx);
  const answers = draftAnswers(draft);
  for (const field of DRAFT_FIELDS) {
    if (!(field in input)) continue;
    const value = input[field];
    if (value === null || value === undefined) answers[field] = null;
    else if (typeof value === "boolean") answers[field] = value;
    else if (typeof value === "string") answers[field] = value.slice(0, MAX_ANSWER_LENGTH);
  }
  return ctx.prisma.draft.update({
    where: { id: draft.id },
    data: {
      answers: answers as Prisma.InputJsonValue,
      step: step.slice(0, 40),
      expiresAt: new Date(ctx.deps.now().getTime() + LIFETIME_MS),
      updatedAt: ctx.deps.now(),
      userId: draft.userId ?? ctx.viewer?.user.id ?? null,
    },
  });
}

/** Forgets this device's draft (after submitting, or when the person starts over). */
export async function discardDraft(ctx: Context, draftId: string): Promise<void> {
  await ctx.prisma.draft.delete({ where: { id: draftId } }).catch(() => {});
  ctx.setCookie(draftCookie(null, ctx.deps.secureCookies));
  ctx.draftKey = null;
}
