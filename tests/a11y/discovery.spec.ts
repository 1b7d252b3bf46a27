// The matrix's own rules: pages are found from the route folders, and a declared page that
// redirects instead of rendering is refused with a message saying what to declare.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { discoverRoutes, fillRoute } from "./support/discover.ts";
import { expect, openState, RouteError, test } from "./support/harness.ts";
import { themeByName } from "./support/themes.ts";

test("pages are found from +page.svelte files; (groups) are left out and /uji is skipped", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "suara-routes-"));
  const page = (dir: string, file = "+page.svelte") => {
    fs.mkdirSync(path.join(root, dir), { recursive: true });
    fs.writeFileSync(path.join(root, dir, file), "");
  };
  try {
    page(".");
    page("lapor");
    page("lacak/[code]");
    page("(staf)/antrian");
    page("(staf)/antrian/[id=kode]", "+page@.svelte");
    page("uji/rusak/[check]");
    page("keluar", "+server.ts");
    page("masuk", "+page.server.ts");
    expect(discoverRoutes(root)).toEqual(["/", "/antrian", "/antrian/[id=kode]", "/lacak/[code]", "/lapor"]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test("route parameters are filled in, and a missing one is named", () => {
  expect(fillRoute("/lacak/[code]", { code: "GWA-7K3P-9Q" })).toBe("/lacak/GWA-7K3P-9Q");
  expect(fillRoute("/antrian/[id=kode]", { id: "7" })).toBe("/antrian/7");
  expect(() => fillRoute("/lacak/[code]", {})).toThrow(/needs the parameter "code"/);
});

test("a declared page that answers with a redirect fails, naming the page", async ({ harness }) => {
  // A tracking code in small letters is redirected (308) to its canonical form.
  const attempt = openState(harness, {
    routeId: "/lacak/[code]",
    declaration: { role: "anonymous", states: { empty: { description: "" }, errors: { description: "" }, filled: { description: "" } } },
    stateName: "empty",
    state: { description: "a code in small letters", path: () => "/lacak/gwa-7k3p-9q" },
    theme: themeByName("standar"),
    javaScript: true,
  });
  await expect(attempt).rejects.toThrow(RouteError);
  await expect(attempt).rejects.toThrow(/\/lacak\/\[code\] \(empty, default\): \/lacak\/gwa-7k3p-9q answered with a redirect \(308/);
});
