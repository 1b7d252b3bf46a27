import { describe, expect, it } from "vitest";
import { formatJoinCode, JOIN_CODE_ALPHABET, makeJoinCode, normaliseJoinCode, spellJoinCode, spokenJoinCode } from "./join-code.ts";

describe("makeJoinCode", () => {
  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0], "00000000"],
    [[31, 30, 29, 28, 27, 26, 25, 24], "ZYXWVTSR"],
    [[32, 33, 255, 64, 10, 18, 20, 21], "01Z0AJMN"],
  ])("bytes %j → %s", (bytes, code) => {
    expect(makeJoinCode(Uint8Array.from(bytes))).toBe(code);
  });

  it("uses no look-alike letters", () => {
    for (const ch of "ILOU") expect(JOIN_CODE_ALPHABET).not.toContain(ch);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32);
  });

  it("refuses too few bytes", () => {
    expect(() => makeJoinCode(new Uint8Array(4))).toThrow();
  });
});

describe("normaliseJoinCode", () => {
  it.each([
    ["K7QM-4PXR", "K7QM4PXR"],
    ["k7qm 4pxr", "K7QM4PXR"],
    ["  k7qm–4pxr ", "K7QM4PXR"],
    ["K7QM4PXR", "K7QM4PXR"],
    ["OOII-LLUU", "001111VV"],
    ["ｋ７ｑｍ４ｐｘｒ", "K7QM4PXR"],
    ["K7QM-4PX", null],
    ["K7QM-4PXRR", null],
    ["K7QM-4PX!", null],
    ["", null],
  ])("%j → %j", (typed, code) => {
    expect(normaliseJoinCode(typed)).toBe(code);
  });
});

describe("formatJoinCode and spelling", () => {
  it("shows two groups", () => {
    expect(formatJoinCode("K7QM4PXR")).toBe("K7QM-4PXR");
  });

  it.each([
    ["id", "ka, tujuh, ki, em — empat, pe, eks, er"],
    ["en", "K, seven, Q, M — four, P, X, R"],
  ] as const)("reads aloud in %s", (locale, spoken) => {
    expect(spokenJoinCode("K7QM4PXR", locale)).toBe(spoken);
  });

  it("keeps each character beside its word", () => {
    expect(spellJoinCode("K7QM4PXR", "id")[1]![0]).toEqual({ character: "4", word: "empat" });
  });
});
