// The checks of the verification matrix. Each takes a loaded page and returns what it found wrong
// (an empty list means it passed), so the matrix and the broken fixtures run the same functions.
import { axeTags, runAxe, runAxeOnCopy, type AxeRun } from "../../support/axe.ts";
import type { Page } from "@playwright/test";
import { installProbe, type Probe } from "./probe.ts";
import type { Theme } from "./themes.ts";

export type CheckName =
  | "render"
  | "theme"
  | "axe"
  | "focus"
  | "target"
  | "reflow"
  | "large-text"
  | "text-spacing"
  | "control-text"
  | "first-screen"
  | "nojs";

export interface Finding {
  check: CheckName;
  /** The viewport or condition it was seen under, e.g. "320 px". */
  where: string;
  element?: string;
  message: string;
}

export const minimumTarget = 44;
export const phone = { width: 320, height: 720 };
export const desktop = { width: 1280, height: 800 };

/** Runs `fn` in the page with the probe installed (again after a navigation). */
async function probe<R, A>(page: Page, fn: (probe: Probe, arg: A) => R, arg: A): Promise<R> {
  await page.evaluate(installProbe);
  // A string expression: Playwright evaluates it over the DevTools protocol, which the page's
  // Content-Security-Policy (no eval) does not apply to.
  return page.evaluate(`(${fn.toString()})(window.__suaraA11y, ${JSON.stringify(arg)})`) as Promise<R>;
}

/** How much each check looked at, so a pass can be told from a check that saw nothing. */
export type Stats = Record<string, number>;
const count = (stats: Stats, key: string, n: number) => (stats[key] = (stats[key] ?? 0) + n);

const widthLabel = (page: Page) => `${page.viewportSize()?.width ?? "?"} px`;

export async function setViewport(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
}

/**
 * axe with the house's tags (plus the theme's), or only the theme's style rules. Without
 * JavaScript axe cannot run in the page, so the page's current HTML is checked in a scripted copy
 * (see runAxeOnCopy): it is the same markup, and the styles are inlined.
 */
export async function checkAxe(
  page: Page,
  theme: Theme,
  options: { noJs?: boolean; styleRulesOnly?: boolean } = {},
): Promise<Finding[]> {
  const run: AxeRun = options.styleRulesOnly
    ? { rules: theme.styleAxeRules }
    : { tags: [...axeTags, ...theme.extraAxeTags], disableRules: theme.disabledAxeRules };
  const results = options.noJs
    ? await runAxeOnCopy(page, run, { forcedColors: theme.name === "paksa" })
    : await runAxe(page, run);
  const findings: Finding[] = [];
  if (results.passes.length === 0) {
    findings.push({ check: "axe", where: widthLabel(page), message: "axe checked nothing (no passing rules)" });
  }
  for (const violation of results.violations) {
    for (const node of violation.nodes) {
      const data = node.any.find((a) => a.data && typeof a.data === "object")?.data as
        | { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string }
        | undefined;
      const measured =
        data?.contrastRatio !== undefined
          ? ` (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}:1, needs ${data.expectedContrastRatio})`
          : "";
      findings.push({
        check: "axe",
        where: widthLabel(page),
        element: node.target.join(" "),
        message: `${violation.id} (${violation.impact ?? "?"}): ${violation.help}${measured}`,
      });
    }
  }
  return findings;
}

/**
 * Tabs through the whole page from the top (with `replay`, see below, re-walks a page already
 * walked at this width from script). Each element that takes focus must show an indicator
 * (outline, box-shadow, border or background change) ≥ 2 px with ≥ 3:1 contrast against what is
 * next to it, and must not sit under a fixed or sticky element.
 */
export async function checkFocusVisible(
  page: Page,
  stats: Stats = {},
  options: { maxStops?: number; replay?: boolean } = {},
): Promise<Finding[]> {
  const { maxStops = 400, replay = false } = options;
  const where = widthLabel(page);
  await probe(page, (p) => p.prepareFocusWalk(), null);
  const findings: Finding[] = [];
  const record = (step: { element?: string; problems: string[] }) => {
    for (const message of step.problems) findings.push({ check: "focus", where, element: step.element, message });
  };
  if (replay) {
    // The same document in another theme: the Tab order is the one already walked at this width
    // (a theme changes colours only), so after one real Tab each stop is focused from script in a
    // single call, and inspected exactly as after a Tab. Anything unexpected walks with Tab.
    await page.keyboard.press("Tab");
    const steps = await page.evaluate(() => window.__suaraA11y!.replayFocusWalk());
    if (steps) {
      steps.forEach(record);
      count(stats, `focus stops at ${where}`, steps.length);
      count(stats, `focus walks replayed from script at ${where}`, 1);
      return findings;
    }
    await probe(page, (p) => p.prepareFocusWalk(), null);
  }
  let stops = 0;
  for (; stops < maxStops; stops++) {
    await page.keyboard.press("Tab");
    const step = await page.evaluate(() => window.__suaraA11y!.inspectFocus());
    if (step.done) break;
    record(step);
  }
  count(stats, `focus stops at ${where}`, stops);
  if (stops === 0) findings.push({ check: "focus", where, message: "Tab reached no element at all" });
  if (stops >= maxStops) findings.push({ check: "focus", where, message: `still tabbing after ${maxStops} stops: a focus trap?` });
  return findings;
}

/** Controls ≥ 44×44 CSS px; links inside running text (a p or li sentence) are exempt. */
export async function checkTargetSize(page: Page, stats: Stats = {}): Promise<Finding[]> {
  const where = widthLabel(page);
  const { measured, problems } = await probe(page, (p, min) => p.targets(min), minimumTarget);
  count(stats, `targets measured at ${where}`, measured);
  if (measured === 0) return [{ check: "target", where, message: "no control found to measure" }];
  return problems.map((p) => ({ check: "target", where, ...p }));
}

/** At 320 CSS px wide the page must not scroll sideways (WCAG 1.4.10). Leaves the page at 320 px. */
export async function checkReflow(page: Page): Promise<Finding[]> {
  await setViewport(page, phone);
  const { scrollWidth, innerWidth, culprits } = await probe(page, (p) => p.reflow(), null);
  if (scrollWidth <= innerWidth) return [];
  const where = `${innerWidth} px`;
  return [
    { check: "reflow", where, message: `page scrolls sideways: scrollWidth ${scrollWidth} px > ${innerWidth} px` },
    ...culprits.map((c) => ({ check: "reflow" as const, where, element: c.element, message: `sticks out: ${c.message}` })),
  ];
}

/**
 * Text at 200% (<html data-teks="200">, what the server renders for the cookie teks=200) at
 * 1280 px: no text cut off by an overflow:hidden/clip box, no sideways scroll. The page's own
 * text size is put back afterwards.
 */
export async function checkLargeText(page: Page): Promise<Finding[]> {
  await setViewport(page, desktop);
  const where = "teks=200, 1280 px";
  const normal = await probe(page, (p) => p.setTextSize("100"), null);
  const large = await probe(page, (p) => p.setTextSize("200"), null);
  const findings: Finding[] = [];
  try {
    const ratio = large.bodyFontSize / normal.bodyFontSize;
    if (ratio < 1.95) {
      findings.push({
        check: "large-text",
        where,
        element: "html",
        message: `data-teks="200" did not double the text: body font-size ${normal.bodyFontSize} px → ${large.bodyFontSize} px`,
      });
    }
    const clipped = await probe(page, (p) => p.clipped(), null);
    findings.push(...clipped.map((c) => ({ check: "large-text" as const, where, ...c })));
    const { scrollWidth, innerWidth } = await probe(page, (p) => p.horizontalScroll(), null);
    if (scrollWidth > innerWidth) {
      findings.push({ check: "large-text", where, message: `page scrolls sideways: scrollWidth ${scrollWidth} px > ${innerWidth} px` });
    }
  } finally {
    await probe(page, (p, previous) => p.setTextSize(previous), normal.previous);
  }
  return findings;
}

/**
 * Text at 200% on a 320 px phone: no input, select, textarea or button cuts off its text (a
 * one-line input may scroll a value longer than 14 characters, see the probe), and with
 * `firstScreen` the first screen shows the page's
 * main heading under a header that takes at most half of it. Leaves the page at 320 px and puts
 * the page's own text size back.
 */
export async function checkPhoneLargeText(
  page: Page,
  options: { firstScreen?: boolean; heading?: boolean } = {},
  stats: Stats = {},
): Promise<Finding[]> {
  await setViewport(page, phone);
  const where = "teks=200, 320 px";
  const { previous } = await probe(page, (p) => p.setTextSize("200"), null);
  const findings: Finding[] = [];
  try {
    const { measured, scrolling, problems } = await probe(page, (p) => p.clippedControls(), null);
    count(stats, `controls measured at ${where}`, measured);
    count(stats, `one-line inputs scrolling a long value at ${where}`, scrolling);
    findings.push(...problems.map((p) => ({ check: "control-text" as const, where, ...p })));
    if (options.firstScreen) findings.push(...(await firstScreenFindings(page, where, options.heading ?? true)));
  } finally {
    await probe(page, (p, value) => p.setTextSize(value), previous);
  }
  return findings;
}

/** The header may take about half the first screen; the main heading must end inside it. */
async function firstScreenFindings(page: Page, where: string, heading: boolean): Promise<Finding[]> {
  const { innerHeight, headerBottom, headingBottom } = await probe(page, (p) => p.firstScreen(), null);
  const findings: Finding[] = [];
  if (headerBottom !== null && headerBottom > innerHeight / 2) {
    findings.push({
      check: "first-screen",
      where,
      element: "header",
      message: `the header ends at ${headerBottom} px, more than half of the ${innerHeight} px first screen`,
    });
  }
  if (!heading) return findings;
  if (headingBottom === null) {
    findings.push({ check: "first-screen", where, element: "h1", message: "no visible main heading (h1) to measure" });
  } else if (headingBottom > innerHeight) {
    findings.push({
      check: "first-screen",
      where,
      element: "h1",
      message: `the main heading ends at ${headingBottom} px, below the ${innerHeight} px first screen`,
    });
  }
  return findings;
}

/** WCAG 1.4.12 text spacing injected: no text cut off by an overflow:hidden/clip box. */
export async function checkTextSpacing(page: Page): Promise<Finding[]> {
  const where = `text spacing, ${widthLabel(page)}`;
  const findings: Finding[] = [];
  const applied = await probe(page, (p) => p.setTextSpacing(true), null);
  try {
    const expected = parseFloat(applied.fontSize) * 0.12;
    if (Math.abs(parseFloat(applied.letterSpacing) - expected) > 0.2) {
      findings.push({
        check: "text-spacing",
        where,
        message: `the spacing styles did not apply (letter-spacing ${applied.letterSpacing}, expected ${expected.toFixed(2)}px)`,
      });
    }
    const clipped = await probe(page, (p) => p.clipped(), null);
    findings.push(...clipped.map((c) => ({ check: "text-spacing" as const, where, ...c })));
  } finally {
    await probe(page, (p) => p.setTextSpacing(false), null);
  }
  return findings;
}

/**
 * The same state reached with and without JavaScript: nothing the scripted page shows may be
 * missing from the plain page's HTML (except lines matching `allowed`, declared enhancements),
 * and no visible control may depend on scripts.
 */
export async function checkNoJs(scripted: Page, plain: Page, allowed: RegExp[] = []): Promise<Finding[]> {
  const where = "no JavaScript";
  const findings: Finding[] = [];
  const controls = await probe(plain, (p) => p.scriptOnlyControls(), null);
  findings.push(...controls.map((c) => ({ check: "nojs" as const, where, ...c })));

  // Numbers compare as numbers of any value: the two loads see live data, and a complaint filed
  // by another test in between changes a count ("20 laporan"), not what the page shows.
  const anyNumber = (text: string) => text.replace(/\d+/g, "#");
  const plainText = anyNumber(await probe(plain, (p) => p.compactText(), null));
  const lines = await probe(scripted, (p) => p.visibleLines(), null);
  for (const line of lines) {
    if (allowed.some((pattern) => pattern.test(line))) continue;
    if (!plainText.includes(anyNumber(line.replace(/\s+/g, "")))) {
      findings.push({ check: "nojs", where, message: `shown with JavaScript but missing without it: "${line.slice(0, 80)}"` });
    }
  }
  return findings;
}

export function formatFindings(findings: Finding[]): string {
  return findings
    .map((f) => `  - [${f.check}, ${f.where}]${f.element ? ` ${f.element}:` : ""} ${f.message}`)
    .join("\n");
}
