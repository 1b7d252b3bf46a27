// The event bus: services publish what happened; subscriptions (and later notifications)
// listen. In-process by default; a PostgreSQL LISTEN/NOTIFY bus implements the same interface
// when several instances share one database.

export type ComplaintEvent = {
  type: "complaint.updated";
  complaintId: string;
  trackingCode: string;
  /** The timeline event that caused it, if any. */
  eventId: string | null;
};

/** A notification was written for a person (notifications service). */
export type NotificationEvent = { type: "notification.added"; notificationId: string; userId: string };
/** A complaint changed in a way that may move it in or out of staff and sahabat queues. */
export type QueueEvent = { type: "queue.changed"; complaintId: string; eventId: string | null };
/** A session was revoked: its open WebSocket connections must close. */
export type SessionEvent = { type: "session.revoked"; sessionId: string };

/** Someone in a workshop joined, moved on, made an error, finished or left (null: the workshop itself changed). */
export type WorkshopRoomEvent = { type: "workshop.room"; workshopId: string; participantId: string | null };

/** An administrator changed reference data (regions, categories, agencies, routes, holidays): copies in memory are stale. */
export type ReferenceEvent = { type: "reference.changed" };

export type BusEvent = ComplaintEvent | NotificationEvent | QueueEvent | SessionEvent | WorkshopRoomEvent | ReferenceEvent;

export interface EventBus {
  publish(topic: string, event: BusEvent): Promise<void>;
  /** Events on a topic until `signal` aborts. */
  subscribe(topic: string, signal: AbortSignal): AsyncIterable<BusEvent>;
  /** Subscribers on this instance for a topic (metrics, and tests that must not race). */
  subscriberCount(topic: string): number;
  close(): Promise<void>;
}

export const topics = {
  complaint: (complaintId: string) => `complaint:${complaintId}`,
  user: (userId: string) => `user:${userId}`,
  queue: "queue",
  sessions: "sessions",
  workshop: (workshopId: string) => `workshop:${workshopId}`,
  reference: "reference",
} as const;

/** Tells every subscriber of a complaint that it changed (with the timeline event, if any). */
export function publishComplaintUpdated(
  bus: EventBus,
  complaint: { id: string; trackingCode: string },
  eventId: string | null = null,
): Promise<void> {
  return bus.publish(topics.complaint(complaint.id), {
    type: "complaint.updated",
    complaintId: complaint.id,
    trackingCode: complaint.trackingCode,
    eventId,
  });
}

/**
 * One open subscription: its queue of events that arrived while its consumer was busy, and the
 * consumer's pending wait. A class with methods, not closures: a popular complaint holds
 * thousands of these, and each closure would be an object of its own (with its own name, under
 * the TypeScript loader).
 */
class Listener implements AsyncIterator<BusEvent> {
  queue: BusEvent[] = [];
  waiting: ((result: IteratorResult<BusEvent>) => void) | null = null;
  done = false;

  constructor(
    private readonly topics: Map<string, Set<Listener>>,
    private readonly topic: string,
    private readonly signal: AbortSignal,
  ) {
    if (signal.aborted) {
      this.done = true;
      return;
    }
    let set = topics.get(topic);
    if (!set) topics.set(topic, (set = new Set()));
    set.add(this);
    signal.addEventListener("abort", this, { once: true });
  }

  push(event: BusEvent): void {
    if (this.done) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting({ value: event, done: false });
    } else this.queue.push(event);
  }

  next(): Promise<IteratorResult<BusEvent>> {
    const event = this.queue.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<BusEvent>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  /** The subscriber's signal aborted. */
  handleEvent(): void {
    this.end();
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    this.queue.length = 0;
    const set = this.topics.get(this.topic);
    if (set?.delete(this) && set.size === 0) this.topics.delete(this.topic);
    this.signal.removeEventListener("abort", this);
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.({ value: undefined, done: true });
  }
}

/**
 * In-process delivery: each topic keeps its listeners in a set and an event is handed to each in
 * turn, synchronously, in subscription order. (node:events' `on()` did the same with several
 * promises, closures and an abort listener per subscription; a popular complaint with thousands of
 * live watchers paid for them in memory and on every event.)
 */
export class InProcessBus implements EventBus {
  #topics = new Map<string, Set<Listener>>();

  async publish(topic: string, event: BusEvent): Promise<void> {
    const listeners = this.#topics.get(topic);
    if (!listeners) return;
    for (const listener of listeners) listener.push(event);
  }

  subscribe(topic: string, signal: AbortSignal): AsyncIterable<BusEvent> {
    return new Subscription(this.#topics, topic, signal);
  }

  subscriberCount(topic: string): number {
    return this.#topics.get(topic)?.size ?? 0;
  }

  async close(): Promise<void> {
    for (const listeners of [...this.#topics.values()]) for (const listener of [...listeners]) listener.end();
    this.#topics.clear();
  }
}

/** What subscribe returns: listening starts when it is iterated. */
class Subscription implements AsyncIterable<BusEvent> {
  constructor(
    private readonly topics: Map<string, Set<Listener>>,
    private readonly topic: string,
    private readonly signal: AbortSignal,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<BusEvent> {
    return new Listener(this.topics, this.topic, this.signal);
  }
}
