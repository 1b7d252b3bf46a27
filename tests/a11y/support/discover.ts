// The route list comes from the app itself: every folder under web/src/routes with a +page.svelte
// is a page. Route ids follow SvelteKit's (`/lacak/[code]`), with (groups) left out. The test
// fixtures under /uji are not pages of the service and are skipped.
import fs from "node:fs";
import path from "node:path";

export const routesDir = path.resolve(import.meta.dirname, "../../../web/src/routes");

const isPageFile = (name: string) => /^\+page(@[^.]*)?\.svelte$/.test(name);
const isGroup = (segment: string) => /^\(.+\)$/.test(segment);

export function discoverRoutes(dir = routesDir): string[] {
  const ids = new Set<string>();
  const walk = (folder: string, segments: string[]) => {
    const entries = fs.readdirSync(folder, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && isPageFile(e.name))) {
      ids.add(`/${segments.filter((s) => !isGroup(s)).join("/")}`);
    }
    for (const entry of entries) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name), [...segments, entry.name]);
    }
  };
  walk(dir, []);
  return [...ids].filter((id) => !isFixture(id)).sort();
}

export const isFixture = (id: string) => id === "/uji" || id.startsWith("/uji/");

/** `/lacak/[code]` with { code: "GWA-…" } → `/lacak/GWA-…` (also [[optional]] and [...rest]). */
export function fillRoute(id: string, params: Record<string, string>): string {
  const filled = id.replace(/\[\[?(?:\.\.\.)?([\w]+)(?:=[\w]+)?\]?\]/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`route ${id} needs the parameter "${name}" (declare it in tests/a11y/routes.ts)`);
    return encodeURIComponent(value);
  });
  return filled.replace(/\/{2,}/g, "/");
}
