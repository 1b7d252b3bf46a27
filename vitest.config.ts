import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// web/tsconfig.json extends the one `svelte-kit sync` writes, and the transform of every web file
// reads it: on a fresh clone (no sync yet) write it first, so `npm run test:unit` works at once.
const webDir = path.resolve(import.meta.dirname, "web");
if (!existsSync(path.join(webDir, ".svelte-kit/tsconfig.json"))) {
  const kit = path.join(path.dirname(require.resolve("@sveltejs/kit/package.json")), "svelte-kit.js");
  execFileSync(process.execPath, [kit, "sync"], { cwd: webDir, stdio: "inherit" });
}

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Apollo and Pothos; Vite would give our own code
    // the ES build, and two copies of graphql refuse each other's schemas and errors.
    alias: [
      { find: /^graphql$/, replacement: require.resolve("graphql") },
      // As in the web app: `$lib/…` is web/src/lib.
      { find: /^\$lib\//, replacement: `${path.join(webDir, "src/lib")}/` },
    ],
  },
  test: {
    // Two cores, two worker processes; every API file gets its own fresh database.
    pool: "forks",
    maxWorkers: 2,
    // The files of one worker share its loaded modules instead of importing them afresh (about
    // 4 s an API file): the API project takes about 120 s instead of 210 on two cores, and the
    // PostgreSQL pass 70 instead of 130. This holds because nothing keeps state per module: each
    // API file starts its own server on its own database, the server keeps its caches per
    // database client or per request, and tests that fake timers put them back. Tests must not
    // depend on the order of files (`--sequence.shuffle.files` checks that).
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["server/src/**/*.test.ts", "web/src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.svelte.test.ts", "**/node_modules/**"],
        },
      },
      {
        // Svelte components rendered in jsdom, heard through the virtual screen reader.
        extends: true,
        plugins: [svelte({ configFile: false })],
        resolve: {
          conditions: ["browser"],
          alias: { $lib: path.resolve(import.meta.dirname, "web/src/lib") },
        },
        test: {
          name: "components",
          include: ["web/src/**/*.svelte.test.ts"],
          environment: "jsdom",
          // The virtual screen reader is one per module: each file gets its own.
          isolate: true,
        },
      },
      {
        extends: true,
        // *.pg.test.ts need a real PostgreSQL (two instances racing): only in `npm run test:pg`.
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts"],
          // On PGlite every test file's database starts from one migrated image made here.
          globalSetup: process.env.SUARA_TEST_DB === "postgres" ? [] : ["tests/support/pglite-image.ts"],
          // On PostgreSQL the start-up tests (which start PGlite processes) are not repeated.
          exclude:
            process.env.SUARA_TEST_DB === "postgres"
              ? ["**/node_modules/**", "tests/api/startup.test.ts"]
              : ["**/node_modules/**", "**/*.pg.test.ts"],
        },
      },
    ],
  },
});
