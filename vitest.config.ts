import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Each file gets its own process and its own fresh database; two cores, two workers.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["server/src/**/*.test.ts", "web/src/**/*.test.ts", "scripts/**/*.test.ts"] },
      },
      {
        extends: true,
        test: { name: "api", include: ["tests/api/**/*.test.ts"] },
      },
    ],
  },
});
