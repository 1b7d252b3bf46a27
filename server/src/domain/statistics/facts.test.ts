// The facts table kept as complaints change: adding, changing and removing complaints keeps the
// rows dense and says whether anything moved (the version the figures are kept by).
import { describe, expect, it } from "vitest";
import { Dictionary, type FactRow, StatisticsFacts } from "./facts.ts";

const row = (over: Partial<FactRow> = {}): FactRow => ({
  kind: "PENGADUAN",
  categoryId: null,
  districtCode: "73.06.08",
  agencyId: null,
  status: "VERIFIED",
  channel: "WEB",
  submittedAt: 1_000,
  verifiedAt: null,
  disposedAt: null,
  firstAnswerAt: null,
  ...over,
});

/** What the table holds, per complaint id, read back through the dictionaries. */
function contents(facts: StatisticsFacts, ids: string[]): Record<string, [string | null, number, number]> {
  const out: Record<string, [string | null, number, number]> = {};
  for (let i = 0; i < facts.size; i++) {
    const status = facts.dictionaries.status.values[facts.codes.status[i]!]!;
    const id = ids.find((candidate) => facts.has(candidate) && facts.submittedAt[i] === Number(candidate.slice(1)))!;
    out[id] = [status, facts.submittedAt[i]!, facts.verifiedAt[i]!];
  }
  return out;
}

describe("StatisticsFacts", () => {
  it.each([
    ["a new complaint", [], ["a", row()], true, 1],
    ["the same facts again", [["a", row()]], ["a", row()], false, 1],
    ["another status", [["a", row()]], ["a", row({ status: "DISPOSED" })], true, 1],
    ["a kept time", [["a", row()]], ["a", row({ verifiedAt: 2_000 })], true, 1],
    ["another complaint", [["a", row()]], ["b", row()], true, 2],
  ] as [string, [string, FactRow][], [string, FactRow], boolean, number][])("upsert of %s", (_name, before, [id, fact], changed, size) => {
    const facts = new StatisticsFacts();
    for (const [i, r] of before) facts.upsert(i, r);
    const version = facts.version;
    expect(facts.upsert(id, fact)).toBe(changed);
    expect(facts.size).toBe(size);
    expect(facts.version > version).toBe(changed);
  });

  it("removes a complaint by moving the last row into its place, and grows past its capacity", () => {
    const facts = new StatisticsFacts(16);
    const ids = Array.from({ length: 40 }, (_, i) => `c${1000 + i}`);
    for (const id of ids) facts.upsert(id, row({ submittedAt: Number(id.slice(1)), verifiedAt: Number(id.slice(1)) + 1 }));
    expect(facts.size).toBe(40);
    expect(facts.remove("c1005")).toBe(true);
    expect(facts.remove("c1005")).toBe(false);
    expect(facts.remove("c1039")).toBe(true);
    expect(facts.size).toBe(38);
    const kept = contents(facts, ids);
    expect(Object.keys(kept).sort()).toEqual(ids.filter((id) => id !== "c1005" && id !== "c1039"));
    for (const [id, [status, submitted, verified]] of Object.entries(kept)) expect([status, submitted, verified]).toEqual(["VERIFIED", Number(id.slice(1)), Number(id.slice(1)) + 1]);
    // The moved row is still found by its id: changing it changes that row.
    expect(facts.upsert("c1038", row({ submittedAt: 1038, status: "RESOLVED" }))).toBe(true);
    expect(contents(facts, ids)["c1038"]).toEqual(["RESOLVED", 1038, Number.NaN]);
  });
});

describe("Dictionary", () => {
  it("gives null code 0 and each value one code for good", () => {
    const d = new Dictionary();
    expect([d.codeOf(null), d.codeOf("a"), d.codeOf("b"), d.codeOf("a")]).toEqual([0, 1, 2, 1]);
    expect([d.find("b"), d.find("c")]).toEqual([2, -1]);
    expect(d.values).toEqual([null, "a", "b"]);
  });
});
