// A workshop participant's place in the filing journey, as the trainer's screen shows it: a step
// name (never an answer), "joined" before the first step, "finished" once they filed. And the
// name shown when they gave none: "Peserta 7".

/** The filing journey's steps in order (web/src/routes/lapor/filing.ts), then checking. */
export const FILING_STEPS = [
  "jenis",
  "kejadian",
  "waktu",
  "lokasi",
  "kategori",
  "instansi",
  "foto",
  "privasi",
  "kabar",
  "persetujuan",
  "periksa",
] as const;
export type FilingStep = (typeof FILING_STEPS)[number];

export const PROGRESS = ["joined", ...FILING_STEPS, "finished"] as const;
export type Progress = (typeof PROGRESS)[number];

/** The progress to record for a saved step; null for a name that is not a step (never stored). */
export function progressOf(step: string): FilingStep | null {
  return (FILING_STEPS as readonly string[]).includes(step) ? (step as FilingStep) : null;
}

/** A stored progress value read back; anything unknown reads as "joined". */
export function readProgress(value: string): Progress {
  return (PROGRESS as readonly string[]).includes(value) ? (value as Progress) : "joined";
}

/** How far along: 0 joined … last finished (to sort the room). */
export const progressRank = (value: string): number => PROGRESS.indexOf(readProgress(value));

/** At most this many characters of a name a participant typed. */
export const MAX_DISPLAY_NAME = 40;

/** The name they typed, tidied; null when empty (then they are "Peserta N"). */
export function cleanDisplayName(typed: string | null | undefined): string | null {
  const name = (typed ?? "").normalize("NFKC").replace(/\s+/g, " ").trim().slice(0, MAX_DISPLAY_NAME).trim();
  return name === "" ? null : name;
}

export type ErrorState = { errorStep: string | null; errorField: string | null; errorsByStep: Record<string, number> };

/**
 * After a step is saved: with errors, the first one's field is recorded and the step's count goes
 * up; without, a pending error is cleared (they moved on), counts stay for the report.
 */
export function afterStep(state: ErrorState, step: FilingStep, errorFields: readonly string[]): ErrorState {
  if (errorFields.length === 0) {
    return { errorStep: null, errorField: null, errorsByStep: state.errorsByStep };
  }
  return {
    errorStep: step,
    errorField: errorFields[0]!,
    errorsByStep: { ...state.errorsByStep, [step]: (state.errorsByStep[step] ?? 0) + 1 },
  };
}

/** Reads the stored counts, dropping anything that is not a step with a count. */
export function readErrorsByStep(value: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [step, count] of Object.entries(value)) {
      if (progressOf(step) && typeof count === "number" && Number.isInteger(count) && count > 0) counts[step] = count;
    }
  }
  return counts;
}
