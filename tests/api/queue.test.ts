// Staff queues: each person sees what waits for them within their scopes, soonest deadline
// first, with the deadline in words; residents have no queue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countDatabaseQueries } from "../support/query-counter.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let now = new Date("2026-11-30T01:00:00Z");
let server: TestServer;
const QUEUE = `query($f: QueueFilter) { queue(first: 20, filter: $f) { edges { node { title status deadline { isOverdue workingDaysLeft label } } } } }`;

beforeAll(async () => {
  server = await startTestServer({ now: () => now });
});
afterAll(() => server?.close());

async function file(title: string, districtCode: string) {
  const res = await server.client().request(
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id } } }`,
    { i: { kind: "PENGADUAN", title, story: "Cerita.", districtCode, privacy: "CONFIDENTIAL" } },
  );
  return res.data.submitComplaint.complaint.id as string;
}

describe("queue", () => {
  it("gives the verifier the kabupaten's new complaints, oldest deadline first, overdue said in words", async () => {
    now = new Date("2026-11-30T01:00:00Z");
    await file("Lama", "73.06.08");
    now = new Date("2026-12-02T01:00:00Z");
    await file("Baru", "73.06.06");
    now = new Date("2026-12-04T01:00:00Z"); // Friday: "Lama" was due Thursday
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    const nodes = (await verifier.request(QUEUE)).data.queue.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toEqual([
      { title: "Lama", status: "SUBMITTED", deadline: { isOverdue: true, workingDaysLeft: -1, label: "Terlambat 1 hari kerja" } },
      { title: "Baru", status: "SUBMITTED", deadline: { isOverdue: false, workingDaysLeft: 1, label: "1 hari kerja lagi" } },
    ]);
    const filtered = await verifier.request(QUEUE, { f: { regionCode: "73.06.06" } });
    expect(filtered.data.queue.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(["Baru"]);
    const overdue = await verifier.request(QUEUE, { f: { overdueOnly: true } });
    expect(overdue.data.queue.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(["Lama"]);
  });

  it("gives an agency officer only what was passed to their agency, and a resident no queue", async () => {
    const officer = await server.signedIn("petugas.pupr@demo.suara.id");
    expect((await officer.request(QUEUE)).data.queue.edges).toEqual([]);
    const resident = await server.signedIn("warga@demo.suara.id");
    expect((await resident.request(QUEUE)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.client().request(QUEUE)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

// A list costs the same number of database queries whatever its length: each row's title,
// deadline, place and (for an agency officer) the copies that decide access are loaded per
// page, never per row.
describe("the queue's database queries do not grow with its rows", () => {
  const PAGE = `query($first: Int) { queue(first: $first) { totalCount edges { node {
    trackingCode title status statusLabel kindLabel submittedAt district { name } category { name }
    deadline { label isOverdue isPaused dueAt } } } } }`;

  beforeAll(async () => {
    now = new Date("2026-12-07T01:00:00Z");
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    const agencies = (await verifier.request(`{ agencies { id shortName } }`)).data.agencies as { id: string; shortName: string }[];
    const pupr = agencies.find((a) => a.shortName.includes("PUPR"))!.id;
    const other = agencies.find((a) => !a.shortName.includes("PUPR"))!.id;
    const act = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`;
    for (let i = 0; i < 6; i++) {
      const id = await file(`Jalan ${i}`, "73.06.08");
      for (const input of [{ action: "verify" }, { action: "dispose", agencyId: pupr, copyAgencyIds: i % 2 ? [other] : [] }]) {
        expect((await verifier.request(act, { i: { complaintId: id, ...input } })).data.actOnComplaint.errors).toEqual([]);
      }
    }
    // Four more wait for the verifier (who already has two from above).
    for (let i = 0; i < 4; i++) await file(`Air ${i}`, "73.06.06");
  });

  it.each(["verifikator@demo.suara.id", "petugas.pupr@demo.suara.id"])("%s: 2 rows and 6 rows cost the same", async (email) => {
    const person = await server.signedIn(email);
    const cost = async (first: number) => {
      let rows = 0;
      const queries = await countDatabaseQueries(server.db, async () => {
        const res = await person.request(PAGE, { first });
        expect(res.errors).toBeUndefined();
        rows = res.data.queue.edges.length;
      });
      return { rows, queries };
    };
    await cost(1); // warm the per-process caches (calendar, spam marks) out of the count
    const two = await cost(2);
    const six = await cost(6);
    expect([two.rows, six.rows]).toEqual([2, 6]);
    expect(six.queries).toBe(two.queries);
  });
});
