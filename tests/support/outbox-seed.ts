// Reports already in the phone's offline outbox (IndexedDB, as web/src/lib/offline/store.ts keeps
// them): an init script puts them there before the page's own scripts run, then tells the page on
// the channel it listens on. For the outbox page's tests, in the browser and in the matrix.
import type { Page } from "@playwright/test";

export type OutboxSeed = {
  clientRequestId: string;
  title: string;
  state: string;
  lastError: string | null;
  trackingCode: string | null;
  pin: string | null;
};

export async function seedOutbox(page: Page, items: OutboxSeed[]): Promise<void> {
  await page.addInitScript((list: OutboxSeed[]) => {
    const open = indexedDB.open("suara", 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore("draft");
      open.result.createObjectStore("outbox", { keyPath: "clientRequestId" });
    };
    open.onsuccess = () => {
      const tx = open.result.transaction("outbox", "readwrite");
      const now = Date.now();
      for (const item of list) {
        tx.objectStore("outbox").put({ ...item, answers: {}, step: "kabar", photos: [], attempts: 1, createdAt: now, updatedAt: now });
      }
      tx.oncomplete = () => {
        open.result.close();
        new BroadcastChannel("suara-tertunda").postMessage({ waiting: list.filter((i) => i.state !== "sent").length });
      };
    };
  }, items);
}
