// End-to-end tests against the built app (run `npm run build` first), served by the real server on a
// fresh embedded database. Every journey runs twice: with JavaScript (`js`) and without (`nojs`),
// except those tagged @with-js or @without-js. Pages run in Chromium's headless shell, and the few
// tests tagged @full-browser in the full browser (`full-browser`).
// The `a11y` project is the accessibility verification matrix (tests/a11y); for it the server also
// serves the deliberately broken pages under /uji/rusak.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { e2ePort, mailboxURL, mailPorts } from "./tests/e2e/support/ports.ts";

const port = e2ePort;
const baseURL = `http://127.0.0.1:${port}`;

// Playwright loads this file in the runner and in every worker: make the folder once and share it.
process.env["SUARA_E2E_DATA_DIR"] ??= fs.mkdtempSync(path.join(os.tmpdir(), "suara-e2e-"));
const dataDir = process.env["SUARA_E2E_DATA_DIR"];

// Debian's Chromium, as its headless shell (package chromium-headless-shell, the same build):
// with no browser window behind the page it runs the same tests in about 40% less time on two
// cores. The few tests that need the full browser run in Debian's chromium. Never download a
// browser on these machines; SUARA_CHROMIUM / SUARA_CHROMIUM_FULL pick other builds.
const headlessShell = process.env["SUARA_CHROMIUM"] ?? "/usr/bin/chromium-headless-shell";
const fullBrowser = process.env["SUARA_CHROMIUM_FULL"] ?? "/usr/bin/chromium";
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  // In CI a test that fails gets one more try (on two shared cores a page's timing can miss once
  // among over 540 browser tests a run). Playwright reports it as flaky, and .ci/run
  // prints the flaky ones again in its summary so they are seen and mended; a real failure fails
  // twice and fails the run. Locally a failure fails at once.
  retries: process.env["CI"] ? 1 : 0,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  globalTeardown: "./tests/e2e/support/teardown.ts",
  use: {
    baseURL,
    // Residents' phones are set to Indonesian; language.spec.ts also tries an English browser.
    locale: "id-ID",
    timezoneId: "Asia/Makassar",
    // A trace records every action's snapshots, which costs the e2e run about a fifth of its time;
    // CI keeps only its printed log, so it records none (locally a failure keeps its trace).
    trace: process.env["CI"] ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: headlessShell, args: chromiumArgs },
    // Every page registers the service worker, which would download its precache in every test's
    // fresh context: blocked here; the specs that need it (offline, push) say test.use({ serviceWorkers: "allow" }).
    serviceWorkers: "block",
  },
  projects: [
    // A test that only means something with scripts is tagged @with-js, one only without them
    // @without-js: each project leaves the other's out rather than listing it as skipped.
    { name: "js", use: { javaScriptEnabled: true }, grepInvert: /@without-js|@full-browser/ },
    { name: "nojs", use: { javaScriptEnabled: false }, grepInvert: /@with-js|@full-browser/ },
    // What only the full browser does (the headless shell shows no notifications): tagged
    // @full-browser and run in Debian's chromium.
    {
      name: "full-browser",
      grep: /@full-browser/,
      use: { javaScriptEnabled: true, launchOptions: { executablePath: fullBrowser, args: chromiumArgs } },
    },
    {
      name: "a11y",
      testDir: "tests/a11y",
      // Findings name the route, state, theme, element and measured value; a trace of hundreds of
      // Tab presses would only slow the matrix down.
      use: { javaScriptEnabled: true, trace: "off", screenshot: "off" },
      // Over 450 page states on two cores: one retry absorbs a timing miss (a route announcer read
      // a tick late), and the report lists it as flaky so it is seen; a real finding fails twice.
      retries: 1,
    },
  ],
  webServer: [
    {
      // The mail server the service delivers to (tests read sign-up codes from it: mailboxURL).
      command: `node --import tsx tests/e2e/support/mailbox.ts ${mailPorts.smtp} ${mailPorts.http}`,
      url: `${mailboxURL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // node itself (not the npx wrapper), so the SIGTERM at the end reaches the server.
      command: "node --import tsx server/src/main.ts",
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        // No ORIGIN: the tests run the service exactly as `npm start` does, where the server tells
        // adapter-node each request's own origin (plain http on this host).
        DEMO: "true",
        DATA_DIR: dataDir,
        // Serves the deliberately broken pages under /uji/rusak that prove each a11y check can fail.
        SUARA_TEST_FIXTURES: "true",
        // Every browser here comes from loopback, like a workshop room behind one address.
        LIMIT_TRUSTED_ADDRESSES: "127.0.0.1,::1",
        // E-mail goes to the local mail server above, and the outbox looks for work every second.
        SMTP_URL: `smtp://127.0.0.1:${mailPorts.smtp}`,
        OUTBOX_INTERVAL_MS: "1000",
      },
    },
  ],
});
