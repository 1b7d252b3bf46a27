// complaintUpdated over a real WebSocket with the graphql-ws client: the event a mutation causes
// reaches the subscriber; access is checked on subscribe; other sites cannot open the socket.
import type { Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { liveClient } from "../support/live.ts";

let server: TestServer;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await server?.close();
});

function wsClient(headers: Record<string, string> = {}): Client {
  const client = liveClient(server.wsUrl, headers);
  clients.push(client);
  return client;
}

async function file(privacy = "PUBLIC") {
  const res = await server.client().request(
    `mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) { accessSecret complaint { id trackingCode } } }`,
    { input: { kind: "ASPIRASI", title: "Taman desa", story: "Mohon taman bermain.", districtCode: "73.06.06", privacy } },
  );
  const c = res.data.submitComplaint.complaint;
  return { id: c.id as string, code: c.trackingCode as string, secret: res.data.submitComplaint.accessSecret as string };
}

const SUBSCRIBE = `subscription($code: String!, $secret: String) {
  complaintUpdated(trackingCode: $code, accessSecret: $secret) { trackingCode statusLabel timeline { type note } }
}`;

describe("complaintUpdated", () => {
  it("delivers the update a mutation caused to a subscriber", async () => {
    const { id, code, secret } = await file();
    const iterator = wsClient().iterate({ query: SUBSCRIBE, variables: { code, secret } });
    const first = iterator.next();
    // The mutation must not fire before the server holds the subscription.
    await server.subscribed(id);
    const reply = await server.client().request(
      `mutation($input: ReplyToComplaintInput!) { replyToComplaint(input: $input) { errors { field } } }`,
      { input: { trackingCode: code, accessSecret: secret, body: "Lokasinya di samping masjid." } },
    );
    expect(reply.data.replyToComplaint.errors).toEqual([]);
    const result = await Promise.race([
      first,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no event within 5 s")), 5000)),
    ]);
    expect(result.done).toBe(false);
    const data = (result.value as { data: any }).data.complaintUpdated;
    expect(data.trackingCode).toBe(code);
    expect(data.timeline.at(-1)).toEqual({ type: "REPLY", note: "Lokasinya di samping masjid." });
    await iterator.return?.();
  });

  it("refuses to subscribe to a confidential complaint without its secret", async () => {
    const { code } = await file("CONFIDENTIAL");
    const iterator = wsClient().iterate({ query: SUBSCRIBE, variables: { code } });
    // graphql-ws rejects the iteration with the GraphQL errors the server sent.
    const errors = await iterator.next().then(
      () => null,
      (e: unknown) => e as { extensions?: { code?: string } }[],
    );
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("rejects a WebSocket opened from another site", async () => {
    const socket = new WebSocket(server.wsUrl, "graphql-transport-ws", { headers: { origin: "https://evil.example" } });
    const outcome = await new Promise<string>((resolve) => {
      socket.on("open", () => resolve("open"));
      socket.on("unexpected-response", (_req, res) => resolve(`status ${res.statusCode}`));
      socket.on("error", () => resolve("error"));
    });
    expect(outcome).toBe("status 403");
  });
});
