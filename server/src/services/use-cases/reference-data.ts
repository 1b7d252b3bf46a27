// The reference data every filing checks against (regions, categories, agencies, routing, the
// holiday calendar), held in memory per database. These tables change only when an
// administrator edits them (or the seed runs at start), while a filing reads them on every
// request; on PGlite each of those reads waited for the one connection every other request
// needs too. An edit publishes `reference.changed` on the event bus (after its commit), and
// every instance listening (watchReferenceData, started with the server) drops its copy, so the
// next request reads the tables again: PostgreSQL's bus carries the event across instances. A
// copy also expires after a while, in case an instance missed an event while its listening
// connection was reconnecting.
import type { Agency, Category, PrismaClient, Region } from "../../generated/prisma/client.ts";
import { type EventBus, topics } from "../../events/bus.ts";

export type ReferenceData = {
  /** Every region by code: the whole row, as the API's Region type exposes it. */
  regions: ReadonlyMap<string, Readonly<Region>>;
  /** The regions directly below a region, by name (as the forms list them). */
  childrenOf: ReadonlyMap<string, readonly Readonly<Region>[]>;
  /** Every category by id, active or not. */
  categories: ReadonlyMap<string, Readonly<Category>>;
  /** The active categories in display order (sortOrder, then slug). */
  activeCategories: readonly Readonly<Category>[];
  /** Every agency by id, active or not, workshop sandboxes included. */
  agencies: ReadonlyMap<string, Readonly<Agency>>;
  /** Category routes to an active agency that is not a workshop sandbox (routing.ts picks one). */
  routes: ReadonlyMap<string, readonly { regionCode: string | null; agencyId: string }[]>;
  /** Holiday dates as YYYY-MM-DD. */
  holidays: ReadonlySet<string>;
  /** The same dates, sorted. */
  holidayDates: readonly string[];
};

/** How long a copy lives when an event tells this instance of changes, and when nothing does. */
const WATCHED_TTL_MS = 10 * 60_000;
const UNWATCHED_TTL_MS = 60_000;

type Entry = {
  /** Bumped by every change: a read that started before it is not kept. */
  generation: number;
  loading: { generation: number; promise: Promise<ReferenceData> } | null;
  copy: { at: number; data: ReferenceData } | null;
  watchers: number;
};

const entries = new WeakMap<PrismaClient, Entry>();

function entryOf(prisma: PrismaClient): Entry {
  let entry = entries.get(prisma);
  if (!entry) entries.set(prisma, (entry = { generation: 0, loading: null, copy: null, watchers: 0 }));
  return entry;
}

async function read(prisma: PrismaClient): Promise<ReferenceData> {
  const [regions, categories, agencies, routes, holidays] = await Promise.all([
    prisma.region.findMany({ orderBy: { name: "asc" } }),
    prisma.category.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] }),
    prisma.agency.findMany(),
    prisma.categoryRoute.findMany({ select: { categoryId: true, regionCode: true, agencyId: true } }),
    prisma.holiday.findMany({ select: { date: true } }),
  ]);
  const agencyMap = new Map(agencies.map((a) => [a.id, a]));
  const routeMap = new Map<string, { regionCode: string | null; agencyId: string }[]>();
  for (const r of routes) {
    const agency = agencyMap.get(r.agencyId);
    if (!agency?.active || agency.isSandbox) continue;
    let list = routeMap.get(r.categoryId);
    if (!list) routeMap.set(r.categoryId, (list = []));
    list.push({ regionCode: r.regionCode, agencyId: r.agencyId });
  }
  // Read in name order, so each parent's list is in name order as it is built.
  const childrenOf = new Map<string, Region[]>();
  for (const r of regions) {
    if (r.parentCode === null) continue;
    let list = childrenOf.get(r.parentCode);
    if (!list) childrenOf.set(r.parentCode, (list = []));
    list.push(r);
  }
  return {
    regions: new Map(regions.map((r) => [r.code, r])),
    childrenOf,
    categories: new Map(categories.map((c) => [c.id, c])),
    activeCategories: categories.filter((c) => c.active),
    agencies: agencyMap,
    routes: routeMap,
    holidays: new Set(holidays.map((h) => h.date.toISOString().slice(0, 10))),
    holidayDates: [...new Set(holidays.map((h) => h.date.toISOString().slice(0, 10)))].sort(),
  };
}

/** This database's reference data, from memory when the copy is current. */
export function referenceData(prisma: PrismaClient, now = Date.now()): Promise<ReferenceData> {
  const entry = entryOf(prisma);
  const ttl = entry.watchers > 0 ? WATCHED_TTL_MS : UNWATCHED_TTL_MS;
  // A clock moved back (tests freeze and move it) counts as expired too.
  if (entry.copy && now - entry.copy.at <= ttl && now >= entry.copy.at) return Promise.resolve(entry.copy.data);
  if (entry.loading && entry.loading.generation === entry.generation) return entry.loading.promise;
  const generation = entry.generation;
  const promise = read(prisma).then(
    (data) => {
      if (entry.generation === generation) entry.copy = { at: now, data };
      if (entry.loading?.promise === promise) entry.loading = null;
      return data;
    },
    (error: unknown) => {
      if (entry.loading?.promise === promise) entry.loading = null;
      throw error;
    },
  );
  entry.loading = { generation, promise };
  return promise;
}

/** Drops this instance's copy (the next request reads the tables again). */
export function forgetReferenceData(prisma: PrismaClient): void {
  const entry = entryOf(prisma);
  entry.generation++;
  entry.copy = null;
  entry.loading = null;
}

/**
 * After an administrator's change has committed: this instance forgets at once (so the very next
 * request sees the change), and every instance hears it through the bus.
 */
export async function referenceDataChanged(deps: { db: { prisma: PrismaClient }; bus: EventBus }): Promise<void> {
  forgetReferenceData(deps.db.prisma);
  await deps.bus.publish(topics.reference, { type: "reference.changed" }).catch((error: unknown) => {
    // The change is committed; other instances pick it up when their copy expires.
    console.error("[reference] publish failed", error);
  });
}

/** Listens for changes on the bus for as long as the server runs; returns the way to stop. */
export function watchReferenceData(prisma: PrismaClient, bus: EventBus): () => Promise<void> {
  const entry = entryOf(prisma);
  entry.watchers++;
  const controller = new AbortController();
  const done = (async () => {
    for await (const event of bus.subscribe(topics.reference, controller.signal)) {
      if (event.type === "reference.changed") forgetReferenceData(prisma);
    }
  })().catch((error: unknown) => console.error("[reference] listening failed", error));
  return async () => {
    entry.watchers--;
    controller.abort();
    await done;
  };
}
