// The working-day calendar from the Holiday table: deadlines are computed on every submission
// and transition, so the dates come from the reference data held in memory (reference-data.ts),
// which an administrator's change to a holiday refreshes on every instance.
import { type Calendar, WITA_OFFSET_MINUTES } from "../../domain/calendar/working-days.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { referenceData } from "./reference-data.ts";

export async function loadCalendar(prisma: PrismaClient, now = Date.now()): Promise<Calendar> {
  const { holidays, holidayDates } = await referenceData(prisma, now);
  return { utcOffsetMinutes: WITA_OFFSET_MINUTES, isHoliday: (d) => holidays.has(d), holidayDates };
}
