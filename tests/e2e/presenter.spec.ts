// The presenter layout: a trainer turns on "Tampilan presentasi" in the display settings and
// shows filing on a projector. Every question then has, beside its form, a short explanation for
// the room in plain words, and the text is larger; turning it off puts the page back. With and
// without JavaScript.
import { expect, test, type Page } from "@playwright/test";

async function choosePresenting(page: Page, label: "Tampilan presentasi" | "Tampilan biasa") {
  await page.goto("/pengaturan/tampilan");
  await page.getByRole("radio", { name: label }).check();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Tampilan disimpan").first()).toBeVisible();
}

const rootFontSize = (page: Page) => page.locator("html").evaluate((html) => parseFloat(getComputedStyle(html).fontSize));

test("a trainer shows filing in the presenter layout: a plain explanation beside each question, larger text", async ({ page }) => {
  await page.goto("/lapor/jenis");
  const explanation = page.getByRole("complementary", { name: "Penjelasan untuk peserta" });
  await expect(explanation).toHaveCount(0);
  const normalSize = await rootFontSize(page);

  await choosePresenting(page, "Tampilan presentasi");
  await page.goto("/lapor/jenis");
  await expect(page.locator("html")).toHaveAttribute("data-presentasi", "");
  await expect(explanation).toContainText("Pertama, pilih jenis laporan");
  expect(await rootFontSize(page)).toBeGreaterThan(normalSize);
  // The question itself is unchanged: the same heading and choices.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("radio").first()).toBeVisible();

  // On a projector's wide screen the explanation sits beside the form, not under it.
  await page.setViewportSize({ width: 1600, height: 900 });
  const form = await page.locator("main form").first().boundingBox();
  const aside = await explanation.boundingBox();
  expect(aside!.x).toBeGreaterThan(form!.x + form!.width - 1);

  await choosePresenting(page, "Tampilan biasa");
  await page.goto("/lapor/kejadian");
  await expect(page.locator("html")).not.toHaveAttribute("data-presentasi", "");
  await expect(explanation).toHaveCount(0);
});
