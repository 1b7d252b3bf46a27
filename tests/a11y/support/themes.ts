// The three looks every page is checked in, and how a page is put into each: the "Kontras tinggi"
// theme is a cookie the server renders as <html data-tema="kontras">; forced colours (Windows
// contrast themes) are emulated in Chromium.
import type { BrowserContext, Page } from "@playwright/test";

export type ThemeName = "standar" | "kontras" | "paksa";

export interface Theme {
  name: ThemeName;
  /** For test titles and reports. */
  label: string;
  /** Extra axe tags on top of the house's WCAG 2.2 AA set. */
  extraAxeTags: string[];
  /** axe rules that cannot judge this theme. */
  disabledAxeRules: string[];
  /**
   * When the matrix switches an already checked page into this theme, the axe rules whose
   * outcome depends on styles (the markup is the same in every theme, so the structural rules
   * have already been judged in the default theme on this very page).
   */
  styleAxeRules: string[];
}

/** axe rules that read computed styles: colours, sizes, overflow. */
const styleRules = ["color-contrast", "link-in-text-block", "target-size", "scrollable-region-focusable"];

export const themes: readonly Theme[] = [
  { name: "standar", label: "default", extraAxeTags: [], disabledAxeRules: [], styleAxeRules: styleRules },
  // AAA tags switch on color-contrast-enhanced (7:1), the theme's promise.
  {
    name: "kontras",
    label: "Kontras tinggi",
    extraAxeTags: ["wcag2aaa"],
    disabledAxeRules: [],
    styleAxeRules: [...styleRules, "color-contrast-enhanced"],
  },
  // The system picks the colours; axe's contrast maths does not apply.
  {
    name: "paksa",
    label: "forced colours",
    extraAxeTags: [],
    disabledAxeRules: ["color-contrast"],
    styleAxeRules: styleRules.filter((rule) => rule !== "color-contrast"),
  },
];

export const themeByName = (name: ThemeName): Theme => themes.find((t) => t.name === name)!;

/** Cookies a fresh context needs for the theme (the display-settings contract). */
export async function prepareContext(context: BrowserContext, theme: Theme, baseURL: string): Promise<void> {
  if (theme.name === "kontras") {
    await context.addCookies([{ name: "tema", value: "kontras", url: baseURL }]);
  }
}

/** Per page, before it loads: media emulation (it belongs to the page, not the context). */
export async function preparePage(page: Page, theme: Theme): Promise<void> {
  if (theme.name === "paksa") await page.emulateMedia({ forcedColors: "active" });
}

/**
 * Switches a loaded page (opened in the default theme) into `theme` the way the server would
 * render it: Kontras tinggi is <html data-tema="kontras"> (matrix.spec.ts checks that the cookie
 * renders exactly that), forced colours is the media emulation. Back to default undoes both.
 */
export async function switchTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate((tema) => {
    if (tema) document.documentElement.setAttribute("data-tema", tema);
    else document.documentElement.removeAttribute("data-tema");
  }, theme.name === "kontras" ? "kontras" : null);
  await page.emulateMedia({ forcedColors: theme.name === "paksa" ? "active" : "none" });
  // Colours that change with a transition (a button's background) are read mid-way otherwise.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => null)),
    ),
  );
}

/** After the load: did the theme actually take effect? Returns a problem, or null. */
export async function themeProblem(page: Page, theme: Theme): Promise<string | null> {
  if (theme.name === "kontras") {
    const tema = await page.locator("html").getAttribute("data-tema");
    return tema === "kontras" ? null : `cookie tema=kontras did not render <html data-tema="kontras"> (got ${JSON.stringify(tema)})`;
  }
  if (theme.name === "paksa") {
    const active = await page.evaluate(() => matchMedia("(forced-colors: active)").matches);
    return active ? null : "forced-colors emulation did not take effect (matchMedia is false)";
  }
  return null;
}
