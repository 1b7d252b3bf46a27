// axe-core run straight in the page, for the browser tests and the accessibility matrix.
//
// Why not @axe-core/playwright's AxeBuilder: each analyze() injects the whole axe source into the
// page, opens a new blank page in the same browser context, injects the source there too and
// finishes the run in it (a design for pages with cross-origin frames). On our pages, which have
// no frames, that costs about 850 ms a run against about 60 ms for `axe.run` in the page itself,
// and the matrix runs axe four times per page state. The rules, tags and results are axe-core's
// own; only the wrapper is ours. The source is injected once per document over the DevTools
// protocol, which the page's Content-Security-Policy (no inline script, no eval) does not apply to.
import fs from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "@playwright/test";
import type { AxeResults, Result, RunOptions } from "axe-core";

export type AxeViolation = Result;
export type { AxeResults };

/** The house's tags: WCAG 2.2 A and AA, and axe's best practices. */
export const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

let source: string | undefined;
const axeSource = () => (source ??= fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));

export interface AxeRun {
  /** Run the rules with these tags (default: the house's tags) … */
  tags?: string[];
  /** … or exactly these rules. */
  rules?: string[];
  /** Rules left out of a run by tags. */
  disableRules?: string[];
}

/**
 * Runs axe on the page's current document and returns its results, with the nodes of violations
 * only (collecting the nodes of every pass is slow, and no test reads them).
 */
export async function runAxe(page: Page, run: AxeRun = {}): Promise<AxeResults> {
  if (!(await page.evaluate("typeof window.axe === 'object'"))) await page.evaluate(axeSource());
  const options: RunOptions = {
    runOnly: run.rules ? { type: "rule", values: run.rules } : { type: "tag", values: run.tags ?? axeTags },
    resultTypes: ["violations"],
  };
  if (run.disableRules?.length) options.rules = Object.fromEntries(run.disableRules.map((id) => [id, { enabled: false }]));
  return (await page.evaluate(`axe.run(document, ${JSON.stringify(options)})`)) as AxeResults;
}

/**
 * axe needs script in the page. For a page shown without JavaScript, its current HTML (styles are
 * inlined) is copied into a scripted page that can load nothing, and checked there: the same
 * markup, only the page's own scripts cannot run. One such page per browser, reused: the copy
 * replaces the document's root element (parsed by DOMParser, so no script in it runs, as in the
 * page without JavaScript), which keeps axe loaded in it instead of injecting its 550 KB again
 * for every copy; that injection was most of the cost of a check without JavaScript.
 */
const copies = new WeakMap<Browser, Promise<Page>>();

export async function runAxeOnCopy(page: Page, run: AxeRun = {}, media: { forcedColors?: boolean } = {}): Promise<AxeResults> {
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser to run axe in");
  let made = copies.get(browser);
  if (!made) {
    made = (async () => {
      const context = await browser.newContext({ javaScriptEnabled: true });
      const copy = await context.newPage();
      await copy.route("**/*", (route) => route.abort());
      await copy.setContent("<!doctype html><html><head></head><body></body></html>");
      return copy;
    })();
    copies.set(browser, made);
  }
  const copy = await made;
  await copy.setViewportSize(page.viewportSize() ?? { width: 1280, height: 800 });
  await copy.emulateMedia({ forcedColors: media.forcedColors ? "active" : "none" });
  const html = await page.content();
  const doctype = await copy.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, "text/html");
    document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
    // The copy must render as the page does: standards mode needs the page's <!doctype html>.
    return parsed.compatMode === document.compatMode;
  }, html);
  if (!doctype) throw new Error(`the copy of ${page.url()} would render in another mode (its doctype differs from <!doctype html>)`);
  return runAxe(copy, run);
}

/** A readable list of violations for a failure message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`)
        .join("\n");
      return `• ${v.id} (${v.impact ?? "?"}): ${v.help}\n  ${v.helpUrl}\n${nodes}`;
    })
    .join("\n");
}
