import { existsSync } from "node:fs";
import { readFileSync } from "node:fs";
import { startServer } from "../../../server/src/app.ts";
const dir = "/tmp/sq-explore";
const fresh = !existsSync(`${dir}/pglite`);
const server = await startServer({ env: { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dir, DEMO: "false", SERVE_WEB: "false", SCHEDULER_INTERVAL_MS: "0", OUTBOX_INTERVAL_MS: "0", ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) } });
const prisma = server.db.prisma;
if (fresh) { const m = await import("./public-square-seed.ts"); await m.seed(prisma, 100000); await prisma.$executeRawUnsafe("VACUUM ANALYZE \"Complaint\""); }
const sql = readFileSync(0, "utf8");
for (const q of sql.split(";;").map((s) => s.trim()).filter(Boolean)) {
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const rows = await prisma.$queryRawUnsafe<any[]>(q);
    const ms = performance.now() - t;
    if (i === 2) { console.log(`-- ${ms.toFixed(1)} ms, ${rows.length} rows`); if (q.startsWith("EXPLAIN")) console.log(rows.map((r) => r["QUERY PLAN"]).join("\n")); else console.log(JSON.stringify(rows.slice(0, 2))); }
  }
}
await server.close();
