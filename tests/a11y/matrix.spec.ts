// The verification matrix: every page of the app × state (empty, with errors, filled) × theme
// (default, Kontras tinggi, forced colours). One page load per state, checked in each theme in
// turn: axe, focus visibility, target size, reflow at 320 px, 200% text and WCAG 1.4.12 text
// spacing. The same state is also reached without JavaScript (plain form posts) and compared.
import {
  checkAxe,
  checkFocusVisible,
  checkLargeText,
  checkNoJs,
  checkPhoneLargeText,
  checkReflow,
  checkTargetSize,
  checkTextSpacing,
  desktop,
  setViewport,
  type CheckName,
  type Finding,
  type Stats,
} from "./support/checks.ts";
import { isApplicable, statesOf } from "./support/declaration.ts";
import { discoverRoutes } from "./support/discover.ts";
import { expect, openState, test } from "./support/harness.ts";
import { expectNoFindings, recordFindings } from "./support/report.ts";
import { switchTheme, themeByName, themeProblem, themes } from "./support/themes.ts";
import { routes, scriptOnlyEverywhere } from "./routes.ts";

const discovered = discoverRoutes();
const standard = themeByName("standar");
const checkOrder: CheckName[] = [
  "theme",
  "axe",
  "focus",
  "target",
  "reflow",
  "large-text",
  "control-text",
  "first-screen",
  "text-spacing",
  "nojs",
];

test("every page of the app is declared in tests/a11y/routes.ts, and nothing else is", () => {
  const undeclared = discovered.filter((id) => !routes[id]);
  const stale = Object.keys(routes).filter((id) => !discovered.includes(id));
  expect(undeclared, `pages without a declaration in tests/a11y/routes.ts: ${undeclared.join(", ")}`).toEqual([]);
  expect(stale, `declared in tests/a11y/routes.ts but not a page of the app: ${stale.join(", ")}`).toEqual([]);
});

test("the teks=200 cookie renders what the 200% check sets: <html data-teks=\"200\"> and the same text size", async ({
  browser,
  harness,
}) => {
  const context = await browser.newContext({ baseURL: harness.baseURL, serviceWorkers: "block" });
  await context.addCookies([{ name: "teks", value: "200", url: harness.baseURL }]);
  const page = await context.newPage();
  await page.goto("/lapor");
  await expect(page.locator("html")).toHaveAttribute("data-teks", "200");
  const fontSize = () => page.evaluate(() => getComputedStyle(document.body).fontSize);
  const rendered = await fontSize();
  await context.clearCookies();
  await page.goto("/lapor");
  await page.evaluate(() => document.documentElement.setAttribute("data-teks", "200"));
  expect(await fontSize()).toBe(rendered);
  await context.close();
});

test("the tema=kontras cookie renders what the matrix switches to: <html data-tema=\"kontras\"> and the same colours", async ({
  browser,
  harness,
}) => {
  const context = await browser.newContext({ baseURL: harness.baseURL, serviceWorkers: "block" });
  await context.addCookies([{ name: "tema", value: "kontras", url: harness.baseURL }]);
  const page = await context.newPage();
  await page.goto("/lapor");
  await expect(page.locator("html")).toHaveAttribute("data-tema", "kontras");
  const colours = () =>
    page.evaluate(() =>
      ["body", "header", "main a", "main button, main .button", "footer"].map((selector) => {
        const element = document.querySelector(selector);
        if (!element) return `${selector}: none`;
        const style = getComputedStyle(element);
        return `${selector}: ${style.color} on ${style.backgroundColor}, border ${style.borderTopColor}`;
      }),
    );
  const rendered = await colours();
  await context.clearCookies();
  await page.goto("/lapor");
  await switchTheme(page, themeByName("kontras"));
  expect(await colours()).toEqual(rendered);
  await context.close();
});

for (const routeId of discovered) {
  const declaration = routes[routeId];
  if (!declaration) {
    test(`${routeId}: declared`, () => {
      throw new Error(
        `The page ${routeId} (found in web/src/routes) has no declaration in tests/a11y/routes.ts: ` +
          `add its role, parameters and how to reach each state.`,
      );
    });
    continue;
  }
  for (const [stateName, state] of statesOf(declaration)) {
    const title = `${routeId} · ${stateName}`;
    if (!isApplicable(state)) {
      test(title, () => test.skip(true, `not applicable: ${state.notApplicable}`));
      continue;
    }
    // One load per state: the page is checked whole in the default theme, then switched into
    // each other theme and checked again (every check; axe only for its style rules, since the
    // markup is the same). Findings say which theme they were seen in.
    test(title, async ({ harness }, testInfo) => {
      testInfo.setTimeout(180_000);
      testInfo.annotations.push({ type: "state", description: state.description });
      // Milliseconds per step, summed over themes, for the findings log.
      const timings: Record<string, number> = {};
      const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
        const start = Date.now();
        try {
          return await work();
        } finally {
          timings[name] = (timings[name] ?? 0) + Date.now() - start;
        }
      };
      const { page, findings } = await timed("load", () => openState(harness, { routeId, declaration, stateName, state, theme: standard, javaScript: true }));
      const stats: Stats = {};
      // The header must leave room on every page; the heading must also show on the resident's
      // pages (filing and tracking), where a phone at 200% text is the common case. A staff page puts
      // the way back to the queue, the last action's result and the error summary above it.
      const residentPage = routeId === "/" || routeId.startsWith("/lapor") || routeId.startsWith("/lacak");
      try {
        // Without JavaScript: the same state reached by plain form posts shows everything this
        // page shows, has no control that needs scripts, and passes axe.
        const plain = await timed("no-js load", () => openState(harness, { routeId, declaration, stateName, state, theme: standard, javaScript: false }));
        try {
          const allowed = [...scriptOnlyEverywhere, ...(declaration.scriptOnly ?? [])].map((s) => s.text);
          findings.push(...plain.findings);
          findings.push(...(await timed("no-js compare", () => checkNoJs(page, plain.page, allowed))));
          const noJsAxe = await timed("no-js axe", () => checkAxe(plain.page, standard, { noJs: true }));
          findings.push(...noJsAxe.map((f) => ({ ...f, where: `no JavaScript, ${f.where}` })));
        } finally {
          await plain.page.close();
        }
        for (const theme of themes) {
          const seen: Finding[] = [];
          const run = async (name: string, check: () => Promise<Finding[]>) => {
            seen.push(...(await timed(name, check)));
          };
          if (theme !== standard) {
            await switchTheme(page, theme);
            const problem = await themeProblem(page, theme);
            if (problem) seen.push({ check: "theme", where: theme.label, message: problem });
          }
          const themeStats: Stats = {};
          await setViewport(page, desktop);
          await run("axe", () => checkAxe(page, theme, { styleRulesOnly: theme !== standard }));
          await run("focus", () => checkFocusVisible(page, themeStats, { replay: theme !== standard }));
          await run("target", () => checkTargetSize(page, themeStats));
          await run("text-spacing", () => checkTextSpacing(page));
          await run("large-text", () => checkLargeText(page));
          await run("reflow", () => checkReflow(page)); // leaves the page at 320 px
          await run("phone-200", () => checkPhoneLargeText(page, { firstScreen: true, heading: residentPage }, themeStats));
          await run("target", () => checkTargetSize(page, themeStats));
          await run("focus", () => checkFocusVisible(page, themeStats, { replay: theme !== standard }));
          await run("text-spacing", () => checkTextSpacing(page));
          findings.push(...seen.map((f) => ({ ...f, where: f.where === theme.label ? f.where : `${theme.label}, ${f.where}` })));
          for (const [key, n] of Object.entries(themeStats)) stats[`${theme.label}: ${key}`] = n;
        }
      } finally {
        await page.close();
      }
      recordFindings(title, findings, { timings, stats });
      expectNoFindings(title, state.description, findings, checkOrder);
    });
  }
}
