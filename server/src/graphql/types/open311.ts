// The administrator's side of Open311 GeoReport v2: the client applications, issuing a key (shown
// once, in the payload of the mutation that made it) and revoking one. The writes are in
// services/use-cases/open311.ts (each one audited); the door itself is http/open311.ts.
import { z } from "zod";
import { issueOpen311Key, listOpen311Clients, revokeOpen311Key } from "../../services/use-cases/open311.ts";
import { ServiceError } from "../../services/use-cases/errors.ts";
import { translate } from "../../i18n/messages.ts";
import { builder } from "../builder.ts";
import { ADMIN, idArg } from "./admin/common.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

const Open311Client = builder.prismaObject("Open311Client", {
  description: "A client application that files complaints through Open311 GeoReport v2 with its own API key.",
  authScopes: ADMIN,
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    keyHint: t.exposeString("keyHint", { description: "The key's last four characters (the key itself is never stored)." }),
    perHour: t.exposeInt("perHour", { description: "Complaints it may file per hour." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    filedCount: t.relationCount("complaints"),
  }),
});

builder.queryFields((t) => ({
  open311Clients: t.prismaField({
    type: [Open311Client],
    authScopes: ADMIN,
    description: "Every Open311 client application: those in use first, newest first.",
    resolve: (query, _root, _args, ctx) => listOpen311Clients(ctx, query),
  }),
}));

type IssuePayloadShape = { clientId: string | null; key: string | null; errors: FieldErrorShape[] };

const IssueOpen311KeyPayload = builder.objectRef<IssuePayloadShape>("IssueOpen311KeyPayload").implement({
  fields: (t) => ({
    client: t.prismaField({
      type: Open311Client,
      nullable: true,
      resolve: (query, p, _a, ctx) => (p.clientId ? ctx.prisma.open311Client.findUnique({ ...query, where: { id: p.clientId } }) : null),
    }),
    key: t.string({ nullable: true, description: "The new API key: shown this once, never again.", resolve: (p) => p.key }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

builder.mutationFields((t) => ({
  issueOpen311Key: t.field({
    type: IssueOpen311KeyPayload,
    authScopes: ADMIN,
    description: "Issues an API key for a client application, with its own hourly filing limit (audited).",
    args: {
      name: t.arg.string({ required: true, validate: z.string().max(400) }),
      perHour: t.arg.int({ required: true }),
    },
    resolve: async (_r, args, ctx) => {
      const r = await issueOpen311Key(ctx, { name: args.name, perHour: args.perHour });
      return r.ok ? { clientId: r.client.id, key: r.key, errors: [] } : { clientId: null, key: null, errors: toFieldErrors(ctx, r.issues) };
    },
  }),
  revokeOpen311Key: t.prismaField({
    type: Open311Client,
    authScopes: ADMIN,
    description: "Revokes a client application's key: its requests are refused from now on (audited).",
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: async (query, _r, args, ctx) => {
      const revoked = await revokeOpen311Key(ctx, String(args.id));
      if (!revoked) throw new ServiceError("NOT_FOUND", translate(ctx.locale, "error.not_found"));
      return ctx.prisma.open311Client.findUniqueOrThrow({ ...query, where: { id: revoked.id } });
    },
  }),
}));
