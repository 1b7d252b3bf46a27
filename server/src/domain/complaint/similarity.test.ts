// Which short complaint texts count as the same problem, on pairs residents of Gowa write, and the
// properties any text must keep (symmetry, bounds, a text alike to itself).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STATUSES, type Status } from "./status.ts";
import {
  dice,
  duplicateScore,
  isDuplicateCandidateStatus,
  likelyDuplicates,
  placeWords,
  SIMILARITY_THRESHOLD,
  significantWords,
  similarity,
} from "./similarity.ts";

const places = placeWords("Somba Opu", "Bontomarannu", "Sungguminasa");
const score = (a: string, b: string) => duplicateScore({ title: a, story: "" }, { title: b, story: "" }, places);

const SAME: Array<[string, string]> = [
  ["jalan berlubang di depan SD Somba Opu", "Jalan rusak berlubang dekat SD Somba Opu"],
  ["Jalan berlubang", "jalan berlubang, banyak genangan air"],
  ["Lampu jalan mati di Jl. Poros Malino", "lampu penerangan jalan padam jl poros malino"],
  ["Sampah menumpuk di pasar Sungguminasa", "Tumpukan sampah di Pasar Sungguminasa belum diangkut"],
  ["Air PDAM tidak mengalir", "AIR PDAM MATI sudah 3 hari!!"],
];

const DIFFERENT: Array<[string, string]> = [
  ["lampu jalan mati", "jalan berlubang"],
  ["Sampah menumpuk di pasar", "Jalan berlubang di pasar"],
  ["Guru jarang masuk kelas", "Atap sekolah bocor"],
  ["Pungutan liar di kantor desa", "lampu jalan mati di desa"],
  // Only the place and "rusak" in common: the place is every candidate's, "rusak" every complaint's.
  ["Jembatan rusak di Bontomarannu", "Jalan rusak di Bontomarannu"],
];

describe("duplicateScore", () => {
  it.each(SAME)("%s ~ %s: at or above the threshold", (a, b) => {
    expect(score(a, b)).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  it.each(DIFFERENT)("%s vs %s: below the threshold", (a, b) => {
    expect(score(a, b)).toBeLessThan(SIMILARITY_THRESHOLD);
  });

  it("a matching title counts even when the other story is long", () => {
    const draft = { title: "Jalan berlubang depan SD", story: "" };
    const long = { title: "Jalan berlubang di depan SD Inpres", story: "Sudah tiga bulan. ".repeat(40) + "Anak-anak jatuh dari motor." };
    expect(duplicateScore(draft, long)).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  it("a draft's story can match another complaint's title", () => {
    const draft = { title: "Tolong", story: "Lampu penerangan jalan mati di Jl. Poros Malino" };
    expect(duplicateScore(draft, { title: "Lampu jalan mati Poros Malino", story: "Gelap." })).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  it.each([["rusak"], ["mohon segera"], [""], ["di depan"]])("too little to compare (%j): 0", (text) => {
    expect(duplicateScore({ title: text, story: "" }, { title: text, story: "" })).toBe(0);
  });
});

describe("significantWords", () => {
  it.each([
    ["Jalan RUSAK di depan SD!", ["jalan", "sd"]],
    ["Lampu jalan (PJU) mati—sudah 3 hari", ["lampu", "jalan", "pju", "mati", "3"]],
    ["Kantor désa tutup", ["kantor", "desa", "tutup"]],
  ])("%s → %j", (text, expected) => {
    expect(significantWords(text)).toEqual(expected);
  });

  it("drops the place names passed to it", () => {
    expect(significantWords("Jalan berlubang di Somba Opu", placeWords("Somba Opu"))).toEqual(["jalan", "berlubang"]);
  });
});

describe("similarity and dice: properties of any text", () => {
  it("symmetric and between 0 and 1", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        const ab = similarity(a, b);
        expect(ab).toBe(similarity(b, a));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("a text with any significant word is fully alike to itself, however cased or punctuated", () => {
    const word = fc.stringMatching(/^[a-z]{4,10}$/).filter((w) => significantWords(w).length === 1);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (ws) => {
        const text = ws.join(" ");
        expect(similarity(text, `${text.toUpperCase()}!?`)).toBe(1);
      }),
    );
  });

  it("dice of two empty sets is 0, of disjoint sets 0, of equal sets 1", () => {
    expect(dice(new Set(), new Set())).toBe(0);
    expect(dice(new Set(["abc"]), new Set(["xyz"]))).toBe(0);
    expect(dice(new Set(["abc", "bcd"]), new Set(["bcd", "abc"]))).toBe(1);
  });
});

describe("likelyDuplicates", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 10, day));
  const candidates = [
    { id: "a", title: "Jalan berlubang dekat SD", story: "", submittedAt: at(1) },
    { id: "b", title: "Lampu jalan mati", story: "", submittedAt: at(2) },
    { id: "c", title: "Jalan berlubang depan SD", story: "", submittedAt: at(3) },
    { id: "d", title: "Jalan berlubang SD Negeri", story: "", submittedAt: at(4) },
  ];
  const draft = { title: "Jalan berlubang di depan SD", story: "" };

  it("keeps those above the threshold, best first, newest first among equals, at most the limit", () => {
    const found = likelyDuplicates(draft, candidates, 2);
    expect(found.map((c) => c.id)).toEqual(["c", "a"]);
    expect(found[0]!.score).toBe(1);
  });

  it("none when nothing is alike", () => {
    expect(likelyDuplicates({ title: "Guru jarang masuk kelas", story: "" }, candidates, 5)).toEqual([]);
  });
});

describe("isDuplicateCandidateStatus", () => {
  const TABLE: Array<[Status, boolean]> = [
    ["SUBMITTED", true],
    ["VERIFIED", true],
    ["DISPOSED", true],
    ["IN_PROGRESS", true],
    ["RESOLVED", false],
    ["CLOSED", false],
    ["POSTPONED", true],
    ["OUT_OF_SCOPE", false],
    ["NOT_OUR_AUTHORITY", true],
    ["REJECTED", false],
    ["ARCHIVED", false],
  ];
  it("the table lists every status", () => expect(TABLE.map(([s]) => s).sort()).toEqual([...STATUSES].sort()));
  it.each(TABLE)("%s: %s", (status, expected) => expect(isDuplicateCandidateStatus(status)).toBe(expected));
});
