// Work shared by every subscriber of one event. The bus hands the same event object to each
// subscription on this instance, so results that do not depend on who is asking (what an
// anonymous visitor may see) are computed once per event instead of once per subscriber, and
// look-ups that do depend on it (each subscriber's session) are made in one query per event.
import DataLoader from "dataloader";
import type { Context } from "../context.ts";
import { type RefreshedSession, sessionsForRefresh } from "../services/use-cases/notifications.ts";

const memos = new WeakMap<object, Map<string, unknown>>();

function memoOf(event: object): Map<string, unknown> {
  let memo = memos.get(event);
  if (!memo) memos.set(event, (memo = new Map()));
  return memo;
}

export function perEvent<T>(event: object, key: string, load: () => Promise<T>): Promise<T> {
  const memo = memoOf(event);
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    memo.set(key, value);
  }
  return value;
}

/**
 * One look-up per event for keys asked by many subscribers: the keys asked while the event is
 * being handed out (the same turn of the event loop) are loaded together by `batch`, which
 * answers in the order of the keys it was given. Each key is loaded once per event.
 */
export function perEventBatch<V>(
  event: object,
  name: string,
  key: string,
  batch: (keys: readonly string[]) => Promise<readonly V[]>,
): Promise<V> {
  const memo = memoOf(event);
  const id = `batch:${name}`;
  let loader = memo.get(id) as DataLoader<string, V> | undefined;
  if (!loader) {
    // setImmediate, not the next tick: thousands of subscribers resume over many promise turns.
    loader = new DataLoader<string, V>(batch, { batchScheduleFn: (run) => setImmediate(run), maxBatchSize: 1000 });
    memo.set(id, loader);
  }
  return loader.load(key);
}

/**
 * refreshViewer's session look-up for a subscriber woken by `event`: every subscriber's session
 * is read in one query for the event, not one query each.
 */
export function sessionOnEvent(event: object, ctx: Pick<Context, "prisma">): (sessionId: string) => Promise<RefreshedSession | null> {
  return (sessionId) => perEventBatch(event, "session", sessionId, (ids) => sessionsForRefresh(ctx, ids));
}
