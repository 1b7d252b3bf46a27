// SMS through an HTTP gateway whose request is written from templates (SMS_GATEWAY_* settings),
// with the message key as idempotency header.
import { fillTemplate, smsText } from "../../domain/outbox/policy.ts";
import { internationalPhone } from "../../domain/shared/phone.ts";
import type { OutboxEnv } from "../../env.ts";
import { type ChannelAdapter, failure } from "./adapter.ts";

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
