// Playwright fixtures for the matrix: per worker, one browser (Playwright's), one context per
// theme × role × JavaScript on/off made on first use, signed-in sessions and route parameters
// made once. Also: loading a route in one of its declared states.
import {
  test as base,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { DEMO_PASSWORD } from "../../support/demo.ts";
import { DEMO_TOTP_SECRETS, totpCode } from "../../support/second-factor.ts";
import { desktop, type Finding } from "./checks.ts";
import { fillRoute } from "./discover.ts";
import { prepareContext, preparePage, themeProblem, type Theme } from "./themes.ts";
import { demoAccounts, type Params, type Role, type RouteDeclaration, type StateInput } from "./declaration.ts";

type Cookie = Awaited<ReturnType<BrowserContext["cookies"]>>[number];

export interface Harness {
  baseURL: string;
  context(theme: Theme, role: Role, javaScript: boolean): Promise<BrowserContext>;
  /** The declaration's parameters, made once per worker. */
  params(declaration: RouteDeclaration): Promise<Params>;
}

async function signIn(browser: Browser, baseURL: string, role: Exclude<Role, "anonymous">) {
  const context = await browser.newContext({ baseURL, locale: "id-ID", serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await page.goto("/masuk");
    await page.locator("#email").fill(demoAccounts[role]);
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.getByRole("main").getByRole("button", { name: "Masuk", exact: true }).click();
    await page.waitForURL((url) => url.pathname !== "/masuk");
    // Demo staff accounts have an authenticator app: its code, computed from the published secret.
    const secret = DEMO_TOTP_SECRETS[demoAccounts[role]];
    if (secret) {
      await page.waitForURL((url) => url.pathname === "/masuk/kode");
      await page.getByLabel("Kode 6 angka dari aplikasi").fill(totpCode(secret));
      await page.getByRole("main").getByRole("button", { name: "Masuk", exact: true }).click();
      await page.waitForURL((url) => url.pathname !== "/masuk/kode");
    }
    return await context.storageState();
  } finally {
    await context.close();
  }
}

export const test = base.extend<object, { harness: Harness }>({
  harness: [
    async ({ browser, playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error("the a11y project needs use.baseURL");
      const contexts = new Map<string, Promise<{ context: BrowserContext; cookies: Cookie[] }>>();
      const sessions = new Map<Role, Promise<Awaited<ReturnType<BrowserContext["storageState"]>>>>();
      // Keyed by the declaration itself: a test may open a route id with a declaration of its own.
      const params = new Map<RouteDeclaration, Promise<Params>>();
      let request: APIRequestContext | undefined;

      const harness: Harness = {
        baseURL,
        async context(theme, role, javaScript) {
          const key = `${theme.name}/${role}/${javaScript}`;
          let made = contexts.get(key);
          if (!made) {
            made = (async () => {
              let storageState;
              if (role !== "anonymous") {
                let session = sessions.get(role);
                if (!session) sessions.set(role, (session = signIn(browser, baseURL, role)));
                storageState = await session;
              }
              const context = await browser.newContext({
                baseURL,
                locale: "id-ID",
                timezoneId: "Asia/Makassar",
                viewport: desktop,
                javaScriptEnabled: javaScript,
                storageState,
                // Every page registers the service worker; contexts made here do not inherit the
                // config's `use`, and one installing its precache per state would slow the matrix.
                serviceWorkers: "block",
              });
              await prepareContext(context, theme, baseURL);
              return { context, cookies: await context.cookies() };
            })();
            contexts.set(key, made);
          }
          // Tests in a worker run one after another: give each the context's first cookies only
          // (theme, session), not what an earlier test left (a PIN cookie, a language).
          const { context, cookies } = await made;
          await context.clearCookies();
          await context.addCookies(cookies);
          return context;
        },
        params(declaration) {
          let made = params.get(declaration);
          if (!made) {
            made = (async () => {
              if (!declaration.params) return {};
              request ??= await playwright.request.newContext({ baseURL });
              return declaration.params(request);
            })();
            params.set(declaration, made);
          }
          return made;
        },
      };
      await use(harness);
      for (const made of contexts.values()) await (await made).context.close();
      await request?.dispose();
    },
    { scope: "worker" },
  ],
});

export { expect } from "@playwright/test";

export class RouteError extends Error {}

/**
 * Opens a new page in the theme's context and brings the route into the state. Throws a
 * RouteError when the route redirects instead of rendering, answers with an unexpected status,
 * or the state cannot be reached. Returns the page and any theme problem.
 */
export async function openState(
  harness: Harness,
  options: {
    routeId: string;
    declaration: RouteDeclaration;
    stateName: string;
    state: StateInput;
    theme: Theme;
    javaScript: boolean;
  },
): Promise<{ page: Page; findings: Finding[] }> {
  const { routeId, declaration, state, theme, javaScript } = options;
  const context = await harness.context(theme, declaration.role, javaScript);
  const params = await harness.params(declaration);
  const page = await context.newPage();
  try {
    await preparePage(page, theme);
    // Each state starts on a phone with nothing kept: a worker's tests share its contexts, and a
    // draft or an outbox item an earlier state's scripts left in IndexedDB would show up here.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Storage.clearDataForOrigin", { origin: new URL(harness.baseURL).origin, storageTypes: "indexeddb,local_storage" });
    await cdp.detach();
    await state.before?.({ context, page, params, baseURL: harness.baseURL });
    const path = state.path ? state.path(params) : fillRoute(routeId, params);
    const response = await page.goto(path);
    const label = `${routeId} (${options.stateName}, ${theme.label}${javaScript ? "" : ", no JavaScript"})`;
    if (!response) throw new RouteError(`${label}: no response for ${path}`);
    const redirect = response.request().redirectedFrom();
    if (redirect) {
      const first = await redirect.response();
      throw new RouteError(
        `${label}: ${path} answered with a redirect (${first?.status() ?? "3xx"} to ${page.url()}) instead of rendering; ` +
          `declare the role or parameters it needs in tests/a11y/routes.ts`,
      );
    }
    const expected = state.status ?? 200;
    if (response.status() !== expected) {
      throw new RouteError(`${label}: ${path} answered ${response.status()}, expected ${expected}`);
    }
    try {
      await state.act?.(page, params);
      await state.reached?.(page);
    } catch (error) {
      throw new RouteError(`${label}: could not bring the page into the "${options.stateName}" state: ${String(error)}`);
    }
    const problem = await themeProblem(page, theme);
    const findings: Finding[] = problem ? [{ check: "theme", where: theme.label, message: problem }] : [];
    return { page, findings };
  } catch (error) {
    await page.close();
    throw error;
  }
}
