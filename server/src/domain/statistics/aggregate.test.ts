// The group rows counted from the facts, as tables: which complaints a period and a kecamatan
// take, the month in local time, the answer deadline counted across a weekend and a holiday, and
// the medians interpolated as percentile_cont(0.5). (That they equal the SQL's rows on generated
// data is tests/api/statistics-agreement.test.ts.)
import { describe, expect, it } from "vitest";
import { type Calendar, WITA_OFFSET_MINUTES } from "../calendar/working-days.ts";
import { type AggregateInput, aggregateStatistics, median } from "./aggregate.ts";
import { type FactRow, StatisticsFacts } from "./facts.ts";
import { answeredOnTime, type GroupRow, parsePeriod, workingDayIndex } from "./statistics.ts";

// 17 August 2026 (Monday) is a holiday; 15–16 August a weekend.
const calendar: Calendar = { utcOffsetMinutes: WITA_OFFSET_MINUTES, isHoliday: (d) => d === "2026-08-17" };
const wita = (local: string) => new Date(`${local}+08:00`).getTime();
const DAY = 86_400_000;

function fact(over: Partial<FactRow> = {}): FactRow {
  return {
    kind: "PENGADUAN",
    categoryId: "jalan",
    districtCode: "73.06.08",
    agencyId: "pupr",
    status: "DISPOSED",
    channel: "WEB",
    submittedAt: wita("2026-08-10T09:00:00"),
    verifiedAt: null,
    disposedAt: null,
    firstAnswerAt: null,
    ...over,
  };
}

function factsOf(rows: FactRow[]): StatisticsFacts {
  const facts = new StatisticsFacts();
  rows.forEach((row, i) => facts.upsert(`c${i}`, row));
  return facts;
}

function inputFor(months: { from: string; to: string }, now: string, districtCode: string | null = null): AggregateInput {
  const nowAt = new Date(wita(now));
  const { period } = parsePeriod(months, nowAt, WITA_OFFSET_MINUTES);
  return {
    period: period!,
    districtCode,
    index: workingDayIndex(period!.from, nowAt, calendar),
    today: now.slice(0, 10),
    utcOffsetMinutes: WITA_OFFSET_MINUTES,
  };
}

const of = (groups: GroupRow[], dimension: GroupRow["dimension"]) => groups.filter((g) => g.dimension === dimension);

describe("which complaints count, and under which keys", () => {
  const facts = factsOf([
    fact({ submittedAt: wita("2026-07-31T23:59:59") }), // July, local time (UTC: 15:59 on the 31st)
    fact({ submittedAt: wita("2026-08-01T00:00:00") }), // August's first instant, local (UTC: still 31 July)
    fact({ submittedAt: wita("2026-08-31T23:59:59"), districtCode: "73.06.01", categoryId: null, agencyId: null, channel: "SMS", kind: "ASPIRASI" }),
    fact({ submittedAt: wita("2026-09-01T00:00:00"), status: "RESOLVED" }), // after the period
  ]);

  it.each([
    ["every kecamatan, August only", { from: "2026-08", to: "2026-08" }, null, 2],
    ["July and August", { from: "2026-07", to: "2026-08" }, null, 3],
    ["one kecamatan", { from: "2026-07", to: "2026-09" }, "73.06.01", 1],
    ["a kecamatan without complaints", { from: "2026-07", to: "2026-09" }, "73.06.99", 0],
    ["before them all", { from: "2026-01", to: "2026-06" }, null, 0],
  ] as const)("%s: %i", (_name, months, districtCode, count) => {
    const { groups, totals } = aggregateStatistics(facts, inputFor(months, "2026-10-01T10:00:00", districtCode));
    expect(totals.count).toBe(count);
    for (const dimension of ["kind", "category", "district", "agency", "status", "month", "channel"] as const) {
      expect(of(groups, dimension).reduce((sum, g) => sum + g.count, 0)).toBe(count);
    }
  });

  it("groups by month in local time, and by each column's value (null kept), only where there are complaints", () => {
    const { groups } = aggregateStatistics(facts, inputFor({ from: "2026-07", to: "2026-09" }, "2026-10-01T10:00:00"));
    // In no particular order, as the SQL's rows: sorted here by key (null first).
    const counts = (dimension: GroupRow["dimension"]) =>
      of(groups, dimension).map((g) => [g.key, g.count]).sort((a, b) => String(a[0] ?? "").localeCompare(String(b[0] ?? "")));
    expect(counts("month")).toEqual([["2026-07", 1], ["2026-08", 2], ["2026-09", 1]]);
    expect(counts("category")).toEqual([[null, 1], ["jalan", 3]]);
    expect(counts("agency")).toEqual([[null, 1], ["pupr", 3]]);
    expect(counts("kind")).toEqual([["ASPIRASI", 1], ["PENGADUAN", 3]]);
    expect(counts("channel")).toEqual([["SMS", 1], ["WEB", 3]]);
    expect(counts("status")).toEqual([["DISPOSED", 3], ["RESOLVED", 1]]);
    expect(counts("district")).toEqual([["73.06.01", 1], ["73.06.08", 3]]);
  });
});

describe("the answer deadline, as the SQL counts it with the working-day index", () => {
  // Passed on Wednesday 12 August: the 5 working days are 13, 14, 18, 19, 20 August (the weekend
  // and the 17th left out), so the deadline is the end of Thursday 20 August, local time.
  const disposedAt = wita("2026-08-12T09:00:00");
  const table: [string, Partial<FactRow>, string, { due: number; onTime: number }][] = [
    ["answered the same day", { disposedAt, firstAnswerAt: wita("2026-08-12T15:00:00") }, "2026-09-30", { due: 1, onTime: 1 }],
    ["answered over the weekend and the holiday", { disposedAt, firstAnswerAt: wita("2026-08-18T10:00:00") }, "2026-09-30", { due: 1, onTime: 1 }],
    ["answered in the deadline day's last minute", { disposedAt, firstAnswerAt: wita("2026-08-20T23:59:00") }, "2026-09-30", { due: 1, onTime: 1 }],
    ["answered the next morning", { disposedAt, firstAnswerAt: wita("2026-08-21T00:01:00") }, "2026-09-30", { due: 1, onTime: 0 }],
    ["answered before the deadline came: due once answered", { disposedAt, firstAnswerAt: wita("2026-08-13T08:00:00") }, "2026-08-14", { due: 1, onTime: 1 }],
    ["unanswered, the deadline day not over", { disposedAt }, "2026-08-20", { due: 0, onTime: 0 }],
    ["unanswered, the deadline day over", { disposedAt }, "2026-08-21", { due: 1, onTime: 0 }],
    ["answered after today: outside the index, due but not on time", { disposedAt, firstAnswerAt: wita("2026-10-05T10:00:00") }, "2026-09-30", { due: 1, onTime: 0 }],
    ["answered without being passed on: never due", { firstAnswerAt: wita("2026-08-13T10:00:00") }, "2026-09-30", { due: 0, onTime: 0 }],
    ["not passed on", {}, "2026-09-30", { due: 0, onTime: 0 }],
  ];
  it.each(table)("%s", (_name, over, today, expected) => {
    const { groups } = aggregateStatistics(factsOf([fact(over)]), inputFor({ from: "2026-08", to: "2026-08" }, `${today}T10:00:00`));
    for (const g of groups) expect({ due: g.answerDue, onTime: g.answeredOnTime }).toEqual(expected);
  });

  it("agrees with addWorkingDays for every passing on and answer of two months", () => {
    const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => wita(`${from}T10:00:00`) + i * DAY);
    const rows: FactRow[] = [];
    for (const disposed of days("2026-08-01", 31)) for (const answered of days("2026-08-01", 61)) if (answered >= disposed) rows.push(fact({ disposedAt: disposed, firstAnswerAt: answered }));
    const { groups } = aggregateStatistics(factsOf(rows), inputFor({ from: "2026-08", to: "2026-08" }, "2026-10-01T10:00:00"));
    const expected = rows.filter((r) => answeredOnTime(new Date(r.disposedAt!), new Date(r.firstAnswerAt!), calendar)).length;
    expect(of(groups, "agency")).toEqual([{ dimension: "agency", key: "pupr", count: rows.length, answerDue: rows.length, answeredOnTime: expected }]);
    // Some on time, some late: the comparison tells them apart.
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(rows.length);
  });
});

describe("the medians of the whole period, in days", () => {
  const filed = wita("2026-08-03T08:00:00");
  it.each([
    ["none measured", [], null],
    ["one", [2 * DAY], 2],
    ["odd: the middle one", [3 * DAY, DAY, 2 * DAY], 2],
    ["even: halfway between the middle two", [DAY, 4 * DAY, 2 * DAY, 10 * DAY], 3],
    ["fractions of days kept", [6 * 3_600_000, 18 * 3_600_000], 0.5],
  ] as const)("%s", (_name, waits, expected) => {
    const rows = [fact({ verifiedAt: null }), ...waits.map((w) => fact({ submittedAt: filed, verifiedAt: filed + w, disposedAt: filed + w, firstAnswerAt: filed + 2 * w }))];
    const { totals } = aggregateStatistics(factsOf(rows), inputFor({ from: "2026-08", to: "2026-08" }, "2026-09-30T10:00:00"));
    expect(totals).toMatchObject({ count: rows.length, verifiedCount: waits.length, answeredCount: waits.length, medianDaysToVerify: expected });
    expect(totals.medianDaysToFirstAnswer).toBe(expected === null ? null : 2 * expected);
  });

  it.each([
    [[5, 1, 4, 2, 3], 3],
    [[7, 7, 7, 1], 7],
    [[1, 1, 2, 9, 9, 9], 5.5],
    [[-1, 0.5], -0.25],
  ])("median of %j is %d", (values, expected) => {
    expect(median(Float64Array.from(values), values.length)).toBe(expected);
  });
});
