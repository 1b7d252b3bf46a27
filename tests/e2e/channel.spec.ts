// How a complaint came in, for staff (with and without JavaScript): the queue filters by it and
// the complaint's page says it in words. The demo's "Air PDAM" complaint came in by SMS.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { createComplaint } from "./support/factories.ts";
import { signedInPage } from "./support/pages.ts";
import { demoEmail } from "../support/demo.ts";

test("a verifier filters the queue by how complaints came in and sees it on the complaint", async ({ browser, request }, testInfo) => {
  const web = await createComplaint(request, { districtCode: "73.06.08" });
  const verifier = await signedInPage(browser, demoEmail.verifier, testInfo.project.name !== "nojs");

  await verifier.getByLabel("Masuk lewat").selectOption({ label: "SMS" });
  await verifier.getByRole("button", { name: "Saring", exact: true }).click();
  await expect(verifier).toHaveURL(/jalur=SMS/);
  const table = verifier.getByRole("table", { name: /Laporan yang menunggu/ });
  await expect(table.getByRole("link", { name: "Air PDAM tidak mengalir tiga hari" })).toBeVisible();
  await expect(table.getByRole("link", { name: web.title })).toHaveCount(0);
  // The choice stays shown after filtering.
  await expect(verifier.getByLabel("Masuk lewat")).toHaveValue("SMS");

  await table.getByRole("link", { name: "Air PDAM tidak mengalir tiga hari" }).click();
  await expect(verifier.getByRole("heading", { level: 1, name: "Air PDAM tidak mengalir tiga hari" })).toBeVisible();
  // The details list: the term "Masuk lewat" and its value.
  const came = verifier.locator("dt", { hasText: /^Masuk lewat$/ }).locator("xpath=following-sibling::dd[1]");
  await expect(came).toHaveText("SMS");
  await expectNoAxeViolations(verifier, "staff complaint page with its channel");

  await verifier.goto(`/kerja/${web.trackingCode}`);
  await expect(came).toHaveText("Web");
  await verifier.context().close();
});
