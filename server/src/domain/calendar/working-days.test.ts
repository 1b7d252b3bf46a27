// The working-day clock: weekends, holidays, the local date in WITA/WIB, and counting back.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Calendar,
  DEADLINES,
  WITA_OFFSET_MINUTES,
  addWorkingDays,
  isWorkingDay,
  localDate,
  workingDaysUntil,
} from "./working-days.ts";

const WIB = 420;
const WITA = WITA_OFFSET_MINUTES;
const WIT = 540;

function calendar(holidays: string[] = [], utcOffsetMinutes = WITA): Calendar {
  const set = new Set(holidays);
  return { utcOffsetMinutes, isHoliday: (date) => set.has(date) };
}

/** The same calendar with its holidays also as a sorted list (the arithmetic way of counting). */
function listedCalendar(holidays: string[] = [], utcOffsetMinutes = WITA): Calendar {
  return { ...calendar(holidays, utcOffsetMinutes), holidayDates: [...holidays].sort() };
}

// An illustrative Lebaran week in March 2026 (cuti bersama around Idul Fitri), Wed 18 – Tue 24.
const LEBARAN = ["2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-23", "2026-03-24"];

describe("isWorkingDay", () => {
  it.each<[string, string[], boolean]>([
    ["2026-11-23", [], true], // Monday
    ["2026-11-27", [], true], // Friday
    ["2026-11-28", [], false], // Saturday
    ["2026-11-29", [], false], // Sunday
    ["2026-08-17", ["2026-08-17"], false], // Independence Day, a Monday in 2026
    ["2026-08-17", [], true], // the same Monday without the holiday table
    ["2026-08-18", ["2026-08-17"], true],
    ["2027-01-01", ["2027-01-01"], false], // a Friday
  ])("%s with holidays %j → %s", (date, holidays, expected) => {
    expect(isWorkingDay(date, calendar(holidays))).toBe(expected);
  });
});

describe("localDate", () => {
  it.each<[string, number, string]>([
    ["2026-11-27T15:59:59.999Z", WITA, "2026-11-27"],
    ["2026-11-27T16:00:00.000Z", WITA, "2026-11-28"],
    ["2026-11-27T16:30:00.000Z", WIB, "2026-11-27"],
    ["2026-11-27T17:00:00.000Z", WIB, "2026-11-28"],
    ["2026-11-27T15:00:00.000Z", WIT, "2026-11-28"],
  ])("%s at UTC%+d min → %s", (instant, offset, expected) => {
    expect(localDate(new Date(instant), offset)).toBe(expected);
  });
});

describe("addWorkingDays", () => {
  it.each<[string, string, number, string[], number, string]>([
    ["Monday + 1 → Tuesday", "2026-11-23T02:00:00Z", 1, [], WITA, "2026-11-24T15:59:59.999Z"],
    ["Friday + 1 → Monday", "2026-11-27T02:00:00Z", 1, [], WITA, "2026-11-30T15:59:59.999Z"],
    ["Friday + 3 → Wednesday", "2026-11-27T02:00:00Z", 3, [], WITA, "2026-12-02T15:59:59.999Z"],
    ["Saturday + 1 → Monday", "2026-11-28T02:00:00Z", 1, [], WITA, "2026-11-30T15:59:59.999Z"],
    ["Sunday + 5 → Friday", "2026-11-29T02:00:00Z", 5, [], WITA, "2026-12-04T15:59:59.999Z"],
    ["Monday + 10 → Monday two weeks on", "2026-11-23T02:00:00Z", 10, [], WITA, "2026-12-07T15:59:59.999Z"],
    // A holiday inside the span pushes the end by one day.
    ["Mon 10 Aug + 5, 17 Aug holiday → Tue 18 Aug", "2026-08-10T02:00:00Z", 5, ["2026-08-17"], WITA, "2026-08-18T15:59:59.999Z"],
    ["Mon 10 Aug + 5, no holiday → Mon 17 Aug", "2026-08-10T02:00:00Z", 5, [], WITA, "2026-08-17T15:59:59.999Z"],
    // A holiday on a weekend changes nothing; one on the start day changes nothing.
    ["holiday on a Saturday", "2026-11-27T02:00:00Z", 1, ["2026-11-28"], WITA, "2026-11-30T15:59:59.999Z"],
    ["holiday on the start day", "2026-11-23T02:00:00Z", 1, ["2026-11-23"], WITA, "2026-11-24T15:59:59.999Z"],
    // Consecutive holidays and a weekend: a whole Lebaran week is skipped.
    ["Tue 17 Mar + 1 across Lebaran → Wed 25 Mar", "2026-03-17T02:00:00Z", 1, LEBARAN, WITA, "2026-03-25T15:59:59.999Z"],
    ["Mon 16 Mar + 3 across Lebaran → Thu 26 Mar", "2026-03-16T02:00:00Z", 3, LEBARAN, WITA, "2026-03-26T15:59:59.999Z"],
    ["filed during Lebaran, Sat 21 Mar + 1 → Wed 25 Mar", "2026-03-21T02:00:00Z", 1, LEBARAN, WITA, "2026-03-25T15:59:59.999Z"],
    // Year end: Wed 30 Dec 2026 + 3, New Year's Day (Fri) a holiday → Tue 5 Jan 2027.
    ["Wed 30 Dec + 3 over New Year", "2026-12-30T02:00:00Z", 3, ["2027-01-01"], WITA, "2027-01-05T15:59:59.999Z"],
    // The local date decides: 16:30Z on Friday 27 Nov is already Saturday 00:30 in WITA.
    ["Fri 27 Nov 16:30Z is Saturday in WITA", "2026-11-27T16:30:00Z", 1, [], WITA, "2026-11-30T15:59:59.999Z"],
    ["the same instant in WIB is Friday 23:30", "2026-11-27T16:30:00Z", 1, [], WIB, "2026-11-30T16:59:59.999Z"],
    ["Thu 26 Nov 16:30Z is Friday in WITA → Monday", "2026-11-26T16:30:00Z", 1, [], WITA, "2026-11-30T15:59:59.999Z"],
    ["the same instant in WIB is Thursday → Friday", "2026-11-26T16:30:00Z", 1, [], WIB, "2026-11-27T16:59:59.999Z"],
    ["last millisecond of Thursday in WITA", "2026-11-26T15:59:59.999Z", 1, [], WITA, "2026-11-27T15:59:59.999Z"],
    ["first millisecond of Friday in WITA", "2026-11-26T16:00:00.000Z", 1, [], WITA, "2026-11-30T15:59:59.999Z"],
    ["WIT: Thu 26 Nov 15:00Z is Friday 00:00", "2026-11-26T15:00:00Z", 1, [], WIT, "2026-11-30T14:59:59.999Z"],
  ])("%s", (_name, from, days, holidays, offset, expected) => {
    expect(addWorkingDays(new Date(from), days, calendar(holidays, offset)).toISOString()).toBe(expected);
  });

  it("asks the holiday table about local dates written YYYY-MM-DD", () => {
    const asked: string[] = [];
    addWorkingDays(new Date("2026-11-27T16:30:00Z"), 1, {
      utcOffsetMinutes: WITA,
      isHoliday: (date) => (asked.push(date), false),
    });
    // Saturday and Sunday are weekend days, so only Monday needs the table.
    expect(asked).toEqual(["2026-11-30"]);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("days = %s throws a RangeError", (days) => {
    expect(() => addWorkingDays(new Date("2026-11-23T02:00:00Z"), days, calendar())).toThrow(RangeError);
  });

  it("the deadlines are 3, 5 and 10 working days", () => {
    expect(DEADLINES).toEqual({ verify: 3, agencyFollowUp: 5, autoClose: 10 });
  });
});

describe("workingDaysUntil", () => {
  it.each<[string, string, string, string[], number]>([
    ["Friday → Wednesday", "2026-11-27T02:00:00Z", "2026-12-02T15:59:59.999Z", [], 3],
    ["Friday → Monday", "2026-11-27T02:00:00Z", "2026-11-30T15:59:59.999Z", [], 1],
    ["same local day, different hours", "2026-11-27T01:00:00Z", "2026-11-27T15:59:59.999Z", [], 0],
    ["Wednesday back to Friday (overdue)", "2026-12-02T02:00:00Z", "2026-11-27T15:59:59.999Z", [], -3],
    ["Monday back to Friday (overdue by one)", "2026-11-30T02:00:00Z", "2026-11-27T15:59:59.999Z", [], -1],
    ["over a holiday", "2026-08-10T02:00:00Z", "2026-08-18T15:59:59.999Z", ["2026-08-17"], 5],
    ["across Lebaran", "2026-03-17T02:00:00Z", "2026-03-25T15:59:59.999Z", LEBARAN, 1],
    ["local dates, not UTC dates: Thu 23:00 → Fri 00:30 WITA", "2026-11-26T15:00:00Z", "2026-11-26T16:30:00Z", [], 1],
    ["Tuesday back to Friday over the weekend", "2026-12-01T02:00:00Z", "2026-11-27T15:59:59.999Z", [], -2],
    ["back across Lebaran", "2026-03-25T02:00:00Z", "2026-03-17T15:59:59.999Z", LEBARAN, -1],
  ])("%s → %s", (_name, from, due, holidays, expected) => {
    expect(workingDaysUntil(new Date(from), new Date(due), calendar(holidays))).toBe(expected);
    expect(workingDaysUntil(new Date(from), new Date(due), listedCalendar(holidays))).toBe(expected);
  });

  it("counts the same by weeks (with the holiday list) as day by day, over years, holidays on weekends and listed twice included", () => {
    const day = fc.integer({ min: Date.parse("2019-01-01"), max: Date.parse("2031-12-31") }).map((ms) => new Date(ms));
    const holiday = fc.integer({ min: 0, max: 13 * 366 }).map((n) => new Date(Date.parse("2019-01-01") + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.array(holiday, { maxLength: 60 }), fc.constantFrom(WIB, WITA, WIT), (from, due, holidays, offset) => {
        const listed = [...holidays, ...holidays.slice(0, 3)];
        expect(workingDaysUntil(from, due, listedCalendar(listed, offset))).toBe(workingDaysUntil(from, due, calendar(listed, offset)));
      }),
      { numRuns: 300 },
    );
  });

  // Surprising but intended: on Saturday, a deadline that ended on Friday counts as 0, not as
  // overdue; it only turns negative on Monday. Callers must compare instants for "overdue".
  // Was a finding: counting back over no working days returned -0. It is now a plain 0
  // (toBe uses Object.is, so -0 would fail these rows).
  it.each<[string, string, string, string[]]>([
    ["Saturday back to a Friday deadline", "2026-11-28T02:00:00Z", "2026-11-27T15:59:59.999Z", []],
    ["Sunday back to a Friday deadline", "2026-11-29T02:00:00Z", "2026-11-27T15:59:59.999Z", []],
    ["Sunday back to a Saturday", "2026-11-29T02:00:00Z", "2026-11-28T02:00:00Z", []],
    ["a holiday back to the working day before it", "2026-08-17T02:00:00Z", "2026-08-14T15:59:59.999Z", ["2026-08-17"]],
    ["inside Lebaran, back to its first day", "2026-03-24T02:00:00Z", "2026-03-18T02:00:00Z", LEBARAN],
    ["Friday evening WITA (Saturday 00:30) back to Friday morning", "2026-11-27T16:30:00Z", "2026-11-27T01:00:00Z", []],
  ])("%s counts 0, not -0", (_name, from, due, holidays) => {
    for (const cal of [calendar(holidays), listedCalendar(holidays)]) {
      const days = workingDaysUntil(new Date(from), new Date(due), cal);
      expect(days).toBe(0);
      expect(Object.is(days, -0)).toBe(false);
    }
  });

  it("same local day counts 0, not -0, in either direction", () => {
    const morning = new Date("2026-11-27T01:00:00Z");
    const evening = new Date("2026-11-27T15:00:00Z");
    expect(workingDaysUntil(evening, morning, calendar())).toBe(0);
    expect(workingDaysUntil(morning, evening, calendar())).toBe(0);
  });

  const starts = ["2026-11-23T02:00:00Z", "2026-11-27T16:30:00Z", "2026-11-28T02:00:00Z", "2026-03-16T02:00:00Z", "2026-12-30T02:00:00Z"];
  const holidays = [...LEBARAN, "2027-01-01"];
  it.each(starts.flatMap((from) => [1, 3, 5, 10].map((n) => [from, n] as const)))(
    "undoes addWorkingDays: from %s, %s days",
    (from, n) => {
      const cal = calendar(holidays);
      const start = new Date(from);
      expect(workingDaysUntil(start, addWorkingDays(start, n, cal), cal)).toBe(n);
      expect(workingDaysUntil(addWorkingDays(start, n, cal), start, cal)).toBe(-n);
    },
  );
});
