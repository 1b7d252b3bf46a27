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
import { publiclyReadable } from "../../domain/privacy/privacy.ts";
import { StatisticsFacts } from "../../domain/statistics/facts.ts";
import { complaintsVersion, NO_COMPLAINTS } from "./complaints-version.ts";

/**
 * How long before the previous read began a change stamped then may still commit: a transaction
 * lasts at most 10 s (db/open.ts), and instances' clocks may differ by a little. A slower one is
 * caught by the next reload.
 */
export const OVERLAP_MS = 20_000;
/**
 * How often the facts are read afresh from scratch, in the background, when asked for: on the
 * embedded database that read holds its one connection for about a second at 100,000 complaints.
 */
export const RELOAD_MS = 30 * 60_000;

// The rows come back as columns: one text a column, the values joined by the unit separator
// (ids, codes and numbers never hold it; an empty value is null), and whether each is public as
// one character a complaint. A driver turns 64,000 rows of a
// dozen values into objects in seconds; a dozen long strings it hands over at once.
const SEP = "\u001f";
const column = (value: string) => `coalesce(string_agg(coalesce(${value}, ''), chr(31)), '')`;
// date_part (double precision) rather than extract (numeric): the same milliseconds, cheaper.
const epochMs = (name: string) => `((date_part('epoch', f."${name}") * 1000)::bigint)::text`;
/** The same rule as STATISTICS_SQL's: not practice, not merged away, publicly readable. */
const PUBLIC = `NOT c."isSandbox" AND c."mergedIntoId" IS NULL
  AND c.privacy = ANY($1::text::"Privacy"[]) AND c.status = ANY($2::text::"ComplaintStatus"[])`;
// One aggregate step takes every row for all the columns at once, so the columns' values line up.
const factsSql = (label: string, where: string) => `-- statistics facts: ${label}
WITH f AS (SELECT c.*, (${PUBLIC}) AS public FROM "Complaint" c WHERE ${where})
SELECT count(*)::int AS n, ((extract(epoch FROM max(f."updatedAt")) * 1000)::bigint)::text AS newest,
  ${column("f.id")} AS ids, coalesce(string_agg(CASE WHEN f.public THEN '1' ELSE '0' END, ''), '') AS public,
  ${column("f.kind::text")} AS kind, ${column('f."categoryId"')} AS category, ${column('f."districtCode"')} AS district,
  ${column('f."agencyId"')} AS agency, ${column("f.status::text")} AS status, ${column("f.channel::text")} AS channel,
  ${column(epochMs("submittedAt"))} AS submitted, ${column(epochMs("verifiedAt"))} AS verified,
  ${column(epochMs("disposedAt"))} AS disposed, ${column(epochMs("firstAnswerAt"))} AS answered
FROM f`;

/** Every public complaint. */
export const FACTS_LOAD_SQL = factsSql("every public complaint", PUBLIC);
/** Every complaint changed after an instant ($3), public or not (one that left the public set is removed). */
export const FACTS_CHANGED_SQL = factsSql("complaints changed since", `c."updatedAt" > $3::timestamp`);

type Columns = {
  n: number;
  newest: string | null;
  ids: string;
  public: string;
  kind: string;
  category: string;
  district: string;
  agency: string;
  status: string;
  channel: string;
  submitted: string;
  verified: string;
  disposed: string;
  answered: string;
};

/**
 * Applies the rows read to the facts: a public complaint is added or updated, any other removed
 * (the load reads only public ones). Returns the newest `updatedAt` among them, or null.
 */
function apply(facts: StatisticsFacts, read: Columns): number | null {
  const n = Number(read.n);
  if (n === 0) return null;
  const split = (text: string) => {
    const values = text.split(SEP);
    if (values.length !== n) throw new Error(`statistics facts: ${values.length} values for ${n} complaints`);
    return values;
  };
  const [ids, kind, category, district, agency, status, channel, submitted, verified, disposed, answered] = [
    read.ids, read.kind, read.category, read.district, read.agency, read.status, read.channel, read.submitted, read.verified, read.disposed, read.answered,
  ].map(split) as string[][] as [string[], string[], string[], string[], string[], string[], string[], string[], string[], string[], string[]];
  const time = (text: string) => (text === "" ? null : Number(text));
  for (let i = 0; i < n; i++) {
    if (read.public[i] !== "1") {
      facts.remove(ids[i]!);
      continue;
    }
    facts.upsert(ids[i]!, {
      kind: kind[i]!,
      categoryId: category[i] || null,
      districtCode: district[i]!,
      agencyId: agency[i] || null,
      status: status[i]!,
      channel: channel[i]!,
      submittedAt: Number(submitted[i]),
      verifiedAt: time(verified[i]!),
      disposedAt: time(disposed[i]!),
      firstAnswerAt: time(answered[i]!),
    });
  }
  return read.newest === null ? null : Number(read.newest);
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

/** A PostgreSQL array literal of plain words or numbers (enum values, dates, counts: nothing to quote). */
export function arrayLiteral(values: readonly (string | number)[]): string {
  return `{${values.join(",")}}`;
}

/**
 * What the public may read, as the two first parameters ($1 privacies, $2 statuses) of these
 * statements and of STATISTICS_SQL. Arrays travel as array literals cast in SQL: drivers disagree
 * on how to send a JavaScript array for an enum array (PGlite sent "PUBLIC,ANONYMOUS"), while text
 * is sent the same way by every driver.
 */
export function publicScopeParams(): [string, string] {
  const scope = publiclyReadable();
  return [arrayLiteral(scope.privacies), arrayLiteral(scope.statuses)];
}

async function load(ctx: Context): Promise<Loaded> {
  const readAt = Date.now();
  // The newest change first: whatever commits during the load is read again by the next read.
  const version = await complaintsVersion(ctx.prisma);
  const [read] = await ctx.prisma.$queryRawUnsafe<Columns[]>(FACTS_LOAD_SQL, ...publicScopeParams());
  const facts = new StatisticsFacts(Number(read!.n) + 1024);
  const newest = Math.max(version === NO_COMPLAINTS ? 0 : Date.parse(version), apply(facts, read!) ?? 0);
  reading(ctx.deps.db).loads++;
  return { facts, newest, readAt, loadedAt: Date.now(), running: null, queued: null };
}

async function readChanges(ctx: Context, loaded: Loaded): Promise<void> {
  // Everything stamped after the newest seen, and whatever committed since the last read began.
  const since = new Date(Math.min(loaded.newest, loaded.readAt - OVERLAP_MS)).toISOString();
  const began = Date.now();
  const [read] = await ctx.prisma.$queryRawUnsafe<Columns[]>(FACTS_CHANGED_SQL, ...publicScopeParams(), since);
  loaded.readAt = began;
  reading(ctx.deps.db).changedRows += Number(read!.n);
  const newest = apply(loaded.facts, read!);
  if (newest !== null) loaded.newest = Math.max(loaded.newest, newest);
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
