// The open statistics' facts (domain/statistics/facts.ts), kept in memory per database and
// brought up to date as complaints change. Loaded on the first statistics request (one narrow
// read of every public complaint), never at start: a server nobody asks for figures holds none.
// Each reader then reads the complaints changed since the newest change it has seen (the
// `updatedAt` index) and updates, adds or removes them: every write that can move a figure
// (a status, a first answer, privacy, a merge, a new complaint) updates the complaint's
// `updatedAt`, on whichever instance made it. A change is stamped before it commits, so one
// committed after the last read may carry a stamp older than the newest seen: each read also goes
// back OVERLAP_MS before the previous read began (longer than a transaction may last), and reads
// from the older of the two. A full reload every RELOAD_MS, in the background, is the safety net
// under that. Readers asking at once share one read, and a reader never gets facts read before it
// asked.
import type { Context } from "../../context.ts";
import { isPubliclyReadable, publiclyReadable } from "../../domain/privacy/privacy.ts";
import type { Privacy } from "../../domain/privacy/privacy.ts";
import type { Status } from "../../domain/complaint/status.ts";
import { type FactRow, StatisticsFacts } from "../../domain/statistics/facts.ts";

/**
 * How long before the previous read began a change stamped then may still commit: a transaction
 * lasts at most 10 s (db/open.ts), and instances' clocks may differ by a little. A slower one is
 * caught by the next reload.
 */
export const OVERLAP_MS = 20_000;
/** How often the facts are read afresh from scratch, in the background. */
export const RELOAD_MS = 5 * 60_000;

const epochMs = (column: string) => `(extract(epoch FROM c."${column}") * 1000)::float8`;
const COLUMNS = `c.id, c.kind::text AS kind, c."categoryId" AS "categoryId", c."districtCode" AS "districtCode", c."agencyId" AS "agencyId",
  c.status::text AS status, c.channel::text AS channel, ${epochMs("submittedAt")} AS "submittedAt", ${epochMs("verifiedAt")} AS "verifiedAt",
  ${epochMs("disposedAt")} AS "disposedAt", ${epochMs("firstAnswerAt")} AS "firstAnswerAt", ${epochMs("updatedAt")} AS "updatedAt"`;

/** Every public complaint: the same rule as STATISTICS_SQL's (not practice, not merged away, publicly readable). */
export const FACTS_LOAD_SQL = `-- statistics facts: every public complaint
SELECT ${COLUMNS}
FROM "Complaint" c
WHERE NOT c."isSandbox" AND c."mergedIntoId" IS NULL
  AND c.privacy = ANY($1::text::"Privacy"[]) AND c.status = ANY($2::text::"ComplaintStatus"[])`;

/** Every complaint changed after an instant, public or not (one that left the public set is removed). */
export const FACTS_CHANGED_SQL = `-- statistics facts: complaints changed since
SELECT ${COLUMNS}, c."isSandbox" AS sandbox, c.privacy::text AS privacy, c."mergedIntoId" IS NOT NULL AS merged
FROM "Complaint" c
WHERE c."updatedAt" > $1::timestamp`;

const NEWEST_SQL = `SELECT ${epochMs("updatedAt")} AS newest FROM "Complaint" c ORDER BY c."updatedAt" DESC LIMIT 1`;

type Row = Omit<FactRow, "submittedAt"> & { id: string; submittedAt: number; updatedAt: number };
type ChangedRow = Row & { sandbox: boolean; privacy: Privacy; merged: boolean };

function factOf(row: Row): FactRow {
  return {
    kind: row.kind,
    categoryId: row.categoryId,
    districtCode: row.districtCode,
    agencyId: row.agencyId,
    status: row.status,
    channel: row.channel,
    submittedAt: Number(row.submittedAt),
    verifiedAt: row.verifiedAt === null ? null : Number(row.verifiedAt),
    disposedAt: row.disposedAt === null ? null : Number(row.disposedAt),
    firstAnswerAt: row.firstAnswerAt === null ? null : Number(row.firstAnswerAt),
  };
}

/** One loaded set of facts and how far it has read. */
type Loaded = {
  facts: StatisticsFacts;
  /** The newest `updatedAt` read, and when the last read (or the load) began (ms). */
  newest: number;
  readAt: number;
  loadedAt: number;
  /** The read under way, and the one that starts after it for readers who came meanwhile. */
  running: Promise<void> | null;
  queued: Promise<void> | null;
};

type Holder = { current: Loaded; reloading: Promise<void> | null };

const holders = new WeakMap<object, Promise<Holder>>();
/** How much each database's facts have read, for tests: full loads, and rows read by the reads of changes. */
const readings = new WeakMap<object, { loads: number; changedRows: number }>();

export function statisticsFactsReadings(db: object): { loads: number; changedRows: number } {
  return { ...(readings.get(db) ?? { loads: 0, changedRows: 0 }) };
}

function reading(db: object) {
  let r = readings.get(db);
  if (!r) readings.set(db, (r = { loads: 0, changedRows: 0 }));
  return r;
}

const arrayLiteral = (values: readonly string[]) => `{${values.join(",")}}`;

async function load(ctx: Context): Promise<Loaded> {
  const readAt = Date.now();
  // The newest change first: whatever commits during the load is read again by the next read.
  const [top] = await ctx.prisma.$queryRawUnsafe<Array<{ newest: number }>>(NEWEST_SQL);
  const scope = publiclyReadable();
  const rows = await ctx.prisma.$queryRawUnsafe<Row[]>(FACTS_LOAD_SQL, arrayLiteral(scope.privacies), arrayLiteral(scope.statuses));
  const facts = new StatisticsFacts(rows.length + 1024);
  let newest = top ? Number(top.newest) : 0;
  for (const row of rows) {
    facts.upsert(row.id, factOf(row));
    newest = Math.max(newest, Number(row.updatedAt));
  }
  reading(ctx.deps.db).loads++;
  return { facts, newest, readAt, loadedAt: Date.now(), running: null, queued: null };
}

async function readChanges(ctx: Context, loaded: Loaded): Promise<void> {
  // Everything stamped after the newest seen, and whatever committed since the last read began.
  const since = new Date(Math.min(loaded.newest, loaded.readAt - OVERLAP_MS)).toISOString();
  const began = Date.now();
  const rows = await ctx.prisma.$queryRawUnsafe<ChangedRow[]>(FACTS_CHANGED_SQL, since);
  loaded.readAt = began;
  reading(ctx.deps.db).changedRows += rows.length;
  for (const row of rows) {
    const isPublic = !row.sandbox && !row.merged && isPubliclyReadable({ privacy: row.privacy, status: row.status as Status });
    if (isPublic) loaded.facts.upsert(row.id, factOf(row));
    else loaded.facts.remove(row.id);
    loaded.newest = Math.max(loaded.newest, Number(row.updatedAt));
  }
}

/** A read of changes that started after this call: the one under way is joined only by who came before it. */
function readChangesShared(ctx: Context, loaded: Loaded): Promise<void> {
  if (!loaded.running) {
    loaded.running = readChanges(ctx, loaded).finally(() => {
      loaded.running = null;
    });
    return loaded.running;
  }
  loaded.queued ??= loaded.running
    .catch(() => {})
    .then(() => {
      loaded.queued = null;
      return readChangesShared(ctx, loaded);
    });
  return loaded.queued;
}

/** The facts of every public complaint as of this call (loaded on the first call for this database). */
export async function currentStatisticsFacts(ctx: Context): Promise<StatisticsFacts> {
  const db = ctx.deps.db;
  let holding = holders.get(db);
  if (!holding) {
    holding = load(ctx).then((current) => ({ current, reloading: null }));
    holders.set(db, holding);
    holding.catch(() => {
      if (holders.get(db) === holding) holders.delete(db);
    });
  }
  const holder = await holding;
  if (Date.now() - holder.current.loadedAt > RELOAD_MS && !holder.reloading) {
    holder.reloading = load(ctx)
      .then(async (fresh) => {
        await readChanges(ctx, fresh);
        holder.current = fresh;
      })
      .catch((error: unknown) => {
        // The kept facts stay (still read forward); the next try waits another period.
        holder.current.loadedAt = Date.now();
        console.warn("[statistics] facts not reloaded", error);
      })
      .finally(() => {
        holder.reloading = null;
      });
  }
  // A reload may put other facts in place while this reads: read those too, so they hold every
  // change made before this call.
  for (;;) {
    const loaded = holder.current;
    await readChangesShared(ctx, loaded);
    if (holder.current === loaded) return loaded.facts;
  }
}
