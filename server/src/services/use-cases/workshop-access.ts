// Who may run a workshop: its own trainer (a TRAINER account). Every trainer-side use case
// (the room, the fast clock, reset, end, the report) loads its workshop through here, so a
// trainer never sees or acts on another trainer's room, and nobody else sees one at all.
import { type Context, hasRole } from "../../context.ts";
import type { Workshop } from "../../generated/prisma/client.ts";
import { translate } from "../../i18n/messages.ts";
import { ServiceError } from "./errors.ts";

/** Whether the viewer is a trainer at all. */
export const isTrainer = (ctx: Context): boolean => hasRole(ctx, "TRAINER");

/** The workshop, when the viewer is its trainer; otherwise NOT_FOUND (never "it exists"). */
export async function trainerWorkshop(ctx: Context, workshopId: string): Promise<Workshop> {
  const viewer = ctx.viewer;
  const workshop =
    viewer && isTrainer(ctx) ? await ctx.prisma.workshop.findFirst({ where: { id: workshopId, trainerId: viewer.user.id } }) : null;
  if (!workshop) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
  return workshop;
}
