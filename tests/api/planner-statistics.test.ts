// The embedded database's stand-in for autovacuum's analyze (services/workers/planner-statistics.ts):
// tables never analyzed, and tables changed by more than 50 rows plus a tenth since, are analyzed;
// the others are left alone. On PostgreSQL the server does it itself, so this runs on PGlite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshPlannerStatistics } from "../../server/src/services/workers/planner-statistics.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const refresh = () => refreshPlannerStatistics(server.db);

describe.skipIf(process.env.SUARA_TEST_DB === "postgres")("the planner's statistics on the embedded database", () => {
  it("analyzes what was never analyzed or changed by a tenth since, and nothing else", async () => {
    const prisma = server.db.prisma;
    await prisma.complaint.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        trackingCode: `GWA-PLN${String(i).padStart(4, "0")}`, accessSecretHash: "x", kind: "PENGADUAN" as const, title: i % 2 ? "Jalan berlubang" : "Lampu mati",
        story: "Cerita warga.", districtCode: "73.06.08", status: "VERIFIED" as const, privacy: "PUBLIC" as const,
      })),
    });
    const first = await refresh();
    expect(first).toContain("Complaint");
    // The search column's words are known to the planner now: "jalan" is common.
    const [words] = await prisma.$queryRawUnsafe<Array<{ elems: string | null }>>(
      `SELECT most_common_elems::text AS elems FROM pg_stats WHERE tablename = 'Complaint' AND attname = 'publicText'`,
    );
    expect(words?.elems).toContain("jalan");

    expect(await refresh()).not.toContain("Complaint");
    // A few changes are not enough; a tenth of the table and fifty more are.
    await prisma.complaint.updateMany({ where: { trackingCode: { in: ["GWA-PLN0000", "GWA-PLN0001"] } }, data: { supportCount: 1 } });
    expect(await refresh()).not.toContain("Complaint");
    await prisma.complaint.updateMany({ where: { trackingCode: { startsWith: "GWA-PLN" } }, data: { supportCount: 2 } });
    expect(await refresh()).toContain("Complaint");
  });
});
