// The door a complaint came in through (web, a sahabat's help, SMS, an Open311 client): recorded
// on each complaint, shown to staff on their handling page, filtered on in their queue and counted
// in the open statistics. Not personal, but residents have no use for it: only staff of the
// complaint read it. Also whether the complaint is public now, and when a looser choice would show,
// for the reporter's privacy choice on the tracking page.
import { isPubliclyReadable, isVerified } from "../../domain/privacy/privacy.ts";
import { Channel } from "../../generated/prisma/client.ts";
import { say } from "../../i18n/say.ts";
import { audiencesFor } from "../../services/use-cases/complaint-access.ts";
import { builder } from "../builder.ts";
import { Complaint } from "./complaint.ts";

export const ComplaintChannel = builder.enumType(Channel, {
  name: "ComplaintChannel",
  description: "WEB (filed alone on the web), ASSISTED (a Sahabat LAPOR! filed it), SMS, OPEN311 (another application).",
});

const STAFF_AUDIENCES = ["VERIFIER", "AGENCY_HANDLING", "AGENCY_COPIED", "ADMINISTRATOR"] as const;

async function staffOf(ctx: Parameters<typeof audiencesFor>[0], c: Parameters<typeof audiencesFor>[1]): Promise<boolean> {
  const audiences = await audiencesFor(ctx, c);
  return STAFF_AUDIENCES.some((a) => audiences.has(a));
}

builder.prismaObjectFields(Complaint, (t) => ({
  channel: t.field({
    type: ComplaintChannel,
    nullable: true,
    select: { channel: true },
    description: "For the complaint's staff: how it came in. Null for everyone else.",
    resolve: async (c, _a, ctx) => ((await staffOf(ctx, c)) ? c.channel : null),
  }),
  channelLabel: t.string({
    nullable: true,
    select: { channel: true },
    description: "For the complaint's staff: how it came in, in words (e.g. 'Dibantu Sahabat LAPOR!'). Null for everyone else.",
    resolve: async (c, _a, ctx) => ((await staffOf(ctx, c)) ? say(ctx, `channel.${c.channel}`) : null),
  }),
}));

builder.objectField(Complaint, "isPublic", (t) =>
  t.boolean({
    description:
      "Whether anyone may read the complaint's story without a code now (PUBLIC or ANONYMOUS, once a verifier has checked it). " +
      "Follows from its privacy and status, which are public.",
    resolve: (c) => isPubliclyReadable(c),
  }),
);

const LoosenedShows = builder.enumType("LoosenedShows", {
  description: "When the story would be public if the reporter chose Public or Anonymous now.",
  values: {
    AT_ONCE: { description: "A verifier has checked it and it stands." },
    AFTER_CHECK: { description: "It waits for a verifier's check (submitted, or postponed)." },
    NOT_AT_ALL: { description: "Turned away (out of scope, rejected, archived): never public." },
  },
});

builder.objectField(Complaint, "loosenedShows", (t) =>
  t.field({
    type: LoosenedShows,
    description: "When a looser privacy would show the story to the public; follows from the status, which is public.",
    // The same waiting statuses as storyState's BEING_CHECKED.
    resolve: (c) => (isVerified(c.status) ? "AT_ONCE" : c.status === "SUBMITTED" || c.status === "POSTPONED" ? "AFTER_CHECK" : "NOT_AT_ALL"),
  }),
);
