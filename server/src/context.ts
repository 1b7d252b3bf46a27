// The per-request context: who is asking (from the session cookie), in which language and
// reading style, and the shared dependencies. Built the same way for /graphql over HTTP,
// graphql-ws connections and SvelteKit's in-process calls, so authorization never depends on the
// door used.
import type { IncomingHttpHeaders } from "node:http";
import { findSession, readCookie, SESSION_COOKIE, type SessionUser } from "./auth/session.ts";
import type { Database } from "./db/open.ts";
import { DEVICE_COOKIE, DRAFT_COOKIE } from "./services/use-cases/drafts.ts";
import { type Participation, WORKSHOP_COOKIE } from "./services/use-cases/workshops.ts";
import type { LimitsEnv } from "./env.ts";
import { clientAddress } from "./http/client-address.ts";
import { markRefused } from "./http/client-slots.ts";
import type { EventBus } from "./events/bus.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";
import { type Locale, parseLocale } from "./i18n/messages.ts";

export type Deps = {
  db: Database;
  bus: EventBus;
  now: () => Date;
  /** Key for HMACs (deterministic access secrets for replayed offline submissions). */
  secretKey: Buffer;
  regencyCode: string;
  /** Whether cookies should carry Secure (HTTPS origin). */
  secureCookies: boolean;
  /** Where photos are stored. */
  uploadDir: string;
  /** Makes a tracking code for a new complaint (tests replace it to force a collision). */
  newTrackingCode?: (prefix: string) => string;
  /** Abuse-limit settings (trusted proxies and addresses, upload budget, draft purge). */
  limits: LimitsEnv;
  /** Every address a host name resolves to (Web Push endpoints are refused when any is private). */
  lookupHost: (hostname: string) => Promise<string[]>;
};

/** Whether the signed-in viewer holds `role` (in any kecamatan or agency). */
export function hasRole(ctx: Pick<Context, "viewer">, role: string): boolean {
  return ctx.viewer?.roles.some((r) => r.role === role) ?? false;
}

export type Context = {
  deps: Deps;
  prisma: PrismaClient;
  /** The language of stored data too (a complaint's, a notification's): never the easy-read style. */
  locale: Locale;
  /** Easy-read Bahasa Indonesia, as the person chose on the web; only ever true with `id`. i18n/say.ts reads it. */
  easyRead: boolean;
  viewer: SessionUser | null;
  /** A session whose password was right and whose authenticator code has not followed yet ("/masuk/kode"): not a viewer. */
  pendingSecondFactor: SessionUser | null;
  userAgent: string | null;
  /** This device's draft key (cookie), if any; set when a draft is created in this request. */
  draftKey: string | null;
  /** This device's workshop participant token (cookie), if it joined one. */
  workshopToken: string | null;
  /** This request's workshop participation once looked up (workshops.ts currentParticipation); undefined: not yet. */
  participation?: Participation | null;
  /** The client's address for limits (see http/client-address.ts). */
  clientAddress: string;
  /** This device's random id (cookie), if it has one; limits count filings per device. */
  deviceId: string | null;
  /** Complaints this request proved access to with a valid secret (complaint ids). */
  grants: Set<string>;
  /** Set-Cookie values to send with the response (the HTTP handler and SvelteKit hook apply them). */
  outgoingCookies: string[];
  setCookie(value: string): void;
  /** A limit refused this request (too many filings, guesses, uploads): its client is paused a moment (http/client-slots.ts). */
  refusedByLimit(): void;
};

export const LOCALE_COOKIE = "lang";

/**
 * Bahasa Indonesia unless the person chose English (the `lang` cookie the language switch
 * sets). Browser language is not guessed: pages and API answers must always agree.
 */
function localeFrom(headers: IncomingHttpHeaders): Locale {
  return parseLocale(readCookie(headers.cookie, LOCALE_COOKIE)) ?? "id";
}

/** The web's display settings store "Bahasa Indonesia mudah dibaca" as `mudah=1`. */
export const EASY_READ_COOKIE = "mudah";

/** Easy-read only exists for Bahasa Indonesia: with English chosen the cookie means nothing. */
function easyReadFrom(headers: IncomingHttpHeaders, locale: Locale): boolean {
  return locale === "id" && readCookie(headers.cookie, EASY_READ_COOKIE) === "1";
}

const validDeviceId = (value: string | null) => (value && /^[A-Za-z0-9_-]{16,64}$/.test(value) ? value : null);

export async function createContext(
  deps: Deps,
  request: { headers: IncomingHttpHeaders; socket?: { remoteAddress?: string | undefined } | null },
): Promise<Context> {
  const token = readCookie(request.headers.cookie, SESSION_COOKIE);
  const session = token ? await findSession(deps.db.prisma, token, deps.now()) : null;
  // A password alone does not sign in to an account with an authenticator app.
  const viewer = session?.awaitingSecondFactor ? null : session;
  const pendingSecondFactor = session?.awaitingSecondFactor ? session : null;
  const outgoingCookies: string[] = [];
  const locale = localeFrom(request.headers);
  return {
    deps,
    prisma: deps.db.prisma,
    locale,
    easyRead: easyReadFrom(request.headers, locale),
    viewer,
    pendingSecondFactor,
    userAgent: request.headers["user-agent"] ?? null,
    draftKey: readCookie(request.headers.cookie, DRAFT_COOKIE),
    workshopToken: readCookie(request.headers.cookie, WORKSHOP_COOKIE),
    clientAddress: clientAddress(request, deps.limits.trustedProxies),
    deviceId: validDeviceId(readCookie(request.headers.cookie, DEVICE_COOKIE)),
    grants: new Set(),
    outgoingCookies,
    setCookie: (value) => outgoingCookies.push(value),
    refusedByLimit: () => markRefused(request),
  };
}
