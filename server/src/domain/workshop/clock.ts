// The fast clock of a workshop: the life of a practice complaint as a script the trainer plays
// (verify, pass on to a LATIHAN agency, the agency's answer, resolved), each step with the
// pretend working days it takes under the real deadline rules, and, at the workshop's speed
// (pretend minutes per real second), which step is due next and when. Pure: the use case reads
// the complaints and acts through the real workflow.
import { DEADLINES } from "../calendar/working-days.ts";
import type { Status } from "../complaint/status.ts";
import type { Action, Actor } from "../complaint/workflow.ts";

export const CLOCK_STEPS = ["verify", "dispose", "followUp", "resolve"] as const;
export type ClockStep = (typeof CLOCK_STEPS)[number];

export type StepRule = {
  /** The workflow action the step takes (workflow.ts). */
  action: Action;
  /** The status the complaint must be in for this step. */
  from: Status;
  /** Whom the trainer plays for it. */
  actor: Extract<Actor, "VERIFIER" | "AGENCY">;
  /** Pretend working days since the previous step (or the filing). */
  days: number;
};

/**
 * The script. The verifier checks on the first working day and passes it on at the end of the
 * verification deadline (3 working days from filing); the agency answers a day before its own
 * deadline (5 working days from disposal) and resolves two working days later.
 */
export const SCRIPT: Readonly<Record<ClockStep, StepRule>> = {
  verify: { action: "verify", from: "SUBMITTED", actor: "VERIFIER", days: 1 },
  dispose: { action: "dispose", from: "VERIFIED", actor: "VERIFIER", days: DEADLINES.verify - 1 },
  followUp: { action: "postFollowUp", from: "DISPOSED", actor: "AGENCY", days: DEADLINES.agencyFollowUp - 1 },
  resolve: { action: "resolve", from: "IN_PROGRESS", actor: "AGENCY", days: 2 },
};

/** Speeds a trainer may choose: pretend minutes per real second (60: a pretend day in 24 s). */
export const CLOCK_SPEEDS = [30, 60, 120, 240, 480, 1440] as const;
export const DEFAULT_SPEED = 60;

export const isClockSpeed = (value: number): boolean => (CLOCK_SPEEDS as readonly number[]).includes(value);

const PRETEND_MINUTES_PER_DAY = 24 * 60;

/** The step a complaint in this status waits for; null once the script has nothing left. */
export function nextStep(status: Status): ClockStep | null {
  return CLOCK_STEPS.find((step) => SCRIPT[step].from === status) ?? null;
}

/** Whether the step can be played on a complaint in this status now. */
export const stepFits = (step: ClockStep, status: Status): boolean => SCRIPT[step].from === status;

/** Real milliseconds a pretend stretch of `days` takes at `speed`. */
export function realMs(days: number, speed: number): number {
  return Math.round((days * PRETEND_MINUTES_PER_DAY * 1000) / Math.max(1, speed));
}

/** When the next step of a complaint is due, counted from its last step (or its filing). */
export function dueAt(status: Status, lastStepAt: Date, speed: number): Date | null {
  const step = nextStep(status);
  return step ? new Date(lastStepAt.getTime() + realMs(SCRIPT[step].days, speed)) : null;
}

/** The step the automatic script plays now, if one is due. */
export function dueStep(status: Status, lastStepAt: Date, speed: number, now: Date): ClockStep | null {
  const at = dueAt(status, lastStepAt, speed);
  return at && at.getTime() <= now.getTime() ? nextStep(status) : null;
}

/**
 * The pretend day a complaint in this status has reached: filing is day 1, each step played
 * adds its days. Statuses off the script (rejected, closed) count as resolved.
 */
export function pretendDay(status: Status): number {
  const upTo = nextStep(status);
  const played: readonly ClockStep[] = upTo ? CLOCK_STEPS.slice(0, CLOCK_STEPS.indexOf(upTo)) : CLOCK_STEPS;
  return 1 + played.reduce((sum, step) => sum + SCRIPT[step].days, 0);
}

/** The pretend day on which the next step happens (null: nothing left). */
export function nextStepDay(status: Status): number | null {
  const step = nextStep(status);
  return step ? pretendDay(status) + SCRIPT[step].days : null;
}
