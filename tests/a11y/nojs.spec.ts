// Without JavaScript: every page in every state loads and works (the state is reached by plain
// form posts), shows everything the scripted page shows, has no control that needs scripts, and
// passes axe (run on a scripted copy of the plain page's HTML).
import { checkAxe, checkNoJs, type Finding } from "./support/checks.ts";
import { isApplicable, statesOf } from "./support/declaration.ts";
import { discoverRoutes } from "./support/discover.ts";
import { openState, test } from "./support/harness.ts";
import { expectNoFindings, recordFindings } from "./support/report.ts";
import { themeByName } from "./support/themes.ts";
import { routes, scriptOnlyEverywhere } from "./routes.ts";

const standard = themeByName("standar");

for (const routeId of discoverRoutes()) {
  const declaration = routes[routeId];
  if (!declaration) continue; // matrix.spec.ts fails for it
  for (const [stateName, state] of statesOf(declaration)) {
    const title = `no JavaScript · ${routeId} · ${stateName}`;
    if (!isApplicable(state)) {
      test(title, () => test.skip(true, `not applicable: ${state.notApplicable}`));
      continue;
    }
    test(title, async ({ harness }) => {
      const options = { routeId, declaration, stateName, state, theme: standard };
      const plain = await openState(harness, { ...options, javaScript: false });
      const scripted = await openState(harness, { ...options, javaScript: true }).catch(async (error) => {
        await plain.page.close();
        throw error;
      });
      const findings: Finding[] = [...plain.findings];
      try {
        const allowed = [...scriptOnlyEverywhere, ...(declaration.scriptOnly ?? [])].map((s) => s.text);
        findings.push(...(await checkNoJs(scripted.page, plain.page, allowed)));
        findings.push(...(await checkAxe(plain.page, standard, { noJs: true })));
      } finally {
        await plain.page.close();
        await scripted.page.close();
      }
      recordFindings(title, findings);
      expectNoFindings(title, state.description, findings, ["theme", "nojs", "axe"]);
    });
  }
}
