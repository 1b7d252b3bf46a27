// The byte budgets of the web app: what a phone must download before a page can be
// used, measured on the built output, never in time. Pure: give it the build's two manifests and a
// way to size a file; tests/budget/check.ts reads the real build, scripts/web-budget.test.ts a
// small fixture build that goes over.
//
// What "initial JavaScript" means here is exactly what SvelteKit puts in a server-rendered page:
// its two entry scripts (start and app) and, for the page's layouts and its own node, every chunk
// they import statically, each once. Dynamic imports (`import()`) are loaded later, after the
// interaction that needs them, and are not counted. CSS is inlined into the HTML
// (svelte.config.js, inlineStyleThreshold): it counts in the HTML budget.

export const KiB = 1024;

/** Initial JavaScript of any route, gzip. */
export const ANY_ROUTE_BUDGET = 75 * KiB;
/** Initial JavaScript of the filing steps and the tracking page, gzip: they are used on 3G. */
export const LEAN_ROUTE_BUDGET = 40 * KiB;
/** Server-rendered HTML of a filing step, its inlined CSS included, gzip. */
export const HTML_BUDGET = 40 * KiB;

/** The routes residents use on a slow phone: the filing steps and the tracking page. */
export function isLeanRoute(routeId: string): boolean {
  return /^\/lapor(\/|$)/.test(routeId) || routeId === "/lacak/[code]";
}

export function scriptBudget(routeId: string): number {
  return isLeanRoute(routeId) ? LEAN_ROUTE_BUDGET : ANY_ROUTE_BUDGET;
}

/** One entry of Vite's `.vite/manifest.json` (the fields read here). */
export interface ViteChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type ViteManifest = Record<string, ViteChunk>;

/** A page route and the nodes SvelteKit renders for it: its layouts, outermost first, then the page. */
export interface RouteNodes {
  id: string;
  nodes: number[];
}

export interface Build {
  vite: ViteManifest;
  /** The manifest keys of SvelteKit's two client entries (start and app). */
  entries: string[];
  /** Manifest key of node `n`. */
  nodeKey(n: number): string;
  routes: RouteNodes[];
  /**
   * The plain pages (web/src/lib/plain): routes without SvelteKit's client, whose script is their
   * own small file (under the client output, like the others), and on a route with parts of its
   * own (`parts`, by route id) those parts' files too: the script imports them as the page opens.
   */
  plain?: { file: string; routes: readonly string[]; parts?: Readonly<Record<string, readonly string[]>> };
}

/** SvelteKit's node `n` as Vite names it in a build. */
export const kitNodeKey = (n: number) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`;

/** The manifest keys of the two client entries of a SvelteKit build (start and app). */
export function kitEntries(vite: ViteManifest): string[] {
  return Object.keys(vite).filter(
    (key) => vite[key]!.isEntry && !key.startsWith(".svelte-kit/generated/client-optimized/nodes/"),
  );
}

/** Every file `keys` load before running: themselves and their static imports, each once. */
export function staticClosure(vite: ViteManifest, keys: string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = vite[key];
    if (!chunk) throw new Error(`the build manifest has no chunk ${key}`);
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...files].sort();
}

/** The JavaScript files a route's first paint loads. */
export function routeScripts(build: Build, route: RouteNodes): string[] {
  if (build.plain?.routes.includes(route.id)) {
    return [build.plain.file, ...(build.plain.parts?.[route.id] ?? [])];
  }
  return staticClosure(build.vite, [...build.entries, ...route.nodes.map(build.nodeKey)]);
}

export interface Measurement {
  /** A route id, or a page path for HTML. */
  name: string;
  kind: "script" | "html";
  bytes: number;
  budget: number;
}

/** Initial JavaScript (gzip) of every route, with its budget. */
export function measureRoutes(build: Build, gzipBytes: (file: string) => number): Measurement[] {
  return build.routes.map((route) => ({
    name: route.id,
    kind: "script" as const,
    bytes: routeScripts(build, route).reduce((sum, file) => sum + gzipBytes(file), 0),
    budget: scriptBudget(route.id),
  }));
}

export const overBudget = (measurements: Measurement[]) => measurements.filter((m) => m.bytes > m.budget);

const kib = (bytes: number) => (bytes / KiB).toFixed(1);

/** A plain-text table: what, KiB gzip, budget, and "OVER" where it does not fit. */
export function formatTable(measurements: Measurement[]): string {
  const rows = measurements.map((m) => [
    m.kind === "html" ? `${m.name} (HTML+CSS)` : m.name,
    kib(m.bytes),
    kib(m.budget),
    m.bytes > m.budget ? "OVER" : "ok",
  ]);
  const header = ["route", "KiB gzip", "budget", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
