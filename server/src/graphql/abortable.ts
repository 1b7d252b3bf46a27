// Event streams for subscriptions that end as soon as the client leaves. An async generator
// waiting for its next bus event cannot be returned until that event comes, so a closed socket
// would keep its listener (and its context) until the complaint or person next changed. This
// hands graphql-ws an iterator whose return() aborts the wait at once.
export function abortable<T>(make: (signal: AbortSignal) => AsyncIterable<T>): AsyncIterableIterator<T> {
  return new Abortable(make);
}

// A class rather than an object of closures: one is held per open subscription.
class Abortable<T> implements AsyncIterableIterator<T> {
  #controller = new AbortController();
  #inner: AsyncIterator<T>;

  constructor(make: (signal: AbortSignal) => AsyncIterable<T>) {
    this.#inner = make(this.#controller.signal)[Symbol.asyncIterator]();
  }

  next(): Promise<IteratorResult<T>> {
    return this.#inner.next();
  }

  async return(): Promise<IteratorResult<T>> {
    this.#controller.abort();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
