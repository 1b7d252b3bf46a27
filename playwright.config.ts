// End-to-end tests against the built app (run `npm run build` first), served by the real server on a
// fresh embedded database. Every journey runs twice: with JavaScript (`js`) and without (`nojs`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const port = 3199;
const baseURL = `http://127.0.0.1:${port}`;

// Playwright loads this file in the runner and in every worker: make the folder once and share it.
process.env["SUARA_E2E_DATA_DIR"] ??= fs.mkdtempSync(path.join(os.tmpdir(), "suara-e2e-"));
const dataDir = process.env["SUARA_E2E_DATA_DIR"];

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  globalTeardown: "./tests/e2e/support/teardown.ts",
  use: {
    baseURL,
    // Residents' phones are set to Indonesian; language.spec.ts also tries an English browser.
    locale: "id-ID",
    timezoneId: "Asia/Makassar",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium; never download a browser on these machines.
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "js", use: { javaScriptEnabled: true } },
    { name: "nojs", use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: "npx tsx server/src/main.ts",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      // adapter-node assumes https unless told the origin; form posts over http would be refused
      // as cross-site without it.
      ORIGIN: baseURL,
      DEMO: "true",
      DATA_DIR: dataDir,
    },
  },
});
