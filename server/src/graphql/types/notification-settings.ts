// Notification settings (channels in order, quiet hours, language) and this browser's Web Push
// subscription.
import { CHANNELS } from "../../domain/outbox/policy.ts";
import { fieldMessage } from "../../i18n/messages.ts";
import type { Context } from "../../context.ts";
import type { PreferenceIssue } from "../../domain/outbox/preferences.ts";
import {
  type NotificationSettings,
  notificationSettings,
  subscribePush,
  unsubscribePush,
  updateNotificationSettings,
} from "../../services/use-cases/notification-settings.ts";
import { builder } from "../builder.ts";
import { FieldError, type FieldErrorShape } from "./field-error.ts";

const DeliveryChannel = builder.enumType("DeliveryChannel", {
  description: "A way to reach a person outside the notification centre.",
  values: CHANNELS,
});

const NotificationLanguage = builder.enumType("NotificationLanguage", { values: ["id", "en"] as const });

const toErrors = (ctx: Context, issues: PreferenceIssue[]): FieldErrorShape[] =>
  issues.map((i) => ({ field: i.field, code: i.code, message: fieldMessage(ctx.locale, i.field, i.code) }));

const Settings = builder.objectRef<NotificationSettings>("NotificationSettings").implement({
  description: "How the signed-in person hears about changes beyond the notification centre.",
  fields: (t) => ({
    channels: t.field({ type: [DeliveryChannel], description: "In order of preference; empty: notification centre only.", resolve: (s) => s.channels }),
    chosen: t.exposeBoolean("chosen", { description: "false while the defaults apply." }),
    quietStart: t.exposeString("quietStart", { nullable: true, description: "Start of quiet hours, HH:MM in WITA." }),
    quietEnd: t.exposeString("quietEnd", { nullable: true }),
    language: t.field({ type: NotificationLanguage, resolve: (s) => s.locale }),
    hasEmail: t.exposeBoolean("hasEmail"),
    hasPhone: t.exposeBoolean("hasPhone"),
    pushDevices: t.exposeInt("pushDevices", { description: "Browsers subscribed to Web Push." }),
    pushPublicKey: t.exposeString("pushPublicKey", { description: "The VAPID public key (applicationServerKey), base64url." }),
  }),
});

const SettingsPayload = builder.objectRef<{ errors: FieldErrorShape[] }>("NotificationSettingsPayload").implement({
  fields: (t) => ({
    ok: t.boolean({ resolve: (p) => p.errors.length === 0 }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const SettingsInput = builder.inputType("NotificationSettingsInput", {
  fields: (t) => ({
    channels: t.stringList({ required: true, description: "Channel names in order; empty strings are unused slots." }),
    quietHours: t.boolean({ required: true }),
    quietStart: t.string(),
    quietEnd: t.string(),
    language: t.string(),
  }),
});

const PushSubscriptionInput = builder.inputType("PushSubscriptionInput", {
  fields: (t) => ({
    endpoint: t.string({ required: true }),
    p256dh: t.string({ required: true }),
    auth: t.string({ required: true }),
  }),
});

builder.queryFields((t) => ({
  notificationSettings: t.field({
    type: Settings,
    authScopes: { signedIn: true },
    resolve: (_r, _a, ctx) => notificationSettings(ctx),
  }),
}));

builder.mutationFields((t) => ({
  updateNotificationSettings: t.field({
    type: SettingsPayload,
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SettingsInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await updateNotificationSettings(ctx, { ...input, locale: input.language });
      return { errors: result.ok ? [] : toErrors(ctx, result.issues) };
    },
  }),
  subscribePush: t.field({
    type: SettingsPayload,
    description: "Keeps this browser's Web Push subscription for the signed-in person.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: PushSubscriptionInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await subscribePush(ctx, input);
      return { errors: result.ok ? [] : toErrors(ctx, result.issues) };
    },
  }),
  unsubscribePush: t.boolean({
    authScopes: { signedIn: true },
    args: { endpoint: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) => unsubscribePush(ctx, a.endpoint),
  }),
}));
