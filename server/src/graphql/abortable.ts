// Event streams for subscriptions that end as soon as the client leaves. An async generator
// waiting for its next bus event cannot be returned until that event comes, so a closed socket
// would keep its listener (and its context) until the complaint or person next changed. This
// hands graphql-ws an iterator whose return() aborts the wait at once.
export function abortable<T>(make: (signal: AbortSignal) => AsyncIterable<T>): AsyncIterableIterator<T> {
  const controller = new AbortController();
  const inner = make(controller.signal)[Symbol.asyncIterator]();
  return {
    next: () => inner.next(),
    return: async () => {
      controller.abort();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
