// Tracking codes and access secrets: shape, alphabet, normalising what people type, and how well
// the check character catches typing mistakes (checked exhaustively for a few codes). Every expected
// code below was worked out by hand from the rule (alphabet of 29, the six characters after the
// prefix weighted 1…6 sum to 0 mod 29) and is written out literally.
import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  makeAccessSecret,
  makeTrackingCode,
  normalizeAccessSecret,
  normalizeTrackingCode,
  trackingPrefix,
} from "./tracking-code.ts";

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function seeded(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(r * n);
  };
}

/** A randomIndex that replays fixed indices. */
function scripted(indices: number[]): (n: number) => number {
  let i = 0;
  return () => indices[i++]!;
}

const FORMAT = /^[A-Z]{3}-[A-Z0-9]{4}-[A-Z0-9]{2}$/;
const AMBIGUOUS = /[01OILUZ]/; // Z is a look-alike of 2

/** The six characters after the prefix: five random ones and the check character. */
const bodyOf = (code: string) => code.replace(/-/g, "").slice(3);
const withBody = (code: string, body: string) => `${code.slice(0, 3)}-${body.slice(0, 4)}-${body.slice(4)}`;

describe("CODE_ALPHABET", () => {
  it("has 29 distinct characters (a prime) and no look-alikes", () => {
    expect(CODE_ALPHABET).toHaveLength(29);
    expect(new Set(CODE_ALPHABET).size).toBe(29);
    expect(CODE_ALPHABET).not.toMatch(AMBIGUOUS);
  });

  it("is exactly 23456789ABCDEFGHJKMNPQRSTVWXY, in that order (the order fixes every check character)", () => {
    expect(CODE_ALPHABET).toBe("23456789ABCDEFGHJKMNPQRSTVWXY");
  });
});

describe("trackingPrefix", () => {
  it.each([
    ["73.06", "GWA"],
    ["73.71", "MKS"],
    ["73.06.08", "SRA"], // a district is not a regency
    ["74.01", "SRA"],
    ["", "SRA"],
  ])("%s → %s", (regency, prefix) => {
    expect(trackingPrefix(regency)).toBe(prefix);
  });

  // Was a finding (PREFIXES was a plain object, so inherited keys leaked through); now a Map.
  it.each(["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"])("inherited key %s → SRA", (regency) => {
    expect(trackingPrefix(regency)).toBe("SRA");
  });
});

describe("makeTrackingCode", () => {
  const codes = (() => {
    const random = seeded(20260817);
    return Array.from({ length: 10_000 }, () => makeTrackingCode("GWA", random));
  })();

  it("10,000 seeded codes have the shape GWA-XXXX-XX and no ambiguous characters", () => {
    const bad = codes.filter((code) => !FORMAT.test(code) || AMBIGUOUS.test(code));
    expect(bad).toEqual([]);
  });

  it("10,000 seeded codes normalise to themselves (their check character is right)", () => {
    const bad = codes.filter((code) => normalizeTrackingCode(code) !== code);
    expect(bad).toEqual([]);
  });

  it("uses every alphabet character in every random position", () => {
    for (let position = 0; position < 5; position++) {
      const seen = new Set(codes.map((code) => bodyOf(code)[position]));
      expect([...seen].sort().join("")).toBe([...CODE_ALPHABET].sort().join(""));
    }
  });

  it("asks randomIndex for an index below the alphabet size, five times", () => {
    const asked: number[] = [];
    makeTrackingCode("SRA", (n) => (asked.push(n), 0));
    expect(asked).toEqual([29, 29, 29, 29, 29]);
  });

  // Pinned: changing the check algorithm would invalidate every code already handed out.
  it.each([
    [[0, 0, 0, 0, 0], "SRA", "SRA-2222-22"],
    [[28, 28, 28, 28, 28], "GWA", "GWA-YYYY-YK"],
    [[5, 10, 3, 7, 1], "GWA", "GWA-7C59-3F"],
    [[0, 1, 2, 3, 4], "MKS", "MKS-2345-65"],
    [[5, 17, 1, 20, 7], "GWA", "GWA-7K3P-9X"],
    [[1, 2, 3, 4, 5], "GWA", "GWA-3456-7H"],
    [[0, 1, 2, 3, 4], "GWA", "GWA-2345-65"],
    [[28, 28, 27, 26, 25], "GWA", "GWA-YYXW-V4"],
  ])("indices %j with prefix %s → %s", (indices, prefix, expected) => {
    expect(makeTrackingCode(prefix, scripted(indices))).toBe(expected);
  });
});

describe("normalizeTrackingCode", () => {
  it.each([
    ["GWA-7C59-3F", "GWA-7C59-3F"],
    ["gwa-7c59-3f", "GWA-7C59-3F"],
    ["gwa 7c59 3f", "GWA-7C59-3F"],
    ["  GWA 7C59 3F  ", "GWA-7C59-3F"],
    ["GWA7C593F", "GWA-7C59-3F"],
    ["gwa7c593f", "GWA-7C59-3F"],
    ["GWA–7C59–3F", "GWA-7C59-3F"], // en dash, as phones autocorrect
    ["GWA—7C59—3F", "GWA-7C59-3F"], // em dash
    ["GWA.7C59.3F", "GWA-7C59-3F"],
    ["GWA\t7C59\n3F", "GWA-7C59-3F"],
    ["G W A 7 C 5 9 3 F", "GWA-7C59-3F"],
    ["GWA-7C5-93F", "GWA-7C59-3F"], // grouping typed wrongly
  ])("%j → %s", (input, expected) => {
    expect(normalizeTrackingCode(input)).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ["GWA", "prefix only"],
    ["GWA-7C59-3", "one character short"],
    ["GWA-7C59-3F9", "one character long"],
    ["GW-7C59-3F", "short prefix"],
    ["GWAA-7C59-3F", "long prefix"],
    ["6WA-7C59-3F", "digit in the prefix"],
    ["GWA-7C59-3E", "wrong check character"],
    ["GWA-7C59-39", "the check character of the old mod-30 rule"],
    ["GWA-7V59-3F", "C→V at weight 2 (slipped through the old mod-30 rule)"],
    ["GWA-YYXW-4V", "fifth and check character swapped (slipped through the old rule)"],
    ["GWA-3456-H7", "fifth and check character swapped"],
    ["GWA-7C5O-3F", "letter O"],
    ["GWA-7C50-3F", "digit 0"],
    ["GWA-7C5I-3F", "letter I"],
    ["GWA-7C51-3F", "digit 1"],
    ["GWA-7C5L-3F", "letter L"],
    ["GWA-7C5U-3F", "letter U"],
    ["GWA-7C5Z-3F", "letter Z"],
    ["GWA-YYYY-ZK", "letter Z"],
    ["GWA_7C59_3F", "underscores"],
    ["GWA/7C59/3F", "slashes"],
  ])("%j is rejected (%s)", (input) => {
    expect(normalizeTrackingCode(input)).toBeNull();
  });

  // A few codes checked exhaustively: the codes of seeds 1–3 (written out), and the bodies that
  // showed the weak spots of the old mod-30 rule (7C593, YYXWV and 34567), now with their new check.
  const FEW = ["GWA-M2HY-YP", "GWA-QBAH-V9", "GWA-P3F4-R6", "GWA-7C59-3F", "GWA-YYXW-V4", "GWA-3456-7H", "GWA-7K3P-9X"];

  it.each([
    [1, "GWA-M2HY-YP"],
    [2, "GWA-QBAH-V9"],
    [3, "GWA-P3F4-R6"],
  ])("seed %s gives %s", (seed, expected) => {
    expect(makeTrackingCode("GWA", seeded(seed))).toBe(expected);
  });

  function substitutions(code: string, positions: number[], alphabet: string): string[] {
    const body = bodyOf(code);
    return positions.flatMap((p) =>
      [...alphabet].filter((c) => c !== body[p]).map((c) => withBody(code, body.slice(0, p) + c + body.slice(p + 1))),
    );
  }

  function transpositions(code: string, positions: number[]): string[] {
    const body = bodyOf(code);
    return positions
      .filter((p) => body[p] !== body[p + 1])
      .map((p) => withBody(code, body.slice(0, p) + body[p + 1] + body[p] + body.slice(p + 2)));
  }

  const accepted = (variants: string[]) => variants.filter((v) => normalizeTrackingCode(v) !== null);

  it.each(FEW)("%s: every substitution by a character outside the alphabet is rejected", (code) => {
    const outside = "01OILUZ" + "!#";
    expect(accepted(substitutions(code, [0, 1, 2, 3, 4, 5], outside))).toEqual([]);
  });

  it.each(FEW)("%s is itself accepted (so the checks below test real codes)", (code) => {
    expect(normalizeTrackingCode(code)).toBe(code);
  });

  it("the helpers produce what they claim: 6 × 28 substitutions, one transposition per unequal neighbour pair", () => {
    expect(substitutions("GWA-7C59-3F", [0, 1, 2, 3, 4, 5], CODE_ALPHABET)).toHaveLength(168);
    expect(substitutions("GWA-7C59-3F", [1], CODE_ALPHABET)).toContain("GWA-7V59-3F");
    expect(transpositions("GWA-7C59-3F", [0, 1, 2, 3, 4])).toEqual([
      "GWA-C759-3F",
      "GWA-75C9-3F",
      "GWA-7C95-3F",
      "GWA-7C53-9F",
      "GWA-7C59-F3",
    ]);
    expect(transpositions("GWA-YYXW-V4", [0, 1, 2, 3, 4])).toHaveLength(4); // Y,Y are equal
  });

  // Was a finding: the check was Σ index×(position+1) mod 30, and 30 is not prime, so 8 of the 174
  // single substitutions of every code slipped through. Mod 29 (a prime) catches them all.
  it.each(FEW)("%s: every single-character substitution, in all six positions, is caught", (code) => {
    expect(accepted(substitutions(code, [0, 1, 2, 3, 4, 5], CODE_ALPHABET))).toEqual([]);
  });

  // Was a finding: swapping the fifth character with the check character went unnoticed whenever
  // their indices differed by a multiple of 5. Now every neighbour swap is caught, 5th↔check included.
  it.each(FEW)("%s: every adjacent transposition, including fifth ↔ check character, is caught", (code) => {
    expect(accepted(transpositions(code, [0, 1, 2, 3, 4]))).toEqual([]);
  });

  it("300 more seeded codes: no single substitution or adjacent transposition is accepted", () => {
    const random = seeded(29);
    const slipped = Array.from({ length: 300 }, () => makeTrackingCode("SRA", random)).flatMap((code) =>
      accepted([...substitutions(code, [0, 1, 2, 3, 4, 5], CODE_ALPHABET), ...transpositions(code, [0, 1, 2, 3, 4])]),
    );
    expect(slipped).toEqual([]);
  });

  it.each(["GWA-7C59-3F", "GWA-2345-65", "GWA-YYXW-V4", "GWA-3456-7H"])(
    "%s: swapping the last random character with the check character is caught",
    (code) => {
      const swapped = transpositions(code, [4]);
      expect(swapped).toHaveLength(1);
      expect(accepted(swapped)).toEqual([]);
    },
  );
});

describe("access secrets", () => {
  const SECRET = new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);

  it("1,000 seeded secrets have the shape XXXX-XXXX from the alphabet and normalise to themselves", () => {
    const random = seeded(42);
    const secrets = Array.from({ length: 1000 }, () => makeAccessSecret(random));
    expect(secrets.filter((s) => !SECRET.test(s) || normalizeAccessSecret(s) !== s)).toEqual([]);
    expect(new Set(secrets).size).toBe(1000);
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0], "2222-2222"],
    [[8, 9, 10, 11, 12, 13, 14, 15], "ABCD-EFGH"],
  ])("indices %j → %s", (indices, expected) => {
    expect(makeAccessSecret(scripted(indices))).toBe(expected);
  });

  it.each([
    ["ABCD-EFGH", "ABCD-EFGH"],
    ["abcd-efgh", "ABCD-EFGH"],
    ["abcdefgh", "ABCD-EFGH"],
    [" ab cd ef gh ", "ABCD-EFGH"],
    ["ABCD–EFGH", "ABCD-EFGH"],
    ["ABCD.EFGH", "ABCD-EFGH"],
  ])("%j → %s", (input, expected) => {
    expect(normalizeAccessSecret(input)).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ["ABCD-EFG", "seven characters"],
    ["ABCD-EFGHJ", "nine characters"],
    ["ABCD-EFG0", "digit 0"],
    ["ABCD-EFGO", "letter O"],
    ["ABCD-EFG1", "digit 1"],
    ["ABCD-EFGI", "letter I"],
    ["ABCD-EFGL", "letter L"],
    ["ABCD-EFGU", "letter U"],
    ["ABCD-EFGZ", "letter Z (no longer in the alphabet)"],
    ["ABCD_EFGH", "underscore"],
  ])("%j is rejected (%s)", (input) => {
    expect(normalizeAccessSecret(input)).toBeNull();
  });
});
