import { describe, expect, it } from "vitest";
import { internationalPhone, normalizePhone } from "./phone.ts";

describe("normalizePhone", () => {
  it.each<[string, string | null]>([
    ["0812-3456-7890", "+6281234567890"],
    ["0812 3456 7890", "+6281234567890"],
    ["0812.3456.7890", "+6281234567890"],
    ["081234567890", "+6281234567890"],
    ["+62 812-3456-7890", "+6281234567890"],
    // Was a finding: "+62 0812…" (country code and trunk 0 both typed) became "+620812…".
    ["+62 0812-3456-7890", "+6281234567890"],
    ["+6208123456789", "+628123456789"],
    ["62 0812 3456 7890", "+6281234567890"],
    ["+62 (0411) 861234", "+62411861234"],
    ["+6281234567890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["(0411) 861234", "+62411861234"], // a Makassar landline
    ["12345", null],
    ["0812-ABCD-7890", null],
    ["O812-3456-7890", null], // letter O for zero
    ["08123", null], // too few digits
    ["0812345678901234", null], // too many digits
    // The national number after the prefix has 7 to 13 digits and starts with 1–9.
    ["0812345", null], // 6 digits
    ["08123456", "+628123456"], // 7 digits
    ["08123456789012", "+628123456789012"], // 13 digits
    ["081234567890123", null], // 14 digits
    ["+628123456", "+628123456"], // 7 digits after +62
    ["+62812345", null], // 6 digits after +62
    ["0012345678", null], // starts with 0 after the prefix
    ["+62 00812345678", null], // a second 0 after the trunk 0
    ["620012345678", null],
    ["+0812345678", null], // a plus without the country code
    ["+62", null],
    ["0", null],
    ["+1 415 555 0100", null], // not Indonesian
    ["", null],
  ])("%j → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(["+62 0812-3456-7890", "+620812345678", "620812345678", "+62 0411 861234", "0012345678", "+6200812345678"])(
    "%j never yields a +620… number",
    (input) => {
      expect(normalizePhone(input) ?? "rejected").not.toMatch(/^\+620/);
    },
  );
});

describe("internationalPhone", () => {
  it.each([
    ["0812-3456-7890", "+6281234567890"],
    ["62812 3456", "+628123456"],
    ["+62 812", "+62812"],
  ])("%s → %s", (input, expected) => expect(internationalPhone(input)).toBe(expected));
});
