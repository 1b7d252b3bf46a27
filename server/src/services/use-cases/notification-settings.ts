// A person's notification settings and push subscriptions: thin service calls around the
// delivery queue's tables (rules in domain/outbox/). A sahabat's relay tasks are in relay.ts.
import type { Context } from "../../context.ts";
import { type Channel, DEFAULT_CHANNELS, formatClock } from "../../domain/outbox/policy.ts";
import { type PreferenceIssue, type PreferencesInput, type PushSubscriptionInput, validatePreferences, validatePushSubscription } from "../../domain/outbox/preferences.ts";
import { isPublicAddress } from "../../domain/outbox/public-address.ts";
import { vapidKeys } from "../channels/push.ts";

export type NotificationSettings = {
  channels: Channel[];
  /** Whether the person chose; false means the defaults apply. */
  chosen: boolean;
  quietStart: string | null;
  quietEnd: string | null;
  locale: "id" | "en";
  hasEmail: boolean;
  hasPhone: boolean;
  pushDevices: number;
  pushPublicKey: string;
};

export async function notificationSettings(ctx: Context): Promise<NotificationSettings> {
  const userId = ctx.viewer!.user.id;
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { locale: true, email: true, phone: true, notificationPreference: true, _count: { select: { pushSubscriptions: true } } },
  });
  const pref = user.notificationPreference;
  return {
    channels: pref ? (pref.channels as Channel[]) : [...DEFAULT_CHANNELS],
    chosen: pref !== null,
    quietStart: pref?.quietStart != null ? formatClock(pref.quietStart) : null,
    quietEnd: pref?.quietEnd != null ? formatClock(pref.quietEnd) : null,
    locale: user.locale,
    hasEmail: !!user.email,
    hasPhone: !!user.phone,
    pushDevices: user._count.pushSubscriptions,
    pushPublicKey: (await vapidKeys(ctx.deps.db)).publicKey,
  };
}

export async function updateNotificationSettings(ctx: Context, input: PreferencesInput): Promise<{ ok: true } | { ok: false; issues: PreferenceIssue[] }> {
  const checked = validatePreferences(input);
  if (!checked.ok) return checked;
  const userId = ctx.viewer!.user.id;
  const { channels, quietStart, quietEnd, locale } = checked.value;
  await ctx.prisma.$transaction([
    ctx.prisma.notificationPreference.upsert({
      where: { userId },
      create: { userId, channels, quietStart, quietEnd },
      update: { channels, quietStart, quietEnd },
    }),
    ...(locale ? [ctx.prisma.user.update({ where: { id: userId }, data: { locale } })] : []),
  ]);
  return { ok: true };
}

/**
 * A push endpoint's name must resolve, and only to public addresses: the name as written says
 * nothing (a public-looking name can point at 10.0.0.1 or 169.254.169.254).
 */
async function resolvesPublicly(ctx: Context, hostname: string): Promise<boolean> {
  try {
    const addresses = await ctx.deps.lookupHost(hostname.replace(/^\[|\]$/g, ""));
    return addresses.length > 0 && addresses.every(isPublicAddress);
  } catch {
    return false;
  }
}

/** Keeps this browser's subscription for the signed-in person (one row per endpoint). */
export async function subscribePush(ctx: Context, input: PushSubscriptionInput): Promise<{ ok: true } | { ok: false; issues: PreferenceIssue[] }> {
  const issues = validatePushSubscription(input);
  if (issues.length) return { ok: false, issues };
  if (!(await resolvesPublicly(ctx, new URL(input.endpoint).hostname))) {
    return { ok: false, issues: [{ field: "endpoint", code: "invalid_endpoint" }] };
  }
  const userId = ctx.viewer!.user.id;
  const data = { userId, p256dh: input.p256dh, auth: input.auth, userAgent: ctx.userAgent?.slice(0, 300) ?? null };
  // The same device signed in as someone else now belongs to them.
  await ctx.prisma.pushSubscription.upsert({ where: { endpoint: input.endpoint }, create: { endpoint: input.endpoint, ...data }, update: data });
  return { ok: true };
}

export async function unsubscribePush(ctx: Context, endpoint: string): Promise<boolean> {
  const { count } = await ctx.prisma.pushSubscription.deleteMany({ where: { endpoint, userId: ctx.viewer!.user.id } });
  return count > 0;
}

