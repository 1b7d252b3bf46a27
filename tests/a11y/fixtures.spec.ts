// Each kind of check shown able to fail: the deliberately broken pages under /uji/rusak/[check]
// (served only when the server runs with SUARA_TEST_FIXTURES=true) must be reported, by the very
// functions the matrix runs, with the planted fault named.
import type { Page } from "@playwright/test";
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
  formatFindings,
  type Finding,
  type Stats,
} from "./support/checks.ts";
import { expect, test, type Harness } from "./support/harness.ts";
import { switchTheme, themeByName } from "./support/themes.ts";

const standard = themeByName("standar");

async function openFixture(harness: Harness, check: string, javaScript = true): Promise<Page> {
  const context = await harness.context(standard, "anonymous", javaScript);
  const page = await context.newPage();
  await page.setViewportSize(desktop);
  const response = await page.goto(`/uji/rusak/${check}`);
  expect(response?.status(), `/uji/rusak/${check} is not served: is SUARA_TEST_FIXTURES=true set?`).toBe(200);
  return page;
}

/** The check must report the planted fault, not merely something else on the page. */
function expectCaught(findings: Finding[], planted: string | RegExp, pattern: RegExp) {
  // An id: "#rusak-fokus" must not also match "#rusak-fokus-tertutup".
  const where = typeof planted === "string" ? new RegExp(`${planted}(?![\\w-])`) : planted;
  const caught = findings.filter((f) => where.test(`${f.element ?? ""} ${f.message}`) && pattern.test(f.message));
  expect
    .soft(caught.length, `expected a finding for ${planted} matching ${pattern}; the check reported:\n${formatFindings(findings)}\n`)
    .toBeGreaterThan(0);
}

test("axe catches a text field without a label", async ({ harness }) => {
  const page = await openFixture(harness, "axe");
  const findings = await checkAxe(page, standard);
  expectCaught(findings, "#rusak-axe", /^label \(/);
  await page.close();
});

test("axe catches it without JavaScript too, where it checks a copy of the page, page after page", async ({ harness }) => {
  // The copy is one document reused for every page: the fault must be found in the copy of the
  // broken page even after a clean page was checked there, and not linger after it.
  const clean = await openFixture(harness, "fokus", false);
  const broken = await openFixture(harness, "axe", false);
  expect((await checkAxe(clean, standard, { noJs: true })).filter((f) => /#rusak-axe/.test(f.element ?? ""))).toEqual([]);
  expectCaught(await checkAxe(broken, standard, { noJs: true }), "#rusak-axe", /^label \(/);
  expect((await checkAxe(clean, standard, { noJs: true })).filter((f) => /#rusak-axe/.test(f.element ?? ""))).toEqual([]);
  await clean.close();
  await broken.close();
});

test("the focus check catches a missing focus ring and focus hidden under a fixed bar", async ({ harness }) => {
  const page = await openFixture(harness, "fokus");
  const findings = await checkFocusVisible(page);
  expectCaught(findings, "#rusak-fokus", /no focus indicator/);
  expectCaught(findings, "#rusak-fokus-tertutup", /hidden under the fixed\/sticky/);
  await page.close();
});

test("in another theme the focus walk replayed from script finds what a Tab walk finds, stop by stop", async ({ harness }) => {
  const page = await openFixture(harness, "fokus");
  await checkFocusVisible(page); // records this width's Tab order
  await switchTheme(page, themeByName("kontras"));
  const byTab: Stats = {};
  const byReplay: Stats = {};
  const tabbed = await checkFocusVisible(page, byTab);
  const replayed = await checkFocusVisible(page, byReplay, { replay: true });
  expect(byReplay).toEqual({ ...byTab, "focus walks replayed from script at 1280 px": 1 });
  expect(replayed).toEqual(tabbed);
  expectCaught(replayed, "#rusak-fokus", /no focus indicator/);
  expectCaught(replayed, "#rusak-fokus-tertutup", /hidden under the fixed\/sticky/);
  await page.close();
});

test("the target-size check catches a 20 × 20 px button", async ({ harness }) => {
  const page = await openFixture(harness, "target");
  const findings = await checkTargetSize(page);
  expectCaught(findings, "#rusak-target", /target 20\.0×20\.0 px/);
  await page.close();
});

test("the reflow check catches a 600 px wide block at 320 px", async ({ harness }) => {
  const page = await openFixture(harness, "reflow");
  const findings = await checkReflow(page);
  expectCaught(findings, /scrollWidth \d+ px > 320 px/, /page scrolls sideways/);
  expectCaught(findings, "#rusak-reflow", /sticks out/);
  await page.close();
});

test("the text checks catch a box that cuts off text at 200% and with WCAG 1.4.12 spacing", async ({ harness }) => {
  const page = await openFixture(harness, "teks");
  expectCaught(await checkLargeText(page), "#rusak-teks", /cuts off text/);
  expectCaught(await checkTextSpacing(page), "#rusak-spasi", /cuts off text/);
  await page.close();
});

test("the phone check catches controls that cut off their text and a heading below the first screen", async ({ harness }) => {
  const page = await openFixture(harness, "ponsel");
  const findings = await checkPhoneLargeText(page, { firstScreen: true });
  expectCaught(findings, "#rusak-pilihan", /text cut off: the chosen option "Pilih kecamatan tempat kejadian" needs \d+ px/);
  expectCaught(findings, "#rusak-tombol", /text cut off: content \d+ px wide in a \d+ px control/);
  expectCaught(findings, /^h1 /, /the main heading ends at \d+ px, below the 720 px first screen/);
  await page.close();
});

test("the no-JavaScript check catches a script-only button and script-only content", async ({ harness }) => {
  const scripted = await openFixture(harness, "nojs", true);
  await expect(scripted.locator("#rusak-nojs-isi")).toBeVisible();
  const plain = await openFixture(harness, "nojs", false);
  const findings = await checkNoJs(scripted, plain);
  expectCaught(findings, "#rusak-nojs", /does nothing without JavaScript/);
  expectCaught(findings, /hanya dibuat oleh JavaScript/, /missing without it/);
  await scripted.close();
  await plain.close();
});
