// POST /sms/masuk: text messages the SMS gateway delivers to Suara. The gateway signs the raw body
// with HMAC-SHA256 and a secret both sides hold (SMS_INBOUND_SECRET), in a header whose name is
// configurable (SMS_INBOUND_SIGNATURE_HEADER; hex or base64, with or without "sha256="); a request
// without a valid signature is refused with 401 and logged. The body is JSON or a form, with the
// gateway's own field names (SMS_INBOUND_FIELDS). Answers 200 once the message is stored, so the
// gateway stops retrying; a message delivered twice is handled once (services/use-cases/sms-intake.ts).
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createContext, type Deps } from "../context.ts";
import type { SmsInboundEnv } from "../env.ts";
import { receiveSms } from "../services/use-cases/sms-intake.ts";
import { readBodyWithin } from "./body.ts";
import { logLine } from "./errors.ts";

const MAX_BODY_BYTES = 64 * 1024;

function send(res: ServerResponse, status: number, body: Record<string, unknown>) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** Whether `header` is the HMAC-SHA256 of `body` under `secret` (hex or base64, optional "sha256=" prefix). */
export function validSignature(secret: string, body: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const given = header.trim().replace(/^sha256=/i, "");
  const expected = createHmac("sha256", secret).update(body).digest();
  const decoded = /^[0-9a-f]{64}$/i.test(given) ? Buffer.from(given, "hex") : Buffer.from(given, "base64");
  return decoded.length === expected.length && timingSafeEqual(decoded, expected);
}

function fieldsOf(config: SmsInboundEnv, body: Buffer): Record<string, unknown> | null {
  const text = body.toString("utf8");
  if (config.format === "form") return Object.fromEntries(new URLSearchParams(text));
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const asText = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : null);
const asCount = (v: unknown) => {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d{1,3}$/.test(v.trim()) ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
};

export async function handleInboundSms(req: IncomingMessage, res: ServerResponse, deps: Deps, config: SmsInboundEnv, client: string): Promise<void> {
  if (req.method !== "POST") {
    res.setHeader("allow", "POST");
    send(res, 405, { error: "method not allowed" });
    return;
  }
  const body = await readBodyWithin(req, MAX_BODY_BYTES);
  if (!body) {
    send(res, 413, { error: "body too large" });
    return;
  }
  const signature = req.headers[config.signatureHeader];
  if (!validSignature(config.secret, body, Array.isArray(signature) ? signature[0] : signature)) {
    console.warn(`[sms] pesan masuk ditolak: tanda tangan tidak sah dari ${client} / inbound SMS refused: bad signature from ${client}`);
    send(res, 401, { error: "invalid signature" });
    return;
  }
  const fields = fieldsOf(config, body);
  const from = fields ? asText(fields[config.fields.from]) : null;
  const text = fields ? asText(fields[config.fields.text]) : null;
  const id = fields ? asText(fields[config.fields.id]) : null;
  if (!fields || !from || text === null || !id || id.length > 200) {
    console.warn(`[sms] pesan masuk tanpa ${config.fields.from}/${config.fields.text}/${config.fields.id} dari ${client} / inbound SMS missing fields from ${client}`);
    send(res, 400, { error: `needs ${config.fields.from}, ${config.fields.text} and ${config.fields.id}` });
    return;
  }
  try {
    // No cookies: the gateway is not a person, and nothing it sends may sign anyone in.
    const ctx = await createContext(deps, { headers: {}, socket: req.socket });
    const outcome = await receiveSms(ctx, {
      gatewayId: id,
      from,
      text,
      reference: asText(fields[config.fields.reference]),
      part: asCount(fields[config.fields.part]),
      parts: asCount(fields[config.fields.parts]),
    });
    send(res, 200, { status: "ok", outcome });
  } catch (error) {
    console.error(logLine("[sms] inbound message failed", error));
    send(res, 500, { error: "try again" });
  }
}
