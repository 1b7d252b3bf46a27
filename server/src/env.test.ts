// parseEnv: defaults, what each variable accepts, and the sentence a bad value stops start-up with.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Env, parseEnv } from "./env.ts";
import { StartupError } from "./i18n/startup.ts";

/** The StartupError parseEnv throws for `source` (fails the test if it returns instead). */
function startupErrorOf(source: Record<string, string>): StartupError {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return error as StartupError;
  }
  throw new Error(`parseEnv accepted ${JSON.stringify(source)}`);
}

const OUTBOX_DEFAULTS: Env["outbox"] = {
  intervalMs: 5_000,
  maxAttempts: 5,
  retryBaseMs: 30_000,
  leaseMs: 120_000,
  smtpUrl: undefined,
  mailFrom: "Suara <suara@localhost>",
  sms: undefined,
  vapidSubject: "mailto:suara@localhost",
};

const defaultLimits = {
  trustedProxies: new Set<string>(),
  trustedAddresses: new Set<string>(),
  clientConcurrency: 2,
  uploadDiskBudgetBytes: 5_000 * 1024 * 1024,
  draftAbandonedMs: 7 * 86_400_000,
  workshopGraceMs: 72 * 3_600_000,
  contactRetentionMs: 365 * 86_400_000,
};

describe("parseEnv: defaults", () => {
  it("an empty environment starts on PGlite in ./data/pglite with demo accounts", () => {
    const dataDir = path.resolve(process.cwd(), "data");
    expect(parseEnv({})).toEqual<Env>({
      port: 3000,
      host: "0.0.0.0",
      database: { kind: "pglite", dataDir: path.join(dataDir, "pglite"), sharedBuffersMb: 64 },
      dataDir,
      uploadDir: path.join(dataDir, "uploads"),
      demo: true,
      migrateOnStart: true,
      seedRegency: "73.06",
      origin: undefined,
      logRequests: false,
      graphqlIntrospection: false,
      serveWeb: true,
      schedulerIntervalMs: 60_000,
      shutdownGraceMs: 10_000,
      outbox: OUTBOX_DEFAULTS,
      limits: defaultLimits,
      smsInbound: undefined,
      backup: { dir: path.join(dataDir, "cadangan"), intervalMs: 24 * 3_600_000, keep: 7 },
    });
  });

  it("resolves the data folders to absolute paths", () => {
    const env = parseEnv({ DATA_DIR: "var/suara" });
    expect(path.isAbsolute(env.dataDir)).toBe(true);
    expect(env.dataDir).toBe(path.resolve(process.cwd(), "var/suara"));
    expect(env.database).toEqual({ kind: "pglite", dataDir: path.resolve(process.cwd(), "var/suara/pglite"), sharedBuffersMb: 64 });
    expect(env.uploadDir).toBe(path.resolve(process.cwd(), "var/suara/uploads"));
  });

  it("keeps an absolute DATA_DIR as it is", () => {
    expect(parseEnv({ DATA_DIR: "/srv/suara" })).toMatchObject({
      dataDir: "/srv/suara",
      database: { kind: "pglite", dataDir: "/srv/suara/pglite", sharedBuffersMb: 64 },
      uploadDir: "/srv/suara/uploads",
    });
  });

  const ALL_NAMES = ["PORT", "HOST", "DATABASE_URL", "DATA_DIR", "PGLITE_SHARED_BUFFERS_MB", "DEMO", "MIGRATE_ON_START", "SEED_REGENCY", "ORIGIN", "LOG_REQUESTS", "GRAPHQL_INTROSPECTION", "SERVE_WEB", "SHUTDOWN_GRACE_MS", "SCHEDULER_INTERVAL_MS", "OUTBOX_INTERVAL_MS", "SMTP_URL", "MAIL_FROM", "SMS_GATEWAY_URL", "SMS_GATEWAY_FORMAT", "SMS_GATEWAY_BODY", "SMS_GATEWAY_HEADERS", "VAPID_SUBJECT"];

  it.each(["", " ", "   ", "\t", " \t\n "])("treats every value of %j as unset", (blankValue) => {
    const blank = Object.fromEntries(ALL_NAMES.map((name) => [name, blankValue]));
    expect(parseEnv(blank)).toEqual(parseEnv({}));
  });

  it("trims values before reading them", () => {
    expect(
      parseEnv({
        PORT: " 8080 ",
        HOST: "  127.0.0.1\t",
        DATA_DIR: "  /srv/suara  ",
        DEMO: " false ",
        MIGRATE_ON_START: "\tno",
        SEED_REGENCY: " 73.71 ",
        ORIGIN: " https://suara.gowakab.go.id ",
        LOG_REQUESTS: "yes ",
        SERVE_WEB: " 0",
        SHUTDOWN_GRACE_MS: " 2500 ",
        SCHEDULER_INTERVAL_MS: " 0 ",
      }),
    ).toEqual<Env>({
      port: 8080,
      host: "127.0.0.1",
      database: { kind: "pglite", dataDir: "/srv/suara/pglite", sharedBuffersMb: 64 },
      dataDir: "/srv/suara",
      uploadDir: "/srv/suara/uploads",
      demo: false,
      migrateOnStart: false,
      seedRegency: "73.71",
      origin: "https://suara.gowakab.go.id",
      logRequests: true,
      graphqlIntrospection: false,
      serveWeb: false,
      schedulerIntervalMs: 0,
      shutdownGraceMs: 2500,
      outbox: { ...OUTBOX_DEFAULTS, vapidSubject: "https://suara.gowakab.go.id" },
      limits: defaultLimits,
      smsInbound: undefined,
      backup: { dir: "/srv/suara/cadangan", intervalMs: 24 * 3_600_000, keep: 7 },
    });
  });

  it("ignores variables it does not know", () => {
    expect(parseEnv({ PATH: "/usr/bin", HOME: "/root", NODE_ENV: "production" })).toEqual(parseEnv({}));
  });
});

describe("parseEnv: database and demo", () => {
  it.each<[string, Record<string, string>, Env["database"]["kind"], boolean]>([
    ["nothing set", {}, "pglite", true],
    ["DEMO=false on PGlite", { DEMO: "false" }, "pglite", false],
    ["DATABASE_URL postgresql://", { DATABASE_URL: "postgresql://suara@db/suara" }, "postgres", false],
    ["DATABASE_URL postgres://", { DATABASE_URL: "postgres://suara@db/suara" }, "postgres", false],
    ["DATABASE_URL with DEMO=true", { DATABASE_URL: "postgresql://suara@db/suara", DEMO: "true" }, "postgres", true],
    ["DATABASE_URL with DEMO=yes", { DATABASE_URL: "postgresql://suara@db/suara", DEMO: "yes" }, "postgres", true],
    ["DATABASE_URL with DEMO=1", { DATABASE_URL: "postgresql://suara@db/suara", DEMO: "1" }, "postgres", true],
    ["DATABASE_URL with DEMO empty", { DATABASE_URL: "postgresql://suara@db/suara", DEMO: "" }, "postgres", false],
    ["DATABASE_URL empty", { DATABASE_URL: "" }, "pglite", true],
    // Whitespace only now means "not set" as well (it used to stop start-up).
    ["DATABASE_URL spaces only", { DATABASE_URL: "   " }, "pglite", true],
    ["DATABASE_URL tab and newline", { DATABASE_URL: "\t\n" }, "pglite", true],
    ["DATABASE_URL spaces only with DEMO=false", { DATABASE_URL: "   ", DEMO: "false" }, "pglite", false],
  ])("%s → %s, demo %s", (_name, source, kind, demo) => {
    const env = parseEnv(source);
    expect(env.database.kind).toBe(kind);
    expect(env.demo).toBe(demo);
  });

  it("passes the PostgreSQL URL through, trimmed", () => {
    expect(parseEnv({ DATABASE_URL: "  postgresql://suara:rahasia@db:5432/suara  " }).database).toEqual({
      kind: "postgres",
      url: "postgresql://suara:rahasia@db:5432/suara",
    });
  });

  it.each(["mysql://suara@db/suara", "postgresql://", "postgresql:suara", "db:5432/suara", "file:./data", "  postgresql://  "])(
    "DATABASE_URL %j stops start-up with a sentence naming DATABASE_URL in both languages",
    (url) => {
      const error = startupErrorOf({ DATABASE_URL: url });
      expect(error.text.id).toContain("DATABASE_URL");
      expect(error.text.en).toContain("DATABASE_URL");
      expect(error.message).toContain(error.text.id);
      expect(error.message).toContain(error.text.en);
    },
  );
});

describe("parseEnv: booleans", () => {
  it.each<[string, boolean]>([
    ["true", true],
    ["1", true],
    ["yes", true],
    ["false", false],
    ["0", false],
    ["no", false],
  ])("DEMO=%s → %s", (value, expected) => {
    expect(parseEnv({ DEMO: value }).demo).toBe(expected);
  });

  it.each<[string, keyof Env, boolean]>([
    ["MIGRATE_ON_START", "migrateOnStart", false],
    ["LOG_REQUESTS", "logRequests", true],
    ["SERVE_WEB", "serveWeb", false],
    ["GRAPHQL_INTROSPECTION", "graphqlIntrospection", true],
  ])("%s flips its default", (name, key, flipped) => {
    expect(parseEnv({ [name]: flipped ? "true" : "false" })[key]).toBe(flipped);
  });

  it.each([
    ["DEMO", "maybe"],
    ["DEMO", "YES"],
    ["DEMO", "on"],
    ["MIGRATE_ON_START", "nope"],
    ["LOG_REQUESTS", "2"],
    ["SERVE_WEB", "y"],
    ["GRAPHQL_INTROSPECTION", "on"],
  ])("%s=%s stops start-up naming the variable", (name, value) => {
    const error = startupErrorOf({ [name]: value });
    expect(error.text.id).toContain(name);
    expect(error.text.en).toContain(name);
  });
});

describe("parseEnv: numbers, regency, origin", () => {
  it.each<[string, number]>([
    ["8080", 8080],
    ["0", 0],
    ["65535", 65535],
    [" 8080 ", 8080],
    ["08080", 8080], // leading zeros are still digits
    // Was a finding: Number(" ") is 0, so PORT=" " listened on a random free port. Now it is unset.
    ["  ", 3000],
    ["\t", 3000],
  ])("PORT=%j → %s", (value, expected) => {
    expect(parseEnv({ PORT: value }).port).toBe(expected);
  });

  it.each(["abc", "70000", "65536", "99999", "123456", "-1", "+80", "3000.5", "1e3", "0x50", "30 00", "8080abc", "Infinity"])(
    "PORT=%j stops start-up naming PORT and saying what it accepts",
    (value) => {
      const error = startupErrorOf({ PORT: value });
      for (const text of [error.text.id, error.text.en]) {
        expect(text).toContain("PORT");
        expect(text).toContain("whole number from 0 to 65535");
      }
    },
  );

  it("PGLITE_SHARED_BUFFERS_MB sets the embedded database's shared buffers", () => {
    expect(parseEnv({ PGLITE_SHARED_BUFFERS_MB: " 128 " }).database).toMatchObject({ kind: "pglite", sharedBuffersMb: 128 });
  });

  it.each(["8", "5000", "64MB", "-1", "1.5"])("PGLITE_SHARED_BUFFERS_MB=%j stops start-up naming it", (value) => {
    expect(startupErrorOf({ PGLITE_SHARED_BUFFERS_MB: value }).text.en).toContain("PGLITE_SHARED_BUFFERS_MB");
  });

  it.each(["abc", "-5", "1.5"])("SHUTDOWN_GRACE_MS=%j stops start-up naming it", (value) => {
    expect(startupErrorOf({ SHUTDOWN_GRACE_MS: value }).text.en).toContain("SHUTDOWN_GRACE_MS");
  });

  it("reads SHUTDOWN_GRACE_MS and HOST", () => {
    expect(parseEnv({ SHUTDOWN_GRACE_MS: "2500", HOST: "127.0.0.1" })).toMatchObject({ shutdownGraceMs: 2500, host: "127.0.0.1" });
  });

  it.each<[string, string]>([
    ["73.06", "73.06"],
    ["73.71", "73.71"],
    ["11.01", "11.01"],
    ["73.06 ", "73.06"], // trimmed now (it used to stop start-up)
    ["\t73.06\n", "73.06"],
  ])("SEED_REGENCY=%j is accepted as %s", (value, code) => {
    expect(parseEnv({ SEED_REGENCY: value }).seedRegency).toBe(code);
  });

  it.each(["7306", "73.06.08", "73-06", "73.6", "ab.cd", "Gowa", "73 .06"])(
    "SEED_REGENCY=%j stops start-up naming SEED_REGENCY",
    (code) => {
      const error = startupErrorOf({ SEED_REGENCY: code });
      expect(error.text.id).toContain("SEED_REGENCY");
      expect(error.text.en).toContain("SEED_REGENCY");
    },
  );

  it("reads ORIGIN and refuses one that is not a URL", () => {
    expect(parseEnv({ ORIGIN: "https://suara.gowakab.go.id" }).origin).toBe("https://suara.gowakab.go.id");
    expect(startupErrorOf({ ORIGIN: "suara.gowakab.go.id" }).text.en).toContain("ORIGIN");
  });

  it("names every bad variable at once", () => {
    const { text } = startupErrorOf({ PORT: "abc", DATABASE_URL: "mysql://x", SEED_REGENCY: "7306" });
    for (const name of ["PORT", "DATABASE_URL", "SEED_REGENCY"]) {
      expect(text.id).toContain(name);
      expect(text.en).toContain(name);
    }
  });
});

describe("parseEnv: the outbox", () => {
  it("reads SMTP, the SMS gateway and its templates", () => {
    const env = parseEnv({
      SMTP_URL: "smtp://mail.gowakab.go.id:587",
      MAIL_FROM: "Suara Gowa <suara@gowakab.go.id>",
      SMS_GATEWAY_URL: "https://sms.example.id/send",
      SMS_GATEWAY_FORMAT: "form",
      SMS_GATEWAY_HEADERS: '{"Authorization":"Bearer abc"}',
      OUTBOX_MAX_ATTEMPTS: "3",
    });
    expect(env.outbox).toMatchObject({
      smtpUrl: "smtp://mail.gowakab.go.id:587",
      maxAttempts: 3,
      vapidSubject: "mailto:suara@gowakab.go.id",
      sms: { url: "https://sms.example.id/send", format: "form", body: "to={{to}}&text={{text}}", headers: { Authorization: "Bearer abc" }, idempotencyHeader: "Idempotency-Key" },
    });
  });

  it("reads the inbound SMS settings: the secret, the signature header, the body format and field names", () => {
    expect(parseEnv({}).smsInbound).toBeUndefined();
    expect(
      parseEnv({
        SMS_INBOUND_SECRET: "rahasia-bersama-gateway",
        SMS_INBOUND_SIGNATURE_HEADER: "X-Gateway-Signature",
        SMS_INBOUND_FORMAT: "form",
        SMS_INBOUND_FIELDS: '{"from":"msisdn","text":"message","id":"message_id"}',
      }).smsInbound,
    ).toEqual({
      secret: "rahasia-bersama-gateway",
      signatureHeader: "x-gateway-signature",
      format: "form",
      fields: { from: "msisdn", text: "message", id: "message_id", reference: "reference", part: "part", parts: "parts" },
    });
  });

  it("backs up daily on PGlite and only when asked on PostgreSQL", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://x@localhost/suara" }).backup.intervalMs).toBe(0);
    expect(parseEnv({ DATABASE_URL: "postgresql://x@localhost/suara", BACKUP_INTERVAL_HOURS: "6", BACKUP_DIR: "/cadangan", BACKUP_KEEP: "30" }).backup).toEqual({
      dir: "/cadangan",
      intervalMs: 6 * 3_600_000,
      keep: 30,
    });
    expect(parseEnv({ BACKUP_INTERVAL_HOURS: "0" }).backup.intervalMs).toBe(0);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ BACKUP_INTERVAL_HOURS: "sering" }, /BACKUP_INTERVAL_HOURS: must be a number of hours/],
    [{ SMS_INBOUND_SECRET: "pendek" }, /SMS_INBOUND_SECRET: must be at least 16 characters/],
    [{ SMS_INBOUND_FIELDS: '{"sender":"msisdn"}' }, /SMS_INBOUND_FIELDS: must be a JSON object naming the gateway's fields/],
    [{ SMS_INBOUND_FORMAT: "xml" }, /SMS_INBOUND_FORMAT: use json or form/],
    [{ SMTP_URL: "mail.example.id" }, /SMTP_URL: must start with smtp:\/\//],
    [{ SMS_GATEWAY_URL: "not a url" }, /SMS_GATEWAY_URL/],
    [{ SMS_GATEWAY_FORMAT: "xml" }, /SMS_GATEWAY_FORMAT: use json or form/],
    [{ SMS_GATEWAY_HEADERS: "[1]" }, /SMS_GATEWAY_HEADERS: must be a JSON object of strings/],
    [{ VAPID_SUBJECT: "http://x" }, /VAPID_SUBJECT: must be a mailto: or https:\/\/ URL/],
  ])("refuses %j", (source, message) => {
    expect(startupErrorOf(source).message).toMatch(message);
  });
});
