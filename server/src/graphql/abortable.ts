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

/**
 * A stream opened by `open` on the first next() (where a subscription checks access, so a
 * refusal rejects that next(), as it would from a generator), then read directly: no generator
 * in between, which for a subscription thousands hold is a promise fewer per event each.
 * return() ends it at once, as abortable's does.
 */
export function openedOnFirstRead<T>(open: (signal: AbortSignal) => Promise<AsyncIterable<T>>): AsyncIterableIterator<T> {
  return new OpenedOnFirstRead(open);
}

class OpenedOnFirstRead<T> implements AsyncIterableIterator<T> {
  #controller = new AbortController();
  #open: ((signal: AbortSignal) => Promise<AsyncIterable<T>>) | null;
  #inner: AsyncIterator<T> | null = null;
  #opening: Promise<AsyncIterator<T>> | null = null;

  constructor(open: (signal: AbortSignal) => Promise<AsyncIterable<T>>) {
    this.#open = open;
  }

  next(): Promise<IteratorResult<T>> {
    return this.#inner ? this.#inner.next() : this.#first();
  }

  async #first(): Promise<IteratorResult<T>> {
    if (!this.#opening) {
      const open = this.#open!;
      this.#open = null; // what it closed over is not needed once it ran
      this.#opening = open(this.#controller.signal).then((iterable) => iterable[Symbol.asyncIterator]());
    }
    const inner = await this.#opening;
    this.#inner = inner;
    return inner.next();
  }

  async return(): Promise<IteratorResult<T>> {
    this.#controller.abort();
    await this.#inner?.return?.();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
