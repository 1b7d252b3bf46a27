// The life of a workshop, without I/O: it is open until its trainer ends it (closedAt) or until
// 12 hours after it opened (endsAt); once ended, no one joins or files in it. A grace period
// after it ended its practice data is purged, leaving only the counts computed here (the
// summary) for the trainer's report.

const HOUR = 3_600_000;

/** A workshop ends by itself this long after it opened. */
export const WORKSHOP_LENGTH_MS = 12 * HOUR;

/** Journey steps in the order a resident meets them (the report lists errors in this order). */
export const STEP_ORDER = ["jenis", "kejadian", "waktu", "lokasi", "kategori", "instansi", "foto", "privasi", "kabar", "periksa"] as const;

export type WorkshopTimes = {
  startsAt: Date;
  endsAt: Date | null;
  closedAt: Date | null;
  purgedAt: Date | null;
};

export type WorkshopPhase = "OPEN" | "ENDED" | "PURGED";

/** When a workshop opened now ends by itself. */
export function automaticEnd(openedAt: Date): Date {
  return new Date(openedAt.getTime() + WORKSHOP_LENGTH_MS);
}

/** When it ends by time: its endsAt, or 12 hours after its start when none was set. */
export function scheduledEnd(w: Pick<WorkshopTimes, "startsAt" | "endsAt">): Date {
  return w.endsAt ?? automaticEnd(w.startsAt);
}

/** When it ended (by the trainer or by time), or null while it is open. */
export function endedAt(w: WorkshopTimes, now: Date): Date | null {
  const byTime = scheduledEnd(w);
  if (w.closedAt) return w.closedAt < byTime ? w.closedAt : byTime;
  return byTime <= now ? byTime : null;
}

export function workshopPhase(w: WorkshopTimes, now: Date): WorkshopPhase {
  if (w.purgedAt) return "PURGED";
  return endedAt(w, now) ? "ENDED" : "OPEN";
}

/** Joining, filing, resetting and the fast clock are for open workshops only. */
export function isOpen(w: WorkshopTimes, now: Date): boolean {
  return workshopPhase(w, now) === "OPEN";
}

/** The scheduler should record its end: its time is up and nobody ended it yet. */
export function dueToEnd(w: WorkshopTimes, now: Date): boolean {
  return w.closedAt === null && w.purgedAt === null && scheduledEnd(w) <= now;
}

/** When its practice data is due to be purged, or null while it is open. */
export function purgeDueAt(w: WorkshopTimes, now: Date, graceMs: number): Date | null {
  const ended = endedAt(w, now);
  return ended ? new Date(ended.getTime() + graceMs) : null;
}

export function dueForPurge(w: WorkshopTimes, now: Date, graceMs: number): boolean {
  if (w.purgedAt) return false;
  const due = purgeDueAt(w, now, graceMs);
  return due !== null && due <= now;
}

export type StepErrors = { step: string; count: number };

/** What the report shows and what stays after the purge. */
export type WorkshopSummary = {
  participants: number;
  finished: number;
  complaintsFiled: number;
  errorsByStep: StepErrors[];
};

/** A participant's { "<step>": count }, keeping only whole positive counts under step-like names. */
export function parseErrorsByStep(json: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!json || typeof json !== "object" || Array.isArray(json)) return out;
  for (const [step, value] of Object.entries(json as Record<string, unknown>)) {
    if (!/^[a-z0-9-]{1,40}$/.test(step)) continue;
    if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) continue;
    out[step] = value;
  }
  return out;
}

const stepRank = (step: string) => {
  const i = (STEP_ORDER as readonly string[]).indexOf(step);
  return i === -1 ? STEP_ORDER.length : i;
};

/** Steps in journey order, unknown steps after them by name. */
export function orderSteps(counts: Record<string, number>): StepErrors[] {
  return Object.entries(counts)
    .map(([step, count]) => ({ step, count }))
    .sort((a, b) => stepRank(a.step) - stepRank(b.step) || a.step.localeCompare(b.step));
}

export function summarize(participants: { finishedAt: Date | null; errorsByStep: unknown }[], complaintsFiled: number): WorkshopSummary {
  const errors: Record<string, number> = {};
  for (const p of participants) {
    for (const [step, count] of Object.entries(parseErrorsByStep(p.errorsByStep))) errors[step] = (errors[step] ?? 0) + count;
  }
  return {
    participants: participants.length,
    finished: participants.filter((p) => p.finishedAt !== null).length,
    complaintsFiled,
    errorsByStep: orderSteps(errors),
  };
}

const count = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : 0);

/** The summary as stored in Workshop.summary, or null when there is none (not purged yet). */
export function parseSummary(json: unknown): WorkshopSummary | null {
  if (!json || typeof json !== "object" || Array.isArray(json)) return null;
  const s = json as Record<string, unknown>;
  const errors: Record<string, number> = {};
  if (Array.isArray(s.errorsByStep)) {
    for (const e of s.errorsByStep) {
      if (e && typeof e === "object" && typeof (e as StepErrors).step === "string") errors[(e as StepErrors).step] = count((e as StepErrors).count);
    }
  }
  return {
    participants: count(s.participants),
    finished: count(s.finished),
    complaintsFiled: count(s.complaintsFiled),
    errorsByStep: orderSteps(parseErrorsByStep(errors)),
  };
}
