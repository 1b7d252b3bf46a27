// Deadlines in Indonesian working days: weekends and holidays (including cuti bersama) do not
// count. Days are those of the complaint's region (Gowa: Asia/Makassar, UTC+8, no daylight
// saving in Indonesia, so a fixed offset is exact). A deadline of N working days ends at the
// last moment of the Nth working day after the day the clock started.

export type Calendar = {
  /** Offset of local time from UTC in minutes (WIB 420, WITA 480, WIT 540). */
  utcOffsetMinutes: number;
  /** True for a holiday, given a local date as YYYY-MM-DD. */
  isHoliday: (isoDate: string) => boolean;
  /**
   * The same holidays as a sorted list of YYYY-MM-DD, when the caller has it: counting working
   * days across months or years is then arithmetic on weeks plus a search of this list, instead
   * of a step per day (the public list counts the wait of every row, some of them years old).
   */
  holidayDates?: readonly string[];
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
  const [a, b] = forward ? [start, end] : [end, start];
  const count = calendar.holidayDates ? workingDaysAfterUntilByWeeks(a, b, calendar.holidayDates) : workingDaysAfterUntilByDays(a, b, calendar);
  return forward ? count : count === 0 ? 0 : -count;
}

/** Working days d with a < d ≤ b, one step per day. */
function workingDaysAfterUntilByDays(a: string, b: string, calendar: Calendar): number {
  let count = 0;
  for (let d = a; d < b; ) {
    d = nextDate(d);
    if (isWorkingDay(d, calendar)) count++;
  }
  return count;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** Monday to Friday among the days numbered 0 … n-1 (day 0, 1970-01-01, was a Thursday). */
function weekdaysBefore(n: number): number {
  const weeks = Math.floor(n / 7);
  let count = weeks * 5;
  for (let d = weeks * 7; d < n; d++) {
    const day = (((d + 4) % 7) + 7) % 7;
    if (day !== 0 && day !== 6) count++;
  }
  return count;
}

/** The first index of a sorted list whose value is greater than `value`. */
function upperBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Working days d with a < d ≤ b: the weekdays between, less the holidays among them. */
function workingDaysAfterUntilByWeeks(a: string, b: string, holidayDates: readonly string[]): number {
  let count = weekdaysBefore(dayNumber(b) + 1) - weekdaysBefore(dayNumber(a) + 1);
  for (let i = upperBound(holidayDates, a), last = upperBound(holidayDates, b); i < last; i++) {
    // A holiday listed twice, or on a weekend, takes nothing more away.
    if (i > 0 && holidayDates[i] === holidayDates[i - 1]) continue;
    const day = weekday(holidayDates[i]!);
    if (day !== 0 && day !== 6) count--;
  }
  return count;
}

/** Deadlines from ARCHITECTURE.md, in working days. */
export const DEADLINES = { verify: 3, agencyFollowUp: 5, autoClose: 10 } as const;
