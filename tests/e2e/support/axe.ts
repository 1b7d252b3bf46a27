// Runs axe-core on the current page with the house's WCAG tags and fails with a readable list.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

export const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describe(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`)
        .join("\n");
      return `• ${v.id} (${v.impact ?? "?"}): ${v.help}\n  ${v.helpUrl}\n${nodes}`;
    })
    .join("\n");
}

/**
 * axe needs to run script in the page. With JavaScript turned off (the `nojs` project), copy the
 * page's current HTML into a scripted, offline page and check that instead: it is the same markup
 * (styles are inlined), only the scripts cannot load.
 */
async function scriptablePage(page: Page): Promise<{ target: Page; close: () => Promise<void> }> {
  if (test.info().project.use.javaScriptEnabled !== false) return { target: page, close: async () => {} };
  const html = await page.content();
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser to run axe in");
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
  const copy = await context.newPage();
  await copy.route("**/*", (route) => route.abort());
  await copy.setContent(html, { waitUntil: "domcontentloaded" });
  return { target: copy, close: () => context.close() };
}

/** Asserts zero axe violations; `state` names the page state in the failure message. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const { target, close } = await scriptablePage(page);
  const results = await new AxeBuilder({ page: target }).withTags(axeTags).analyze().finally(close);
  expect(results.passes.length, "axe checked nothing").toBeGreaterThan(0);
  expect(
    results.violations,
    `axe found ${results.violations.length} violation(s) on ${page.url()} (${state}):\n${describe(results.violations)}`,
  ).toEqual([]);
}
