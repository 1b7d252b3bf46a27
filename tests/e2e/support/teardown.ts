// Removes the temporary data folder the e2e server used (made in playwright.config.ts).
import fs from "node:fs";

export default function teardown(): void {
  const dir = process.env["SUARA_E2E_DATA_DIR"];
  if (dir && dir.includes("suara-e2e-")) fs.rmSync(dir, { recursive: true, force: true });
}
