// The workshops' fast clock in the server process: every second, the automatic script of each
// running workshop plays the practice steps that are due (use-cases/workshop-clock.ts). Safe with
// several instances: every step is a conditional update, so a step is played once.
import type { Deps } from "../../context.ts";
import { clockTick } from "../use-cases/workshop-clock.ts";

/** How often the script looks for due steps: a pretend day at the fastest speed is one second. */
export const WORKSHOP_CLOCK_INTERVAL_MS = 1000;

/** Runs the script every `intervalMs` until stopped; a failed round is logged and tried again. */
export function startWorkshopClock(deps: Deps, intervalMs = WORKSHOP_CLOCK_INTERVAL_MS): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  let stopped = false;
  const timer = setInterval(() => {
    // A slow round is not queued behind itself: the next tick finds what is still due.
    if (stopped || busy) return;
    busy = true;
    running = clockTick(deps)
      .catch((error) => console.error("[workshop-clock] round failed", error))
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
