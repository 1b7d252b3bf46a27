// The bare reference of tests/bench/idle-memory.ts, in plain JavaScript run by node itself: the
// same database opened the way the service opens it (PGlite in DATA_DIR with the shared buffers
// idle-memory.ts passes to both, or a PostgreSQL pool), one query, and an HTTP server answering
// /healthz. Nothing else.
import http from "node:http";
import path from "node:path";

let check;
if (process.env.DATABASE_URL) {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  check = () => pool.query("SELECT 1");
} else {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = new PGlite({ dataDir: path.join(process.env.DATA_DIR, "pglite"), postgresqlconf: [`shared_buffers = ${process.env.PGLITE_SHARED_BUFFERS_MB}MB`] });
  await db.waitReady;
  check = () => db.query("SELECT 1");
}
await check();
const server = http.createServer(async (_req, res) => {
  await check();
  res.end("ok");
});
server.listen(0, "127.0.0.1", () => console.log(`bare is running at http://127.0.0.1:${server.address().port}.`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
