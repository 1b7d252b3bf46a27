// The budget checker on a small synthetic build (tests/budget/fixtures/over-budget): one filing
// step statically imports a 45 KiB (gzip) chunk and must fail; the same chunk imported
// dynamically by another step, or by a staff page with the larger budget, fits.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  type Build,
  formatTable,
  isLeanRoute,
  KiB,
  kitEntries,
  kitNodeKey,
  measureRoutes,
  overBudget,
  type RouteNodes,
  routeScripts,
  scriptBudget,
  type ViteManifest,
} from "./web-budget.ts";

const fixture = path.resolve(import.meta.dirname, "../tests/budget/fixtures/over-budget");
const read = (file: string) => readFileSync(path.join(fixture, file), "utf8");
const build: Build = (() => {
  const vite = JSON.parse(read("manifest.json")) as ViteManifest;
  return { vite, entries: kitEntries(vite), nodeKey: kitNodeKey, routes: JSON.parse(read("routes.json")) as RouteNodes[] };
})();
const gzipBytes = (file: string) => gzipSync(readFileSync(path.join(fixture, "client", file)), { level: 9 }).length;
const route = (id: string) => build.routes.find((r) => r.id === id)!;

describe("web budgets", () => {
  it("gives the filing steps and the tracking page the lean budget, every other route the larger one", () => {
    expect(["/lapor", "/lapor/jenis", "/lapor/periksa", "/lacak/[code]"].every(isLeanRoute)).toBe(true);
    expect(["/", "/lacak", "/kerja", "/sahabat", "/laporan"].some(isLeanRoute)).toBe(false);
    expect(scriptBudget("/lapor/jenis")).toBe(40 * KiB);
    expect(scriptBudget("/kerja")).toBe(75 * KiB);
  });

  it("counts the entries, the layout and the page with their static imports, each file once", () => {
    expect(build.entries.sort()).toEqual(["generated/app.js", "kit/entry.js"]);
    expect(routeScripts(build, route("/lapor/jenis"))).toEqual([
      "_app/immutable/chunks/big.js",
      "_app/immutable/chunks/runtime.js",
      "_app/immutable/chunks/shared.js",
      "_app/immutable/entry/app.js",
      "_app/immutable/entry/start.js",
      "_app/immutable/nodes/0.js",
      "_app/immutable/nodes/1.js",
    ]);
    // Loaded later, by import(): not part of the first paint.
    expect(routeScripts(build, route("/lapor/periksa"))).not.toContain("_app/immutable/chunks/big.js");
  });

  it("fails the filing step that goes over its budget, and only it", () => {
    const measured = measureRoutes(build, gzipBytes);
    const jenis = measured.find((m) => m.name === "/lapor/jenis")!;
    expect(jenis.bytes).toBeGreaterThan(40 * KiB);
    expect(overBudget(measured).map((m) => m.name)).toEqual(["/lapor/jenis"]);
    // The same chunk on a staff page is within the 75 KiB every route gets.
    expect(measured.find((m) => m.name === "/admin")!.bytes).toBeGreaterThan(40 * KiB);

    const table = formatTable(measured).split("\n");
    expect(table[0]).toMatch(/^route\s+KiB gzip\s+budget$/);
    expect(table.find((line) => line.startsWith("/lapor/jenis "))).toMatch(/4\d\.\d\s+40\.0\s+OVER$/);
    expect(table.find((line) => line.startsWith("/admin "))).toMatch(/75\.0\s+ok$/);
  });

  it("counts only its own script for a plain page (no SvelteKit client), and holds it to the same budget", () => {
    const plain: Build = { ...build, plain: { file: "_app/immutable/plain-page.0123456789.js", routes: ["/lapor/jenis"] } };
    expect(routeScripts(plain, route("/lapor/jenis"))).toEqual(["_app/immutable/plain-page.0123456789.js"]);
    const sizes = (file: string) => (file.includes("plain-page") ? 6 * KiB : gzipBytes(file));
    const measured = measureRoutes(plain, sizes);
    expect(measured.find((m) => m.name === "/lapor/jenis")).toMatchObject({ bytes: 6 * KiB, budget: 40 * KiB });
    expect(overBudget(measured)).toEqual([]);
    // Another step is still counted with the client it hydrates with.
    expect(routeScripts(plain, route("/lapor/periksa"))).toContain(build.vite["kit/entry.js"]!.file);
  });

  it("counts a plain route's own part with the script, and on that route only", () => {
    const file = "_app/immutable/plain-page.0123456789.js";
    const part = "_app/immutable/plain-check.0123456789.js";
    const plain: Build = { ...build, plain: { file, routes: ["/lapor/jenis", "/lapor/periksa"], parts: { "/lapor/periksa": [part] } } };
    expect(routeScripts(plain, route("/lapor/periksa"))).toEqual([file, part]);
    expect(routeScripts(plain, route("/lapor/jenis"))).toEqual([file]);
    const measured = measureRoutes(plain, (f) => (f === file ? 6 * KiB : f === part ? 34 * KiB + 1 : gzipBytes(f)));
    expect(overBudget(measured).map((m) => m.name)).toEqual(["/lapor/periksa"]);
  });

  it("refuses a manifest that names a chunk it does not have", () => {
    const broken: Build = { ...build, vite: { ...build.vite, "_shared.js": { file: "x.js", imports: ["_gone.js"] } } };
    expect(() => routeScripts(broken, route("/lapor/jenis"))).toThrow(/no chunk _gone\.js/);
  });
});
