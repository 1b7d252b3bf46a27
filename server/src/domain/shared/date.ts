// Calendar dates as the API and forms write them (YYYY-MM-DD).

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD, or null. */
export function parseIsoDate(value: string): Date | null {
  const m = isoDate.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

const isoInstant = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant written in ISO 8601 with its offset (2026-12-05T09:30:00+08:00, …Z), or null. */
export function parseIsoInstant(value: string): Date | null {
  const m = isoInstant.exec(value);
  if (!m || !parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
