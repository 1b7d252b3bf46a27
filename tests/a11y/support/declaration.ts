// What tests/a11y/routes.ts declares for each route: who may see it, the parameters it needs and
// how to bring it into each state of the matrix.
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { demoEmail } from "../../support/demo.ts";

export type Role = "anonymous" | "resident" | "verifier" | "agency" | "sahabat" | "trainer" | "admin";

/** The demo account that signs in for each role (password: DEMO_PASSWORD), made by DEMO=true. */
export const demoAccounts: Record<Exclude<Role, "anonymous">, string> = demoEmail;

export type Params = Record<string, string>;

export const stateNames = ["empty", "errors", "filled"] as const;
export type StateName = (typeof stateNames)[number];

export interface StateInput {
  /** What the page shows in this state, for people reading a failure. */
  description: string;
  /** The address to load; by default the route with its parameters filled in. */
  path?: (params: Params) => string;
  /** The HTTP status the load must answer with (default 200). */
  status?: number;
  /** Before the load, in the page's browser context (cookies and the like). */
  /** Before the page loads; `page` is the state's own (its init scripts reach no other state). */
  before?: (setup: { context: BrowserContext; page: Page; params: Params; baseURL: string }) => Promise<void>;
  /** After the load: bring the page into the state. Must work with and without JavaScript. */
  act?: (page: Page, params: Params) => Promise<void>;
  /** Waits until the state is visibly reached (fails if it never is). */
  reached?: (page: Page) => Promise<void>;
}

export interface NotApplicable {
  notApplicable: string;
}

/** Text a page shows only once scripted, on purpose (a progressive enhancement), and why. */
export interface ScriptOnly {
  text: RegExp;
  reason: string;
}

export interface RouteDeclaration {
  role: Role;
  /** Allowed differences for the no-JavaScript check, on top of routes.ts's scriptOnlyEverywhere. */
  scriptOnly?: ScriptOnly[];
  /** Made once per test worker, e.g. a complaint to get a tracking code. */
  params?: (request: APIRequestContext) => Promise<Params>;
  states: Record<StateName, StateInput | NotApplicable>;
  /** States beyond the three every page has (e.g. a confirmation step), checked the same way. */
  moreStates?: Record<string, StateInput>;
}

export const notApplicable = (reason: string): NotApplicable => ({ notApplicable: reason });

/** Every state of a route, the three of every page first, then its own. */
export function statesOf(declaration: RouteDeclaration): Array<[string, StateInput | NotApplicable]> {
  return [...stateNames.map((name) => [name, declaration.states[name]] as [string, StateInput | NotApplicable]), ...Object.entries(declaration.moreStates ?? {})];
}

export const isApplicable = (state: StateInput | NotApplicable): state is StateInput => !("notApplicable" in state);
