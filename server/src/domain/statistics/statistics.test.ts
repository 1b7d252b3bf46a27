// The statistics' pure parts as tables: the period a filter asks for, the answer deadline counted
// by the working-day index exactly as by addWorkingDays, and group rows turned into figures.
import { describe, expect, it } from "vitest";
import { type Calendar, WITA_OFFSET_MINUTES } from "../calendar/working-days.ts";
import {
  answeredOnTime,
  buildFigures,
  type GroupRow,
  monthsBetween,
  onTimeByIndex,
  parsePeriod,
  type TotalsRow,
  workingDayIndex,
} from "./statistics.ts";

// 17 August 2026 (Monday) is a holiday; 15–16 August a weekend.
const calendar: Calendar = { utcOffsetMinutes: WITA_OFFSET_MINUTES, isHoliday: (d) => d === "2026-08-17" };
const wita = (local: string) => new Date(`${local}+08:00`);
const NOW = wita("2026-12-06T10:00:00");

describe("parsePeriod", () => {
  it.each([
    ["nothing: the last twelve months", {}, "2026-01", "2026-12"],
    ["only the start: up to this month", { from: "2026-03" }, "2026-03", "2026-12"],
    ["only the end: the twelve months up to it", { to: "2026-06" }, "2025-07", "2026-06"],
    ["both", { from: "2025-11", to: "2026-02" }, "2025-11", "2026-02"],
    ["one month", { from: "2026-05", to: "2026-05" }, "2026-05", "2026-05"],
    ["blank strings are left out", { from: " ", to: "" }, "2026-01", "2026-12"],
  ])("%s", (_name, input, fromMonth, toMonth) => {
    const { period, issues } = parsePeriod(input, NOW, WITA_OFFSET_MINUTES);
    expect(issues).toEqual([]);
    expect(period).toMatchObject({ fromMonth, toMonth });
  });

  it("starts and ends at local midnight (WITA) of the months", () => {
    const { period } = parsePeriod({ from: "2026-02", to: "2026-03" }, NOW, WITA_OFFSET_MINUTES);
    expect(period!.from.toISOString()).toBe("2026-01-31T16:00:00.000Z");
    expect(period!.to.toISOString()).toBe("2026-03-31T16:00:00.000Z");
  });

  it.each([
    ["a wrong month", { from: "2026-13" }, [{ field: "from", code: "invalid_date" }]],
    ["not a month", { to: "kemarin" }, [{ field: "to", code: "invalid_date" }]],
    ["both wrong", { from: "2026-1", to: "26-01" }, [{ field: "from", code: "invalid_date" }, { field: "to", code: "invalid_date" }]],
    ["start after end", { from: "2026-05", to: "2026-04" }, [{ field: "from", code: "invalid_choice" }]],
    ["longer than ten years", { from: "2010-01", to: "2026-01" }, [{ field: "from", code: "too_far", params: { max: 120 } }]],
  ])("%s is an issue on its field", (_name, input, issues) => {
    expect(parsePeriod(input, NOW, WITA_OFFSET_MINUTES)).toEqual({ period: null, issues });
  });
});

describe("monthsBetween", () => {
  it.each([
    ["2026-01", "2026-01", ["2026-01"]],
    ["2025-11", "2026-02", ["2025-11", "2025-12", "2026-01", "2026-02"]],
    ["2026-03", "2026-02", []],
  ])("%s to %s", (from, to, months) => expect(monthsBetween(from, to)).toEqual(months));
});

describe("answered on time: the index agrees with addWorkingDays", () => {
  // Disposal on Wednesday 12 August: the 5 working days are 13, 14, 18, 19, 20 August (weekend
  // and the 17th left out), so the deadline is the end of Thursday 20 August, local time.
  const disposed = wita("2026-08-12T09:00:00");
  const table: [string, string, boolean][] = [
    ["the same day", "2026-08-12T15:00:00", true],
    ["the first working day", "2026-08-13T08:00:00", true],
    ["over the weekend and the holiday", "2026-08-18T10:00:00", true],
    ["the last minute of the deadline day", "2026-08-20T23:59:00", true],
    ["the next morning", "2026-08-21T00:01:00", false],
    ["on the Saturday after", "2026-08-22T10:00:00", false],
    ["a month later", "2026-09-14T10:00:00", false],
  ];
  const index = workingDayIndex(disposed, wita("2026-09-30T00:00:00"), calendar);
  const byDate = new Map(index.dates.map((d, i) => [d, index.counts[i]!]));
  it.each(table)("answered %s (%s): %s", (_name, answered, onTime) => {
    const answeredAt = wita(answered);
    expect(answeredOnTime(disposed, answeredAt, calendar)).toBe(onTime);
    expect(onTimeByIndex(byDate, "2026-08-12", answered.slice(0, 10))).toBe(onTime);
  });

  it("counts working days per local date, the weekend and the holiday adding none", () => {
    const small = workingDayIndex(wita("2026-08-14T10:00:00"), wita("2026-08-18T10:00:00"), calendar);
    expect(small.dates).toEqual(["2026-08-13", "2026-08-14", "2026-08-15", "2026-08-16", "2026-08-17", "2026-08-18"]);
    expect(small.counts).toEqual([1, 2, 2, 2, 2, 3]);
  });

  it("says nothing for dates outside the index", () => {
    expect(onTimeByIndex(byDate, "2020-01-01", "2026-08-13")).toBeNull();
  });
});

describe("buildFigures", () => {
  const { period } = parsePeriod({ from: "2026-09", to: "2026-11" }, NOW, WITA_OFFSET_MINUTES);
  const row = (dimension: GroupRow["dimension"], key: string | null, count: number, answerDue = 0, answeredOnTime = 0): GroupRow => ({
    dimension, key, count, answerDue, answeredOnTime,
  });
  const totals: TotalsRow = { count: 5, verifiedCount: 5, answeredCount: 3, medianDaysToVerify: 1.04166, medianDaysToFirstAnswer: null };
  const figures = buildFigures(
    [
      row("kind", "PENGADUAN", 4),
      row("kind", "ASPIRASI", 1),
      row("status", "DISPOSED", 3),
      row("status", "RESOLVED", 2),
      row("category", null, 1),
      row("category", "jalan", 3),
      row("category", "air", 1),
      row("district", "73.06.08", 5),
      row("agency", "pupr", 4, 3, 2),
      row("agency", null, 1),
      row("month", "2026-09", 2),
      row("month", "2026-11", 3),
      row("channel", "WEB", 3),
      row("channel", "SMS", 2),
    ],
    totals,
    period!,
    ["VERIFIED", "DISPOSED", "IN_PROGRESS", "RESOLVED", "CLOSED", "NOT_OUR_AUTHORITY"],
  );

  it("every kind in filing order, zeros included", () => {
    expect(figures.byKind).toEqual([
      { key: "PENGADUAN", count: 4 },
      { key: "ASPIRASI", count: 1 },
      { key: "PERMINTAAN_INFORMASI", count: 0 },
    ]);
  });
  it("every counted status in workflow order, zeros included", () => {
    expect(figures.byStatus.map((s) => `${s.key} ${s.count}`)).toEqual([
      "VERIFIED 0", "DISPOSED 3", "IN_PROGRESS 0", "RESOLVED 2", "CLOSED 0", "NOT_OUR_AUTHORITY 0",
    ]);
  });
  it("categories most first, ties by key, none last", () => {
    expect(figures.byCategory).toEqual([
      { key: "jalan", count: 3 },
      { key: "air", count: 1 },
      { key: null, count: 1 },
    ]);
  });
  it("agencies with the share answered on time (none due: no share)", () => {
    expect(figures.byAgency).toEqual([
      { key: "pupr", count: 4, answerDue: 3, answeredOnTime: 2, onTimeShare: 2 / 3 },
      { key: null, count: 1, answerDue: 0, answeredOnTime: 0, onTimeShare: null },
    ]);
  });
  it("every month of the period, the empty one as zero", () => {
    expect(figures.byMonth).toEqual([
      { key: "2026-09", count: 2 },
      { key: "2026-10", count: 0 },
      { key: "2026-11", count: 3 },
    ]);
  });
  it("every channel in a fixed order, zeros included", () => {
    expect(figures.byChannel).toEqual([
      { key: "WEB", count: 3 },
      { key: "ASSISTED", count: 0 },
      { key: "SMS", count: 2 },
      { key: "OPEN311", count: 0 },
    ]);
  });
  it("medians in days to one decimal, null when nothing was measured", () => {
    expect(figures.medianDaysToVerify).toBe(1);
    expect(figures.medianDaysToFirstAnswer).toBeNull();
    expect(figures.total).toBe(5);
  });
});
