// Starts the real service (GraphQL over HTTP and WebSocket, no web build) on a fresh database
// and gives tests a small GraphQL client with its own cookie jar, like one browser.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type RunningServer, startServer } from "../../server/src/app.ts";
import { parseContact } from "../../server/src/domain/account/contact.ts";
import { freshDatabaseConfig } from "./database.ts";
import { DEMO_PASSWORD } from "./demo.ts";
import { finishSignIn } from "./second-factor.ts";

export type GqlResult<T = any> = {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string } }[];
};

export type TestServer = RunningServer & {
  /** Resolves once the server holds more than `before` subscriptions to the complaint. */
  subscribed(complaintId: string, before?: number): Promise<void>;
  subscriberCount(complaintId: string): number;
  /** A client with its own cookies (one "browser"). */
  client(options?: { locale?: "id" | "en" }): GqlClient;
  /** A client signed in with e-mail (or phone) and password; the demo password by default. */
  signedIn(email: string, options?: { password?: string; locale?: "id" | "en" }): Promise<GqlClient>;
  /**
   * A new resident account, made as a person makes it: sign up, read the code from the message
   * the outbox would send (the newest Notification to the contact), give it back. The client (a
   * fresh one by default) ends up signed in.
   */
  signedUp<C extends RequestOnly = GqlClient>(input: { name: string; email?: string; phone?: string; password: string }, client?: C): Promise<C>;
  /** The text of the newest message written for a contact (e-mail, or phone in any usual form). */
  lastMessageTo(contact: string): Promise<string>;
  /** Signs an existing client in (password, then the authenticator code or enrolment for staff). */
  signInOn(client: GqlClient, email: string, options?: { password?: string }): Promise<GqlClient>;
  wsUrl: string;
};

/** Anything that sends a GraphQL request with its own cookies. */
type RequestOnly = { request(query: string, variables?: Record<string, unknown>): Promise<{ data: any; errors?: unknown[] }> };

export type GqlClient = {
  cookies: Map<string, string>;
  request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  cookieHeader(): string;
};

/**
 * Every test client comes from loopback: it is a trusted address (no per-client budget) unless a
 * test clears LIMIT_TRUSTED_ADDRESSES to exercise the limits (tests/api/abuse-limits.test.ts).
 */
export const TEST_CLIENTS = "127.0.0.1,::1";

/** Every demo account's password (README, "Demo accounts"). */
export { DEMO_PASSWORD };

/** Name resolution without a network: the names tests use, and nothing else. */
export const TEST_HOSTS: Record<string, string[]> = {
  "fcm.googleapis.com": ["142.250.4.95", "2a00:1450:4001:82b::200a"],
  "updates.push.services.mozilla.com": ["34.117.237.239"],
  // Looks public, resolves into the server's own network.
  "push.looks-public.example": ["142.250.4.95", "10.0.0.7"],
  "metadata.looks-public.example": ["169.254.169.254"],
};

async function testLookup(hostname: string): Promise<string[]> {
  const found = TEST_HOSTS[hostname];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  return found;
}

export async function startTestServer(
  options: {
    now?: () => Date;
    demo?: boolean;
    /** Also file the demo complaints `npm start` shows (off by default: tests make their own). */
    demoComplaints?: boolean;
    env?: Record<string, string>;
    /** Serve the built web app too. */
    web?: boolean;
    lookupHost?: (hostname: string) => Promise<string[]>;
  } = {},
): Promise<TestServer> {
  const database = await freshDatabaseConfig();
  const dataDir = mkdtempSync(path.join(tmpdir(), "suara-api-"));
  const running = await startServer({
    web: options.web ?? false,
    database: database.config,
    now: options.now,
    demoComplaints: options.demoComplaints ?? false,
    lookupHost: options.lookupHost ?? testLookup,
    env: { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, SCHEDULER_INTERVAL_MS: "0", DEMO: options.demo === false ? "false" : "true", SHUTDOWN_GRACE_MS: "2000", OUTBOX_INTERVAL_MS: "0", BACKUP_INTERVAL_HOURS: "0", LIMIT_TRUSTED_ADDRESSES: TEST_CLIENTS, ...options.env },
  });
  const client = (opts: { locale?: "id" | "en" } = {}): GqlClient => {
    const cookies = new Map<string, string>();
    if (opts.locale) cookies.set("lang", opts.locale);
    const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    return {
      cookies,
      cookieHeader,
      async request(query, variables) {
        const response = await fetch(`${running.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: cookieHeader() },
          body: JSON.stringify({ query, variables }),
        });
        for (const setCookie of response.headers.getSetCookie()) {
          const [pair] = setCookie.split(";");
          const [name, value] = pair!.split("=");
          if (/Max-Age=0/i.test(setCookie) || !value) cookies.delete(name!);
          else cookies.set(name!, value);
        }
        const body = (await response.json()) as { data: any; errors?: GqlResult["errors"] };
        return { status: response.status, data: body.data, errors: body.errors };
      },
    };
  };
  const signedIn = (email: string, opts: { password?: string; locale?: "id" | "en" } = {}): Promise<GqlClient> =>
    signInOn(client({ locale: opts.locale }), email, opts);
  const signInOn = async (c: GqlClient, email: string, opts: { password?: string } = {}): Promise<GqlClient> => {
    const res = await c.request(`mutation($i: SignInInput!) { signIn(input: $i) { next errors { field code } } }`, {
      i: { email, password: opts.password ?? DEMO_PASSWORD },
    });
    const errors = res.errors ?? res.data?.signIn?.errors ?? [];
    if (errors.length > 0) throw new Error(`signing in as ${email} failed: ${JSON.stringify(errors)}`);
    // Staff give the authenticator code (demo accounts) or enrol one (accounts a test made).
    await finishSignIn(async (query, variables) => (await c.request(query, variables)).data, running.url, email, res.data.signIn.next, () => running.deps.now());
    return c;
  };
  const lastMessageTo = async (contact: string): Promise<string> => {
    const parsed = parseContact(contact);
    if (!parsed.ok) throw new Error(`not a contact: ${contact}`);
    const note = await running.db.prisma.notification.findFirst({ where: { contact: parsed.contact.value }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    if (!note) throw new Error(`no message to ${contact}`);
    return note.body;
  };
  const signedUp = async <C extends RequestOnly = GqlClient>(input: { name: string; email?: string; phone?: string; password: string }, given?: C): Promise<C> => {
    const c = given ?? (client() as unknown as C);
    const asked = await c.request(`mutation($i: SignUpInput!) { signUp(input: $i) { errors { field code } } }`, { i: input });
    const askErrors = asked.errors ?? asked.data?.signUp?.errors ?? [];
    if (askErrors.length > 0) throw new Error(`signing up ${input.name} failed: ${JSON.stringify(askErrors)}`);
    const contact = input.email ?? input.phone!;
    const code = /\b(\d{6})\b/.exec(await lastMessageTo(contact))?.[1];
    const done = await c.request(`mutation($c: String, $k: String) { confirmSignUp(input: { contact: $c, code: $k }) { errors { field code } } }`, { c: contact, k: code });
    const errors = done.errors ?? done.data?.confirmSignUp?.errors ?? [];
    if (errors.length > 0) throw new Error(`confirming ${input.name}'s sign-up failed: ${JSON.stringify(errors)}`);
    return c;
  };
  return {
    ...running,
    client,
    signedIn,
    signedUp,
    lastMessageTo,
    signInOn,
    wsUrl: running.url.replace(/^http/, "ws") + "/graphql",
    subscriberCount: (complaintId: string) => running.deps.bus.subscriberCount(`complaint:${complaintId}`),
    async subscribed(complaintId: string, before = 0) {
      for (let i = 0; i < 400; i++) {
        if (running.deps.bus.subscriberCount(`complaint:${complaintId}`) > before) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`nobody subscribed to complaint ${complaintId} within 10 s`);
    },
    async close() {
      await running.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
