// Deadlines in Indonesian working days: weekends and holidays (including cuti bersama) do not
// count. Days are those of the complaint's region (Gowa: Asia/Makassar, UTC+8, no daylight
// saving in Indonesia, so a fixed offset is exact). A deadline of N working days ends at the
// last moment of the Nth working day after the day the clock started.

export type Calendar = {
  /** Offset of local time from UTC in minutes (WIB 420, WITA 480, WIT 540). */
  utcOffsetMinutes: number;
  /** True for a holiday, given a local date as YYYY-MM-DD. */
  isHoliday: (isoDate: string) => boolean;
};

export const WITA_OFFSET_MINUTES = 480;

const DAY_MS = 86_400_000;

/** The local calendar date of an instant, as YYYY-MM-DD. */
export function localDate(instant: Date, utcOffsetMinutes: number): string {
  return new Date(instant.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

function weekday(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

function nextDate(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(isoDate: string, calendar: Calendar): boolean {
  const day = weekday(isoDate);
  return day !== 0 && day !== 6 && !calendar.isHoliday(isoDate);
}

/** The end (last millisecond, local time) of the `days`-th working day after `from`'s local date. */
export function addWorkingDays(from: Date, days: number, calendar: Calendar): Date {
  if (!Number.isInteger(days) || days < 1) throw new RangeError("days must be a positive integer");
  let date = localDate(from, calendar.utcOffsetMinutes);
  let counted = 0;
  while (counted < days) {
    date = nextDate(date);
    if (isWorkingDay(date, calendar)) counted++;
  }
  const endOfDayUtc = Date.parse(`${date}T00:00:00Z`) + DAY_MS - 1;
  return new Date(endOfDayUtc - calendar.utcOffsetMinutes * 60_000);
}

/** Working days from `from` until `due` (0 when due today, negative when overdue). */
export function workingDaysUntil(from: Date, due: Date, calendar: Calendar): number {
  const start = localDate(from, calendar.utcOffsetMinutes);
  const end = localDate(due, calendar.utcOffsetMinutes);
  if (start === end) return 0;
  const forward = start < end;
  let [a, b] = forward ? [start, end] : [end, start];
  let count = 0;
  while (a < b) {
    a = nextDate(a);
    if (isWorkingDay(a, calendar)) count++;
  }
  return forward ? count : count === 0 ? 0 : -count;
}

/** Deadlines from ARCHITECTURE.md, in working days. */
export const DEADLINES = { verify: 3, agencyFollowUp: 5, autoClose: 10 } as const;
