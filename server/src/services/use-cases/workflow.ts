// Case handling: every transition is one call that works out who the actor is (from roles,
// scopes and the PIN), checks the workflow table, validates the action's inputs, moves the
// deadlines in working days, writes the change with its timeline event and audit entry in one
// transaction, and publishes the event.
import type { Context } from "../../context.ts";
import { addWorkingDays, DEADLINES, workingDaysUntil } from "../../domain/calendar/working-days.ts";
import { KINDS, LIMITS } from "../../domain/complaint/submission.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { hiddenPhrases, redactComplaintText } from "../../domain/privacy/redaction.ts";
import {
  type Action,
  type Actor,
  availableActions,
  canTransition,
  ESCALATE_AFTER_RETURNS,
  REJECT_REASONS,
  WORKFLOW,
} from "../../domain/complaint/workflow.ts";
import { publishComplaintUpdated } from "../../events/bus.ts";
import type { Complaint, Prisma } from "../../generated/prisma/client.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { loadCalendar } from "./calendar.ts";
import { type AudienceRow, audiencesFor, findComplaintByCode, forgetAccess } from "./complaint-access.ts";
import { markFilingSpam } from "./filing-limits.ts";
import { ServiceError } from "./errors.ts";
import { notifyEvent, publishNotified } from "./notifications.ts";

export type ActionInput = {
  action: Action;
  note?: string | null;
  body?: string | null;
  reason?: string | null;
  agencyId?: string | null;
  copyAgencyIds?: readonly string[] | null;
  /** verify only: the tidied title, the kind and the category (left as they are when null). */
  title?: string | null;
  kind?: string | null;
  categoryId?: string | null;
};

const NOTE_MAX = 4000;

/** The actors this request's viewer can be for one complaint. */
export async function actorsFor(ctx: Context, complaint: AudienceRow): Promise<Set<Actor>> {
  const audiences = await audiencesFor(ctx, complaint);
  const actors = new Set<Actor>();
  if (audiences.has("VERIFIER")) actors.add("VERIFIER");
  if (audiences.has("AGENCY_HANDLING")) actors.add("AGENCY");
  if (audiences.has("REPORTER")) actors.add("REPORTER");
  if (audiences.has("ADMINISTRATOR")) actors.add("ADMINISTRATOR");
  return actors;
}

export async function actionsFor(ctx: Context, complaint: AudienceRow & Pick<Complaint, "status">): Promise<Action[]> {
  return availableActions(complaint.status, await actorsFor(ctx, complaint));
}

function text(value: string | null | undefined): string | null {
  const cleaned = value?.replace(/\r\n?/g, "\n").trim();
  return cleaned ? cleaned : null;
}

async function checkInputs(ctx: Context, complaint: Complaint, input: ActionInput): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const needs = WORKFLOW[input.action].needs;
  for (const field of ["note", "body"] as const) {
    const value = text(input[field]);
    if (needs.includes(field) && !value) issues.push({ field, code: "required" });
    if (value && value.length > NOTE_MAX) issues.push({ field, code: "too_long", params: { max: NOTE_MAX, length: value.length } });
  }
  if (needs.includes("reason") && !(REJECT_REASONS as readonly string[]).includes(input.reason ?? "")) {
    issues.push({ field: "reason", code: input.reason ? "invalid_choice" : "required" });
  }
  if (input.action === "verify") {
    // The verifier tidies what the reporter wrote: a title can be shortened, never emptied.
    if (input.title !== undefined && input.title !== null) {
      const title = input.title.replace(/\s+/g, " ").trim();
      if (!title) issues.push({ field: "title", code: "required" });
      else if (title.length > LIMITS.title) issues.push({ field: "title", code: "too_long", params: { max: LIMITS.title, length: title.length } });
    }
    if (input.kind && !(KINDS as readonly string[]).includes(input.kind)) issues.push({ field: "kind", code: "invalid_choice" });
    if (input.categoryId) {
      const category = await ctx.prisma.category.findFirst({ where: { id: input.categoryId, active: true }, select: { id: true } });
      if (!category) issues.push({ field: "categoryId", code: "invalid_choice" });
    }
  }
  if (needs.includes("agencyId")) {
    const ids = [input.agencyId ?? "", ...(input.copyAgencyIds ?? [])].filter(Boolean);
    const agencies = await ctx.prisma.agency.findMany({ where: { id: { in: ids }, active: true } });
    const main = agencies.find((a) => a.id === input.agencyId);
    // A workshop complaint only ever reaches pretend agencies, and a real one only real agencies.
    if (!input.agencyId) issues.push({ field: "agencyId", code: "required" });
    else if (!main || main.isSandbox !== complaint.isSandbox) issues.push({ field: "agencyId", code: "invalid_choice" });
    const copies = input.copyAgencyIds ?? [];
    if (copies.some((id) => id === input.agencyId || !agencies.some((a) => a.id === id && a.isSandbox === complaint.isSandbox))) {
      issues.push({ field: "copyAgencyIds", code: "invalid_choice" });
    }
  }
  return issues;
}

/**
 * A title tidied at verification after the verifier hid phrases in it: the same phrases are hidden
 * in the new title, so the public never reads the original through the tidying.
 */
function tidiedPublicTitle(complaint: Complaint, title: string): { publicTitle?: string | null } {
  if (complaint.publicTitle === null && complaint.publicStory === null) return {};
  const phrases = [...hiddenPhrases(complaint.title, complaint.publicTitle), ...hiddenPhrases(complaint.story, complaint.publicStory)];
  const tidied = title.replace(/\s+/g, " ").trim();
  if (phrases.length === 0) return {};
  return { publicTitle: redactComplaintText({ title: tidied, story: "" }, phrases).publicTitle };
}

type Change = {
  data: Prisma.ComplaintUpdateInput;
  note: string | null;
};

/** What each action changes besides the status: deadlines, assignment, and its note. Who sees the event and the note is the workflow table's. */
async function changeFor(ctx: Context, complaint: Complaint, input: ActionInput, now: Date): Promise<Change> {
  const calendar = await loadCalendar(ctx.prisma, now.getTime());
  const note = text(input.note);
  const body = text(input.body);
  switch (input.action) {
    case "verify":
      return {
        data: {
          ...(input.title ? { title: input.title.replace(/\s+/g, " ").trim(), ...tidiedPublicTitle(complaint, input.title) } : {}),
          ...(input.kind ? { kind: input.kind as (typeof KINDS)[number] } : {}),
          ...(input.categoryId ? { category: { connect: { id: input.categoryId } } } : {}),
        },
        note: null,
      };
    case "acknowledge":
    case "markInProgress":
      return { data: {}, note: null };
    case "postpone":
      return { data: { pausedAt: now }, note };
    case "resume": {
      // Postponed time does not count: the verification clock gets back what was left.
      const left = complaint.pausedAt && complaint.verifyDueAt ? workingDaysUntil(complaint.pausedAt, complaint.verifyDueAt, calendar) : DEADLINES.verify;
      return {
        data: { pausedAt: null, verifyDueAt: addWorkingDays(now, Math.max(1, left), calendar) },
        note,
      };
    }
    case "markOutOfScope":
      return { data: { pausedAt: null }, note };
    case "reject":
    case "archive":
      return { data: { pausedAt: null }, note: [translate(ctx.locale, `reason.${input.reason}`), note].filter(Boolean).join(" — ") };
    case "dispose":
      return {
        data: {
          agency: { connect: { id: input.agencyId! } },
          followUpDueAt: addWorkingDays(now, DEADLINES.agencyFollowUp, calendar),
          copies: {
            deleteMany: {},
            create: (input.copyAgencyIds ?? []).map((agencyId) => ({ agency: { connect: { id: agencyId } } })),
          },
        },
        note,
      };
    case "postFollowUp":
      // The agency keeps the complaint: its clock starts again from this answer, so the reporter
      // always sees by when the next word is due.
      return { data: { followUpDueAt: addWorkingDays(now, DEADLINES.agencyFollowUp, calendar) }, note: body };
    case "addNote":
      return { data: {}, note: body };
    case "resolve":
      return {
        data: { followUpDueAt: null, closeDueAt: addWorkingDays(now, DEADLINES.autoClose, calendar) },
        note: body,
      };
    case "returnNotOurAuthority": {
      const returns = complaint.returnCount + 1;
      return {
        data: {
          agency: { disconnect: true },
          followUpDueAt: null,
          // Back with the verifier, who has the verification clock again to re-route it.
          verifyDueAt: addWorkingDays(now, DEADLINES.verify, calendar),
          returnCount: returns,
          ...(returns >= ESCALATE_AFTER_RETURNS ? { escalatedAt: now } : {}),
        },
        note,
      };
    }
    case "reopen":
      return {
        data: { closeDueAt: null, followUpDueAt: addWorkingDays(now, DEADLINES.agencyFollowUp, calendar) },
        note,
      };
    case "close":
      return { data: { closeDueAt: null }, note };
  }
}

/** The first check, passing on and public answer, each kept once (the public statistics read them). */
function firstTimes(
  found: Pick<Complaint, "verifiedAt" | "disposedAt" | "firstAnswerAt">,
  to: Complaint["status"],
  answers: boolean,
  now: Date,
): Partial<Pick<Complaint, "verifiedAt" | "disposedAt" | "firstAnswerAt">> {
  return {
    ...(to === "VERIFIED" && found.verifiedAt === null ? { verifiedAt: now } : {}),
    ...(to === "DISPOSED" && found.disposedAt === null ? { disposedAt: now } : {}),
    ...(answers && found.firstAnswerAt === null ? { firstAnswerAt: now } : {}),
  };
}

export type ActResult = { ok: true; complaint: Complaint } | { ok: false; issues: FieldIssue[] };

/**
 * Takes one workflow action. The complaint is named by id (staff) or by tracking code and PIN
 * (a reporter without an account). Refusals for status or role are GraphQL errors; missing
 * inputs are field errors.
 */
export async function act(
  ctx: Context,
  target: { complaintId?: string | null; trackingCode?: string | null; accessSecret?: string | null },
  input: ActionInput,
  options: {
    system?: boolean;
    validateOnly?: boolean;
    /** The workshop's fast clock: the trainer acts as this pretend actor, on a practice complaint only. */
    pretend?: { actor: Extract<Actor, "VERIFIER" | "AGENCY">; workshopId: string };
  } = {},
): Promise<ActResult> {
  const found = target.trackingCode
    ? await findComplaintByCode(ctx, target.trackingCode, target.accessSecret)
    : target.complaintId
      ? await ctx.prisma.complaint.findUnique({ where: { id: target.complaintId } })
      : null;
  if (!found) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  // Pretending is only ever for a practice complaint of the trainer's own workshop.
  if (options.pretend && (!found.isSandbox || found.workshopId !== options.pretend.workshopId)) {
    throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  }
  const actors = options.system ? new Set<Actor>(["SYSTEM"]) : options.pretend ? new Set<Actor>([options.pretend.actor]) : await actorsFor(ctx, found);
  if (actors.size === 0) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  const verdict = canTransition(found.status, input.action, actors);
  if (!verdict.ok) {
    throw new ServiceError("FORBIDDEN", translate(ctx.locale, `workflow.${verdict.reason}`, {
      action: translate(ctx.locale, `action.${input.action}`),
      status: translate(ctx.locale, `status.${found.status}`),
    }));
  }
  const issues = await checkInputs(ctx, found, input);
  if (issues.length > 0) return { ok: false, issues };
  if (options.validateOnly) return { ok: true, complaint: found };

  const now = ctx.deps.now();
  const change = await changeFor(ctx, found, input, now);
  const { eventAudience, noteAudience } = WORKFLOW[input.action];
  // An action that takes no note keeps none, whatever was sent.
  const note = noteAudience ? change.note : null;
  const actorId = ctx.viewer?.user.id ?? null;
  const actorRole = actors.has("ADMINISTRATOR") ? "ADMINISTRATOR" : actors.has("VERIFIER") ? "VERIFIER" : actors.has("AGENCY") ? "AGENCY_OFFICER" : actors.has("REPORTER") ? "RESIDENT" : null;
  const { complaint, eventId, notified } = await ctx.prisma.$transaction(async (tx) => {
    // Optimistic check: the status must still be what the decision was made on.
    const { count } = await tx.complaint.updateMany({ where: { id: found.id, status: found.status }, data: { status: verdict.to } });
    if (count === 0) throw new ServiceError("FORBIDDEN", translate(ctx.locale, "workflow.changed_meanwhile"));
    const answers = input.action === "postFollowUp" || input.action === "resolve";
    const updated = await tx.complaint.update({
      where: { id: found.id },
      data: { ...change.data, ...firstTimes(found, verdict.to, answers, now) },
    });
    if (answers || input.action === "addNote") {
      await tx.followUp.create({
        data: {
          complaintId: found.id,
          agencyId: actors.has("AGENCY") ? found.agencyId : null,
          authorId: actorId,
          body: note ?? "",
          isInternal: input.action === "addNote",
          createdAt: now,
        },
      });
    }
    const event = await tx.timelineEvent.create({
      data: {
        complaintId: found.id,
        type: input.action === "postFollowUp" ? "FOLLOW_UP" : input.action === "addNote" ? "FOLLOW_UP" : verdict.to !== found.status ? "STATUS_CHANGED" : "ASSIGNED",
        actorId,
        actorRole,
        fromStatus: found.status,
        toStatus: verdict.to,
        note,
        visibility: eventAudience,
        noteVisibility: note ? noteAudience : null,
        createdAt: now,
      },
    });
    await audit(tx, {
      actorId,
      action: `complaint.${input.action}`,
      entityType: "Complaint",
      entityId: found.id,
      data: {
        from: found.status,
        to: verdict.to,
        ...(input.agencyId ? { agencyId: input.agencyId } : {}),
        ...(options.pretend ? { practice: true, workshopId: options.pretend.workshopId, playedAs: options.pretend.actor } : {}),
      },
    });
    return { complaint: updated, eventId: event.id, notified: await notifyEvent(tx, event) };
  });
  // A spam mark lowers what its client, device and contact may file for a while.
  if ((input.action === "archive" || input.action === "reject") && input.reason === "spam") await markFilingSpam(ctx, found);
  // What this viewer may see may have changed with the write (assignment, copies).
  forgetAccess(ctx);
  await publishComplaintUpdated(ctx.deps.bus, complaint, eventId);
  await publishNotified(ctx.deps.bus, notified);
  return { ok: true, complaint };
}
