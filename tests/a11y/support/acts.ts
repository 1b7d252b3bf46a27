// Ways to bring a page into a state, shared by the route declarations (routes.ts, routes/*.ts).
import { expect, type Page } from "@playwright/test";

/** Error summaries carry data-error-summary (the shared ErrorSummary component). */
export const errorSummaryShown = async (page: Page) => {
  await expect(page.locator("[data-error-summary]")).toBeVisible();
  await expect(page).toHaveTitle(/^Galat:/);
};

/** Sends the page's main form as it is (empty, so the server answers with errors). */
export const send = (button: string) => async (page: Page) => {
  await page.getByRole("main").getByRole("button", { name: button, exact: true }).click();
};

/** Fills every field of the main form without sending it, whatever the fields are. */
export const fillEverything = async (page: Page) => {
  const main = page.getByRole("main");
  for (const group of await main.locator("fieldset:has(input[type=radio])").all()) {
    const radios = group.locator("input[type=radio]:visible");
    if ((await radios.count()) > 0) await radios.last().check();
  }
  for (const box of await main.locator("input[type=checkbox]:visible").all()) await box.check();
  for (const select of await main.locator("select:visible").all()) {
    const values = await select.locator("option").evaluateAll((options) =>
      options.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
    );
    if (values.length > 0) await select.selectOption(values[values.length - 1]!);
  }
  const texts = main.locator(
    "input:visible:not([type=radio]):not([type=checkbox]):not([type=hidden]):not([type=submit]):not([readonly]), textarea:visible",
  );
  // A number field (a day, a month) gets a number, as a person would type: words in a two-digit box
  // would only measure a box nobody fills with words.
  for (const field of await texts.all()) await field.fill((await field.getAttribute("inputmode")) === "numeric" ? "12" : "Contoh isian");
};

