// The words for the API's own values — complaint kinds and statuses — in the reader's language
// and easy-read choice. This is the one catalogue: the web lists and labels kinds and statuses
// from here, so a filter and the rows it filters say the same thing.
import { ComplaintKind, ComplaintStatus } from "../../generated/prisma/client.ts";
import { isOpen, STATUSES } from "../../domain/complaint/status.ts";
import { KINDS } from "../../domain/complaint/submission.ts";
import { say } from "../../i18n/say.ts";
import { builder } from "../builder.ts";

const KindLabel = builder.objectRef<{ kind: ComplaintKind }>("KindLabel").implement({
  fields: (t) => ({
    kind: t.field({ type: ComplaintKind, resolve: (k) => k.kind }),
    label: t.string({ resolve: (k, _a, ctx) => say(ctx, `kind.${k.kind}`) }),
    hint: t.string({ description: "One sentence on when to choose it.", resolve: (k, _a, ctx) => say(ctx, `kind.${k.kind}.hint`) }),
  }),
});

const StatusLabel = builder.objectRef<{ status: ComplaintStatus }>("StatusLabel").implement({
  fields: (t) => ({
    status: t.field({ type: ComplaintStatus, resolve: (s) => s.status }),
    label: t.string({ resolve: (s, _a, ctx) => say(ctx, `status.${s.status}`) }),
    isOpen: t.boolean({
      description: "Still being handled (so it can appear in a queue); false once it has ended.",
      resolve: (s) => isOpen(s.status),
    }),
  }),
});

builder.queryFields((t) => ({
  kindLabels: t.field({
    type: [KindLabel],
    description: "Every complaint kind, in the order to offer them, with its label and hint. The same for everyone; cacheable per language.",
    resolve: () => KINDS.map((kind) => ({ kind })),
  }),
  statusLabels: t.field({
    type: [StatusLabel],
    description: "Every complaint status in the order a complaint passes through them, with its label.",
    resolve: () => STATUSES.map((status) => ({ status })),
  }),
}));
