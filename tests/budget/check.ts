// `npm run test:budget` (after `npm run build`): the web byte budgets, checked on the real build.
// Prints route → KiB gzip → budget and fails when anything is over (40 KiB for the lean routes,
// the filing's steps and the tracking pages; 75 KiB for any other):
//   - initial JavaScript of every route, from the build's manifests (scripts/web-budget.ts);
//   - the server-rendered HTML (inlined CSS included) of every filing step and a demo tracking
//     page, from the built app on a fresh embedded database with the demo data;
//   - no web font: none in the build, no @font-face in a page.
// The rendered pages also check the manifest reading itself: every script a page links must be
// among the ones counted for its route.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import {
  type Build,
  formatTable,
  HTML_BUDGET,
  kitEntries,
  kitNodeKey,
  type Measurement,
  measureRoutes,
  overBudget,
  type RouteNodes,
  routeScripts,
  type ViteManifest,
} from "../../scripts/web-budget.ts";
import { plainFeatures, signedInPlainRoutes } from "../../web/src/lib/plain/features.ts";
import { assistedAnswers, saveAssistedDraft } from "../support/assisted.ts";
import { demoEmail } from "../support/demo.ts";
import { startTestServer } from "../support/server.ts";

const web = path.resolve(import.meta.dirname, "../../web");
const clientDir = path.join(web, "build/client");
const viteManifestPath = path.join(web, ".svelte-kit/output/client/.vite/manifest.json");
const kitManifestPath = path.join(web, ".svelte-kit/output/server/manifest.js");

const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** The real build, as scripts/web-budget.ts reads it. */
export async function readBuild(): Promise<Build> {
  for (const file of [clientDir, viteManifestPath, kitManifestPath]) {
    if (!existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} is missing: run \`npm run build\` first`);
  }
  const vite = JSON.parse(readFileSync(viteManifestPath, "utf8")) as ViteManifest;
  const { manifest } = (await import(pathToFileURL(kitManifestPath).href)) as {
    manifest: { _: { routes: Array<{ id: string; page: { layouts: Array<number | undefined>; leaf: number } | null }> } };
  };
  const routes: RouteNodes[] = manifest._.routes
    .filter((route) => route.page)
    .map((route) => ({
      id: route.id,
      nodes: [...route.page!.layouts.filter((n): n is number => n !== undefined), route.page!.leaf],
    }));
  // The plain pages' own script (web/plain-script.ts names it by its content).
  const immutable = path.join(clientDir, "_app/immutable");
  const plainFiles = readdirSync(immutable).filter((f) => /^plain-page\.[0-9a-f]+\.js$/.test(f));
  if (plainFiles.length !== 1) throw new Error(`expected one plain-page script in the build, found ${plainFiles.length}`);
  // Its parts, each on the one route that has it (web/src/lib/plain/routes.ts `plainFeatures`);
  // a plain page only a signed-in person opens also loads the notifications' part from the start.
  const partFile = (name: string) => {
    const files = readdirSync(immutable).filter((f) => new RegExp(`^plain-${name}\\.[0-9a-f]+\\.js$`).test(f));
    if (files.length !== 1) throw new Error(`expected one plain-${name} script in the build, found ${files.length}`);
    return `_app/immutable/${files[0]}`;
  };
  const parts: Record<string, string[]> = {};
  for (const [name, routeId] of Object.entries(plainFeatures)) {
    if (routeId !== null) (parts[routeId] ??= []).push(partFile(name));
  }
  for (const routeId of signedInPlainRoutes) (parts[routeId] ??= []).push(partFile("notify"));
  const plain = { file: `_app/immutable/${plainFiles[0]}`, routes: routesWithoutClient(), parts };
  return { vite, entries: kitEntries(vite), nodeKey: kitNodeKey, routes, plain };
}

/**
 * Route ids whose page turns SvelteKit's client off (`export const csr = false;` in its
 * +page.server.ts): the plain pages (web/src/lib/plain/routes.ts, whose test checks its list
 * against the same line).
 */
function routesWithoutClient(): string[] {
  const routesDir = path.join(web, "src/routes");
  return filesUnder(routesDir)
    .filter((file) => path.basename(file) === "+page.server.ts")
    .filter((file) => /^export const csr = false;$/m.test(readFileSync(path.join(routesDir, file), "utf8")))
    .map((file) => `/${path.dirname(file).split(path.sep).join("/")}`.replace(/^\/\.$/, "/"));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" });
}

async function main() {
  const build = await readBuild();
  const scriptSize = new Map<string, number>();
  const sizeOf = (file: string) => {
    let size = scriptSize.get(file);
    if (size === undefined) scriptSize.set(file, (size = gzipBytes(readFileSync(path.join(clientDir, file)))));
    return size;
  };
  const measurements: Measurement[] = measureRoutes(build, sizeOf);
  const problems: string[] = [];
  const notes: string[] = [];

  const fonts = filesUnder(clientDir).filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f));
  if (fonts.length > 0) problems.push(`web fonts in the build (text must be readable in the phone's own fonts): ${fonts.join(", ")}`);

  const server = await startTestServer({ web: true, demo: true, demoComplaints: true });
  try {
    const complaint = await server.deps.db.prisma.complaint.findFirst({
      where: { isSandbox: false },
      select: { trackingCode: true },
      orderBy: { submittedAt: "asc" },
    });
    if (!complaint) throw new Error("the demo data filed no complaint");
    const filingSteps = build.routes.filter((r) => /^\/lapor(\/[a-z-]+)?$/.test(r.id)).map((r) => r.id);
    const pages: Array<{ path: string; route: string }> = [
      ...filingSteps.map((id) => ({ path: id, route: id })),
      { path: `/lacak/${complaint.trackingCode}`, route: "/lacak/[code]" },
    ];
    // The steps of a filing for a resident are a sahabat's: seen signed in as the demo sahabat. The
    // consent step is reached only inside one under way: seen in a session that has answered up to it.
    const sahabat = (await server.signedIn(demoEmail.sahabat)).cookieHeader();
    const filer = await server.signedIn(demoEmail.sahabat);
    const begun = await filer.request(saveAssistedDraft, {
      answers: assistedAnswers({ story: "Sudah sebulan pipa bocor. Air bersih tidak sampai ke rumah-rumah di ujung dusun." }),
    });
    if (begun.errors?.length || begun.data?.saveDraft.errors.length) throw new Error(`could not begin a filing for a resident: ${JSON.stringify(begun)}`);
    for (const page of pages) {
      let response = await fetch(server.url + page.path, { redirect: "manual" });
      const cookie = page.route === "/lapor/persetujuan" ? filer.cookieHeader() : sahabat;
      if (response.status === 303) response = await fetch(server.url + page.path, { redirect: "manual", headers: { cookie } });
      if (response.status === 303 && page.route === "/lapor/serupa") {
        // Shown only when a draft has likely duplicates (otherwise it goes straight on): its
        // scripts are counted above with every route; its HTML is the same step frame as the others.
        notes.push(`${page.path}: HTML not measured (it shows only for a draft with likely duplicates)`);
        continue;
      }
      if (response.status !== 200) {
        problems.push(`${page.path} answered ${response.status}, not the page`);
        continue;
      }
      const html = await response.text();
      if (/@font-face/i.test(html)) problems.push(`${page.path} declares a web font (@font-face)`);
      const route = build.routes.find((r) => r.id === page.route)!;
      const counted = new Set(routeScripts(build, route));
      const linked = [...html.matchAll(/(?:href|src)="[^"]*?\/?(_app\/immutable\/[^"]+\.js)"/g)].map((m) => m[1]!);
      const missed = linked.filter((file) => !counted.has(file));
      if (missed.length > 0) problems.push(`${page.path} loads scripts the budget did not count: ${missed.join(", ")}`);
      // A plain page has no SvelteKit client at all: only its own script (and its part, if it has one).
      if (build.plain?.routes.includes(route.id) && [...linked].sort().join() !== [...counted].sort().join()) {
        problems.push(`${page.path} is a plain page but links ${linked.join(", ") || "no script"}`);
      }
      if (page.route.startsWith("/lapor")) {
        measurements.push({ name: page.path, kind: "html", bytes: gzipBytes(html), budget: HTML_BUDGET });
      }
    }
  } finally {
    await server.close();
  }

  console.log(formatTable(measurements));
  for (const note of notes) console.log(note);
  const over = overBudget(measurements);
  // Every lean route meets its 40 KiB since the last hydrated one (the consent step) became a
  // plain page: any route over its budget fails the run.
  for (const m of over) problems.push(`${m.name} (${m.kind}) is over its budget`);
  if (problems.length > 0) {
    console.error(`\nBudget check failed:\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log(`\nAll ${measurements.length} budgets hold; no web font.`);
}

await main();
