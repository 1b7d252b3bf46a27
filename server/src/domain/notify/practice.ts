// Which ways a notification may travel. A notification about a practice (LATIHAN) complaint stays
// inside Suara: in the notification centre and on open pages, never by SMS, e-mail, Web Push or as
// a sahabat's task, and only to the people in the workshop (the participant who filed it and
// whoever follows that one complaint), never to staff or residents who follow an area or a
// category. The notification fan-out and the delivery outbox both ask this module.
import type { Via } from "./plan.ts";

export const NOTIFICATION_CHANNELS = ["IN_APP", "LIVE", "PUSH", "SMS", "EMAIL", "SAHABAT_TASK"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Channels that leave the service (the outbox's Delivery channels). */
export const OUTSIDE_CHANNELS = ["PUSH", "SMS", "EMAIL", "SAHABAT_TASK"] as const satisfies readonly NotificationChannel[];

/** The channels a notification about a complaint may use. */
export function allowedChannels(practice: boolean): readonly NotificationChannel[] {
  return practice ? ["IN_APP", "LIVE"] : NOTIFICATION_CHANNELS;
}

/** Whether the outbox may deliver it on this channel. */
export function mayDeliver(practice: boolean, channel: NotificationChannel): boolean {
  return allowedChannels(practice).includes(channel);
}

/**
 * Whether a recipient found this way may hear of the complaint at all. Practice: only someone
 * with an account (in-app), and only as its reporter or as a follower of that complaint, never
 * by a contact (SMS, e-mail), a sahabat, or an area or category follow.
 */
export function mayReach(
  practice: boolean,
  recipient: { kind: "user" | "contact"; via: Via; followsComplaint?: boolean },
): boolean {
  if (!practice) return true;
  if (recipient.kind !== "user") return false;
  if (recipient.via === "reporter") return true;
  return recipient.via === "follow" && recipient.followsComplaint === true;
}

/** Whether any channel beyond the service is open (false: nothing for the outbox to plan). */
export const deliversOutside = (practice: boolean): boolean => OUTSIDE_CHANNELS.some((channel) => mayDeliver(practice, channel));
