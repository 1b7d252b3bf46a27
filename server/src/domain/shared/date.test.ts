import { describe, expect, it } from "vitest";
import { parseIsoDate } from "./date.ts";

describe("parseIsoDate", () => {
  it.each<[string, string | null]>([
    ["2026-08-17", "2026-08-17T00:00:00.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["2026-02-30", null],
    ["2026-13-01", null],
    ["17-08-2026", null],
    ["2026-08-17 ", null],
    ["0050-01-01", null], // Date.UTC maps years 0–99 to 1900+; the round-trip check refuses them
  ])("%j → %s", (input, expected) => {
    expect(parseIsoDate(input)?.toISOString() ?? null).toBe(expected);
  });
});
