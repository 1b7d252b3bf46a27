// The public list (publicComplaints) and its live count (publicComplaintsAdded): only what the
// privacy rules make public, never unverified, confidential, practice or merged-away complaints,
// in the list or the search; the filters, the Indonesian word search, the sorts and the pages; the
// redacted text instead of the reporter's own; wrong filter values said at their field.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUSES } from "../../server/src/domain/complaint/status.ts";
import type { Prisma } from "../../server/src/generated/prisma/client.ts";
import { liveClient } from "../support/live.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";
import { addParticipant, createWorkshop, makePracticeComplaint, userByEmail } from "../support/workshop-factory.ts";
import { demoEmail } from "../support/demo.ts";
import { recordStatements } from "../support/query-counter.ts";

// Wednesday 18 November 2026, 11:00 in Gowa: "5 working days" back is Wednesday 11 November.
const NOW = new Date("2026-11-18T03:00:00.000Z");
const DAY = 86_400_000;
const SOMBA_OPU = "73.06.08";
const BONTOMARANNU = "73.06.06";

let server: TestServer;
let client: GqlClient;
let categoryA: string;
let categoryB: string;
let villageOfSombaOpu: string;
let villageElsewhere: string;

const LIST = `query($filter: PublicComplaintFilter, $search: String, $sort: PublicComplaintSort, $page: Int) {
  publicComplaints(filter: $filter, search: $search, sort: $sort, page: $page) {
    totalCount countCapped page pageCount pageSize
    statusChoices { status label }
    errors { field code message }
    complaints { trackingCode title submittedAt kind kindLabel status statusLabel districtCode districtName villageCode villageName categoryName supportCount waitedWorkingDays waiting waitedLabel }
  }
}`;

type Row = { trackingCode: string; title: string; submittedAt: string; supportCount: number; waitedLabel: string; statusLabel: string; districtName: string; villageName: string | null; categoryName: string | null };
type Page = { totalCount: number; countCapped: boolean; page: number; pageCount: number; pageSize: number; errors: { field: string; code: string; message: string }[]; complaints: Row[]; statusChoices: { status: string; label: string }[] };

async function list(variables: Record<string, unknown> = {}, who: GqlClient = client): Promise<Page> {
  const res = await who.request(LIST, variables);
  expect(res.errors).toBeUndefined();
  return res.data.publicComplaints;
}

/** Every row of every page. */
async function all(variables: Record<string, unknown> = {}): Promise<Row[]> {
  const first = await list({ ...variables, page: 1 });
  const rows = [...first.complaints];
  for (let page = 2; page <= first.pageCount; page++) rows.push(...(await list({ ...variables, page })).complaints);
  return rows;
}

let made = 0;
async function complaint(data: Partial<Prisma.ComplaintUncheckedCreateInput> & { title: string }): Promise<{ id: string; trackingCode: string }> {
  made++;
  return server.db.prisma.complaint.create({
    data: {
      trackingCode: `GWA-${randomBytes(4).toString("hex").toUpperCase()}`,
      accessSecretHash: "x",
      kind: "PENGADUAN",
      story: "Cerita warga.",
      districtCode: SOMBA_OPU,
      privacy: "PUBLIC",
      status: "VERIFIED",
      submittedAt: new Date(NOW.getTime() - made * 60_000),
      ...data,
    },
    select: { id: true, trackingCode: true },
  });
}

/** One complaint per privacy × status, each with its own word to find it by. */
const grid = new Map<string, { trackingCode: string; listed: boolean }>();
const LISTED = new Set(["VERIFIED", "DISPOSED", "IN_PROGRESS", "RESOLVED", "CLOSED", "NOT_OUR_AUTHORITY"]);
let practiceCode = "";
let mergedCodes: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: () => NOW });
  client = server.client();
  const prisma = server.db.prisma;
  const categories = await prisma.category.findMany({ orderBy: { sortOrder: "asc" }, take: 2 });
  categoryA = categories[0]!.id;
  categoryB = categories[1]!.id;
  villageOfSombaOpu = (await prisma.region.findFirstOrThrow({ where: { parentCode: SOMBA_OPU } })).code;
  villageElsewhere = (await prisma.region.findFirstOrThrow({ where: { parentCode: BONTOMARANNU } })).code;

  for (const privacy of ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"] as const) {
    for (const status of STATUSES) {
      const c = await complaint({ title: `Grid ${privacy} ${status} jembatan`, privacy, status, districtCode: BONTOMARANNU, categoryId: categoryB });
      grid.set(`${privacy} ${status}`, { trackingCode: c.trackingCode, listed: privacy !== "CONFIDENTIAL" && LISTED.has(status) });
    }
  }
  // Practice: a workshop participant's complaint, as verified as can be, with the same words.
  const trainerId = await userByEmail(prisma, demoEmail.trainer);
  const workshop = await createWorkshop(prisma, { trainerId, regionCode: BONTOMARANNU, startsAt: NOW });
  const participant = await addParticipant(prisma, workshop.id, { number: 1 });
  const practice = await makePracticeComplaint(prisma, { id: participant.id, workshopId: workshop.id, userId: null }, NOW, { title: "Grid latihan jembatan" });
  await prisma.complaint.update({ where: { id: practice.id }, data: { status: "DISPOSED", districtCode: BONTOMARANNU, categoryId: categoryB } });
  practiceCode = practice.trackingCode;
  // Merged into the grid's first public one: archived as merging does, and one left verified to
  // prove the merge itself keeps it out.
  const original = await prisma.complaint.findUniqueOrThrow({ where: { trackingCode: grid.get("PUBLIC VERIFIED")!.trackingCode } });
  mergedCodes = [
    (await complaint({ title: "Grid gabungan jembatan", status: "ARCHIVED", mergedIntoId: original.id, districtCode: BONTOMARANNU, categoryId: categoryB })).trackingCode,
    (await complaint({ title: "Grid gabungan jembatan", status: "DISPOSED", mergedIntoId: original.id, districtCode: BONTOMARANNU, categoryId: categoryB })).trackingCode,
  ];
}, 120_000);
afterAll(() => server?.close());

describe("only what the privacy rules make public", () => {
  const hidden = () => [
    ...[...grid.values()].filter((g) => !g.listed).map((g) => g.trackingCode),
    practiceCode,
    ...mergedCodes,
  ];

  it("lists PUBLIC and ANONYMOUS complaints once verified, and nothing else", async () => {
    const codes = (await all({ filter: { district: BONTOMARANNU } })).map((r) => r.trackingCode).sort();
    const expected = [...grid.values()].filter((g) => g.listed).map((g) => g.trackingCode).sort();
    expect(expected).toHaveLength(12);
    expect(codes).toEqual(expected);
    expect(codes.filter((code) => hidden().includes(code))).toEqual([]);
  });

  it("the search finds the same, never an unverified, confidential, practice or merged one", async () => {
    const found = await all({ search: "jembatan" });
    expect(found.map((r) => r.trackingCode).sort()).toEqual([...grid.values()].filter((g) => g.listed).map((g) => g.trackingCode).sort());
    for (const words of ["latihan", "gabungan", "Grid CONFIDENTIAL", "SUBMITTED"]) {
      const codes = (await all({ search: words })).map((r) => r.trackingCode);
      expect(codes.filter((code) => hidden().includes(code)), words).toEqual([]);
    }
  });

  it("offers exactly the statuses the rules make public as the status filter", async () => {
    expect((await list()).statusChoices.map((s) => s.status).sort()).toEqual([...LISTED].sort());
  });
});

describe("the text the public reads", () => {
  let redacted = "";
  beforeAll(async () => {
    redacted = (
      await complaint({
        title: "Pak Baso di kantor desa meminta uang",
        story: "Pak Baso (0812 1111 2222) meminta uang pungutan jalan.",
        publicTitle: "[disamarkan] di kantor desa meminta uang",
        publicStory: "[disamarkan] ([disamarkan]) meminta uang pungutan jalan.",
        districtCode: SOMBA_OPU,
      })
    ).trackingCode;
  });

  it("shows the redacted title, never the original", async () => {
    const row = (await all({ search: "pungutan" })).find((r) => r.trackingCode === redacted)!;
    expect(row.title).toBe("[disamarkan] di kantor desa meminta uang");
  });

  it("searches the redacted text, not the original: a redacted name finds nothing", async () => {
    expect((await all({ search: "Baso" })).map((r) => r.trackingCode)).not.toContain(redacted);
    expect((await all({ search: "0812" })).map((r) => r.trackingCode)).not.toContain(redacted);
    expect((await all({ search: "kantor desa" })).map((r) => r.trackingCode)).toContain(redacted);
  });
});

describe("words, filters, sorts and pages", () => {
  const codes = { pothole: "", holes: "", water: "", old: "", closed: "" };
  beforeAll(async () => {
    codes.pothole = (await complaint({ title: "Jalan berlubang di depan sekolah", story: "Lubangnya dalam.", categoryId: categoryA, villageCode: villageOfSombaOpu, supportCount: 3 })).trackingCode;
    codes.holes = (await complaint({ title: "Ada lubang besar dekat pasar", story: "Motor jatuh.", categoryId: categoryA, supportCount: 12 })).trackingCode;
    codes.water = (await complaint({ title: "Air PDAM mati", story: "Sudah tiga hari.", categoryId: categoryB, kind: "ASPIRASI", supportCount: 7 })).trackingCode;
    codes.old = (await complaint({ title: "Lampu jalan padam", story: "Gelap.", categoryId: categoryB, status: "DISPOSED", submittedAt: new Date("2026-11-11T03:00:00.000Z") })).trackingCode;
    codes.closed = (await complaint({ title: "Sampah menumpuk", story: "Bau.", categoryId: categoryB, status: "CLOSED", submittedAt: new Date("2026-11-11T03:00:00.000Z") })).trackingCode;
  });
  const found = async (variables: Record<string, unknown>) => (await all(variables)).map((r) => r.trackingCode);

  it("finds an Indonesian stem: 'berlubang' finds 'lubang', and the other way round", async () => {
    const byBerlubang = await found({ search: "berlubang" });
    expect(byBerlubang).toContain(codes.pothole);
    expect(byBerlubang).toContain(codes.holes);
    expect(byBerlubang).not.toContain(codes.water);
    expect(await found({ search: "lubang" })).toEqual(expect.arrayContaining([codes.pothole, codes.holes]));
    expect(await found({ search: "berlubang sekolah" })).toEqual([codes.pothole]);
  });

  it("filters by kecamatan, desa, category, kind and status", async () => {
    expect(await found({ filter: { district: SOMBA_OPU, category: categoryA } })).toEqual(expect.arrayContaining([codes.pothole, codes.holes]));
    expect(await found({ filter: { district: SOMBA_OPU, category: categoryA } })).not.toContain(codes.water);
    expect(await found({ filter: { district: SOMBA_OPU, village: villageOfSombaOpu } })).toEqual([codes.pothole]);
    expect(await found({ filter: { kind: "ASPIRASI" } })).toEqual([codes.water]);
    expect(await found({ filter: { district: SOMBA_OPU, status: "CLOSED" } })).toEqual([codes.closed]);
    expect(await found({ filter: { district: BONTOMARANNU }, search: "berlubang" })).toEqual([]);
  });

  it("sorts by support, most first; by default the newest first", async () => {
    const bySupport = (await list({ filter: { district: SOMBA_OPU }, sort: "MOST_SUPPORTED" })).complaints;
    expect(bySupport.slice(0, 3).map((r) => [r.trackingCode, r.supportCount])).toEqual([[codes.holes, 12], [codes.water, 7], [codes.pothole, 3]]);
    const newest = (await list({ filter: { district: SOMBA_OPU } })).complaints.map((r) => r.trackingCode);
    // Each complaint made here is filed a minute before the one made before it: the pothole is newer than the holes.
    expect(newest.indexOf(codes.pothole)).toBeLessThan(newest.indexOf(codes.holes));
    expect(newest.indexOf(codes.old)).toBe(newest.length - 1);
  });

  it("says how long each has waited in working days, and whether it still waits", async () => {
    const rows = await all({ filter: { district: SOMBA_OPU } });
    expect(rows.find((r) => r.trackingCode === codes.old)!.waitedLabel).toBe("Menunggu 5 hari kerja");
    expect(rows.find((r) => r.trackingCode === codes.closed)!.waitedLabel).toBe("Dilaporkan 5 hari kerja lalu");
    const row = rows.find((r) => r.trackingCode === codes.pothole)!;
    expect(row).toMatchObject({ statusLabel: "Sudah diverifikasi", districtName: expect.stringMatching(/somba opu/i), villageName: expect.any(String) });
  });

  it("pages by 20, says which page of how many, and shows the last page for one past it", async () => {
    const prisma = server.db.prisma;
    await prisma.complaint.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        trackingCode: `GWA-PG${String(i).padStart(2, "0")}-${randomBytes(2).toString("hex").toUpperCase()}`,
        accessSecretHash: "x", kind: "PENGADUAN" as const, title: `Halaman uji ${i}`, story: "Cerita.", districtCode: "73.06.01", status: "VERIFIED" as const,
        submittedAt: new Date(NOW.getTime() - DAY - i * 60_000),
      })),
    });
    const first = await list({ filter: { district: "73.06.01" } });
    expect([first.totalCount, first.page, first.pageCount, first.pageSize, first.complaints.length]).toEqual([25, 1, 2, 20, 20]);
    const second = await list({ filter: { district: "73.06.01" }, page: 2 });
    expect([second.page, second.complaints.length]).toEqual([2, 5]);
    expect(second.complaints.map((r) => r.trackingCode).filter((c) => first.complaints.some((r) => r.trackingCode === c))).toEqual([]);
    expect((await list({ filter: { district: "73.06.01" }, page: 9 })).page).toBe(2);
    expect((await list({ filter: { district: "73.06.01" }, page: 0 })).page).toBe(1);
  });
});

describe("the whole list (read per privacy and status from the index) agrees with the filtered one", () => {
  const byNewest = (a: Row, b: Row) => b.submittedAt.localeCompare(a.submittedAt);
  it("holds only what is public, newest first, and the same rows by most supported", async () => {
    const hidden = [...[...grid.values()].filter((g) => !g.listed).map((g) => g.trackingCode), practiceCode, ...mergedCodes];
    const newest = await all({});
    expect(newest.filter((r) => hidden.includes(r.trackingCode))).toEqual([]);
    expect(newest.map((r) => r.trackingCode)).toEqual(expect.arrayContaining([...grid.values()].filter((g) => g.listed).map((g) => g.trackingCode)));
    expect(newest).toEqual([...newest].sort(byNewest));
    const supported = await all({ sort: "MOST_SUPPORTED" });
    expect(supported.map((r) => r.trackingCode).sort()).toEqual(newest.map((r) => r.trackingCode).sort());
    expect(supported).toEqual([...supported].sort((a, b) => b.supportCount - a.supportCount || byNewest(a, b)));
    // A status or a kind alone keeps the whole-list shape: the same rows as asking with a place.
    const closed = (await all({ filter: { status: "CLOSED" } })).map((r) => r.trackingCode);
    const closedByPlace = [...(await all({ filter: { status: "CLOSED", district: SOMBA_OPU } })), ...(await all({ filter: { status: "CLOSED", district: BONTOMARANNU } }))];
    expect(closed.sort()).toEqual(closedByPlace.map((r) => r.trackingCode).sort());
  });

  it("counts exactly up to 1,000, then says more and shows the first 50 pages", async () => {
    await server.db.prisma.complaint.createMany({
      data: Array.from({ length: 1005 }, (_, i) => ({
        trackingCode: `GWA-CAP${String(i).padStart(4, "0")}`, accessSecretHash: "x", kind: "PERMINTAAN_INFORMASI" as const, title: `Banyak ${i}`,
        story: "Cerita.", districtCode: "73.06.03", status: "CLOSED" as const, submittedAt: new Date(NOW.getTime() - 2 * DAY - i * 1000),
      })),
    });
    const many = await list({ filter: { district: "73.06.03" } });
    expect([many.totalCount, many.countCapped, many.pageCount]).toEqual([1000, true, 50]);
    expect((await list({ filter: { district: "73.06.03" }, page: 60 })).page).toBe(50);
    const last = await list({ filter: { district: "73.06.03" }, page: 50 });
    expect(last.complaints.map((r) => r.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Banyak ${980 + i}`));
    // The whole list's shape pages the same way.
    const broad = await list({ filter: { kind: "PERMINTAAN_INFORMASI" }, page: 50 });
    expect(broad.complaints.map((r) => r.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Banyak ${980 + i}`));
    const few = await list({ filter: { district: "73.06.01" } });
    expect(few.countCapped).toBe(false);
  });
});

describe("the count, kept per filter while no complaint changes", () => {
  const counts = (statements: string[]) => statements.filter((sql) => sql.includes("AS matching")).length;

  it("is counted once for readers of the same list, and again as soon as a complaint changes", async () => {
    const filter = { district: "73.06.03" };
    const first = await recordStatements(server.db, () => list({ filter }));
    let again: Page | undefined;
    const second = await recordStatements(server.db, async () => (again = await list({ filter })));
    expect(counts(first) + counts(second)).toBeLessThanOrEqual(1);
    expect(counts(second)).toBe(0);
    expect(again!.totalCount).toBe(1000);
    // Another filter is another count.
    expect(counts(await recordStatements(server.db, () => list({ filter: { district: "73.06.03" }, search: "Banyak" })))).toBe(1);

    // One of them leaves the list (made confidential): the next reader counts again and sees it.
    await server.db.prisma.complaint.update({ where: { trackingCode: "GWA-CAP0000" }, data: { privacy: "CONFIDENTIAL" } });
    let after: Page | undefined;
    const third = await recordStatements(server.db, async () => (after = await list({ filter, page: 50 })));
    expect(counts(third)).toBe(1);
    expect([after!.totalCount, after!.countCapped]).toEqual([1000, true]);
    expect(after!.complaints.map((r) => r.title)).not.toContain("Banyak 0");
    await server.db.prisma.complaint.updateMany({ where: { trackingCode: { startsWith: "GWA-CAP" }, NOT: { trackingCode: { in: ["GWA-CAP0000", "GWA-CAP0001"] } } }, data: { privacy: "CONFIDENTIAL" } });
    expect((await list({ filter })).totalCount).toBe(1);
  });
});

describe("wrong filter values are said at their field, in the reader's language", () => {
  it.each([
    ["district", { filter: { district: "99.99" } }, "Kecamatan itu tidak ada. Pilih kecamatan dari daftar"],
    ["village", { filter: { village: "99.99.99.9999" } }, "Desa atau kelurahan itu tidak ada. Pilih dari daftar"],
    ["category", { filter: { category: "tidak-ada" } }, "Kategori itu tidak ada. Pilih kategori dari daftar"],
    ["kind", { filter: { kind: "SURAT" } }, "Pilih salah satu jenis laporan: pengaduan, aspirasi, atau permintaan informasi"],
    ["status", { filter: { status: "SUBMITTED" } }, "Pilih status dari daftar"],
    ["search", { search: "kata ".repeat(50) }, "Kata pencarian paling banyak 200 karakter. Sekarang 249 karakter"],
  ])("%s", async (field, variables, message) => {
    const page = await list(variables);
    expect(page.errors).toEqual([{ field, code: expect.any(String), message }]);
    expect(page.complaints).toEqual([]);
  });

  it("a desa of another kecamatan", async () => {
    const page = await list({ filter: { district: SOMBA_OPU, village: villageElsewhere } });
    expect(page.errors.map((e) => [e.field, e.code])).toEqual([["village", "not_in_district"]]);
  });

  it("in English too", async () => {
    const page = await list({ filter: { district: "99.99" } }, server.client({ locale: "en" }));
    expect(page.errors[0]!.message).toBe("There is no such kecamatan. Choose one from the list");
  });
});

describe("publicComplaintsAdded: an open list hears of newly public complaints that match it", () => {
  it("counts a public complaint verified after it opened, not a confidential one, nor one elsewhere", async () => {
    const verifier = await server.signedIn(demoEmail.verifier);
    const file = async (title: string, privacy: string, districtCode = SOMBA_OPU) => {
      const res = await client.request(`mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field } complaint { id } } }`, {
        i: { kind: "PENGADUAN", title, story: "Jembatan kayu retak di dusun.", districtCode, privacy },
      });
      expect(res.data.submitComplaint.errors).toEqual([]);
      return res.data.submitComplaint.complaint.id as string;
    };
    const verify = async (id: string) => {
      const res = await verifier.request(`mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, { i: { complaintId: id, action: "verify" } });
      expect(res.data.actOnComplaint.errors).toEqual([]);
    };
    const secret = await file("Jembatan retak (rahasia)", "CONFIDENTIAL");
    const elsewhere = await file("Jembatan retak (kecamatan lain)", "PUBLIC", BONTOMARANNU);
    const open = await file("Jembatan retak", "PUBLIC");

    const socket = liveClient(server.wsUrl);
    const heard: number[] = [];
    const before = server.deps.bus.subscriberCount("queue");
    const stop = socket.subscribe<{ publicComplaintsAdded: { newCount: number } }>(
      { query: `subscription($f: PublicComplaintFilter, $s: String) { publicComplaintsAdded(filter: $f, search: $s) { newCount } }`, variables: { f: { district: SOMBA_OPU }, s: "jembatan" } },
      { next: (r) => heard.push(r.data!.publicComplaintsAdded.newCount), error: (e) => heard.push(-1 * Number(Boolean(e))), complete: () => undefined },
    );
    for (let i = 0; i < 400 && server.deps.bus.subscriberCount("queue") <= before; i++) await new Promise((r) => setTimeout(r, 5));
    await verify(secret);
    await verify(elsewhere);
    await verify(open);
    for (let i = 0; i < 400 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    // Another change to the same complaint is not a second new one.
    await verifier.request(`mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, { i: { complaintId: open, action: "addNote", body: "Dicek." } });
    await new Promise((r) => setTimeout(r, 200));
    expect(heard).toEqual([1]);
    stop();
    await socket.dispose();
  });
});
