// The one interface every channel adapter implements: e-mail over SMTP (email.ts), SMS through an
// HTTP gateway (sms.ts) and Web Push (push.ts). Each says whether a failure is worth retrying; the
// delivery queue (services/workers/outbox.ts) decides what happens next.
import type { Channel } from "../../domain/outbox/policy.ts";

export type OutgoingMessage = {
  /** Stable across retries of this notification on this channel. */
  messageKey: string;
  title: string;
  body: string;
  /** Absolute link to the complaint (null without a configured ORIGIN). */
  link: string | null;
  /** Path of the complaint page, for push (the service worker opens it on its own origin). */
  path: string;
  locale: "id" | "en";
  to: { email?: string | null; phone?: string | null; push?: PushTarget[] };
};

export type PushTarget = { id: string; endpoint: string; p256dh: string; auth: string };

export type SendOutcome =
  | { ok: true; detail?: string; goneSubscriptions?: string[] }
  | {
      ok: false;
      error: string;
      /** Retrying cannot help (rejected address, no target): fall back at once. */
      permanent: boolean;
      /** Push subscriptions the push service says are gone (404/410): to be removed. */
      goneSubscriptions?: string[];
    };

export interface ChannelAdapter {
  readonly channel: Exclude<Channel, "SAHABAT_TASK">;
  send(message: OutgoingMessage): Promise<SendOutcome>;
  close?(): void;
}

export const failure = (error: string, permanent: boolean): SendOutcome => ({ ok: false, error: error.slice(0, 500), permanent });
