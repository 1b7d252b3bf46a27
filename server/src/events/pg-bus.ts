// The event bus across instances: each instance LISTENs on one PostgreSQL channel on a
// dedicated connection, publishes with pg_notify, and fans notifications out to its own
// subscribers. An instance hears its own events through PostgreSQL too, so every instance
// sees events in the same order and none twice. The listening connection reconnects after a
// failure (subscribers simply miss what happened while it was down; pages reload on reconnect).
import pg from "pg";
import { type BusEvent, type EventBus, InProcessBus } from "./bus.ts";

const CHANNEL = "suara_events";

export class PostgresBus implements EventBus {
  #local = new InProcessBus();
  #pool: pg.Pool;
  #url: string;
  #client: pg.Client | null = null;
  #closed = false;
  #retry: NodeJS.Timeout | null = null;

  private constructor(url: string, pool: pg.Pool) {
    this.#url = url;
    this.#pool = pool;
  }

  static async start(url: string, pool: pg.Pool): Promise<PostgresBus> {
    const bus = new PostgresBus(url, pool);
    await bus.#listen();
    return bus;
  }

  async #listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#url });
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { topic, event } = JSON.parse(message.payload) as { topic: string; event: BusEvent };
        void this.#local.publish(topic, event);
      } catch (error) {
        console.error("[bus] unreadable notification", error);
      }
    });
    const reconnect = () => {
      if (this.#closed || this.#client !== client) return;
      this.#client = null;
      client.end().catch(() => {});
      this.#retry = setTimeout(() => void this.#listen().catch(() => reconnect()), 1000);
      this.#retry.unref();
    };
    client.on("error", reconnect);
    client.on("end", reconnect);
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.#client = client;
  }

  async publish(topic: string, event: BusEvent): Promise<void> {
    await this.#pool.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ topic, event })]);
  }

  subscribe(topic: string, signal: AbortSignal): AsyncIterable<BusEvent> {
    return this.#local.subscribe(topic, signal);
  }

  subscriberCount(topic: string): number {
    return this.#local.subscriberCount(topic);
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#retry) clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = null;
    if (client) await client.end().catch(() => {});
    await this.#local.close();
  }
}
