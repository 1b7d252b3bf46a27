import { describe, expect, it } from "vitest";
import { parseIsoDate, parseIsoInstant } from "./date.ts";

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

describe("parseIsoInstant", () => {
  it.each([
    ["2026-12-05T09:30:00+08:00", "2026-12-05T01:30:00.000Z"],
    ["2026-12-05T01:30Z", "2026-12-05T01:30:00.000Z"],
    ["2026-12-05T01:30:15.250Z", "2026-12-05T01:30:15.250Z"],
    ["2026-12-05T09:30:00", null],
    ["2026-02-30T09:30:00Z", null],
    ["2026-12-05T24:00:00Z", null],
    ["2026-12-05", null],
    ["kemarin", null],
  ])("%j reads as %j", (input, expected) => expect(parseIsoInstant(input)?.toISOString() ?? null).toBe(expected));
});
