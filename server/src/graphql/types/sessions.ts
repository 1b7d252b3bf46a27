// The signed-in person's own sessions, and ending one or all of them.
import { say } from "../../i18n/say.ts";
import { type AccountSession, endSessions, mySessions } from "../../services/use-cases/sessions.ts";
import { builder } from "../builder.ts";

const AccountSessionRef = builder.objectRef<AccountSession>("AccountSession").implement({
  description: "One browser where the person's account is signed in.",
  fields: (t) => ({
    id: t.exposeID("id"),
    browser: t.string({ nullable: true, resolve: (s) => s.device.browser }),
    system: t.string({ nullable: true, description: "The device's operating system (Android, iOS, Windows …).", resolve: (s) => s.device.system }),
    deviceLabel: t.string({
      description: "The device in words, e.g. \"Chrome di Android\".",
      resolve: (s, _a, ctx) =>
        s.device.browser && s.device.system
          ? say(ctx, "session.device", { browser: s.device.browser, system: s.device.system })
          : (s.device.browser ?? s.device.system ?? say(ctx, "session.unknownDevice")),
    }),
    signedInAt: t.field({ type: "DateTime", resolve: (s) => s.signedInAt }),
    lastSeenAt: t.field({ type: "DateTime", description: "Updated at most once a day.", resolve: (s) => s.lastSeenAt }),
    current: t.exposeBoolean("current", { description: "The session this request is made in." }),
  }),
});

builder.queryFields((t) => ({
  mySessions: t.field({
    type: [AccountSessionRef],
    description: "Where the signed-in person's account is signed in: this browser first.",
    authScopes: { signedIn: true },
    resolve: (_r, _a, ctx) => mySessions(ctx),
  }),
}));

builder.mutationFields((t) => ({
  endSession: t.int({
    description: "Signs one of the person's own sessions out; how many ended (0 for an unknown id).",
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => endSessions(ctx, { id: String(a.id) }),
  }),
  signOutEverywhere: t.int({
    description: "Signs the person out on every device, this one included; how many sessions ended.",
    authScopes: { signedIn: true },
    resolve: (_r, _a, ctx) => endSessions(ctx, { all: true }),
  }),
}));
