// "Who is being served" in figures through GraphQL: answers seeded straight into the table, then
// what the public year, the staff's month and a workshop's report publish of them. Every cell
// under 5 reads as SMALL with no value, enough others are withheld that no published total or
// difference gives it back, practice answers never count, and a workshop's purge deletes its
// answers and keeps the suppressed figures.
import { randomBytes } from "node:crypto";
import type { GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../server/src/graphql/schema.ts";
import { purgeWorkshop } from "../../server/src/services/use-cases/workshop-lifecycle.ts";
import { demoEmail } from "../support/demo.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { createWorkshop, userByEmail } from "../support/workshop-factory.ts";

let server: TestServer;
let now = new Date("2026-11-20T04:00:00Z");
beforeAll(async () => {
  server = await startTestServer({ now: () => now, env: { WORKSHOP_GRACE_HOURS: "72" } });
});
afterAll(() => server?.close());

const WITH = { walking: "CANNOT", seeing: "NONE", hearing: "NONE", remembering: "NONE", selfCare: "NONE", communicating: "NONE" } as const;
const WITHOUT = { ...WITH, walking: "NONE" } as const;
type Seed = { districtCode: string; channel: "SELF" | "SAHABAT" | "SMS" | "OTHER"; month: string; workshopId?: string | null; with?: boolean; gender?: "FEMALE" | "MALE" | null; ageBand?: "FROM_60" | null };

async function seed(n: number, row: Seed) {
  await server.db.prisma.inclusionAnswer.createMany({
    data: Array.from({ length: n }, () => ({
      districtCode: row.districtCode,
      channel: row.channel,
      month: row.month,
      workshopId: row.workshopId ?? null,
      ...(row.with ? WITH : WITHOUT),
      gender: row.gender ?? "FEMALE",
      ageBand: row.ageBand ?? "FROM_60",
      ticketHash: randomBytes(16).toString("hex"),
      deletionTokenHash: randomBytes(16).toString("hex"),
    })),
  });
}

const FIGURES = `query($y: Int) { inclusionFigures(year: $y) {
  errors { field code message }
  figures { year years months total { value publication }
    tables { dimension grouping columns total { value publication }
      columnTotals { value publication }
      rows { key name total { value publication } cells { value publication } } } } } }`;

type CellT = { value: number | null; publication: "SHOWN" | "SMALL" | "HIDDEN" };
type TableT = { dimension: string; grouping: string; columns: string[]; total: CellT; columnTotals: CellT[]; rows: { key: string; name: string | null; total: CellT; cells: CellT[] }[] };

/** What a reader could work out from the published figures with one sum: a row or column with exactly one withheld count. */
function naiveRecoveries(tables: TableT[]): string[] {
  const found: string[] = [];
  for (const t of tables) {
    for (const r of t.rows) {
      const line = [r.total, ...r.cells];
      if (line.filter((c) => c.publication !== "SHOWN").length === 1) found.push(`${t.dimension}/${t.grouping}/${r.key}`);
    }
    t.columns.forEach((column, j) => {
      const line = [t.columnTotals[j]!, ...t.rows.map((r) => r.cells[j]!)];
      if (line.filter((c) => c.publication !== "SHOWN").length === 1) found.push(`${t.dimension}/${t.grouping}/column ${column}`);
    });
    const totals = [t.total, ...t.rows.map((r) => r.total)];
    if (totals.filter((c) => c.publication !== "SHOWN").length === 1) found.push(`${t.dimension}/${t.grouping}/rows`);
  }
  return found;
}

const table = (tables: TableT[], dimension: string, grouping: string) => tables.find((t) => t.dimension === dimension && t.grouping === grouping)!;

describe("the public year", () => {
  beforeAll(async () => {
    // 2026: kecamatan 73.06.02 busy, 73.06.08 with 3 answers with a disability among 30.
    for (const month of ["2026-03", "2026-07", "2026-11"]) {
      for (const channel of ["SELF", "SAHABAT", "SMS", "OTHER"] as const) {
        await seed(6, { districtCode: "73.06.02", channel, month, with: true });
        await seed(6, { districtCode: "73.06.02", channel, month, gender: "MALE" });
      }
    }
    await seed(27, { districtCode: "73.06.08", channel: "SELF", month: "2026-07", gender: "MALE" });
    await seed(3, { districtCode: "73.06.08", channel: "SELF", month: "2026-07", with: true });
    // Practice answers of a workshop: never counted.
    const trainerId = await userByEmail(server.db.prisma, demoEmail.trainer);
    const workshop = await createWorkshop(server.db.prisma, { trainerId, startsAt: now });
    await seed(40, { districtCode: "73.06.08", channel: "SAHABAT", month: "2026-11", workshopId: workshop.id, with: true });
    // 2025: a few.
    await seed(7, { districtCode: "73.06.02", channel: "SELF", month: "2025-05" });
  });

  it("publishes the year's tables, a small count as SMALL without a value, and nothing one sum gives back", async () => {
    const r = await server.client().request(FIGURES, {});
    expect(r.data.inclusionFigures.errors).toEqual([]);
    const f = r.data.inclusionFigures.figures;
    expect(f.year).toBe(2026);
    expect(f.years).toEqual([2026, 2025]);
    // Finished months only: November is under way on the 20th.
    expect(f.months).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]);
    // 96 + 30 real answers (November's 48 wait for the month to end); the workshop's 40 are not among them.
    expect(f.total).toEqual({ value: 126, publication: "SHOWN" });
    expect(f.tables).toHaveLength(9);
    const byDistrict = table(f.tables, "DISABILITY", "DISTRICT");
    expect(byDistrict.columns).toEqual(["WITH_DISABILITY", "WITHOUT_DISABILITY", "NOT_STATED"]);
    const gowa8 = byDistrict.rows.find((row) => row.key === "73.06.08")!;
    expect(gowa8.name).toEqual(expect.any(String));
    // 3 with a disability: "< 5"; naively 30 − 27 would give it back, so more is withheld.
    expect(gowa8.cells[0]).toEqual({ value: null, publication: "SMALL" });
    expect([gowa8.total, ...gowa8.cells].filter((c) => c.publication !== "SHOWN").length).toBeGreaterThanOrEqual(2);
    expect(naiveRecoveries(f.tables)).toEqual([]);
    // The kecamatan's total is one count in every table by kecamatan.
    const totals = ["DISABILITY", "AGE_BAND", "GENDER"].map((d) => table(f.tables, d, "DISTRICT").rows.find((row) => row.key === "73.06.08")!.total);
    expect(new Set(totals.map((t) => JSON.stringify(t))).size).toBe(1);
    // Every published value is a real count; every withheld one has none.
    for (const t of f.tables as TableT[]) for (const row of t.rows) for (const c of row.cells) expect(c.value === null).toBe(c.publication !== "SHOWN");
  });

  it("another year on its own; a year there can be no figures for is an error at its field", async () => {
    const past = await server.client().request(FIGURES, { y: 2025 });
    expect(past.data.inclusionFigures.figures.total).toEqual({ value: 7, publication: "SHOWN" });
    expect(past.data.inclusionFigures.figures.months).toHaveLength(12);
    const future = await server.client().request(FIGURES, { y: 2031 });
    expect(future.data.inclusionFigures).toMatchObject({ figures: null, errors: [{ field: "year", code: "invalid_choice" }] });
  });

  it("has no type that could hold a single answer: cells carry a published value and its publication only", () => {
    const cell = schema.getType("InclusionCell") as GraphQLObjectType;
    expect(Object.keys(cell.getFields()).sort()).toEqual(["publication", "value"]);
    expect(Object.keys(schema.getTypeMap()).filter((name) => /InclusionAnswer$|InclusionAnswerRow/.test(name))).toEqual([]);
  });
});

describe("the staff's month", () => {
  const MONTH = `{ inclusionMonthSummary { month kabupaten { name sentence note withDisability { value publication } throughSahabat { value publication } }
    districts { districtCode name sentence note withDisability { value publication } throughSahabat { value publication } } } }`;

  it("verifiers see every kecamatan in plain words, a small count as 'kurang dari 5'", async () => {
    const verifier = await server.signedIn(demoEmail.verifier);
    const r = await verifier.request(MONTH);
    const m = r.data.inclusionMonthSummary;
    expect(m.month).toBe("2026-11");
    // November, with a disability: 24 in 73.06.02 (6 through a sahabat); nothing elsewhere.
    const busy = m.districts.find((d: { districtCode: string }) => d.districtCode === "73.06.02");
    expect(busy.withDisability).toEqual({ value: 24, publication: "SHOWN" });
    expect(busy.throughSahabat.publication).not.toBe("SMALL");
    if (busy.throughSahabat.publication === "SHOWN") {
      expect(busy.sentence).toBe("Bulan ini 24 laporan dari warga dengan disabilitas, 6 di antaranya lewat Sahabat LAPOR!");
    } else {
      expect(busy.sentence).toBe("Bulan ini 24 laporan dari warga dengan disabilitas.");
      expect(busy.note).toMatch(/disembunyikan, agar angka kecil tidak bisa dihitung dari total/);
    }
    const quiet = m.districts.find((d: { districtCode: string }) => d.districtCode === "73.06.08");
    expect(quiet.sentence).toBe("Bulan ini kurang dari 5 laporan dari warga dengan disabilitas.");
    expect(m.kabupaten.withDisability).toEqual({ value: 24, publication: "SHOWN" });
    // The month under way is in no public table: its figures change by the day.
    const pub = await server.client().request(FIGURES, {});
    expect(table(pub.data.inclusionFigures.figures.tables, "DISABILITY", "MONTH").rows.map((row) => row.key)).not.toContain("2026-11");
  });

  it("is for verifiers and administrators; a sahabat reads their own kecamatan on their dashboard", async () => {
    const denied = await server.client().request(MONTH);
    expect(denied.data?.inclusionMonthSummary ?? null).toBeNull();
    expect(denied.errors?.length).toBeGreaterThan(0);
    const resident = await server.signedIn(demoEmail.resident);
    expect((await resident.request(MONTH)).errors?.length).toBeGreaterThan(0);
    const sahabat = await server.signedIn(demoEmail.sahabat);
    const dash = await sahabat.request(`{ sahabatDashboard { districts { code inclusion { districtCode sentence withDisability { value publication } } } } }`);
    expect(dash.errors).toBeUndefined();
    const districts = dash.data.sahabatDashboard.districts as { code: string; inclusion: { districtCode: string; sentence: string } }[];
    expect(districts.length).toBeGreaterThan(0);
    for (const d of districts) {
      expect(d.inclusion.districtCode).toBe(d.code);
      expect(d.inclusion.sentence).toMatch(/^Bulan ini|disembunyikan/);
    }
  });
});

describe("a workshop's report", () => {
  const REPORT = `query($w: ID!) { workshopReport(workshopId: $w) { kept inclusion { total { value publication }
    tables { dimension grouping columns total { value publication } columnTotals { value publication }
      rows { key total { value publication } cells { value publication } } } } } }`;

  it("shows the practice answers by channel, suppressed; the purge deletes them and keeps the figures", async () => {
    const trainerId = await userByEmail(server.db.prisma, demoEmail.trainer);
    const workshop = await createWorkshop(server.db.prisma, { trainerId, startsAt: now });
    await seed(8, { districtCode: "73.06.08", channel: "SAHABAT", month: "2026-11", workshopId: workshop.id, with: true });
    await seed(9, { districtCode: "73.06.08", channel: "SELF", month: "2026-11", workshopId: workshop.id });
    await seed(2, { districtCode: "73.06.08", channel: "SELF", month: "2026-11", workshopId: workshop.id, with: true });
    const trainer = await server.signedIn(demoEmail.trainer);
    const live = (await trainer.request(REPORT, { w: workshop.id })).data.workshopReport;
    expect(live.kept).toBe(false);
    expect(live.inclusion.total).toEqual({ value: 19, publication: "SHOWN" });
    const disability = live.inclusion.tables.find((t: TableT) => t.dimension === "DISABILITY")!;
    expect(disability.grouping).toBe("CHANNEL");
    const self = disability.rows.find((row: { key: string }) => row.key === "SELF");
    expect(self.cells[0]).toEqual({ value: null, publication: "SMALL" });
    expect(naiveRecoveries(live.inclusion.tables)).toEqual([]);

    // Past its end and the grace period: purged.
    now = new Date(now.getTime() + 100 * 3_600_000);
    expect(await purgeWorkshop(server.deps, workshop.id)).toBe(true);
    expect(await server.db.prisma.inclusionAnswer.count({ where: { workshopId: workshop.id } })).toBe(0);
    const kept = (await trainer.request(REPORT, { w: workshop.id })).data.workshopReport;
    expect(kept.kept).toBe(true);
    expect(kept.inclusion).toEqual(live.inclusion);
    const stored = await server.db.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } });
    expect(JSON.stringify(stored.summary)).not.toContain('"value":2,');
  });
});
