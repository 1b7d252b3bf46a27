// The kecamatan dashboard of a sahabat through GraphQL, on the demo complaints: only a sahabat
// may read it, each sees only the kecamatan they are assigned to, rahasia and workshop
// complaints count nowhere, and a real graphql-ws client hears a change in its kecamatan.
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { countDatabaseQueries } from "../support/query-counter.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";
import { webDocuments } from "../support/web-documents.ts";

let server: TestServer;
const sockets: Client[] = [];

beforeAll(async () => {
  server = await startTestServer({ demoComplaints: true });
}, 120_000);
afterAll(async () => {
  for (const c of sockets) await c.dispose();
  await server?.close();
});

const SOMBA_OPU = "73.06.08";
const BONTOMARANNU = "73.06.06";
const BUNGAYA = "73.06.09";

const FIELDS = `
  relay { open overdue }
  districts {
    code name openTotal
    openByStatus { status count }
    overdue { atVerifier atAgency complaints { trackingCode status categoryName districtName villageName dueAt holder workingDaysLate label } }
    relay { open overdue }
    month { total byKind { kind count } byCategory { categoryId name count } }
  }`;
const DASHBOARD = `{ sahabatDashboard { generatedAt monthStart ${FIELDS} } }`;
const CHANGED = `subscription { sahabatDashboardChanged { ${FIELDS} } }`;
const SUBMIT = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field } complaint { id trackingCode } } }`;

type District = {
  code: string;
  name: string;
  openTotal: number;
  openByStatus: { status: string; count: number }[];
  overdue: { atVerifier: number; atAgency: number; complaints: Record<string, unknown>[] };
  relay: { open: number; overdue: number };
  month: { total: number; byKind: { kind: string; count: number }[]; byCategory: { categoryId: string | null; name: string | null; count: number }[] };
};
type Dashboard = { relay: { open: number; overdue: number }; districts: District[] };

async function sahabat(email: string, regionCodes: string[]): Promise<GqlClient> {
  await server.db.prisma.user.create({
    data: {
      name: `Akun ${email}`,
      email,
      passwordHash: await hashPassword("kata sandi uji"),
      roles: { create: regionCodes.map((regionCode) => ({ role: "SAHABAT" as const, regionCode })) },
    },
  });
  return server.signedIn(email, { password: "kata sandi uji" });
}

async function dashboard(client: GqlClient): Promise<Dashboard> {
  const res = await client.request(DASHBOARD);
  expect(res.errors).toBeUndefined();
  return res.data.sahabatDashboard;
}

const district = (d: Dashboard, code: string) => d.districts.find((x) => x.code === code)!;

async function file(input: Record<string, unknown> = {}) {
  const res = await server.client().request(SUBMIT, {
    i: { kind: "PENGADUAN", title: "Lampu jalan padam", story: "Lampu jalan di dekat pasar padam sejak seminggu.", districtCode: SOMBA_OPU, privacy: "PUBLIC", reporterName: "Ibu Saenab", ...input },
  });
  expect(res.data.submitComplaint.errors).toEqual([]);
  return res.data.submitComplaint.complaint as { id: string; trackingCode: string };
}

/** Moves the verifier's deadline two days back, so the complaint is overdue at the verifier. */
async function makeOverdue(id: string) {
  await server.db.prisma.complaint.update({ where: { id }, data: { verifyDueAt: new Date(Date.now() - 2 * 86_400_000) } });
}

/** What the dashboard must count in a kecamatan, read straight from the table. */
async function openInTable(code: string) {
  return server.db.prisma.complaint.count({
    where: { districtCode: code, isSandbox: false, privacy: { not: "CONFIDENTIAL" }, status: { notIn: ["CLOSED", "OUT_OF_SCOPE", "REJECTED", "ARCHIVED"] } },
  });
}

function ws(client: GqlClient): Client {
  const c = createClient({
    url: server.wsUrl,
    retryAttempts: 0,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie: client.cookieHeader() } });
      }
    },
  });
  sockets.push(c);
  return c;
}

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  for (let waited = 0; waited < ms; waited += 25) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms))]);
}

describe("who may read it", () => {
  it("refuses a signed-out visitor, a resident, a verifier and an agency officer", async () => {
    const refusals = [
      server.client(),
      await server.signedIn("warga@demo.suara.id"),
      await server.signedIn("verifikator@demo.suara.id"),
      await server.signedIn("petugas.pupr@demo.suara.id"),
    ];
    for (const client of refusals) {
      const res = await client.request(DASHBOARD);
      expect(res.data?.sahabatDashboard ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    }
  });

  it("refuses the subscription to a resident", async () => {
    const iterator = ws(await server.signedIn("warga@demo.suara.id")).iterate({ query: CHANGED });
    const code = await iterator.next().then(
      (r) => (r.value as { errors?: { extensions?: { code?: string } }[] })?.errors?.[0]?.extensions?.code,
      (e: unknown) => (e as { extensions?: { code?: string } }[])[0]?.extensions?.code,
    );
    expect(code).toBe("FORBIDDEN");
  });
});

describe("the demo sahabat's dashboard", () => {
  it("has both their kecamatan by name, with the open complaints the table holds", async () => {
    const d = await dashboard(await server.signedIn("sahabat@demo.suara.id"));
    expect(d.districts.map((x) => [x.code, x.name])).toEqual([
      [BONTOMARANNU, "Bontomarannu"],
      [SOMBA_OPU, "Somba Opu"],
    ]);
    for (const x of d.districts) {
      expect(x.openTotal).toBe(await openInTable(x.code));
      expect(x.openByStatus.reduce((sum, s) => sum + s.count, 0)).toBe(x.openTotal);
      expect(x.month.byKind.map((k) => k.kind)).toEqual(["PENGADUAN", "ASPIRASI", "PERMINTAAN_INFORMASI"]);
      expect(x.month.byKind.reduce((sum, k) => sum + k.count, 0)).toBe(x.month.total);
    }
    // The assisted complaints at every stage: something sent, checked, at the agency, answered.
    const sombaOpu = district(d, SOMBA_OPU);
    expect(sombaOpu.openTotal).toBeGreaterThanOrEqual(3);
    expect(sombaOpu.openByStatus.find((s) => s.status === "DISPOSED")!.count).toBeGreaterThanOrEqual(1);
    expect(sombaOpu.openByStatus.find((s) => s.status === "RESOLVED")!.count).toBeGreaterThanOrEqual(1);
    // The demo's complaint left unchecked for two weeks is overdue at the verifier.
    const unchecked = await server.db.prisma.complaint.findFirstOrThrow({ where: { title: "Jalan lingkungan tergenang setiap hujan" } });
    expect(sombaOpu.overdue.atVerifier).toBeGreaterThanOrEqual(1);
    expect(sombaOpu.overdue.complaints).toContainEqual(
      expect.objectContaining({ trackingCode: unchecked.trackingCode, status: "SUBMITTED", holder: "VERIFIER", districtName: "Somba Opu" }),
    );
  });

  it("lists an overdue complaint with its code, status, category, place and due date, in words and numbers", async () => {
    const client = await server.signedIn("sahabat@demo.suara.id");
    const before = district(await dashboard(client), SOMBA_OPU).overdue.atVerifier;
    const late = await file({ reporterPhone: "0812 7777 1234" });
    await makeOverdue(late.id);
    const sombaOpu = district(await dashboard(client), SOMBA_OPU);
    expect(sombaOpu.overdue.atVerifier).toBe(before + 1);
    const listed = sombaOpu.overdue.complaints.find((c) => c.trackingCode === late.trackingCode);
    expect(listed).toEqual({
      trackingCode: late.trackingCode,
      status: "SUBMITTED",
      categoryName: null,
      districtName: "Somba Opu",
      villageName: null,
      dueAt: expect.any(String),
      holder: "VERIFIER",
      workingDaysLate: expect.any(Number),
      label: expect.stringMatching(/^Terlambat \d+ hari kerja di verifikator$/),
    });
    // Nothing of who filed it or what it says.
    const everything = JSON.stringify(sombaOpu);
    for (const secret of ["Ibu Saenab", "0812", "7777", "Lampu jalan", "pasar"]) expect(everything).not.toContain(secret);
  });
});

describe("privacy", () => {
  it("shows a sahabat of another kecamatan nothing of this one", async () => {
    const elsewhere = await sahabat("sahabat.bungaya@uji.suara.id", [BUNGAYA]);
    const before = await dashboard(elsewhere);
    expect(before.districts.map((x) => x.code)).toEqual([BUNGAYA]);
    const here = await file();
    await makeOverdue(here.id);
    const after = await dashboard(elsewhere);
    expect(after.districts).toEqual(before.districts);
    expect(JSON.stringify(after)).not.toContain(here.trackingCode);
    expect(JSON.stringify(after)).not.toContain("Somba Opu");
    // Their own kecamatan counts for them.
    const theirs = await file({ districtCode: BUNGAYA, kind: "ASPIRASI" });
    const mine = district(await dashboard(elsewhere), BUNGAYA);
    expect(mine.openTotal).toBe(district(before, BUNGAYA).openTotal + 1);
    expect(mine.month.byKind.find((k) => k.kind === "ASPIRASI")!.count).toBe(district(before, BUNGAYA).month.byKind.find((k) => k.kind === "ASPIRASI")!.count + 1);
    expect(JSON.stringify(mine)).not.toContain(theirs.trackingCode); // in time: not in any list
  });

  it("never shows or counts a rahasia complaint, not even the demo sahabat's own", async () => {
    const client = await server.signedIn("sahabat@demo.suara.id");
    const before = await dashboard(client);
    const secret = await file({ privacy: "CONFIDENTIAL", kind: "PERMINTAAN_INFORMASI" });
    await makeOverdue(secret.id);
    const after = await dashboard(client);
    expect(after.districts).toEqual(before.districts);
    expect(JSON.stringify(after)).not.toContain(secret.trackingCode);
    // The demo's rahasia assisted complaint in Bontomarannu, at the agency: nowhere either.
    const demoSecrets = await server.db.prisma.complaint.findMany({ where: { privacy: "CONFIDENTIAL" }, select: { trackingCode: true } });
    expect(demoSecrets.length).toBeGreaterThanOrEqual(2);
    for (const c of demoSecrets) expect(JSON.stringify(after)).not.toContain(c.trackingCode);
  });

  it("never counts a workshop complaint", async () => {
    const client = await server.signedIn("sahabat@demo.suara.id");
    const before = await dashboard(client);
    const practice = await file({ kind: "ASPIRASI" });
    await server.db.prisma.complaint.update({ where: { id: practice.id }, data: { isSandbox: true, verifyDueAt: new Date(Date.now() - 2 * 86_400_000) } });
    expect((await dashboard(client)).districts).toEqual(before.districts);
  });
});

describe("cost", () => {
  it("asks the database the same number of times however many overdue complaints it lists", async () => {
    const where = "73.06.10";
    const client = await sahabat("sahabat.hitung@uji.suara.id", [where]);
    // Asked exactly as the page asks.
    const page = webDocuments().find((d) => /\bquery SahabatDashboard\b/.test(d.source))!.source;
    const villages = await server.db.prisma.region.findMany({ where: { parentCode: where, level: "VILLAGE" }, take: 5, select: { code: true } });
    const categories = await server.db.prisma.category.findMany({ take: 5, select: { id: true } });
    let added = 0;
    // Each overdue complaint in a desa and a category of its own: names are looked up, never per row.
    const addOverdue = async () => {
      const c = await file({ districtCode: where });
      await server.db.prisma.complaint.update({
        where: { id: c.id },
        data: { villageCode: villages[added % villages.length]!.code, categoryId: categories[added % categories.length]!.id },
      });
      await makeOverdue(c.id);
      added++;
    };
    const cost = async () => {
      let rows = 0;
      const queries = await countDatabaseQueries(server.db, async () => {
        const res = await client.request(page);
        expect(res.errors).toBeUndefined();
        rows = res.data.sahabatDashboard.districts[0].overdue.complaints.length;
      });
      return { rows, queries };
    };
    await addOverdue();
    await cost(); // warm per-process caches (the holiday calendar) out of the count
    const small = await cost();
    for (let i = 0; i < 4; i++) await addOverdue();
    const large = await cost();
    expect(large.rows - small.rows).toBe(4);
    expect(large.queries, `${small.queries} queries at ${small.rows} rows, ${large.queries} at ${large.rows}`).toBe(small.queries);
    // A shorter list on request; the count still has them all.
    const capped = await client.request(`{ sahabatDashboard { districts { overdue { atVerifier complaints(first: 2) { trackingCode } } } } }`);
    expect(capped.data.sahabatDashboard.districts[0].overdue).toEqual({ atVerifier: 5, complaints: [expect.anything(), expect.anything()] });
  });
});

describe("live", () => {
  it("sends the dashboard again when a complaint in the kecamatan changes a number, and nothing for a rahasia one", async () => {
    const client = await server.signedIn("sahabat@demo.suara.id");
    const before = district(await dashboard(client), SOMBA_OPU);
    const listeners = server.deps.bus.subscriberCount("queue");
    const iterator = ws(client).iterate({ query: CHANGED });
    const next = iterator.next();
    await until(() => server.deps.bus.subscriberCount("queue") > listeners, "the subscription");

    // A rahasia filing moves no number: the first event is the public filing after it.
    await file({ privacy: "CONFIDENTIAL" });
    const filed = await file({ kind: "ASPIRASI" });
    const got = await within(next, 8000, "dashboard update");
    expect(got.done).toBe(false);
    const live = (got.value as { data: { sahabatDashboardChanged: Dashboard } }).data.sahabatDashboardChanged;
    const sombaOpu = district(live, SOMBA_OPU);
    expect(sombaOpu.openTotal).toBe(before.openTotal + 1);
    expect(sombaOpu.month.byKind.find((k) => k.kind === "ASPIRASI")!.count).toBe(before.month.byKind.find((k) => k.kind === "ASPIRASI")!.count + 1);
    expect(JSON.stringify(live)).not.toContain(filed.trackingCode);
    await iterator.return?.();
    await until(() => server.deps.bus.subscriberCount("queue") === listeners, "the subscription to end", 3000);
  });

  it("counts a new message to pass on live, once the delivery outbox has made it a task", async () => {
    const where = "73.06.11";
    const client = await sahabat("sahabat.sampaikan@uji.suara.id", [where]);
    const filed = await client.request(SUBMIT, {
      i: {
        kind: "PENGADUAN", title: "Sumur umum keruh", story: "Air sumur umum keruh dan berbau sejak seminggu.", districtCode: where,
        privacy: "PUBLIC", reporterName: "Ibu Hasnah", assisted: true, consentMethod: "SPOKEN", consentReadBack: true,
      },
    });
    expect(filed.data.submitComplaint.errors).toEqual([]);
    const listeners = server.deps.bus.subscriberCount("queue");
    const iterator = ws(client).iterate({ query: CHANGED });
    await until(() => server.deps.bus.subscriberCount("queue") > listeners, "the subscription");

    // The verifier's check is news for the resident, who hears back only through this sahabat.
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    const verified = await verifier.request(`mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`, {
      i: { complaintId: filed.data.submitComplaint.complaint.id, action: "verify" },
    });
    expect(verified.data.actOnComplaint.errors).toEqual([]);
    const checked = (await within(iterator.next(), 8000, "the status change")).value as { data: { sahabatDashboardChanged: Dashboard } };
    expect(checked.data.sahabatDashboardChanged.relay).toEqual({ open: 0, overdue: 0 });
    await server.outbox.runOnce();
    const tasked = (await within(iterator.next(), 8000, "the new task")).value as { data: { sahabatDashboardChanged: Dashboard } };
    expect(tasked.data.sahabatDashboardChanged.relay).toEqual({ open: 1, overdue: 0 });
    expect(district(tasked.data.sahabatDashboardChanged, where).relay).toEqual({ open: 1, overdue: 0 });

    // Passed on: the count goes back down at once.
    const tasks = (await client.request(`{ sahabatTasks { id } }`)).data.sahabatTasks as Array<{ id: string }>;
    const relayed = await client.request(`mutation($i: RecordRelayInput!) { recordRelay(input: $i) { ok } }`, {
      i: { taskId: tasks[0]!.id, relayChannel: "PHONE" },
    });
    expect(relayed.data.recordRelay.ok).toBe(true);
    const passedOn = (await within(iterator.next(), 8000, "the relay recorded")).value as { data: { sahabatDashboardChanged: Dashboard } };
    expect(passedOn.data.sahabatDashboardChanged.relay).toEqual({ open: 0, overdue: 0 });
    await iterator.return?.();
  });

  it("stops when the sahabat role is removed", async () => {
    const client = await sahabat("sahabat.dicabut@uji.suara.id", [SOMBA_OPU]);
    const listeners = server.deps.bus.subscriberCount("queue");
    const iterator = ws(client).iterate({ query: CHANGED });
    const next = iterator.next();
    await until(() => server.deps.bus.subscriberCount("queue") > listeners, "the subscription");
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "sahabat.dicabut@uji.suara.id" } });
    await server.db.prisma.userRole.deleteMany({ where: { userId: user.id } });
    await file();
    const ended = await within(next, 8000, "the end of the subscription");
    expect(ended.done).toBe(true);
  });
});
