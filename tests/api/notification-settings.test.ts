// Notification settings, push subscriptions and sahabat tasks through GraphQL: who may do what,
// and errors a person can fix, in their language.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SETTINGS = `{ notificationSettings { channels chosen quietStart quietEnd language hasEmail pushDevices pushPublicKey } }`;
const UPDATE = `mutation($i: NotificationSettingsInput!) { updateNotificationSettings(input: $i) { ok errors { field code message } } }`;
const SUBSCRIBE = `mutation($i: PushSubscriptionInput!) { subscribePush(input: $i) { ok errors { field code message } } }`;

describe("notification settings", () => {
  it("need a signed-in person", async () => {
    const res = await server.client().request(SETTINGS);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("start from the defaults, with the installation's VAPID key", async () => {
    const warga = await server.signedIn("warga@demo.suara.id");
    const res = await warga.request(SETTINGS);
    expect(res.data.notificationSettings).toMatchObject({ channels: ["PUSH", "SMS", "EMAIL", "SAHABAT_TASK"], chosen: false, quietStart: null, hasEmail: true, pushDevices: 0 });
    expect(Buffer.from(res.data.notificationSettings.pushPublicKey, "base64url")).toHaveLength(65);
  });

  it("refuses a channel chosen twice and bad times, in the person's language", async () => {
    const warga = await server.signedIn("warga@demo.suara.id", { locale: "en" });
    const res = await warga.request(UPDATE, { i: { channels: ["SMS", "SMS"], quietHours: true, quietStart: "9 malam", quietEnd: "" } });
    expect(res.data.updateNotificationSettings.ok).toBe(false);
    expect(res.data.updateNotificationSettings.errors).toEqual([
      { field: "channels", code: "duplicate", message: "Choose each way only once. Change the repeated choice" },
      { field: "quietStart", code: "invalid_time", message: "Enter the time in numbers, for example 21:00" },
      { field: "quietEnd", code: "required", message: "Enter when quiet hours end, for example 06:00" },
    ]);
  });

  it("keeps channels in order, quiet hours and the language", async () => {
    const warga = await server.signedIn("warga@demo.suara.id");
    const res = await warga.request(UPDATE, { i: { channels: ["EMAIL", "", "PUSH", ""], quietHours: true, quietStart: "21:00", quietEnd: "06:00", language: "en" } });
    expect(res.data.updateNotificationSettings).toEqual({ ok: true, errors: [] });
    const after = await warga.request(SETTINGS);
    expect(after.data.notificationSettings).toMatchObject({ channels: ["EMAIL", "PUSH"], chosen: true, quietStart: "21:00", quietEnd: "06:00", language: "en" });
  });
});

describe("push subscriptions", () => {
  const keys = () => ({ p256dh: Buffer.concat([Buffer.from([4]), randomBytes(64)]).toString("base64url"), auth: randomBytes(16).toString("base64url") });

  it("refuses an endpoint the server must not call", async () => {
    const warga = await server.signedIn("warga@demo.suara.id");
    const res = await warga.request(SUBSCRIBE, { i: { endpoint: "http://127.0.0.1:5432/", ...keys() } });
    expect(res.data.subscribePush.errors.map((e: { field: string }) => e.field)).toEqual(["endpoint"]);
  });

  it("keeps one subscription per browser, and removes it on request", async () => {
    const warga = await server.signedIn("warga@demo.suara.id");
    const endpoint = `https://fcm.googleapis.com/fcm/send/${randomBytes(8).toString("hex")}`;
    expect((await warga.request(SUBSCRIBE, { i: { endpoint, ...keys() } })).data.subscribePush.ok).toBe(true);
    expect((await warga.request(SUBSCRIBE, { i: { endpoint, ...keys() } })).data.subscribePush.ok).toBe(true);
    expect((await warga.request(SETTINGS)).data.notificationSettings.pushDevices).toBe(1);
    // Someone else cannot remove it.
    const other = await server.signedIn("pelatih@demo.suara.id");
    expect((await other.request(`mutation($e: String!) { unsubscribePush(endpoint: $e) }`, { e: endpoint })).data.unsubscribePush).toBe(false);
    expect((await warga.request(`mutation($e: String!) { unsubscribePush(endpoint: $e) }`, { e: endpoint })).data.unsubscribePush).toBe(true);
    expect((await warga.request(SETTINGS)).data.notificationSettings.pushDevices).toBe(0);
  });
});

describe("sahabat tasks", () => {
  it("are for sahabat only, each sees their own, and can mark them done", async () => {
    const sahabat = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "sahabat@demo.suara.id" } });
    const n = await server.db.prisma.notification.create({ data: { contact: null, title: "Laporan Pak Rahman dijawab", body: "Dinas PUPR sudah menjawab." } });
    const task = await server.db.prisma.sahabatTask.create({ data: { notificationId: n.id, sahabatId: sahabat.id } });

    const warga = await server.signedIn("warga@demo.suara.id");
    expect((await warga.request(`{ sahabatTasks { id } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const client = await server.signedIn("sahabat@demo.suara.id");
    const list = await client.request(`{ sahabatTasks { id title body done } }`);
    expect(list.data.sahabatTasks).toEqual([{ id: task.id, title: "Laporan Pak Rahman dijawab", body: "Dinas PUPR sudah menjawab.", done: false }]);
    expect((await client.request(`mutation($id: ID!) { completeSahabatTask(id: $id) }`, { id: task.id })).data.completeSahabatTask).toBe(true);
    expect((await client.request(`{ sahabatTasks { id } }`)).data.sahabatTasks).toEqual([]);
    expect((await client.request(`{ sahabatTasks(includeDone: true) { done } }`)).data.sahabatTasks).toEqual([{ done: true }]);
    // Audited like every sahabat action; a second tap changes and records nothing.
    expect((await client.request(`mutation($id: ID!) { completeSahabatTask(id: $id) }`, { id: task.id })).data.completeSahabatTask).toBe(false);
    expect(await server.db.prisma.auditLog.count({ where: { action: "sahabat.task.complete", entityId: task.id } })).toBe(1);
  });
});
