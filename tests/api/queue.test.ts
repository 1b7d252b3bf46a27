// Staff queues: each person sees what waits for them within their scopes, soonest deadline
// first, with the deadline in words; residents have no queue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let now = new Date("2026-11-30T01:00:00Z");
let server: TestServer;
const signedIn = async (email: string): Promise<GqlClient> => {
  const c = server.client();
  await c.request(`mutation($e: String) { signIn(input: { email: $e, password: "suara-demo-2026" }) { errors { code } } }`, { e: email });
  return c;
};
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
    const verifier = await signedIn("verifikator@demo.suara.id");
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
    const officer = await signedIn("petugas.pupr@demo.suara.id");
    expect((await officer.request(QUEUE)).data.queue.edges).toEqual([]);
    const resident = await signedIn("warga@demo.suara.id");
    expect((await resident.request(QUEUE)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.client().request(QUEUE)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
