// Two instances of the outbox on one PostgreSQL, each with its own connection pool, plan and
// deliver at the same moment: every notification is planned once and every message reaches the
// gateway exactly once (FOR UPDATE SKIP LOCKED + leases). PGlite has one connection and cannot
// race, so this runs only with SUARA_TEST_DB=postgres.
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Database } from "../../server/src/db/open.ts";
import { smsAdapter } from "../../server/src/services/channels/sms.ts";
import { Outbox } from "../../server/src/services/workers/outbox.ts";
import { onPostgres } from "../support/database.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { type GatewayStandIn, startSmsGateway } from "../support/stand-ins.ts";

const now = new Date("2027-01-20T02:00:00Z");
let server: TestServer;
let second: Database;
let gateway: GatewayStandIn;

beforeAll(async () => {
  if (!onPostgres) throw new Error("outbox-race needs PostgreSQL: run it with SUARA_TEST_DB=postgres");
  gateway = await startSmsGateway();
  server = await startTestServer({ now: () => now });
  second = await openDatabase({ kind: "postgres", url: server.db.url! }, { migrate: false });
});
afterAll(async () => {
  await second?.close();
  await server?.close();
  await gateway?.close();
});

it("two instances claiming together never deliver a row twice", async () => {
  const COUNT = 120;
  await server.db.prisma.notification.createMany({
    data: Array.from({ length: COUNT }, (_, i) => ({
      contact: `0812 9000 ${String(i).padStart(4, "0")}`,
      title: `Pesan ${i}`,
      body: "Laporan Anda berubah.",
    })),
  });
  const config = { url: gateway.url, format: "json" as const, body: '{"to":"{{to}}","text":"{{text}}"}', headers: {}, idempotencyHeader: "Idempotency-Key" };
  const options = { batch: 7, leaseMs: 120_000 };
  const a = new Outbox(server.deps, { SMS: smsAdapter(config) }, options);
  const b = new Outbox({ ...server.deps, db: second }, { SMS: smsAdapter(config) }, options);

  // Several rounds from each instance, interleaved.
  const [ra, rb] = await Promise.all([a.runOnce(100), b.runOnce(100)]);
  expect(ra.planned + rb.planned).toBe(COUNT);
  expect(ra.sent + rb.sent).toBe(COUNT);
  expect(ra.sent).toBeGreaterThan(0);
  expect(rb.sent).toBeGreaterThan(0);

  const keys = gateway.requests.map((r) => String(r.headers["idempotency-key"]));
  expect(keys).toHaveLength(COUNT);
  expect(new Set(keys).size).toBe(COUNT);

  const rows = await server.db.prisma.delivery.groupBy({ by: ["status"], _count: true });
  expect(rows).toEqual([{ status: "SENT", _count: COUNT }]);
  expect(await server.db.prisma.delivery.count({ where: { attemptCount: { not: 1 } } })).toBe(0);
});
