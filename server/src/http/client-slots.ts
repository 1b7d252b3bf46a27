// Fair shares of the one process: each client (an address, as limits see it) has a few requests
// in hand at a time; the rest of its requests wait their turn in a queue of their own, so a client
// that sends fifty requests at once delays itself, not everyone else (nor /healthz). Nothing is
// refused while there is room to wait: many residents can share one address (a mobile carrier's
// NAT, a village's Wi-Fi) and each of them is served in turn. Only a client that keeps more than
// `maxWaiting` requests queued is told to slow down.

import type { ServerResponse } from "node:http";
import { translate } from "../i18n/messages.ts";

export type SlotSettings = {
  /** Requests one client may have in hand at once. */
  perClient: number;
  /** Requests one client may have waiting for a slot; past that they are refused (429). */
  maxWaiting: number;
};

export const DEFAULT_SLOTS: SlotSettings = { perClient: 2, maxWaiting: 200 };

/**
 * How long a request that a limit refused (a filing past the allowance, a guess past its limit,
 * an upload past the budget) keeps its client's slot after the answer has gone. The refusal is
 * already as cheap as it can be made; a client that floods the same refused request is held to
 * a few per second this way, and a resident who was refused once does not notice.
 */
export const REFUSED_PAUSE_MS = 250;

const refusedRequests = new WeakSet<object>();

/** Notes that a limit refused this request (Context.refusedByLimit). */
export function markRefused(request: object): void {
  refusedRequests.add(request);
}

/** Whether a limit refused this request (Context.refusedByLimit). */
export function wasRefused(request: object): boolean {
  return refusedRequests.has(request);
}

/**
 * Gives a request's slot back once its answer is over: at once, or REFUSED_PAUSE_MS later if a
 * limit refused it. A flood of refused requests from one client then costs a few answers a second.
 */
export function giveBack(request: object, release: () => void, pauseMs = REFUSED_PAUSE_MS): void {
  if (wasRefused(request)) setTimeout(release, pauseMs).unref();
  else release();
}

type Waiter = { grant: () => void; abandoned: boolean };
/** What a waiting request is watched through (an IncomingMessage). */
type Closable = { once(event: "close", listener: () => void): unknown };
type Share = { active: number; waiting: Waiter[] };

export class ClientSlots {
  readonly #shares = new Map<string, Share>();
  readonly #settings: SlotSettings;

  constructor(settings: SlotSettings = DEFAULT_SLOTS) {
    this.#settings = settings;
  }

  /**
   * Takes a slot for `client` (`factor` multiplies its share: a trusted address such as a
   * workshop room). Resolves with the function that gives the slot back (call it exactly once,
   * when the response is over), or null when the client already has too many requests waiting.
   * A request that has to wait is watched for "close" (it went away), and then skipped.
   */
  acquire(client: string, factor = 1, request?: Closable): Promise<(() => void) | null> {
    let share = this.#shares.get(client);
    if (!share) this.#shares.set(client, (share = { active: 0, waiting: [] }));
    const own = share;
    const release = () => this.#release(client, own);
    if (own.active < this.#settings.perClient * factor) {
      own.active++;
      return Promise.resolve(once(release));
    }
    if (own.waiting.length >= this.#settings.maxWaiting * factor) return Promise.resolve(null);
    return new Promise((resolve) => {
      const waiter: Waiter = { grant: () => resolve(once(release)), abandoned: false };
      own.waiting.push(waiter);
      request?.once("close", () => {
        waiter.abandoned = true;
      });
    });
  }

  /** Clients with requests in hand or waiting (for tests and figures). */
  get clients(): number {
    return this.#shares.size;
  }

  #release(client: string, share: Share): void {
    // Hand the slot straight to the next live waiter, or give it back.
    for (let next = share.waiting.shift(); next; next = share.waiting.shift()) {
      if (!next.abandoned) {
        next.grant();
        return;
      }
    }
    share.active--;
    if (share.active === 0) this.#shares.delete(client);
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/** The answer to a client past its waiting room: 429, in both languages (the reader's is unknown here). */
export function refuseBusyClient(res: ServerResponse, asGraphQL: boolean): void {
  const message = `${translate("id", "error.busy_client")}. / ${translate("en", "error.busy_client")}.`;
  res.writeHead(429, {
    "retry-after": "5",
    "cache-control": "no-store",
    "content-type": asGraphQL ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
  });
  res.end(asGraphQL ? JSON.stringify({ errors: [{ message, extensions: { code: "TOO_MANY_REQUESTS" } }] }) : `${message}\n`);
}
