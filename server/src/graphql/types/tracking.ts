// What the tracking page adds to the timeline: who acted, as a role in words ("Instansi",
// "Pelapor"), never a person's name, so it reveals nothing the event itself does not.
import { translate } from "../../i18n/messages.ts";
import { builder } from "../builder.ts";
import { TimelineEvent } from "./complaint.ts";

builder.objectField(TimelineEvent, "actorLabel", (t) =>
  t.string({
    nullable: true,
    description: "Who acted, as a role in the reader's language (e.g. 'petugas verifikasi'); null for the system.",
    resolve: (e, _a, ctx) => (e.actorRole ? translate(ctx.locale, `actor.${e.actorRole}`) : null),
  }),
);
