// The virtual screen reader (@guidepup/virtual-screen-reader) inside Chromium, shared by the
// screen-reader specs: its browser build (lib/esm/index.browser.js) is served from the page's own
// origin (the request never reaches the server) and imported as an ES module, so layout, focus
// and live regions are the browser's own. Its inline styles need a context that skips the app's
// Content-Security-Policy: open one with screenReaderContext.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";

const require = createRequire(import.meta.url);
const browserBuild = fs.readFileSync(
  path.join(path.dirname(require.resolve("@guidepup/virtual-screen-reader/package.json")), "lib/esm/index.browser.js"),
  "utf8",
);

/** Served from the page's own origin so the ES module can be imported; never reaches the server. */
const buildPath = "/__a11y/virtual-screen-reader.js";

/** The small part of the virtual screen reader's API these tests use. */
export interface VirtualScreenReader {
  start(options: { container: Element }): Promise<void>;
  stop(): Promise<void>;
  next(): Promise<void>;
  lastSpokenPhrase(): Promise<string>;
  spokenPhraseLog(): Promise<string[]>;
  clearSpokenPhraseLog(): Promise<void>;
}

/**
 * A browser context for listening: as a resident's phone (Indonesian, Makassar time) and without
 * the Content-Security-Policy, which refuses the reader's inline styles. Only these contexts skip
 * it; every other test sees the policy people get.
 */
export function screenReaderContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: "id-ID", timezoneId: "Asia/Makassar", bypassCSP: true, serviceWorkers: "block" });
}

/**
 * Loads the reader into the page and starts it on the whole body, once the app's scripts have
 * woken the page (the layout marks <html>): a tap before that is a plain page load, as on a slow
 * phone, and would take the reader away with the old page.
 */
export async function startScreenReader(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset["scripts"] === "ready");
  await page.route(`**${buildPath}`, (route) => route.fulfill({ body: browserBuild, contentType: "text/javascript" }));
  await page.addScriptTag({
    type: "module",
    content: `import { virtual } from "${buildPath}"; window.__virtualScreenReader = virtual;`,
  });
  await page.waitForFunction(() => "__virtualScreenReader" in window);
  await page.evaluate(async () => {
    const sr = (window as unknown as { __virtualScreenReader: VirtualScreenReader }).__virtualScreenReader;
    await sr.start({ container: document.body });
  });
}

/** Everything heard since the reader started (or the log was last cleared), kept. */
export async function heardLog(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const sr = (window as unknown as { __virtualScreenReader: VirtualScreenReader }).__virtualScreenReader;
    return [...(await sr.spokenPhraseLog())];
  });
}

/** What has been heard so far (announcements, focus changes), then clears the log. */
export async function heardSoFar(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const sr = (window as unknown as { __virtualScreenReader: VirtualScreenReader }).__virtualScreenReader;
    const log = [...(await sr.spokenPhraseLog())];
    await sr.clearSpokenPhraseLog();
    return log;
  });
}

/**
 * Listens until `phrase` is heard (for a few seconds: the reader logs a focus change a moment
 * after it happens on a busy machine) and returns everything heard meanwhile. Fails with what
 * was heard when the phrase never comes.
 */
export async function untilHeard(page: Page, phrase: string, timeoutMs = 5_000): Promise<string[]> {
  const heard: string[] = [];
  const until = Date.now() + timeoutMs;
  for (;;) {
    heard.push(...(await heardSoFar(page)));
    if (heard.includes(phrase)) return heard;
    if (Date.now() > until) throw new Error(`"${phrase}" was not heard within ${timeoutMs} ms; heard: ${JSON.stringify(heard)}`);
    await page.waitForTimeout(100);
  }
}

/** Reads the whole page from the top with "next", as a listener would; bounded. Stops the reader. */
export async function readWholePage(page: Page, maxSteps = 4000): Promise<string[]> {
  return page.evaluate(async (max) => {
    const sr = (window as unknown as { __virtualScreenReader: VirtualScreenReader }).__virtualScreenReader;
    await sr.stop();
    await sr.start({ container: document.body });
    for (let i = 0; i < max; i++) {
      await sr.next();
      if ((await sr.lastSpokenPhrase()) === "end of document") break;
    }
    const log = [...(await sr.spokenPhraseLog())];
    await sr.stop();
    return log;
  }, maxSteps);
}
