// The deadline of a complaint in words (overdue is said, not only coloured).
import type { Context } from "../../context.ts";
import { workingDaysUntil } from "../../domain/calendar/working-days.ts";
import { translate } from "../../i18n/messages.ts";
import { loadCalendar } from "../../services/calendar.ts";
import { currentDeadline } from "../../services/queue.ts";
import { builder } from "../builder.ts";

type DeadlineShape = { dueAt: Date; kind: "verify" | "followUp" | "autoClose"; workingDaysLeft: number; overdue: boolean };

export const Deadline = builder.objectRef<DeadlineShape>("Deadline").implement({
  description: "The deadline that applies now, counted in working days (Asia/Makassar).",
  fields: (t) => ({
    dueAt: t.field({ type: "DateTime", resolve: (d) => d.dueAt }),
    kind: t.string({ description: "verify | followUp | autoClose", resolve: (d) => d.kind }),
    workingDaysLeft: t.int({ description: "0 when due today; negative when overdue.", resolve: (d) => d.workingDaysLeft }),
    isOverdue: t.boolean({ resolve: (d) => d.overdue }),
    label: t.string({
      description: "In words, e.g. 'Terlambat 2 hari kerja'.",
      resolve: (d, _a, ctx) =>
        d.overdue
          ? translate(ctx.locale, "deadline.overdue", { days: Math.max(1, -d.workingDaysLeft) })
          : d.workingDaysLeft === 0
            ? translate(ctx.locale, "deadline.today")
            : translate(ctx.locale, "deadline.left", { days: d.workingDaysLeft }),
    }),
  }),
});

export async function deadlineOf(
  c: Parameters<typeof currentDeadline>[0],
  ctx: Context,
): Promise<DeadlineShape | null> {
  const deadline = currentDeadline(c);
  if (!deadline) return null;
  const now = ctx.deps.now();
  const calendar = await loadCalendar(ctx.prisma, now.getTime());
  return { ...deadline, workingDaysLeft: workingDaysUntil(now, deadline.dueAt, calendar), overdue: deadline.dueAt < now };
}
