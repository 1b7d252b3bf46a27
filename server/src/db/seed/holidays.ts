// Indonesia's fixed-date national holidays for this year and the next two. Holidays that move
// with the lunar or other calendars (Idul Fitri, Nyepi, Waisak …) and cuti bersama are set by
// government decree each year; an administrator enters them, the seed never guesses them.
import { HolidayKind, type Prisma } from "../../generated/prisma/client.ts";
import { removedHolidayDates } from "./admin-removals.ts";

type FixedHoliday = { month: number; day: number; nameId: string; nameEn: string };

export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, nameId: "Tahun Baru Masehi", nameEn: "New Year's Day" },
  { month: 5, day: 1, nameId: "Hari Buruh Internasional", nameEn: "International Labour Day" },
  { month: 6, day: 1, nameId: "Hari Lahir Pancasila", nameEn: "Pancasila Day" },
  { month: 8, day: 17, nameId: "Hari Kemerdekaan Republik Indonesia", nameEn: "Independence Day" },
  { month: 12, day: 25, nameId: "Hari Raya Natal", nameEn: "Christmas Day" },
];

/** Kabupaten Gowa's clock (WITA, UTC+8, no daylight saving): the year turns there, not in UTC. */
const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;

export function currentYear(now: Date): number {
  return new Date(now.getTime() + WITA_OFFSET_MS).getUTCFullYear();
}

export function fixedHolidayRows(now: Date, years = 3) {
  const first = currentYear(now);
  return Array.from({ length: years }, (_, i) => first + i).flatMap((year) =>
    FIXED_HOLIDAYS.map((h) => ({
      date: new Date(Date.UTC(year, h.month - 1, h.day)),
      nameId: h.nameId,
      nameEn: h.nameEn,
      kind: HolidayKind.NATIONAL,
    })),
  );
}

/** Adds missing dates; a date already in the table (perhaps edited by an administrator) stays. */
export async function seedHolidays(
  tx: Prisma.TransactionClient,
  now: Date,
): Promise<{ total: number; created: number }> {
  const removed = await removedHolidayDates(tx);
  const rows = fixedHolidayRows(now).filter((r) => !removed.has(r.date.toISOString().slice(0, 10)));
  const { count } = await tx.holiday.createMany({ data: rows, skipDuplicates: true });
  return { total: rows.length, created: count };
}
