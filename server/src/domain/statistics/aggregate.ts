// The open statistics' group rows from the facts held in memory (facts.ts): what STATISTICS_SQL
// (services/use-cases/statistics.ts) returns for the same period, kecamatan, working-day index,
// today and UTC offset, so `buildFigures` takes either. One pass over the facts' columns, counting
// into typed arrays indexed by the dictionaries' codes; no object a complaint. Pure.
import { DEADLINES } from "../calendar/working-days.ts";
import { FACT_COLUMNS, type FactColumn, type FactsView } from "./facts.ts";
import type { Dimension, GroupRow, Period, TotalsRow } from "./statistics.ts";

export type AggregateInput = {
  period: Period;
  /** One kecamatan, or null for all of them. */
  districtCode: string | null;
  /** Working days counted up to each local date (`workingDayIndex`): the answer deadline is counted with it. */
  index: { dates: readonly string[]; counts: readonly number[] };
  /** Today's local date (YYYY-MM-DD): an unanswered complaint's deadline has come when it lies before today. */
  today: string;
  utcOffsetMinutes: number;
};

const DAY_MS = 86_400_000;

const dayOf = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/** Year × 12 + month − 1 of a day number (days since 1970-01-01), proleptic Gregorian. */
function monthIndexOfDay(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

const monthIndexOf = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthLabel = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

/** The working-day count of each day number from `first` on; -1 where the index has no such date (the SQL's failed join). */
function calendarTable(index: AggregateInput["index"]): { first: number; counts: Int32Array } {
  if (index.dates.length === 0) return { first: 0, counts: new Int32Array(0) };
  const days = index.dates.map(dayOf);
  const first = Math.min(...days);
  const counts = new Int32Array(Math.max(...days) - first + 1).fill(-1);
  days.forEach((day, i) => (counts[day - first] = index.counts[i]!));
  return { first, counts };
}

/** The k-th smallest (0-based) of values[0..n), moving values around (Hoare's selection). */
function select(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

/** percentile_cont(0.5) of values[0..n): the middle value, or the two middle ones interpolated halfway; null for none. */
export function median(values: Float64Array, n: number): number | null {
  if (n === 0) return null;
  const lowAt = (n - 1) >>> 1;
  const low = select(values, n, lowAt);
  if (n % 2 === 1) return low;
  // After the selection everything from lowAt + 1 on is at least `low`: the next value is their least.
  let high = Number.POSITIVE_INFINITY;
  for (let i = lowAt + 1; i < n; i++) if (values[i]! < high) high = values[i]!;
  return low + (high - low) * 0.5;
}

/** Per dimension: complaints, answers due and answered on time, by code. */
type Tally = { count: Int32Array; due: Int32Array; onTime: Int32Array };
const tally = (size: number): Tally => ({ count: new Int32Array(size), due: new Int32Array(size), onTime: new Int32Array(size) });

function add(t: Tally, code: number, due: number, dueOnTime: number): void {
  t.count[code]!++;
  t.due[code]! += due;
  t.onTime[code]! += dueOnTime;
}

/**
 * The group rows (one a value of each dimension that has complaints, as the SQL's GROUPING SETS
 * give them) and the totals of the public complaints filed in the period (and the kecamatan):
 * - month: of the filing, in local time;
 * - due: passed on to an agency, and answered, or unanswered with the deadline's day before
 *   today (fewer than DEADLINES.agencyFollowUp working days from the passing on's date to
 *   yesterday are not yet due); on time: answered by the deadline's day. A date outside the
 *   working-day index counts as neither, as the SQL's join finds no row for it;
 * - medians: of the whole period, days as fractions, the two middle values interpolated.
 */
export function aggregateStatistics(facts: FactsView, input: AggregateInput): { groups: GroupRow[]; totals: TotalsRow } {
  const from = input.period.from.getTime();
  const to = input.period.to.getTime();
  const offset = input.utcOffsetMinutes * 60_000;
  const firstMonth = monthIndexOf(input.period.fromMonth);
  const months = monthIndexOf(input.period.toMonth) - firstMonth + 1;
  const deadline = DEADLINES.agencyFollowUp;
  const calendar = calendarTable(input.index);
  const countOn = (day: number) => (day >= calendar.first && day - calendar.first < calendar.counts.length ? calendar.counts[day - calendar.first]! : -1);
  const yesterday = countOn(dayOf(input.today) - 1);

  // -1: every kecamatan; a kecamatan never seen has no complaints (-2 matches no code).
  const seen = input.districtCode === null ? -1 : facts.dictionaries.district.find(input.districtCode);
  const onlyDistrict = input.districtCode === null ? -1 : seen === -1 ? -2 : seen;
  const tallies = {} as Record<FactColumn, Tally>;
  for (const column of FACT_COLUMNS) tallies[column] = tally(facts.dictionaries[column].values.length);
  const byMonth = tally(months);
  let count = 0;
  const toVerify = new Float64Array(facts.size);
  const toAnswer = new Float64Array(facts.size);
  let verified = 0;
  let answered = 0;

  const { kind, category, district, agency, status, channel } = facts.codes;
  const { submittedAt, verifiedAt, disposedAt, firstAnswerAt } = facts;
  for (let row = 0; row < facts.size; row++) {
    const submitted = submittedAt[row]!;
    if (!(submitted >= from && submitted < to)) continue;
    if (onlyDistrict !== -1 && district[row] !== onlyDistrict) continue;
    const disposed = disposedAt[row]!;
    const answer = firstAnswerAt[row]!;
    let isDue = 0;
    let isOnTime = 0;
    if (!Number.isNaN(disposed)) {
      const start = countOn(Math.floor((disposed + offset) / DAY_MS));
      if (!Number.isNaN(answer)) {
        isDue = 1;
        const end = countOn(Math.floor((answer + offset) / DAY_MS) - 1);
        isOnTime = start >= 0 && end >= 0 && end - start < deadline ? 1 : 0;
      } else if (start >= 0 && yesterday >= 0 && yesterday - start >= deadline) isDue = 1;
    }
    const dueOnTime = isDue & isOnTime;
    const month = monthIndexOfDay(Math.floor((submitted + offset) / DAY_MS)) - firstMonth;
    add(byMonth, month, isDue, dueOnTime);
    add(tallies.kind, kind[row]!, isDue, dueOnTime);
    add(tallies.category, category[row]!, isDue, dueOnTime);
    add(tallies.district, district[row]!, isDue, dueOnTime);
    add(tallies.agency, agency[row]!, isDue, dueOnTime);
    add(tallies.status, status[row]!, isDue, dueOnTime);
    add(tallies.channel, channel[row]!, isDue, dueOnTime);
    count++;
    const verifiedTime = verifiedAt[row]!;
    if (!Number.isNaN(verifiedTime)) toVerify[verified++] = (verifiedTime - submitted) / DAY_MS;
    if (!Number.isNaN(answer)) toAnswer[answered++] = (answer - submitted) / DAY_MS;
  }

  const groups: GroupRow[] = [];
  const rowsOf = (dimension: Dimension, t: Tally, keyOf: (code: number) => string | null) => {
    for (let code = 0; code < t.count.length; code++) {
      if (t.count[code]! > 0) groups.push({ dimension, key: keyOf(code), count: t.count[code]!, answerDue: t.due[code]!, answeredOnTime: t.onTime[code]! });
    }
  };
  for (const column of FACT_COLUMNS) rowsOf(column, tallies[column], (code) => facts.dictionaries[column].values[code] ?? null);
  rowsOf("month", byMonth, (i) => monthLabel(firstMonth + i));
  return {
    groups,
    totals: {
      count,
      verifiedCount: verified,
      answeredCount: answered,
      medianDaysToVerify: median(toVerify, verified),
      medianDaysToFirstAnswer: median(toAnswer, answered),
    },
  };
}
