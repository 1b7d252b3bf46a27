// Two instances of the service on one PostgreSQL tick at the same moment: every due complaint
// is closed exactly once and nothing fails. (PGlite has one connection and cannot race, so
// this runs only in `npm run test:pg`.)
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Database } from "../../server/src/db/open.ts";
import { InProcessBus } from "../../server/src/events/bus.ts";
import { tick } from "../../server/src/services/workers/scheduler.ts";
import { onPostgres } from "../support/database.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const now = new Date("2027-01-20T01:00:00Z");
let server: TestServer;
let second: Database;

beforeAll(async () => {
  if (!onPostgres) throw new Error("scheduler-race needs PostgreSQL: run it with npm run test:pg");
  server = await startTestServer({ now: () => now });
  // A second instance: its own connection pool on the test server's database.
  const url = server.db.url!;
  second = await openDatabase({ kind: "postgres", url }, { migrate: false });
});
afterAll(async () => {
  await second?.close();
  await server?.close();
});

it("closes each due complaint exactly once when two instances tick together", async () => {
  const district = "73.06.08";
  const ids: string[] = [];
  for (let i = 0; i < 40; i++) {
    const c = await server.db.prisma.complaint.create({
      data: {
        trackingCode: `GWA-RACE-${String(i).padStart(2, "0")}`,
        accessSecretHash: "x",
        kind: "PENGADUAN",
        title: `Race ${i}`,
        story: "s",
        districtCode: district,
        status: "RESOLVED",
        closeDueAt: new Date(now.getTime() - 60_000),
      },
    });
    ids.push(c.id);
  }
  const other = { ...server.deps, db: second, bus: new InProcessBus() };
  const [a, b] = await Promise.all([tick(server.deps), tick(other)]);
  // One instance held the lock; the other skipped (or found nothing left to do).
  const closed = [...a.closed, ...b.closed];
  expect(closed.sort()).toEqual([...ids].sort());
  const events = await server.db.prisma.timelineEvent.count({ where: { complaintId: { in: ids }, toStatus: "CLOSED" } });
  expect(events).toBe(40);
  expect(await server.db.prisma.complaint.count({ where: { id: { in: ids }, status: "CLOSED" } })).toBe(40);
});
