// Prisma CLI configuration. The CLI runs with the JS schema engine on an in-memory PGlite so
// nothing native is downloaded (STACK.md). The CLI is used for `generate` and for authoring
// migrations only; the service applies committed migrations itself (server/src/db/migrate.ts).
import { defineConfig } from "prisma/config";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

// The CLI only reads the datasource URL to parse the schema; without a value it falls back to
// downloading a native query engine. The JS engine below never connects through it.
process.env.DATABASE_URL ??= "postgresql://localhost/unused-by-prisma-cli";
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    // pglite-prisma-adapter bundles older adapter typings; the runtime interface matches.
    return new PrismaPGlite(new PGlite()) as unknown as SqlMigrationAwareDriverAdapterFactory;
  },
});
