// Two instances of the service on one PostgreSQL tick at the same moment with workshops due to
// end and to be purged: each is ended once and purged once, its counts kept once, nothing fails.
// (PGlite has one connection and cannot race, so this runs only in `npm run test:pg`.)
import { existsSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Database } from "../../server/src/db/open.ts";
import { InProcessBus } from "../../server/src/events/bus.ts";
import { purgeWorkshop } from "../../server/src/services/use-cases/workshop-lifecycle.ts";
import { tick } from "../../server/src/services/workers/scheduler.ts";
import { onPostgres } from "../support/database.ts";
import { demoEmail } from "../support/demo.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { addDraft, addParticipant, complaintWithEverything, createWorkshop, userByEmail } from "../support/workshop-factory.ts";

const H = 3_600_000;
const now = new Date("2027-02-10T01:00:00Z");
let server: TestServer;
let second: Database;

beforeAll(async () => {
  if (!onPostgres) throw new Error("workshop-purge-race needs PostgreSQL: run it with npm run test:pg");
  server = await startTestServer({ now: () => now });
  second = await openDatabase({ kind: "postgres", url: server.db.url! }, { migrate: false });
});
afterAll(async () => {
  await second?.close();
  await server?.close();
});

it("ends and purges each due workshop exactly once when two instances tick together", async () => {
  const prisma = server.db.prisma;
  const trainerId = await userByEmail(prisma, demoEmail.trainer);
  const sahabatId = await userByEmail(prisma, demoEmail.sahabat);
  const agencyId = (await prisma.agency.findFirstOrThrow({ where: { isSandbox: true } })).id;
  const dueToEnd: string[] = [];
  const dueToPurge: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < 6; i++) {
    const ending = await createWorkshop(prisma, { trainerId, startsAt: new Date(now.getTime() - 13 * H) });
    dueToEnd.push(ending.id);
    const purging = await createWorkshop(prisma, { trainerId, startsAt: new Date(now.getTime() - 100 * H), closedAt: new Date(now.getTime() - 99 * H) });
    dueToPurge.push(purging.id);
    for (let n = 1; n <= 3; n++) {
      const p = await addParticipant(prisma, purging.id, { number: n, errorsByStep: { lokasi: 1 }, finished: true });
      files.push(...(await addDraft(prisma, server.deps.uploadDir, p.id, { withPhoto: true, at: now })).files);
      files.push(...(await complaintWithEverything(prisma, server.deps.uploadDir, { workshop: { id: purging.id, participantId: p.id }, sahabatId, agencyId })).files);
    }
  }
  const other = { ...server.deps, db: second, bus: new InProcessBus() };
  const [a, b] = await Promise.all([tick(server.deps), tick(other)]);
  expect([...(a.endedWorkshops ?? []), ...(b.endedWorkshops ?? [])].sort()).toEqual([...dueToEnd].sort());
  expect(await prisma.auditLog.count({ where: { action: "workshop.end_by_time" } })).toBe(6);

  // The purge runs after the lock is let go: race it head on, too.
  const racing = await Promise.all(dueToPurge.flatMap((id) => [purgeWorkshop(server.deps, id), purgeWorkshop(other, id)]));
  const purged = [...(a.purgedWorkshops ?? []), ...(b.purgedWorkshops ?? [])];
  expect(purged.length + racing.filter(Boolean).length).toBe(6);
  expect(await prisma.auditLog.count({ where: { action: "workshop.purge" } })).toBe(6);
  for (const id of dueToPurge) {
    // The counts once, and the practice answers' figures kept beside them (none answered here).
    const { inclusion, ...counts } = (await prisma.workshop.findUniqueOrThrow({ where: { id } })).summary as Record<string, unknown>;
    expect(counts).toEqual({ participants: 3, finished: 3, complaintsFiled: 3, errorsByStep: [{ step: "lokasi", count: 3 }] });
    expect(inclusion).toMatchObject({ total: { value: null, publication: "SMALL" } });
  }
  expect(await prisma.complaint.count({ where: { workshopId: { in: dueToPurge } } })).toBe(0);
  for (const file of files) expect(existsSync(file)).toBe(false);
});
