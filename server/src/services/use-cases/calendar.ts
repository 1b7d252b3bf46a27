// The working-day calendar from the Holiday table, cached briefly: holidays change rarely and
// deadlines are computed on every submission and transition.
import { type Calendar, WITA_OFFSET_MINUTES } from "../../domain/calendar/working-days.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";

const TTL_MS = 60_000;
const cache = new WeakMap<PrismaClient, { at: number; dates: Set<string> }>();

export async function loadCalendar(prisma: PrismaClient, now = Date.now()): Promise<Calendar> {
  let entry = cache.get(prisma);
  if (!entry || now - entry.at > TTL_MS) {
    const rows = await prisma.holiday.findMany({ select: { date: true } });
    entry = { at: now, dates: new Set(rows.map((r) => r.date.toISOString().slice(0, 10))) };
    cache.set(prisma, entry);
  }
  const dates = entry.dates;
  return { utcOffsetMinutes: WITA_OFFSET_MINUTES, isHoliday: (d) => dates.has(d) };
}

/** Forget cached holidays (after an administrator edits the table). */
export function invalidateCalendar(prisma: PrismaClient): void {
  cache.delete(prisma);
}
