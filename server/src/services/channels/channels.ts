// Channel adapters behind one interface: e-mail over SMTP (nodemailer), SMS through an HTTP
// gateway whose request is written from templates, and Web Push (RFC 8030/8291/8292, the
// request built by the web-push library). Each says whether a failure is worth retrying; the
// outbox (services/outbox.ts) decides what happens next.
import nodemailer from "nodemailer";
import webpush from "web-push";
import type { Database } from "../../db/open.ts";
import { fillTemplate, internationalPhone, smsText, type Channel } from "../../domain/outbox/policy.ts";
import { mailAddress, type OutboxEnv } from "../../env.ts";

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

const failure = (error: string, permanent: boolean): SendOutcome => ({ ok: false, error: error.slice(0, 500), permanent });

// ───────────────────────────── e-mail ─────────────────────────────

export function emailAdapter(smtpUrl: string, from: string): ChannelAdapter {
  const transport = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as never);
  const domain = mailAddress(from).split("@")[1] ?? "localhost";
  return {
    channel: "EMAIL",
    async send(m) {
      if (!m.to.email) return failure("no e-mail address", true);
      try {
        const info = await transport.sendMail({
          from,
          to: m.to.email,
          subject: m.title,
          text: m.link ? `${m.body}\n\n${m.link}\n` : `${m.body}\n`,
          // The same Message-ID on every retry: a receiving server or a person can tell a resend.
          messageId: `<${m.messageKey}@${domain}>`,
          headers: { "Content-Language": m.locale, "Auto-Submitted": "auto-generated" },
        });
        return { ok: true, detail: info.response };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx is the server's final answer (unknown mailbox, rejected); anything else may pass later.
        return failure(String((error as Error).message ?? error), typeof code === "number" && code >= 500);
      }
    },
    close: () => transport.close(),
  };
}

// ───────────────────────────── SMS ─────────────────────────────

export type SmsGatewayConfig = NonNullable<OutboxEnv["sms"]>;

export function smsAdapter(config: SmsGatewayConfig, timeoutMs = 15_000): ChannelAdapter {
  return {
    channel: "SMS",
    async send(m) {
      if (!m.to.phone) return failure("no phone number", true);
      const fields = { to: internationalPhone(m.to.phone), text: smsText(m.title, m.body, m.link), key: m.messageKey };
      const headers: Record<string, string> = {
        "content-type": config.format === "json" ? "application/json" : "application/x-www-form-urlencoded",
      };
      for (const [name, value] of Object.entries(config.headers)) headers[name] = fillTemplate(value, fields, "header");
      headers[config.idempotencyHeader] = m.messageKey;
      try {
        const response = await fetch(config.url, {
          method: "POST",
          headers,
          body: fillTemplate(config.body, fields, config.format),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = (await response.text()).slice(0, 300);
        if (response.ok) return { ok: true, detail: `${response.status} ${text}` };
        // 4xx (except throttling) is the gateway refusing this request: retrying will not help.
        const permanent = response.status >= 400 && response.status < 500 && response.status !== 429 && response.status !== 408;
        return failure(`gateway answered ${response.status}: ${text}`, permanent);
      } catch (error) {
        return failure(`gateway unreachable: ${(error as Error).message}`, false);
      }
    },
  };
}

// ───────────────────────────── Web Push ─────────────────────────────

export type VapidKeys = { publicKey: string; privateKey: string };
const VAPID_SETTING = "push.vapid";

/** The installation's VAPID key pair: created on first start, then read from the database. */
export async function vapidKeys(db: Database): Promise<VapidKeys> {
  const existing = await db.prisma.setting.findUnique({ where: { key: VAPID_SETTING } });
  if (!existing) {
    const fresh = webpush.generateVAPIDKeys();
    // Two instances starting together: the first write wins, both read the same pair back.
    await db.prisma.setting.upsert({
      where: { key: VAPID_SETTING },
      create: { key: VAPID_SETTING, value: JSON.stringify(fresh) },
      update: {},
    });
  }
  const stored = await db.prisma.setting.findUniqueOrThrow({ where: { key: VAPID_SETTING } });
  return JSON.parse(stored.value) as VapidKeys;
}

export function pushAdapter(keys: VapidKeys, subject: string, timeoutMs = 15_000): ChannelAdapter {
  return {
    channel: "PUSH",
    async send(m) {
      const targets = m.to.push ?? [];
      if (targets.length === 0) return failure("no push subscription", true);
      const payload = JSON.stringify({ title: m.title, body: m.body, url: m.path, tag: m.messageKey, lang: m.locale });
      const gone: string[] = [];
      const errors: string[] = [];
      let delivered = 0;
      let retryable = false;
      for (const target of targets) {
        // web-push writes the request (aes128gcm payload, VAPID JWT); fetch sends it, so a
        // push service on plain http (a test's local endpoint) works as well as https.
        const request = webpush.generateRequestDetails(
          { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
          payload,
          { vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey }, TTL: 24 * 3600, urgency: "normal", contentEncoding: "aes128gcm" },
        );
        try {
          const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
          const response = await fetch(request.endpoint, {
            method: request.method,
            headers,
            body: request.body ? new Uint8Array(request.body) : null,
            signal: AbortSignal.timeout(timeoutMs),
          });
          if (response.status >= 200 && response.status < 300) delivered++;
          else if (response.status === 404 || response.status === 410) gone.push(target.id);
          else {
            errors.push(`push service answered ${response.status}`);
            if (response.status === 429 || response.status >= 500) retryable = true;
          }
          await response.body?.cancel();
        } catch (error) {
          errors.push(`push service unreachable: ${(error as Error).message}`);
          retryable = true;
        }
      }
      if (delivered > 0) return { ok: true, detail: `${delivered} of ${targets.length} devices`, goneSubscriptions: gone };
      return {
        ok: false,
        error: (errors.length ? errors.join("; ") : `all ${gone.length} subscriptions expired`).slice(0, 500),
        permanent: !retryable,
        goneSubscriptions: gone,
      };
    },
  };
}
