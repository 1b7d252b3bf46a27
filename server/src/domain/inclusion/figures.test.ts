// The published figures as tables of crafted answers where a naive total would give a small count
// back (inside one table, across tables that print the same totals, and across the staff's month),
// and as a property over generated answers: nothing withheld can be worked out from everything
// published together, and every small count reads "< 5".
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFigures, chooseYear, COLUMNS, type AnswerGroup, type FigureInput, figureRun, type Figures, monthSentence, monthsOfYear, parseStoredFigures } from "./figures.ts";
import { INCLUSION_CHANNELS } from "./questions.ts";
import { MIN_PUBLISHED, recoverable } from "./suppression.ts";

const NONE = { seeing: "NONE", hearing: "NONE", walking: "NONE", remembering: "NONE", selfCare: "NONE", communicating: "NONE" } as const;
const WITH = { ...NONE, walking: "CANNOT" } as const;
const OPEN = { seeing: null, hearing: null, walking: null, remembering: null, selfCare: null, communicating: null } as const;
type Kind = "with" | "without" | "open";
const ANSWERS = { with: WITH, without: NONE, open: OPEN };

function group(kind: Kind, count: number, at: Partial<Pick<AnswerGroup, "districtCode" | "channel" | "month" | "ageBand" | "gender">> = {}): AnswerGroup {
  return { districtCode: "A", channel: "SELF", month: "2026-01", ageBand: "FROM_30_TO_44", gender: "FEMALE", ...ANSWERS[kind], ...at, count };
}

const ROWS = { district: ["A", "B"], channel: INCLUSION_CHANNELS, month: ["2026-01", "2026-02"] };

function table(figures: Figures, dimension: string, grouping: string) {
  return figures.tables.find((t) => t.dimension === dimension && t.grouping === grouping)!;
}
const cellOf = (figures: Figures, dimension: string, grouping: string, row: string, column: string) => {
  const t = table(figures, dimension, grouping);
  return t.rows.find((r) => r.key === row)!.cells[t.columns.indexOf(column)]!;
};

/** Every equation a reader has: no sum with exactly one withheld count, and no combination of sums either. */
function expectNothingRecoverable(input: FigureInput) {
  const { counts, sums, state } = figureRun(input);
  for (const sum of sums) {
    const withheld = [sum.total, ...sum.parts].filter((key) => state.get(key) !== "SHOWN");
    expect(withheld.length, `${sum.total} = ${sum.parts.join(" + ")}`).not.toBe(1);
  }
  expect(recoverable(state, sums)).toEqual([]);
  for (const [key, value] of counts) if (value < MIN_PUBLISHED) expect(state.get(key), key).toBe("SMALL");
}

describe("buildFigures", () => {
  // A year with plenty of answers everywhere, to which each case adds its small count.
  const plenty: AnswerGroup[] = ["A", "B"].flatMap((districtCode) =>
    ["2026-01", "2026-02"].flatMap((month) =>
      INCLUSION_CHANNELS.flatMap((channel) =>
        (["with", "without", "open"] as const).flatMap((kind) =>
          (["FEMALE", "MALE", null] as const).map((gender) => group(kind, 6, { districtCode, channel, month, gender })),
        ),
      ),
    ),
  );

  it("publishes every count when none is small", () => {
    // Every age band and every gender answered often enough too.
    const groups = plenty.flatMap((g) => COLUMNS.ageBand.map((band) => ({ ...g, ageBand: band === "NOT_STATED" ? null : (band as AnswerGroup["ageBand"]) })));
    const figures = buildFigures({ groups, rows: ROWS });
    expect(figures.tables).toHaveLength(9);
    expect(figures.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).every((c) => c.publication === "SHOWN")).toBe(true);
    expect(figures.total).toEqual({ value: groups.reduce((n, g) => n + g.count, 0), publication: "SHOWN" });
    expect(cellOf(figures, "disability", "district", "A", "WITH_DISABILITY").value).toBe(6 * 2 * 4 * 3 * 6);
  });

  it("one small cell: its row total minus the other cells would give it back, so one more is withheld", () => {
    // SMS: 3 with a disability, 20 without, 10 not stated; naively 33 − 20 − 10 = 3.
    const groups = [group("with", 3, { channel: "SMS" }), group("without", 20, { channel: "SMS" }), group("open", 10, { channel: "SMS" }), ...plenty.filter((g) => g.channel !== "SMS")];
    const input = { groups, rows: ROWS };
    const figures = buildFigures(input);
    const row = table(figures, "disability", "channel").rows.find((r) => r.key === "SMS")!;
    expect(row.cells[0]).toEqual({ value: null, publication: "SMALL" });
    const withheld = [...row.cells, row.total].filter((c) => c.publication !== "SHOWN");
    expect(withheld.length).toBeGreaterThanOrEqual(2);
    expectNothingRecoverable(input);
  });

  it("a kecamatan's total is one count in the disability, age and gender tables: a cell hidden in one is not given back by another", () => {
    // Kecamatan B: 2 men among 40 answers. Its total is printed in all three tables by kecamatan;
    // each table's withheld cells are chosen knowing the others print that total too.
    const groups = [...plenty.filter((g) => g.districtCode === "A"), group("without", 38, { districtCode: "B" }), group("with", 2, { districtCode: "B", gender: "MALE" })];
    const input = { groups, rows: ROWS };
    const figures = buildFigures(input);
    expect(cellOf(figures, "gender", "district", "B", "MALE")).toEqual({ value: null, publication: "SMALL" });
    expect(cellOf(figures, "disability", "district", "B", "WITH_DISABILITY").publication).toBe("SMALL");
    const totals = ["disability", "ageBand", "gender"].map((d) => table(figures, d, "district").rows.find((r) => r.key === "B")!.total);
    expect(new Set(totals.map((t) => JSON.stringify(t))).size).toBe(1);
    expectNothingRecoverable(input);
  });

  it("a column total printed under kecamatan, channel and month: withheld in all three ways alike", () => {
    // Only 4 answers with a disability in the whole year: the column total itself is small, and
    // no table's cells add up to it.
    const groups = [...plenty.filter((g) => disabilityOf(g) !== "with"), group("with", 4, { districtCode: "B", channel: "SAHABAT", month: "2026-02" })];
    const input = { groups, rows: ROWS };
    const figures = buildFigures(input);
    for (const grouping of ["district", "channel", "month"]) {
      expect(table(figures, "disability", grouping).columnTotals[0]).toEqual({ value: null, publication: "SMALL" });
    }
    expectNothingRecoverable(input);
  });

  it("the staff's month shares its total with the public month cell; a kecamatan's sahabat count is never given back", () => {
    // February, with a disability: kecamatan A 20 (3 through a sahabat), B 10. The public month
    // table prints February's "with a disability" (30): naively 30 − B's 10 − A's other channels.
    const groups = [
      ...plenty.filter((g) => !(g.month === "2026-02" && disabilityOf(g) === "with")),
      group("with", 17, { districtCode: "A", month: "2026-02", channel: "SELF" }),
      group("with", 3, { districtCode: "A", month: "2026-02", channel: "SAHABAT" }),
      group("with", 10, { districtCode: "B", month: "2026-02", channel: "SELF" }),
    ];
    const input = { groups, rows: ROWS, staffMonth: "2026-02" };
    const figures = buildFigures(input);
    const staff = figures.staff!;
    expect(staff.month).toBe("2026-02");
    expect(staff.all.withDisability).toEqual(cellOf(figures, "disability", "month", "2026-02", "WITH_DISABILITY"));
    const a = staff.districts.find((d) => d.districtCode === "A")!;
    expect(a.throughSahabat).toEqual({ value: null, publication: "SMALL" });
    expect(staff.districts.find((d) => d.districtCode === "B")!.throughSahabat.publication).toBe("SMALL"); // 0
    expectNothingRecoverable(input);
  });

  it("counts only the groups inside the rows, the same in every table", () => {
    const groups = [group("with", 7), group("without", 9, { month: "2025-12" }), group("open", 8, { districtCode: "elsewhere" })];
    const figures = buildFigures({ groups, rows: ROWS });
    expect(figures.total).toEqual({ value: 7, publication: "SHOWN" });
  });

  it("a workshop's figures: by channel only", () => {
    const figures = buildFigures({ groups: [group("with", 6), group("without", 2, { channel: "SAHABAT" })], rows: { channel: INCLUSION_CHANNELS } });
    expect(figures.tables.map((t) => t.grouping)).toEqual(["channel", "channel", "channel"]);
    expect(figures.staff).toBeNull();
    expect(cellOf(figures, "disability", "channel", "SAHABAT", "WITHOUT_DISABILITY").publication).toBe("SMALL");
  });

  it("never leaves anything recoverable, whatever the answers (generated years)", () => {
    const kind = fc.constantFrom<Kind>("with", "without", "open");
    const answer = fc.record({
      kind,
      count: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 40 })),
      districtCode: fc.constantFrom("A", "B"),
      channel: fc.constantFrom(...INCLUSION_CHANNELS),
      month: fc.constantFrom("2026-01", "2026-02"),
      ageBand: fc.constantFrom("UNDER_18", "FROM_60", null),
      gender: fc.constantFrom("FEMALE", "MALE", null),
    });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 14 }), fc.boolean(), (answers, withStaff) => {
        const groups = answers.map(({ kind: k, count, ...at }) => group(k, count, at as Parameters<typeof group>[2]));
        const input = { groups, rows: ROWS, staffMonth: withStaff ? "2026-02" : null };
        expectNothingRecoverable(input);
        const figures = buildFigures(input);
        // A published value is the count; a withheld one has none.
        const direct = groups.filter((g) => g.channel === "SMS").reduce((n, g) => n + g.count, 0);
        const sms = table(figures, "gender", "channel").rows.find((r) => r.key === "SMS")!.total;
        expect(sms.publication === "SHOWN" ? sms.value : null).toBe(sms.publication === "SHOWN" ? direct : null);
        for (const t of figures.tables) for (const r of t.rows) for (const c of r.cells) expect(c.value === null).toBe(c.publication !== "SHOWN");
      }),
      { numRuns: 60 },
    );
  });
});

function disabilityOf(g: AnswerGroup): Kind {
  return g.walking === "CANNOT" ? "with" : g.seeing === null ? "open" : "without";
}

describe("the year", () => {
  it.each([
    [2026, undefined, 12],
    [2026, "2026-03", 3],
  ])("months of %i through %s: %i", (year, through, length) => {
    const months = monthsOfYear(year, through);
    expect(months).toHaveLength(length);
    expect(months[0]).toBe(`${year}-01`);
  });

  it.each([
    [null, { year: 2026, valid: true }],
    [2025, { year: 2025, valid: true }],
    [2027, { year: 2026, valid: false }],
    [1999, { year: 2026, valid: false }],
    [2025.5, { year: 2026, valid: false }],
  ])("asked %s", (asked, expected) => {
    expect(chooseYear(asked, 2026)).toEqual(expected);
  });
});

describe("monthSentence", () => {
  const shown = (value: number) => ({ value, publication: "SHOWN" as const });
  const small = { value: null, publication: "SMALL" as const };
  const hidden = { value: null, publication: "HIDDEN" as const };
  it.each([
    ["both shown", shown(12), shown(9), { kind: "both", count: { value: 12 }, sahabat: { value: 9 } }],
    ["sahabat small", shown(12), small, { kind: "both", count: { value: 12 }, sahabat: { fewer: true } }],
    ["sahabat withheld", shown(12), hidden, { kind: "total", count: { value: 12 }, note: true }],
    ["all small: the part is not said", small, small, { kind: "total", count: { fewer: true }, note: false }],
    ["total withheld", hidden, shown(6), { kind: "sahabat", sahabat: { value: 6 } }],
    ["both withheld", hidden, hidden, { kind: "hidden" }],
  ])("%s", (_name, total, sahabat, expected) => {
    expect(monthSentence(total, sahabat)).toEqual(expected);
  });
});

describe("parseStoredFigures", () => {
  it("reads back what was kept, and nothing that is not figures", () => {
    const figures = buildFigures({ groups: [group("with", 6), group("without", 2, { channel: "SAHABAT" })], rows: { channel: INCLUSION_CHANNELS } });
    expect(parseStoredFigures(JSON.parse(JSON.stringify(figures)))).toEqual(figures);
    expect(parseStoredFigures(null)).toBeNull();
    expect(parseStoredFigures({ total: { value: 3, publication: "SMALL" }, tables: [] })).toEqual({ total: { value: null, publication: "SMALL" }, tables: [], staff: null });
    expect(parseStoredFigures({ total: { value: -1, publication: "SHOWN" }, tables: [] })).toBeNull();
    expect(parseStoredFigures({ total: { value: 1, publication: "SHOWN" }, tables: [{ dimension: "religion" }] })).toBeNull();
  });
});
