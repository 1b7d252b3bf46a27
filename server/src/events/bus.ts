// The event bus: services publish what happened; subscriptions (and later notifications)
// listen. In-process by default; a PostgreSQL LISTEN/NOTIFY bus implements the same interface
// when several instances share one database.
import { EventEmitter, on } from "node:events";

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

export class InProcessBus implements EventBus {
  #emitter = new EventEmitter();

  constructor() {
    // One listener per open subscription: thousands are normal, not a leak.
    this.#emitter.setMaxListeners(0);
  }

  async publish(topic: string, event: BusEvent): Promise<void> {
    this.#emitter.emit(topic, event);
  }

  async *subscribe(topic: string, signal: AbortSignal): AsyncIterable<BusEvent> {
    try {
      for await (const [event] of on(this.#emitter, topic, { signal })) {
        yield event as BusEvent;
      }
    } catch (error) {
      if ((error as Error).name !== "AbortError") throw error;
    }
  }

  subscriberCount(topic: string): number {
    return this.#emitter.listenerCount(topic);
  }

  async close(): Promise<void> {
    this.#emitter.removeAllListeners();
  }
}
