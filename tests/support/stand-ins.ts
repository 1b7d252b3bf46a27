// Local stand-ins for the services the outbox talks to, each speaking the real protocol:
// an SMTP server (smtp-server), an HTTP SMS gateway (node:http), and a Web Push service that
// accepts RFC 8030 requests, checks the RFC 8292 VAPID token and decrypts the RFC 8291
// aes128gcm payload with subscription keys the test made itself.
import { createECDH, createHmac, createPublicKey, createDecipheriv, hkdfSync, randomBytes, verify, type ECDH } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

const listenOn = (server: { listen(port: number, host: string, cb: () => void): unknown }, port = 0) =>
  new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));

// ───────────────────────────── SMTP ─────────────────────────────

export type ReceivedMail = { from: string; to: string[]; raw: string; headers: Map<string, string>; text: string };

/** Unfolds and decodes the header block and the (text/plain) body of a simple message. */
export function parseMail(raw: string): { headers: Map<string, string>; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), decodeWords(line.slice(i + 1).trim()));
  }
  let body = raw.slice(split + 4);
  const encoding = headers.get("content-transfer-encoding")?.toLowerCase();
  if (encoding === "quoted-printable") {
    body = Buffer.from(
      body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      "latin1",
    ).toString("utf8");
  } else if (encoding === "base64") body = Buffer.from(body, "base64").toString("utf8");
  return { headers, text: body.replace(/\r\n/g, "\n") };
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))), "latin1").toString("utf8"),
    );
}

export type SmtpStandIn = {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Recipients answered with 550 (mailbox unavailable). */
  rejected: Set<string>;
  /** Stops listening (the "SMTP server is down" case). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
};

export async function startSmtp(atPort = 0): Promise<SmtpStandIn> {
  const received: ReceivedMail[] = [];
  const rejected = new Set<string>();
  let port = 0;
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (rejected.has(address.address)) {
          const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
          callback(error);
        } else callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            ...parseMail(raw),
          });
          callback();
        });
      },
    });
  let server = make();
  await listenOn(server, atPort);
  port = (server.server.address() as AddressInfo).port;
  return {
    get port() {
      return port;
    },
    url: `smtp://127.0.0.1:${port}`,
    received,
    rejected,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    async start() {
      server = make();
      await listenOn(server, port);
    },
  };
}

// ───────────────────────────── SMS gateway ─────────────────────────────

export type GatewayRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: string };

export type GatewayStandIn = {
  url: string;
  requests: GatewayRequest[];
  /** The status the next requests get (200 by default). */
  status: number;
  close(): Promise<void>;
};

export async function startSmsGateway(): Promise<GatewayStandIn> {
  const state: GatewayStandIn = { url: "", requests: [], status: 200, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      state.requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(state.status, { "content-type": "application/json" });
      res.end(JSON.stringify(state.status < 300 ? { status: "queued", id: `gw-${state.requests.length}` } : { error: "gateway trouble" }));
    });
  });
  await listenOn(server);
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/kirim`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** How the stand-in gateway hands an inbound message to Suara (the same settings Suara reads). */
export type InboundGateway = {
  /** Suara's POST /sms/masuk. */
  url: string;
  secret: string;
  signatureHeader: string;
  format: "json" | "form";
  /** The gateway's field names for sender, text and message id, and for a long message's parts. */
  fields: { from: string; text: string; id: string; reference: string; part: string; parts: string };
};

let inboundCounter = 0;

/**
 * The gateway delivering one text message (or one part of a long one) to Suara, signed with
 * HMAC-SHA256 of the raw body as a real gateway does; `signature` overrides it (a forged one).
 */
export async function deliverSms(
  gateway: InboundGateway,
  message: { from: string; text: string; id?: string; part?: { reference: string; part: number; parts: number } },
  options: { signature?: string | null } = {},
): Promise<{ status: number; body: { status?: string; outcome?: string; error?: string }; id: string }> {
  const id = message.id ?? `masuk-${process.pid}-${++inboundCounter}`;
  const fields: Record<string, string> = { [gateway.fields.from]: message.from, [gateway.fields.text]: message.text, [gateway.fields.id]: id };
  if (message.part) {
    fields[gateway.fields.reference] = message.part.reference;
    fields[gateway.fields.part] = String(message.part.part);
    fields[gateway.fields.parts] = String(message.part.parts);
  }
  const body = gateway.format === "json" ? JSON.stringify(fields) : new URLSearchParams(fields).toString();
  const signature = options.signature === undefined ? createHmac("sha256", gateway.secret).update(body).digest("hex") : options.signature;
  const headers: Record<string, string> = {
    "content-type": gateway.format === "json" ? "application/json" : "application/x-www-form-urlencoded",
  };
  if (signature !== null) headers[gateway.signatureHeader] = signature;
  const response = await fetch(gateway.url, { method: "POST", headers, body });
  return { status: response.status, body: (await response.json()) as { status?: string; outcome?: string }, id };
}

// ───────────────────────────── Web Push ─────────────────────────────

/** A browser's side of a push subscription: its own P-256 key pair and auth secret. */
export type DeviceKeys = { ecdh: ECDH; auth: Buffer; p256dh: string; authB64: string };

export function deviceKeys(): DeviceKeys {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return { ecdh, auth, p256dh: ecdh.getPublicKey().toString("base64url"), authB64: auth.toString("base64url") };
}

const hkdf = (salt: Buffer, ikm: Buffer, info: Buffer, length: number) => Buffer.from(hkdfSync("sha256", ikm, salt, info, length));

/** RFC 8291 (with RFC 8188 aes128gcm framing): the plaintext of one push message body. */
export function decryptPush(body: Buffer, device: DeviceKeys): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20]!;
  const senderPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  if (idLength !== 65) throw new Error(`keyid must be the sender's 65-byte public key, got ${idLength} bytes`);
  if (ciphertext.length > recordSize) throw new Error("more than one record");
  const ecdhSecret = device.ecdh.computeSecret(senderPublic);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), device.ecdh.getPublicKey(), senderPublic]);
  const ikm = hkdf(device.auth, ecdhSecret, keyInfo, 32);
  const cek = hkdf(salt, ikm, Buffer.from("Content-Encoding: aes128gcm\0"), 16);
  const nonce = hkdf(salt, ikm, Buffer.from("Content-Encoding: nonce\0"), 12);
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // Content, then the delimiter 0x02 (last record), then zero or more zero bytes.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("missing last-record delimiter");
  return padded.subarray(0, end).toString("utf8");
}

/** RFC 8292: checks the VAPID token's ES256 signature, audience and expiry; returns its claims. */
export function verifyVapid(authorization: string | undefined, audience: string, nowSeconds: number) {
  const m = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization ?? "");
  if (!m) throw new Error(`not a vapid Authorization header: ${authorization}`);
  const [header, payload, signature] = m[1]!.split(".") as [string, string, string];
  const publicKey = Buffer.from(m[2]!, "base64url");
  const key = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: publicKey.subarray(1, 33).toString("base64url"), y: publicKey.subarray(33, 65).toString("base64url") },
    format: "jwk",
  });
  const ok = verify("sha256", Buffer.from(`${header}.${payload}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(signature, "base64url"));
  if (!ok) throw new Error("VAPID signature does not verify");
  const head = JSON.parse(Buffer.from(header, "base64url").toString()) as { alg: string };
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as { aud: string; exp: number; sub: string };
  if (head.alg !== "ES256") throw new Error(`alg ${head.alg}`);
  if (claims.aud !== audience) throw new Error(`aud ${claims.aud} is not ${audience}`);
  if (!(claims.exp > nowSeconds && claims.exp <= nowSeconds + 24 * 3600)) throw new Error(`exp ${claims.exp} out of range`);
  return { claims, publicKey: m[2]! };
}

export type PushMessage = { device: string; headers: IncomingHttpHeaders; text: string; vapidKey: string; subject: string };

export type PushService = {
  origin: string;
  /** A subscription on this service for a new device: endpoint plus the keys the test holds. */
  subscribe(device: string): { endpoint: string; p256dh: string; auth: string };
  messages: PushMessage[];
  /** Per device: the status the service answers (201 by default; 410 = subscription expired). */
  statusFor: Map<string, number>;
  errors: string[];
  close(): Promise<void>;
};

export async function startPushService(): Promise<PushService> {
  const devices = new Map<string, DeviceKeys>();
  const messages: PushMessage[] = [];
  const statusFor = new Map<string, number>();
  const errors: string[] = [];
  let origin = "";
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const device = /^\/push\/([\w-]+)$/.exec(req.url ?? "")?.[1];
      const keys = device ? devices.get(device) : undefined;
      if (req.method !== "POST" || !device || !keys) {
        res.writeHead(404).end();
        return;
      }
      const status = statusFor.get(device) ?? 201;
      if (status !== 201) {
        res.writeHead(status).end();
        return;
      }
      try {
        // RFC 8030: TTL is required; RFC 8291: the aes128gcm encoding.
        if (!req.headers.ttl || !/^\d+$/.test(String(req.headers.ttl))) throw new Error("missing TTL");
        if (req.headers["content-encoding"] !== "aes128gcm") throw new Error(`content-encoding ${req.headers["content-encoding"]}`);
        const { claims, publicKey } = verifyVapid(req.headers.authorization, origin, Math.floor(Date.now() / 1000));
        const text = decryptPush(Buffer.concat(chunks), keys);
        messages.push({ device, headers: req.headers, text, vapidKey: publicKey, subject: claims.sub });
        res.writeHead(201, { location: `${origin}/message/${messages.length}` }).end();
      } catch (error) {
        errors.push(String((error as Error).message));
        res.writeHead(400).end();
      }
    });
  });
  await listenOn(server);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    messages,
    statusFor,
    errors,
    subscribe(device) {
      const keys = deviceKeys();
      devices.set(device, keys);
      return { endpoint: `${origin}/push/${device}`, p256dh: keys.p256dh, auth: keys.authB64 };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
