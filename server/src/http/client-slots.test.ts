import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { ClientSlots, giveBack, markRefused, wasRefused } from "./client-slots.ts";

const settle = () => new Promise((r) => setImmediate(r));

describe("ClientSlots", () => {
  it("gives each client its own share: a busy client waits, another is served at once", async () => {
    const slots = new ClientSlots({ perClient: 2, maxWaiting: 10 });
    const a1 = await slots.acquire("a");
    const a2 = await slots.acquire("a");
    let a3: (() => void) | null = null;
    void slots.acquire("a").then((r) => (a3 = r));
    await settle();
    expect(a3).toBeNull(); // waiting
    const b1 = await slots.acquire("b");
    expect(b1).toBeTypeOf("function");
    a1!();
    await settle();
    expect(a3).toBeTypeOf("function");
    a2!();
    a3!();
    b1!();
    expect(slots.clients).toBe(0);
  });

  it("serves waiters in order, skips those that went away, and a release counts once", async () => {
    const slots = new ClientSlots({ perClient: 1, maxWaiting: 10 });
    const first = (await slots.acquire("a"))!;
    const order: string[] = [];
    const request = new EventEmitter();
    void slots.acquire("a", 1, request).then(() => order.push("gone"));
    void slots.acquire("a").then((r) => {
      order.push("second");
      r!();
    });
    request.emit("close");
    await settle();
    first();
    first(); // twice: no extra slot appears
    await settle();
    expect(order).toEqual(["second"]);
    expect(slots.clients).toBe(0);
  });

  it.each([
    { factor: 1, granted: 1, waiting: 2 },
    { factor: 3, granted: 3, waiting: 6 },
  ])("refuses only past the waiting room (factor $factor: $granted in hand, $waiting waiting)", async ({ factor, granted, waiting }) => {
    const slots = new ClientSlots({ perClient: 1, maxWaiting: 2 });
    const outcomes: Array<"granted" | "refused" | "waiting"> = [];
    for (let i = 0; i < granted + waiting + 1; i++) {
      const index = outcomes.push("waiting") - 1;
      void slots.acquire("c", factor).then((r) => (outcomes[index] = r ? "granted" : "refused"));
    }
    await settle();
    expect(outcomes.filter((o) => o === "granted")).toHaveLength(granted);
    expect(outcomes.filter((o) => o === "waiting")).toHaveLength(waiting);
    expect(outcomes.at(-1)).toBe("refused");
  });
});

describe("giveBack", () => {
  it("gives a slot back at once, or a pause later when a limit refused the request", async () => {
    vi.useFakeTimers();
    try {
      const slots = new ClientSlots({ perClient: 1, maxWaiting: 10 });
      const served = {};
      const refused = {};
      markRefused(refused);
      expect([wasRefused(served), wasRefused(refused)]).toEqual([false, true]);

      giveBack(served, (await slots.acquire("a"))!, 250);
      expect(await slots.acquire("a")).toBeTypeOf("function"); // free again at once
      const held = await slots.acquire("b");
      let next: (() => void) | null = null;
      void slots.acquire("b").then((r) => (next = r));
      giveBack(refused, held!, 250);
      await vi.advanceTimersByTimeAsync(249);
      expect(next).toBeNull(); // the refused client's slot is still held
      await vi.advanceTimersByTimeAsync(1);
      expect(next).toBeTypeOf("function");
    } finally {
      vi.useRealTimers();
    }
  });
});
