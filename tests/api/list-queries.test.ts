// The lists the pages show cost the same number of database queries however many rows they hold:
// each list is asked exactly as its page asks (the web's own document), at two sizes, and the
// count must not grow with the rows (a per-row lookup would make every page slower as Gowa grows).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countDatabaseQueries } from "../support/query-counter.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";
import { webDocuments } from "../support/web-documents.ts";

let server: TestServer;
/** The complaint whose timeline grows (filed before the lists are asked). */
const timelineOf = { trackingCode: "", id: "" };
beforeAll(async () => {
  server = await startTestServer();
  const filed = await server.client().request(
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id trackingCode } errors { field code } } }`,
    { i: { kind: "PENGADUAN", title: "Jembatan kayu retak", story: "Papan jembatan di dusun retak dan berlubang.", districtCode: "73.06.08", privacy: "PUBLIC" } },
  );
  expect(filed.data.submitComplaint.errors).toEqual([]);
  Object.assign(timelineOf, filed.data.submitComplaint.complaint);
});
afterAll(() => server?.close());

/** The web's document that defines this operation (so the test asks what the page asks). */
function web(operation: string): string {
  const found = webDocuments().find((d) => new RegExp(`\\b(query|mutation) ${operation}\\b`).test(d.source));
  if (!found) throw new Error(`no web document named ${operation}`);
  return found.source;
}

interface ListCase {
  name: string;
  who: string;
  list: string;
  variables?: Record<string, unknown>;
  /** Adds one row (the n-th) to the list, as its page would. */
  add: (client: GqlClient, n: number) => Promise<void>;
  rows: (data: any) => number;
}

const run = Date.now().toString(36);
let phones = 0;

const ok = async (client: GqlClient, operation: string, variables: Record<string, unknown>) => {
  const res = await client.request(web(operation), variables);
  expect(res.errors, operation).toBeUndefined();
  const payload = Object.values(res.data as Record<string, { errors?: unknown[] }>)[0]!;
  expect(payload.errors ?? [], operation).toEqual([]);
};

const cases: ListCase[] = [
  {
    name: "the administrator's accounts (with their roles)",
    who: "admin@demo.suara.id",
    list: "AdminUsers",
    variables: { search: `daftar-${run}`, first: 50 },
    add: async (client, n) => {
      await ok(client, "CreateStaffAccount", {
        input: { name: `Petugas ${n}`, email: `daftar-${run}-${n}@demo.suara.id`, phone: `0813${String(7_000_000 + ++phones).padStart(8, "0")}`, password: "kata-sandi-panjang-2026" },
      });
    },
    rows: (d) => d.adminUsers.edges.length,
  },
  {
    name: "the administrator's agencies (with their officer counts)",
    who: "admin@demo.suara.id",
    list: "AdminAgencies",
    add: async (client, n) => {
      await ok(client, "AdminAddAgency", { input: { name: `Dinas Uji ${run} ${n}`, shortName: `UJI${n}${run}`.slice(0, 20) } });
    },
    rows: (d) => d.adminAgencies.length,
  },
  {
    name: "the administrator's categories (with their routing rules)",
    who: "admin@demo.suara.id",
    list: "AdminCategories",
    add: async (client, n) => {
      await ok(client, "AdminAddCategory", { input: { nameId: `Topik uji ${run} ${n}`, nameEn: `Test topic ${run} ${n}` } });
    },
    rows: (d) => d.adminCategories.length,
  },
  {
    name: "a year's holidays",
    who: "admin@demo.suara.id",
    list: "AdminHolidays",
    variables: { year: 2031 },
    add: async (client, n) => {
      await ok(client, "AdminAddHoliday", { input: { date: `2031-03-${String(n + 1).padStart(2, "0")}`, nameId: `Libur uji ${n}`, nameEn: `Test holiday ${n}`, kind: "LOCAL" } });
    },
    rows: (d) => d.holidays.length,
  },
  {
    name: "an agency's answer templates",
    who: "petugas.pupr@demo.suara.id",
    list: "StaffTemplateList",
    add: async (client, n) => {
      await ok(client, "StaffCreateTemplate", { input: { title: `Templat uji ${run} ${n}`, body: "Terima kasih, laporan Anda sedang kami tangani." } });
    },
    rows: (d) => d.responseTemplates.length,
  },
  {
    name: "a resident's own complaints (with their deadlines)",
    who: "warga@demo.suara.id",
    list: "MyComplaints",
    variables: { first: 50 },
    add: async (client, n) => {
      const res = await client.request(
        `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id } errors { field code } } }`,
        { i: { kind: "PENGADUAN", title: `Lampu jalan mati ${n}`, story: "Sudah seminggu gelap.", districtCode: "73.06.08", privacy: "CONFIDENTIAL" } },
      );
      expect(res.data.submitComplaint.errors).toEqual([]);
    },
    rows: (d) => d.myComplaints.edges.length,
  },
  {
    name: "a person's notification centre (each with its complaint's code and link)",
    who: "pelatih@demo.suara.id",
    list: "NotificationCentre",
    add: async (_client, n) => {
      // A notification about a different complaint each time, as following many would bring.
      const prisma = server.db.prisma;
      const user = await prisma.user.findUniqueOrThrow({ where: { email: "pelatih@demo.suara.id" } });
      const complaint = await prisma.complaint.findFirstOrThrow({ orderBy: { id: "asc" }, skip: n });
      await prisma.notification.create({
        data: { userId: user.id, complaintId: complaint.id, title: `Kabar ${n}`, body: "Laporan yang Anda ikuti diperbarui.", deliveryPlannedAt: new Date(), createdAt: new Date(Date.now() + n * 1000) },
      });
    },
    rows: (d) => d.notifications.edges.length,
  },
  {
    name: "the public list (each row with its place, category and how long it has waited)",
    who: "verifikator@demo.suara.id",
    list: "PublicList",
    variables: { search: `daftar${run}`, filter: {}, sort: "NEWEST", page: 1, parentCode: "73.06", villageParent: "", withVillages: false },
    add: async (client, n) => {
      const filed = await client.request(`mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id } errors { field } } }`, {
        i: { kind: "PENGADUAN", title: `Jalan daftar${run} ke-${n}`, story: "Berlubang.", districtCode: "73.06.08", villageCode: null, privacy: "PUBLIC" },
      });
      expect(filed.data.submitComplaint.errors).toEqual([]);
      await ok(client, "StaffAct", { input: { complaintId: filed.data.submitComplaint.complaint.id, action: "verify" } });
    },
    rows: (d) => d.publicComplaints.complaints.length,
  },
  {
    name: "a complaint's timeline on the staff page (each entry with its actor)",
    who: "verifikator@demo.suara.id",
    list: "StaffComplaint",
    variables: timelineOf,
    add: async (client, n) => {
      await ok(client, "StaffAct", { input: { complaintId: timelineOf.id, action: "addNote", body: `Catatan pemeriksaan ke-${n}: foto sudah dilihat.` } });
    },
    rows: (d) => d.complaint.timeline.length,
  },
];

describe("a list costs the same queries at any length", () => {
  it.each(cases)("$name", async ({ who, list, variables, add, rows }) => {
    const client = await server.signedIn(who);
    const cost = async () => {
      let count = 0;
      const queries = await countDatabaseQueries(server.db, async () => {
        const res = await client.request(web(list), variables ?? {});
        expect(res.errors).toBeUndefined();
        count = rows(res.data);
      });
      return { count, queries };
    };
    let added = 0;
    const grow = async (to: number) => {
      while (added < to) await add(client, ++added);
    };
    await grow(1);
    await cost(); // warm per-process caches out of the count
    const small = await cost();
    await grow(5);
    const large = await cost();
    expect(large.count - small.count).toBe(4);
    expect(large.queries, `${list}: ${small.queries} queries at ${small.count} rows, ${large.queries} at ${large.count}`).toBe(small.queries);
  });
});
