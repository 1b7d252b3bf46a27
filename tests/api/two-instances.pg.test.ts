// Two instances of the service on one PostgreSQL: a change made through the first reaches a
// graphql-ws subscriber connected to the second, through LISTEN/NOTIFY.
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../server/src/app.ts";
import { onPostgres } from "../support/database.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let first: TestServer;
let second: RunningServer;

beforeAll(async () => {
  if (!onPostgres) throw new Error("two-instances needs PostgreSQL: run it with npm run test:pg");
  first = await startTestServer();
  const url = first.db.url!;
  second = await startServer({
    web: false,
    database: { kind: "postgres", url },
    env: { PORT: "0", HOST: "127.0.0.1", DEMO: "false", SCHEDULER_INTERVAL_MS: "0", DATA_DIR: first.env.dataDir },
    seed: false,
  });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

it("delivers an update made on one instance to a subscriber on the other", async () => {
  const filed = await first.client().request(
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { id trackingCode } } }`,
    { i: { kind: "ASPIRASI", title: "Pos ronda", story: "Mohon pos ronda.", districtCode: "73.06.08", privacy: "PUBLIC" } },
  );
  const { id, trackingCode: code } = filed.data.submitComplaint.complaint;
  const secret = filed.data.submitComplaint.accessSecret;

  const client = createClient({ url: second.url.replace(/^http/, "ws") + "/graphql", webSocketImpl: WebSocket, retryAttempts: 0 });
  const iterator = client.iterate({
    query: `subscription($c: String!, $s: String) { complaintUpdated(trackingCode: $c, accessSecret: $s) { timeline { type note } } }`,
    variables: { c: code, s: secret },
  });
  const next = iterator.next();
  // Wait until the second instance holds the subscription, so the mutation cannot race it.
  for (let i = 0; i < 400 && second.deps.bus.subscriberCount(`complaint:${id}`) === 0; i++) {
    await new Promise((r) => setTimeout(r, 25));
  }
  await first.client().request(
    `mutation($i: ReplyToComplaintInput!) { replyToComplaint(input: $i) { errors { field } } }`,
    { i: { trackingCode: code, accessSecret: secret, body: "Di ujung lorong tiga." } },
  );
  const result = await Promise.race([next, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no event in 5 s")), 5000))]);
  expect((result.value as { data: { complaintUpdated: { timeline: { note: string }[] } } }).data.complaintUpdated.timeline.at(-1)).toEqual({
    type: "REPLY",
    note: "Di ujung lorong tiga.",
  });
  await iterator.return?.();
  await client.dispose();
});
