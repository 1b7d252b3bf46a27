// Runs axe-core on the current page with the house's WCAG tags and fails with a readable list.
import { expect, test, type Page } from "@playwright/test";
import { describeViolations, runAxe, runAxeOnCopy } from "../../support/axe.ts";

export { axeTags } from "../../support/axe.ts";

/**
 * Asserts zero axe violations; `state` names the page state in the failure message. With
 * JavaScript turned off (the `nojs` project) axe checks a scripted copy of the page's HTML.
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = test.info().project.use.javaScriptEnabled === false ? await runAxeOnCopy(page) : await runAxe(page);
  expect(results.passes.length, "axe checked nothing").toBeGreaterThan(0);
  expect(
    results.violations,
    `axe found ${results.violations.length} violation(s) on ${page.url()} (${state}):\n${describeViolations(results.violations)}`,
  ).toEqual([]);
}
