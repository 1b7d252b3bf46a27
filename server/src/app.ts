// Builds and starts the whole service on one port: the SvelteKit app (adapter-node handler),
// GraphQL at /graphql over HTTP and graphql-ws on the same path, and /healthz. Used by main.ts,
// the tests and the benchmarks, so they all run the real thing.
import { randomBytes } from "node:crypto";
import { lookup } from "node:dns/promises";
import { existsSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import compression from "compression";
import { GraphQLError } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { type Context, createContext, type Deps } from "./context.ts";
import { type Database, type DatabaseConfig, openDatabase } from "./db/open.ts";
import { seedDemoAccounts, seedReferenceData } from "./db/seed/index.ts";
import { enrolDemoSecondFactors } from "./db/seed/demo-accounts.ts";
import { type Env, parseEnv } from "./env.ts";
import { type EventBus, InProcessBus } from "./events/bus.ts";
import { PostgresBus } from "./events/pg-bus.ts";
import { schema } from "./graphql/schema.ts";
import { errorFormatter, logLine } from "./http/errors.ts";
import { apolloLimits, type LimitOptions, parseOptions } from "./graphql/limits.ts";
import { prepareLiveOperation, sendsTo, subscribeInGroups } from "./graphql/fanout.ts";
import { handleGraphQLHttp } from "./http/graphql-http.ts";
import { RefusedDocuments } from "./http/refused-documents.ts";
import { clientAddress, normalizeAddress } from "./http/client-address.ts";
import { ClientSlots, DEFAULT_SLOTS, giveBack, refuseBusyClient } from "./http/client-slots.ts";
import { TRUSTED_FACTOR } from "./services/use-cases/rate-limit.ts";
import { watchReferenceData } from "./services/use-cases/reference-data.ts";
import { seedDemoComplaints } from "./services/use-cases/demo-data.ts";
import { startScheduler } from "./services/workers/scheduler.ts";
import { startBackups } from "./services/workers/backups.ts";
import { startPlannerStatistics } from "./services/workers/planner-statistics.ts";
import { startWorkshopClock } from "./services/workers/workshop-clock.ts";
import { createOutbox, type Outbox } from "./services/workers/outbox.ts";
import { attachExecutor } from "./http/in-process.ts";
import { handleUpload, servePhoto } from "./http/uploads.ts";
import { handleInboundSms } from "./http/sms-inbound.ts";
import { handleOpen311, OPEN311_PREFIX } from "./http/open311.ts";
import { LiveSessions } from "./http/live-sessions.ts";
import { StartupError, startupMessages } from "./i18n/startup.ts";
import { repoRoot } from "./paths.ts";

export const webBuildDir = path.join(repoRoot, "web/build");

// Pages and API answers are compressed (gzip or brotli) for 3G phones; static assets are
// served precompressed by adapter-node and pass through untouched.
const compressionMiddleware = compression({ threshold: 1024 });
const compress = (req: IncomingMessage, res: ServerResponse, next: () => void) =>
  compressionMiddleware(req as never, res as never, next);

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

export type StartOptions = {
  /** Environment variables (as strings); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Serve the SvelteKit app (needs `npm run build`). API tests turn it off. */
  web?: boolean;
  /** Use this database configuration instead of the one the environment names (tests). */
  database?: DatabaseConfig;
  now?: () => Date;
  /** Skip the Gowa seed (tests that bring their own data). */
  seed?: boolean;
  /** In demo mode, file a few demo complaints on an empty database (default true). */
  demoComplaints?: boolean;
  /** Resolves host names (Web Push endpoints); tests give a stand-in, since their push service is local. */
  lookupHost?: (hostname: string) => Promise<string[]>;
};

export type RunningServer = {
  url: string;
  port: number;
  env: Env;
  db: Database;
  deps: Deps;
  /** Delivers notifications by push, SMS and e-mail (tests drive it with runOnce). */
  outbox: Outbox;
  server: Server;
  /** Open WebSocket connections by session. */
  liveSessions: LiveSessions;
  close(): Promise<void>;
};

const SEED_VERSION = "1";
/** How often the embedded database's planner statistics are looked at (analyzing is done only when stale). */
const PLANNER_STATISTICS_INTERVAL_MS = 10 * 60_000;

async function lookupAll(hostname: string): Promise<string[]> {
  return (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);
}

async function seedIfNeeded(db: Database, env: Env): Promise<void> {
  const marker = `${env.seedRegency}@${SEED_VERSION}`;
  const current = await db.prisma.setting.findUnique({ where: { key: "seed.reference" } });
  if (current?.value !== marker) {
    await seedReferenceData(db.prisma, { regencyCode: env.seedRegency });
    await db.prisma.setting.upsert({
      where: { key: "seed.reference" },
      create: { key: "seed.reference", value: marker },
      update: { value: marker },
    });
  }
  if (env.demo) await seedDemoAccounts(db.prisma, { regencyCode: env.seedRegency });
}

/** A per-installation key, created on first start and kept in the database. */
async function secretKey(db: Database): Promise<Buffer> {
  const existing = await db.prisma.setting.findUnique({ where: { key: "secret.hmac" } });
  if (existing) return Buffer.from(existing.value, "base64");
  const value = randomBytes(32).toString("base64");
  await db.prisma.setting.upsert({
    where: { key: "secret.hmac" },
    create: { key: "secret.hmac", value },
    update: {},
  });
  const stored = await db.prisma.setting.findUniqueOrThrow({ where: { key: "secret.hmac" } });
  return Buffer.from(stored.value, "base64");
}

/** The header through which the server tells adapter-node the request's protocol. */
const PROTOCOL_HEADER = "x-suara-proto";

async function loadWebHandler(origin: string | undefined): Promise<NodeHandler> {
  // adapter-node reads these once, when the handler module loads. With a configured public
  // origin it uses that; otherwise the origin is this request's own host over plain http, so
  // `npm start` accepts form posts on localhost and on a LAN address in a workshop alike.
  if (origin) process.env.ORIGIN = origin;
  else process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;
  const handlerPath = path.join(webBuildDir, "handler.js");
  if (!existsSync(handlerPath)) throw new StartupError(startupMessages.webNotBuilt(webBuildDir));
  const mod = (await import(pathToFileURL(handlerPath).href)) as { handler: NodeHandler };
  return mod.handler;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE" || error.code === "EACCES") {
        reject(new StartupError(startupMessages.portInUse(port)));
      } else reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve();
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/** What a WebSocket connection's contexts read of its handshake (createContext, LiveSessions). */
type LiveRequest = { headers: IncomingHttpHeaders; socket: { remoteAddress?: string | undefined } };

const LIVE_HEADERS = ["cookie", "user-agent", "x-forwarded-for"] as const;

/**
 * A WebSocket connection lives for hours and a popular complaint has thousands: holding each
 * one's IncomingMessage (every header, raw and parsed, and its socket) cost kilobytes apiece.
 */
function liveRequest(req: IncomingMessage): LiveRequest {
  const headers: IncomingHttpHeaders = {};
  for (const name of LIVE_HEADERS) if (req.headers[name] !== undefined) (headers as Record<string, unknown>)[name] = req.headers[name];
  return { headers, socket: { remoteAddress: req.socket.remoteAddress } };
}

/** Rejects WebSocket handshakes from other sites (cross-site WebSocket hijacking). */
function sameOrigin(req: IncomingMessage, configured: string | undefined): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // non-browser clients
  try {
    const o = new URL(origin);
    if (configured && o.origin === new URL(configured).origin) return true;
    return o.host === req.headers.host;
  } catch {
    return false;
  }
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = parseEnv(options.env ?? process.env);
  const webHandler = options.web === false || !env.serveWeb ? null : await loadWebHandler(env.origin);
  const db = await openDatabase(options.database ?? env.database, { migrate: env.migrateOnStart });
  const cleanup: Array<() => Promise<void>> = [() => db.close()];
  const runCleanup = async () => {
    for (const step of cleanup.splice(0).reverse()) await step().catch((e) => console.error(e));
  };
  try {
    if (options.seed !== false) await seedIfNeeded(db, env);
    // Several instances share events through PostgreSQL; the embedded database has one process.
    const bus: EventBus =
      db.pool && db.url ? await PostgresBus.start(db.url, db.pool) : new InProcessBus();
    cleanup.push(() => bus.close());
    // Reference data is served from memory; administrators' changes arrive on the bus.
    cleanup.push(watchReferenceData(db.prisma, bus));
    const deps: Deps = {
      db,
      bus,
      now: options.now ?? (() => new Date()),
      secretKey: await secretKey(db),
      regencyCode: env.seedRegency,
      secureCookies: env.origin?.startsWith("https:") ?? false,
      uploadDir: env.uploadDir,
      limits: env.limits,
      lookupHost: options.lookupHost ?? lookupAll,
    };
    // The demo staff accounts have authenticator apps enrolled with the secrets the README publishes.
    if (env.demo && options.seed !== false) await enrolDemoSecondFactors(db.prisma, deps.secretKey);
    if (env.demo && options.seed !== false && options.demoComplaints !== false) await seedDemoComplaints(deps);
    if (env.schedulerIntervalMs > 0) cleanup.push(startScheduler(deps, env.schedulerIntervalMs));
    // The workshops' fast clock runs with the scheduler (tests drive both directly).
    if (env.schedulerIntervalMs > 0) cleanup.push(startWorkshopClock(deps));
    // The embedded database has no autovacuum to keep the planner's statistics current.
    if (env.schedulerIntervalMs > 0 && db.kind === "pglite") cleanup.push(startPlannerStatistics(db, PLANNER_STATISTICS_INTERVAL_MS));
    if (env.backup.intervalMs > 0) cleanup.push(startBackups(db, env.uploadDir, env.backup, deps.now));
    const outbox = await createOutbox(deps, env.outbox, env.origin);
    if (env.outbox.intervalMs > 0) cleanup.push(outbox.start(env.outbox.intervalMs));
    const makeContext = (req: IncomingMessage) => () => createContext(deps, req);

    // Query limits before any planning or execution, the same on every door (graphql/limits.ts).
    const limits: LimitOptions = { introspection: env.graphqlIntrospection };
    const formatError = errorFormatter({ suggestions: env.graphqlIntrospection });
    const armor = apolloLimits(limits);
    const apollo = new ApolloServer<Context>({
      schema,
      formatError,
      // No cache hints are used: Apollo's cache-control plugin would only visit every resolved
      // field to conclude "no-store", which graphql-http.ts now says itself.
      plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ...armor.plugins],
      validationRules: armor.validationRules,
      parseOptions,
      introspection: env.graphqlIntrospection,
      hideSchemaDetailsFromClientErrors: !env.graphqlIntrospection,
      includeStacktraceInErrorResponses: false,
      allowBatchedHttpRequests: false,
    });
    await apollo.start();
    cleanup.push(() => apollo.stop());

    let shuttingDown = false;
    // Browsers that reached Suara over https once keep to https for a year (no downgrade on
    // a café's Wi-Fi). Only when the public origin is https: on plain http it would be ignored.
    const hsts = env.origin?.startsWith("https:") ? "max-age=31536000; includeSubDomains" : null;
    const refusedDocuments = new RefusedDocuments();
    const slots = new ClientSlots({ ...DEFAULT_SLOTS, perClient: env.limits.clientConcurrency });
    let warnedUntrustedProxy = false;
    const server = createServer(async (req, res) => {
      try {
        if (hsts) res.setHeader("strict-transport-security", hsts);
        const pathname = (req.url ?? "/").split("?")[0];
        if (env.logRequests) console.log(`${req.method} ${req.url}`);
        if (pathname === "/healthz") {
          const ok = !shuttingDown && (await db.sql.query("SELECT 1").then(() => true, () => false));
          res.writeHead(ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
          res.end(JSON.stringify({ status: ok ? "ok" : "unavailable", database: db.kind }));
          return;
        }
        // The SMS gateway speaks for many residents from one address: its own limits are per
        // sender's number (services/use-cases/sms-intake.ts), not the per-client slots below.
        if (pathname === "/sms/masuk" && env.smsInbound) {
          await handleInboundSms(req, res, deps, env.smsInbound, clientAddress(req, env.limits.trustedProxies));
          return;
        }
        // Each client works through its own requests a few at a time (static files aside: they
        // cost nothing and a page needs many at once).
        if (!pathname?.startsWith("/_app/")) {
          const client = clientAddress(req, env.limits.trustedProxies);
          if (!warnedUntrustedProxy && req.headers["x-forwarded-for"] && !env.limits.trustedProxies.has(normalizeAddress(req.socket.remoteAddress ?? ""))) {
            // Behind a proxy that is not in TRUSTED_PROXIES every resident is the proxy's one address.
            warnedUntrustedProxy = true;
            console.warn(
              `[http] X-Forwarded-For dari ${client} diabaikan: jika ini proxy Anda, isi TRUSTED_PROXIES, karena tanpa itu semua warga dihitung sebagai satu klien. / ` +
                `X-Forwarded-For from ${client} ignored: if it is your proxy, set TRUSTED_PROXIES, or every resident counts as one client.`,
            );
          }
          const factor = env.limits.trustedAddresses.has(client) ? TRUSTED_FACTOR : 1;
          const release = await slots.acquire(client, factor, req);
          if (!release) {
            refuseBusyClient(res, pathname === "/graphql");
            return;
          }
          res.once("close", () => giveBack(req, release));
        }
        if (pathname === "/unggah" && req.method === "POST") {
          await handleUpload(req, res, makeContext(req));
          return;
        }
        const photo = /^\/foto\/([A-Za-z0-9_-]{1,40})$/.exec(pathname ?? "");
        if (photo && (req.method === "GET" || req.method === "HEAD")) {
          await servePhoto(req, res, await createContext(deps, req), photo[1]!);
          return;
        }
        if (pathname?.startsWith(OPEN311_PREFIX)) {
          await handleOpen311(deps, req, res, env.origin);
          return;
        }
        if (pathname === "/graphql") {
          await new Promise<void>((resolve) => compress(req, res, () => resolve()));
          await handleGraphQLHttp(apollo, makeContext(req), req, res, refusedDocuments);
          return;
        }
        if (!webHandler) {
          res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
          return;
        }
        // Always overwritten, so a client cannot choose the protocol the CSRF check compares with.
        req.headers[PROTOCOL_HEADER] = "http";
        attachExecutor(req, schema, makeContext(req), limits);
        compress(req, res, () => webHandler(req, res, () => res.writeHead(404).end()));
      } catch (error) {
        console.error(logLine("[http] request failed", error));
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("Terjadi kesalahan di server. / Something went wrong on the server.");
      }
    });
    // A connection stays open a minute between requests: a resident answers a filing step in more
    // than Node's default 5 s, and a phone on 3G pays round trips for every new connection. It
    // also outlasts the idle upstream connections a reverse proxy keeps (commonly 60 s): a server
    // that closes first races the proxy's next request on that socket, which then fails with
    // ECONNRESET. Headers must still arrive promptly (slow-header clients are cut off).
    server.keepAliveTimeout = 61_000;
    server.headersTimeout = 62_000;

    // Revoking a session closes its open WebSocket connections (and so its subscriptions).
    const liveSessions = new LiveSessions(deps);
    liveSessions.start(5000);
    cleanup.push(async () => liveSessions.stop());

    const wss = new WebSocketServer({ noServer: true, maxPayload: 100_000 });
    const wsServer = useServer<Record<string, unknown>, { request: LiveRequest }>(
      {
        schema,
        // Each event executed once per group of subscribers who may see the same (graphql/fanout.ts).
        subscribe: subscribeInGroups,
        onSubscribe: async (ctx, id, payload) => {
          const prepared = prepareLiveOperation(schema, payload.query, payload.variables, limits);
          if ("errors" in prepared) {
            return prepared.errors.map((e) => {
              const formatted = formatError(e);
              return new GraphQLError(formatted.message, { extensions: formatted.extensions });
            });
          }
          // Every field set here, none added later: one is held per open subscription, and an
          // object that grows after it is made keeps its fields in a separate, larger store.
          const contextValue = await createContext(deps, ctx.extra.request);
          sendsTo(contextValue, { socket: ctx.extra.socket, id });
          return {
            schema,
            document: prepared.document,
            variableValues: payload.variables,
            operationName: payload.operationName,
            rootValue: undefined,
            contextValue,
          };
        },
        onConnect: async (ctx) => {
          await liveSessions.track(ctx.extra.socket, ctx.extra.request);
        },
        onError: (_ctx, _id, _payload, errors) => {
          for (const e of errors) if (!e.extensions?.code) console.error(logLine("[graphql-ws]", e));
        },
      },
      wss,
    );
    server.on("upgrade", (req, socket, head) => {
      const pathname = (req.url ?? "/").split("?")[0];
      if (pathname !== "/graphql" || shuttingDown || !sameOrigin(req, env.origin)) {
        socket.write("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
        socket.destroy();
        return;
      }
      // The connection keeps only what its contexts read of the handshake, not the whole request.
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, liveRequest(req)));
    });

    // Track sockets so shutdown can end idle keep-alive connections promptly.
    const sockets = new Set<Socket>();
    server.on("connection", (socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });

    await listen(server, env.port, env.host);
    const address = server.address() as AddressInfo;
    const host = env.host === "0.0.0.0" || env.host === "::" ? "localhost" : env.host;
    const url = `http://${host}:${address.port}`;

    let closing: Promise<void> | null = null;
    const close = () =>
      (closing ??= (async () => {
        shuttingDown = true;
        // Stop accepting; let in-flight requests finish (bounded by the grace period).
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        for (const client of wss.clients) client.close(1001, "server shutting down");
        await wsServer.dispose();
        const grace = new Promise<void>((resolve) => setTimeout(resolve, env.shutdownGraceMs).unref());
        await Promise.race([closed, grace]);
        for (const socket of sockets) socket.destroy();
        wss.close();
        await runCleanup();
      })());

    return { url, port: address.port, env, db, deps, outbox, server, liveSessions, close };
  } catch (error) {
    await runCleanup();
    throw error;
  }
}
