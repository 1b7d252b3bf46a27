// Two instances on one PostgreSQL: a notification written through the first (a verifier's
// action there) reaches a notificationAdded subscriber connected to the second, through
// LISTEN/NOTIFY; and signing out through the first closes the session's WebSocket on the second.
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../server/src/app.ts";
import { onPostgres } from "../support/database.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let first: TestServer;
let second: RunningServer;

beforeAll(async () => {
  if (!onPostgres) throw new Error("this test needs PostgreSQL: run it with SUARA_TEST_DB=postgres (scripts/postgres.sh)");
  first = await startTestServer();
  second = await startServer({
    web: false,
    database: { kind: "postgres", url: first.db.url! },
    env: { PORT: "0", HOST: "127.0.0.1", DEMO: "false", SCHEDULER_INTERVAL_MS: "0", DATA_DIR: first.env.dataDir },
    seed: false,
  });
}, 60_000);
afterAll(async () => {
  await second?.close();
  await first?.close();
});

it("delivers a notification made on one instance to its person subscribed on the other, and signing out closes it there", async () => {
  const resident = await first.signedIn("warga@demo.suara.id");
  const verifier = await first.signedIn("verifikator@demo.suara.id");
  const filed = await resident.request(
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id trackingCode } } }`,
    { i: { kind: "PENGADUAN", title: "Jembatan retak", story: "Retak panjang di tengah jembatan.", districtCode: "73.06.08", privacy: "ANONYMOUS" } },
  );
  const { id, trackingCode: code } = filed.data.submitComplaint.complaint;
  const userId = (await first.db.prisma.user.findUniqueOrThrow({ where: { email: "warga@demo.suara.id" } })).id;

  let closedWith: number | null = null;
  const client = createClient({
    url: second.url.replace(/^http/, "ws") + "/graphql",
    retryAttempts: 0,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie: resident.cookieHeader() } });
      }
    },
    on: { closed: (event) => (closedWith = (event as { code: number }).code) },
  });
  const iterator = client.iterate({ query: `subscription { notificationAdded { title trackingCode } }` });
  const next = iterator.next();
  for (let i = 0; i < 400 && second.deps.bus.subscriberCount(`user:${userId}`) === 0; i++) await new Promise((r) => setTimeout(r, 25));
  expect(second.deps.bus.subscriberCount(`user:${userId}`)).toBe(1);

  const acted = await verifier.request(`mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, { i: { complaintId: id, action: "verify" } });
  expect(acted.data.actOnComplaint.errors).toEqual([]);
  const result = await Promise.race([next, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no notification in 5 s")), 5000))]);
  expect((result.value as { data: unknown }).data).toEqual({
    notificationAdded: { title: `Verifikator telah memeriksa laporan Anda ${code}.`, trackingCode: code },
  });

  await resident.request(`mutation { signOut }`);
  for (let i = 0; i < 200 && closedWith === null; i++) await new Promise((r) => setTimeout(r, 25));
  expect(closedWith).toBe(4401);
  await client.dispose();
});
