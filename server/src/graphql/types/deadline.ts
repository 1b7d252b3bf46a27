// The deadline of a complaint in words (overdue is said, not only coloured; a paused clock too).
import type { Context } from "../../context.ts";
import { workingDaysUntil } from "../../domain/calendar/working-days.ts";
import { currentDeadline, DEADLINE_KINDS, type DeadlineDates, type DeadlineKind, isOverdue } from "../../domain/complaint/deadline.ts";
import { say } from "../../i18n/say.ts";
import { loadCalendar } from "../../services/use-cases/calendar.ts";
import { builder } from "../builder.ts";

type DeadlineShape = { dueAt: Date; kind: DeadlineKind; workingDaysLeft: number; overdue: boolean; paused: boolean };

const DeadlineKindEnum = builder.enumType("DeadlineKind", {
  description: "Whose deadline runs: the verifier's check, the agency's answer, the follow-up after postponing, or the automatic close after resolving.",
  values: DEADLINE_KINDS,
});

export const Deadline = builder.objectRef<DeadlineShape>("Deadline").implement({
  description: "The deadline that applies now, for whoever holds the complaint, counted in working days (Asia/Makassar).",
  fields: (t) => ({
    dueAt: t.field({ type: "DateTime", description: "While paused, the date it had when the clock stopped.", resolve: (d) => d.dueAt }),
    kind: t.field({ type: DeadlineKindEnum, resolve: (d) => d.kind }),
    workingDaysLeft: t.int({ description: "0 when due today; negative when overdue; while paused, what is left.", resolve: (d) => d.workingDaysLeft }),
    isOverdue: t.boolean({ resolve: (d) => d.overdue }),
    isPaused: t.boolean({ description: "Postponed: the clock stands still until the reporter answers.", resolve: (d) => d.paused }),
    label: t.string({
      description: "In words, e.g. 'Terlambat 2 hari kerja'.",
      resolve: (d, _a, ctx) =>
        d.paused
          ? say(ctx, "deadline.paused", { days: Math.max(1, d.workingDaysLeft) })
          : d.overdue
            ? say(ctx, "deadline.overdue", { days: Math.max(1, -d.workingDaysLeft) })
            : d.workingDaysLeft === 0
              ? say(ctx, "deadline.today")
              : say(ctx, "deadline.left", { days: d.workingDaysLeft }),
    }),
  }),
});

export async function deadlineOf(c: DeadlineDates, ctx: Context): Promise<DeadlineShape | null> {
  const deadline = currentDeadline(c);
  if (!deadline) return null;
  const now = ctx.deps.now();
  const calendar = await loadCalendar(ctx.prisma, now.getTime());
  const from = deadline.pausedAt ?? now;
  return {
    dueAt: deadline.dueAt,
    kind: deadline.kind,
    workingDaysLeft: workingDaysUntil(from, deadline.dueAt, calendar),
    overdue: isOverdue(deadline, now),
    paused: deadline.pausedAt !== null,
  };
}
