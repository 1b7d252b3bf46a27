// Work shared by every subscriber of one event. The bus hands the same event object to each
// subscription on this instance, so results that do not depend on who is asking (what an
// anonymous visitor may see) are computed once per event instead of once per subscriber.
const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

export function perEvent<T>(event: object, key: string, load: () => Promise<T>): Promise<T> {
  let memo = memos.get(event);
  if (!memo) memos.set(event, (memo = new Map()));
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    memo.set(key, value);
  }
  return value;
}
