// The boundaries ARCHITECTURE.md draws, checked on every run: the domain stays pure, the web app
// reaches data only through GraphQL (no server code, no database client in web/), and the service
// does not depend on the web app's source.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|js|svelte)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Every module specifier a file imports (static, dynamic and re-exports). */
export function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) specifiers.push((match[1] ?? match[2] ?? match[3])!);
  return specifiers;
}

describe("importsOf", () => {
  it.each([
    [`import { x } from "graphql";`, ["graphql"]],
    [`import type { P } from '@prisma/client';`, ["@prisma/client"]],
    [`const m = await import("../server/x.ts");`, ["../server/x.ts"]],
    [`import "./side-effect.ts";`, ["./side-effect.ts"]],
    [`export * from "@pothos/core";`, ["@pothos/core"]],
  ])("finds the imports in %s", (source, expected) => {
    expect(importsOf(source)).toEqual(expected);
  });
});

describe("server/src/domain is pure", () => {
  const forbidden = /^(graphql|@pothos\/|@prisma\/|prisma|pg$|@electric-sql\/|pglite|svelte|@sveltejs\/|@apollo\/|ws$)|\/generated\/|\/graphql\/|\/services\/|\/db\//;
  const files = sourceFiles(path.join(root, "server/src/domain")).filter((f) => !f.endsWith(".test.ts"));

  it("has modules to check", () => expect(files.length).toBeGreaterThan(3));
  it.each(files.map((f) => [path.relative(root, f)]))("%s imports nothing from GraphQL, Pothos, Prisma or Svelte", (file) => {
    const bad = importsOf(readFileSync(path.join(root, file), "utf8")).filter((s) => forbidden.test(s));
    expect(bad).toEqual([]);
  });
});

describe("web/ reaches data only through GraphQL", () => {
  const forbiddenPackage = /^(@prisma\/|prisma|pg$|@electric-sql\/|pglite|@pothos\/|@apollo\/|graphql-ws)/;
  const serverDir = path.join(root, "server") + path.sep;
  const files = sourceFiles(path.join(root, "web/src"));

  it("has modules to check", () => expect(files.length).toBeGreaterThan(3));
  it.each(files.map((f) => [path.relative(root, f)]))("%s imports no server code or database client", (file) => {
    const full = path.join(root, file);
    const bad = importsOf(readFileSync(full, "utf8")).filter(
      (s) =>
        (forbiddenPackage.test(s) && !(s === "graphql-ws/client" && file === LIVE_CLIENT)) ||
        (s.startsWith(".") && path.resolve(path.dirname(full), s).startsWith(serverDir)),
    );
    expect(bad).toEqual([]);
  });
});

describe("server code reaches nothing in web/", () => {
  // Tests may read a pure web module (i18n/mudah.test.ts holds the API's easy-read words to the
  // web's plain rules); the service itself never depends on the web app's source.
  const webDir = path.join(root, "web") + path.sep;
  const files = sourceFiles(path.join(root, "server/src")).filter(
    (f) => !f.endsWith(".test.ts") && !f.includes(`${path.sep}generated${path.sep}`),
  );

  it("has modules to check", () => expect(files.length).toBeGreaterThan(3));
  it.each(files.map((f) => [path.relative(root, f)]))("%s imports nothing from web/", (file) => {
    const full = path.join(root, file);
    const bad = importsOf(readFileSync(full, "utf8")).filter(
      (s) => s.startsWith(".") && path.resolve(path.dirname(full), s).startsWith(webDir),
    );
    expect(bad).toEqual([]);
  });
});

// The one exception: the browser's live subscriptions speak graphql-ws (its client entry) to /graphql,
// from one module that loads it on demand. Pages still load their data in-process.
const LIVE_CLIENT = path.join("web", "src", "lib", "live.ts");
