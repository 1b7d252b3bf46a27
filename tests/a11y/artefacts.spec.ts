// Screenshots for people to review: the report form with errors in forced colours and in Kontras
// tinggi, at 320 and 1280 px, saved on every run under test-results/a11y-screenshots/.
import path from "node:path";
import { expect, test } from "./support/harness.ts";
import { preparePage, themeByName, themeProblem, type ThemeName } from "./support/themes.ts";

const dir = path.resolve(import.meta.dirname, "../../test-results/a11y-screenshots");

for (const name of ["paksa", "kontras"] satisfies ThemeName[]) {
  const theme = themeByName(name);
  test(`screenshots: /lapor with errors in ${theme.label}`, async ({ harness }, testInfo) => {
    const context = await harness.context(theme, "anonymous", true);
    const page = await context.newPage();
    try {
      await preparePage(page, theme);
      await page.goto("/lapor/kejadian");
      expect(await themeProblem(page, theme)).toBeNull();
      await page.getByRole("main").getByRole("button", { name: "Lanjutkan" }).click();
      // The summary has focus: its focus ring is part of what to review.
      await expect(page.locator("[data-error-summary]")).toBeFocused();
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        const file = path.join(dir, `lapor-errors-${theme.name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`lapor-errors-${theme.name}-${width}.png`, { path: file, contentType: "image/png" });
      }
    } finally {
      await page.close();
    }
  });
}
