// Parses process.env once, at start, into one typed object. A bad value stops start-up with a
// clear sentence (StartupError) instead of failing later in a request.
import path from "node:path";
import { z } from "zod";
import { normalizeAddress } from "./http/client-address.ts";
import { StartupError, startupMessages } from "./i18n/startup.ts";

/**
 * PGlite's shared buffers, 64 MB unless PGLITE_SHARED_BUFFERS_MB says otherwise (PostgreSQL's
 * default is 128 MB). They are most of an idle instance's memory: measured on the demo data,
 * PGlite alone held 348 MB resident with 128 MB and 249 MB with 32 MB, and a kabupaten's small
 * server may have 1 GiB. Fewer buffers cost time on big reads: at 100,000 complaints the public
 * list's big reads took 40–55% longer with 32 MB than with 128 MB (README, memory at rest).
 */
export const DEFAULT_PGLITE_SHARED_BUFFERS_MB = 64;

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no"], { error: "use true or false" })
  .transform((v) => v === "1" || v === "true" || v === "yes");

const schema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, { error: "must be a whole number from 0 to 65535" })
    .transform(Number)
    .refine((n) => n <= 65535, { error: "must be a whole number from 0 to 65535" })
    .default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), {
      error: "must start with postgresql:// (leave it unset to use the embedded database)",
    })
    .optional(),
  DATA_DIR: z.string().min(1).default("data"),
  PGLITE_SHARED_BUFFERS_MB: z
    .string()
    .regex(/^\d+$/, { error: "must be a whole number of megabytes" })
    .transform(Number)
    .refine((n) => n >= 16 && n <= 4096, { error: "must be between 16 and 4096 megabytes" })
    .default(DEFAULT_PGLITE_SHARED_BUFFERS_MB),
  DEMO: bool.optional(),
  MIGRATE_ON_START: bool.default(true),
  SEED_REGENCY: z
    .string()
    .regex(/^\d{2}\.\d{2}$/, { error: "must be a regency code like 73.06" })
    .default("73.06"),
  ORIGIN: z.url({ error: "must be a URL like https://suara.example.id" }).optional(),
  LOG_REQUESTS: bool.default(false),
  GRAPHQL_INTROSPECTION: bool.default(false),
  SERVE_WEB: bool.default(true),
  SCHEDULER_INTERVAL_MS: z.string().regex(/^\d+$/, { error: "must be a whole number of milliseconds (0 turns it off)" }).transform(Number).default(60_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  // The delivery outbox (push, SMS, e-mail); see services/workers/outbox.ts.
  OUTBOX_INTERVAL_MS: z.string().regex(/^\d+$/, { error: "must be a whole number of milliseconds (0 turns it off)" }).transform(Number).default(5_000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(0).default(30_000),
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).default(120_000),
  SMTP_URL: z.string().regex(/^smtps?:\/\/.+/, { error: "must start with smtp:// or smtps://" }).optional(),
  MAIL_FROM: z.string().min(3).default("Suara <suara@localhost>"),
  SMS_GATEWAY_URL: z.url({ error: "must be a URL like https://sms.example.id/send" }).optional(),
  SMS_GATEWAY_FORMAT: z.enum(["json", "form"], { error: "use json or form" }).default("json"),
  SMS_GATEWAY_BODY: z.string().min(1).optional(),
  SMS_GATEWAY_HEADERS: z
    .string()
    .refine((v) => {
      try {
        const o: unknown = JSON.parse(v);
        return typeof o === "object" && o !== null && !Array.isArray(o) && Object.values(o).every((x) => typeof x === "string");
      } catch {
        return false;
      }
    }, { error: 'must be a JSON object of strings, like {"Authorization":"Bearer …"}' })
    .optional(),
  SMS_GATEWAY_IDEMPOTENCY_HEADER: z.string().regex(/^[A-Za-z0-9-]+$/, { error: "must be a header name" }).default("Idempotency-Key"),
  // Text messages coming in from the gateway (POST /sms/masuk); see http/sms-inbound.ts.
  SMS_INBOUND_SECRET: z.string().min(16, { error: "must be at least 16 characters (the secret shared with the SMS gateway)" }).optional(),
  SMS_INBOUND_SIGNATURE_HEADER: z.string().regex(/^[A-Za-z0-9-]+$/, { error: "must be a header name" }).default("X-Signature"),
  SMS_INBOUND_FORMAT: z.enum(["json", "form"], { error: "use json or form" }).default("json"),
  SMS_INBOUND_FIELDS: z
    .string()
    .refine((v) => {
      try {
        const o: unknown = JSON.parse(v);
        return (
          typeof o === "object" && o !== null && !Array.isArray(o) &&
          Object.entries(o).every(([k, x]) => INBOUND_FIELD_NAMES.includes(k as InboundField) && typeof x === "string" && x.length > 0)
        );
      } catch {
        return false;
      }
    }, { error: `must be a JSON object naming the gateway's fields, like {"from":"msisdn","text":"message","id":"message_id"} (keys: from, text, id, reference, part, parts)` })
    .optional(),
  // Abuse limits (services/use-cases/rate-limit.ts): addresses are comma-separated.
  TRUSTED_PROXIES: z.string().default(""),
  LIMIT_TRUSTED_ADDRESSES: z.string().default(""),
  UPLOAD_DISK_BUDGET_MB: z.coerce.number().int().min(1).default(5_000),
  DRAFT_ABANDONED_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  WORKSHOP_GRACE_HOURS: z.coerce.number().int().min(0).max(24 * 365).default(72),
  RETENTION_CONTACT_DAYS: z.coerce.number({ error: "must be a number of days" }).int().min(1).max(3650).default(365),
  CLIENT_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(2),
  VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/).+/, { error: "must be a mailto: or https:// URL" }).optional(),
  // Backups (db/backup.ts): where, how often (0: never by itself), how many are kept.
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_INTERVAL_HOURS: z.coerce.number({ error: "must be a number of hours (0 turns it off)" }).min(0).max(24 * 365).optional(),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(7),
});

/** What an inbound SMS carries, and the gateway's field name for each (configurable). */
export const INBOUND_FIELD_NAMES = ["from", "text", "id", "reference", "part", "parts"] as const;
export type InboundField = (typeof INBOUND_FIELD_NAMES)[number];
const DEFAULT_INBOUND_FIELDS: Record<InboundField, string> = { from: "from", text: "text", id: "id", reference: "reference", part: "part", parts: "parts" };

export type SmsInboundEnv = {
  /** HMAC-SHA256 key shared with the gateway: the signature of the raw body is checked with it. */
  secret: string;
  signatureHeader: string;
  format: "json" | "form";
  fields: Record<InboundField, string>;
};

export type Env = {
  port: number;
  host: string;
  database: { kind: "pglite"; dataDir: string; sharedBuffersMb: number } | { kind: "postgres"; url: string };
  dataDir: string;
  uploadDir: string;
  demo: boolean;
  migrateOnStart: boolean;
  seedRegency: string;
  origin: string | undefined;
  logRequests: boolean;
  /** Schema introspection and "did you mean" hints on /graphql; off unless asked for. */
  graphqlIntrospection: boolean;
  /** false: serve only /graphql and /healthz (API-only instances, tests without a web build). */
  serveWeb: boolean;
  /** How often deadlines are checked; 0 turns the scheduler off (tests drive it directly). */
  schedulerIntervalMs: number;
  shutdownGraceMs: number;
  outbox: OutboxEnv;
  limits: LimitsEnv;
  /** Undefined: no inbound SMS (POST /sms/masuk answers 404). */
  smsInbound: SmsInboundEnv | undefined;
  /** Backups the running service writes by itself (intervalMs 0: none; `npm run backup` still works). */
  backup: { dir: string; intervalMs: number; keep: number };
};

export type LimitsEnv = {
  /** Reverse proxies whose X-Forwarded-For is believed (normalised addresses). */
  trustedProxies: ReadonlySet<string>;
  /** Client addresses exempt from per-client budgets (a workshop room, a sahabat's office). */
  trustedAddresses: ReadonlySet<string>;
  /** Stored photos may not grow past this many bytes. */
  uploadDiskBudgetBytes: number;
  /** Drafts untouched this long are purged with their photos. */
  draftAbandonedMs: number;
  /** A workshop's practice data is purged this long after it ended (only its counts stay). */
  workshopGraceMs: number;
  /** A finished complaint's contact details (the reporter's phone and e-mail, contact followers) are removed this long after it finished. */
  contactRetentionMs: number;
  /** Requests one client may have in hand at once; the rest wait their turn (http/client-slots.ts). */
  clientConcurrency: number;
};

const addressList = (value: string) =>
  new Set(value.split(",").map((a) => normalizeAddress(a)).filter(Boolean));

export type OutboxEnv = {
  /** How often the outbox looks for work; 0 turns the worker off (tests drive it directly). */
  intervalMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  leaseMs: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  sms: { url: string; format: "json" | "form"; body: string; headers: Record<string, string>; idempotencyHeader: string } | undefined;
  vapidSubject: string;
};

/** The bare address in "Name <a@b>" (or the value itself). */
export function mailAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // Empty strings mean "not set", as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(
    Object.entries(source)
      .map(([k, v]) => [k, v?.trim()] as const)
      .filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new StartupError(startupMessages.envInvalid(details));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const database = e.DATABASE_URL
    ? ({ kind: "postgres", url: e.DATABASE_URL } as const)
    : ({ kind: "pglite", dataDir: path.join(dataDir, "pglite"), sharedBuffersMb: e.PGLITE_SHARED_BUFFERS_MB } as const);
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    dataDir,
    uploadDir: path.join(dataDir, "uploads"),
    // Demo accounts are the default on the embedded database only; never on PostgreSQL unless asked.
    demo: e.DEMO ?? database.kind === "pglite",
    migrateOnStart: e.MIGRATE_ON_START,
    seedRegency: e.SEED_REGENCY,
    origin: e.ORIGIN,
    logRequests: e.LOG_REQUESTS,
    graphqlIntrospection: e.GRAPHQL_INTROSPECTION,
    serveWeb: e.SERVE_WEB,
    schedulerIntervalMs: e.SCHEDULER_INTERVAL_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    limits: {
      trustedProxies: addressList(e.TRUSTED_PROXIES),
      trustedAddresses: addressList(e.LIMIT_TRUSTED_ADDRESSES),
      uploadDiskBudgetBytes: e.UPLOAD_DISK_BUDGET_MB * 1024 * 1024,
      draftAbandonedMs: e.DRAFT_ABANDONED_DAYS * 86_400_000,
      workshopGraceMs: e.WORKSHOP_GRACE_HOURS * 3_600_000,
      contactRetentionMs: e.RETENTION_CONTACT_DAYS * 86_400_000,
      clientConcurrency: e.CLIENT_CONCURRENCY,
    },
    backup: {
      dir: path.resolve(e.BACKUP_DIR ?? path.join(dataDir, "cadangan")),
      // Daily on the embedded database (nobody else backs it up); on PostgreSQL the server's own
      // backups (pg_dump, a managed service's snapshots) usually do, so only when asked.
      intervalMs: (e.BACKUP_INTERVAL_HOURS ?? (database.kind === "pglite" ? 24 : 0)) * 3_600_000,
      keep: e.BACKUP_KEEP,
    },
    smsInbound: e.SMS_INBOUND_SECRET
      ? {
          secret: e.SMS_INBOUND_SECRET,
          signatureHeader: e.SMS_INBOUND_SIGNATURE_HEADER.toLowerCase(),
          format: e.SMS_INBOUND_FORMAT,
          fields: { ...DEFAULT_INBOUND_FIELDS, ...(e.SMS_INBOUND_FIELDS ? (JSON.parse(e.SMS_INBOUND_FIELDS) as Partial<Record<InboundField, string>>) : {}) },
        }
      : undefined,
    outbox: {
      intervalMs: e.OUTBOX_INTERVAL_MS,
      maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
      retryBaseMs: e.OUTBOX_RETRY_BASE_MS,
      leaseMs: e.OUTBOX_LEASE_MS,
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      sms: e.SMS_GATEWAY_URL
        ? {
            url: e.SMS_GATEWAY_URL,
            format: e.SMS_GATEWAY_FORMAT,
            body:
              e.SMS_GATEWAY_BODY ??
              (e.SMS_GATEWAY_FORMAT === "json" ? '{"to":"{{to}}","text":"{{text}}"}' : "to={{to}}&text={{text}}"),
            headers: e.SMS_GATEWAY_HEADERS ? (JSON.parse(e.SMS_GATEWAY_HEADERS) as Record<string, string>) : {},
            idempotencyHeader: e.SMS_GATEWAY_IDEMPOTENCY_HEADER,
          }
        : undefined,
      vapidSubject: e.VAPID_SUBJECT ?? (e.ORIGIN?.startsWith("https:") ? e.ORIGIN : `mailto:${mailAddress(e.MAIL_FROM)}`),
    },
  };
}
