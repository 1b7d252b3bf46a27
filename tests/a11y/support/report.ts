// How the matrix reports: one soft assertion per kind of check (so one failing check does not hide
// another), and each combination's findings kept as JSON in test-results/a11y-findings/.
import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { formatFindings, type CheckName, type Finding } from "./checks.ts";

export const findingsDir = path.resolve(import.meta.dirname, "../../../test-results/a11y-findings");

export function recordFindings(title: string, findings: Finding[], extra: Record<string, unknown> = {}): void {
  fs.mkdirSync(findingsDir, { recursive: true });
  const file = title.replace(/[^\w]+/g, "-").replace(/^-|-$/g, "");
  fs.writeFileSync(path.join(findingsDir, `${file}.json`), JSON.stringify({ title, ...extra, findings }, null, 2));
}

export function expectNoFindings(title: string, description: string, findings: Finding[], checks: CheckName[]): void {
  for (const check of checks) {
    const found = findings.filter((f) => f.check === check);
    expect.soft(found.length, `${check} on ${title} (${description}):\n${formatFindings(found)}\n`).toBe(0);
  }
}
