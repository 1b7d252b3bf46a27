import path from "node:path";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Each file gets its own process (and API files their own fresh database); two cores, two workers.
    pool: "forks",
    maxWorkers: 2,
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
        },
      },
      {
        extends: true,
        // *.pg.test.ts need a real PostgreSQL (two instances racing): only in `npm run test:pg`.
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts"],
          exclude: process.env.SUARA_TEST_DB === "postgres" ? ["**/node_modules/**"] : ["**/node_modules/**", "**/*.pg.test.ts"],
        },
      },
    ],
  },
});
