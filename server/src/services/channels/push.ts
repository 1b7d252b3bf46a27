// Web Push (RFC 8030/8291/8292): the request is built by the web-push library and sent with
// fetch; the installation's VAPID key pair is created once and kept in the database.
import webpush from "web-push";
import type { Database } from "../../db/open.ts";
import { type ChannelAdapter, failure } from "./adapter.ts";

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
