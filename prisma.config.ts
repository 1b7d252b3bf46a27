// Prisma CLI configuration. The CLI runs with the JS schema engine on in-memory PGlite so that
// nothing native is downloaded (STACK.md). The CLI is used for `generate` and for authoring
// migrations (`npm run db:new-migration`); the service applies committed migrations itself
// (server/src/db/migrate.ts).
import { PGlite } from "@electric-sql/pglite";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// The CLI only reads the datasource URL to parse the schema; without a value it falls back to
// downloading a native query engine. The JS engine below never connects through it.
process.env.DATABASE_URL ??= "postgresql://localhost/unused-by-prisma-cli";
process.env.CHECKPOINT_DISABLE ??= "1";

const EMPTY_RESULT = { columnNames: [], columnTypes: [], rows: [] };

/**
 * The schema engine replays migrations into the shadow database one script per call, as a
 * single prepared statement, which PostgreSQL refuses for several commands. Parameterless SQL
 * that PGlite refuses that way is run as a script instead.
 */
function scriptFriendly(adapter: SqlDriverAdapter, db: PGlite): SqlDriverAdapter {
  const multiple = (error: unknown) => String((error as Error)?.message ?? error).includes("multiple commands");
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "executeScript") return async (script: string) => void (await db.exec(script));
      if (prop === "executeRaw" || prop === "queryRaw") {
        return async (query: SqlQuery) => {
          try {
            return await (target[prop] as (q: SqlQuery) => Promise<unknown>).call(target, query);
          } catch (error) {
            if (query.args.length > 0 || !multiple(error)) throw error;
            await db.exec(query.sql);
            return prop === "executeRaw" ? 0 : EMPTY_RESULT;
          }
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    // pglite-prisma-adapter bundles older adapter typings; the runtime interface matches.
    const main = new PGlite();
    const factory = new PrismaPGlite(main) as unknown as SqlMigrationAwareDriverAdapterFactory;
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => scriptFriendly(await factory.connect(), main),
      connectToShadowDb: async () => {
        const shadow = new PGlite();
        const adapter = (await new PrismaPGlite(shadow).connect()) as unknown as SqlDriverAdapter;
        return scriptFriendly(adapter, shadow);
      },
    };
  },
});
