// Notifications end to end, with real graphql-ws clients over real WebSockets: rows written per
// recipient under every privacy mode (a table of viewers × modes written from the rules), the
// notification centre's queries and mutations, notificationAdded live, queueChanged for
// verifiers in and out of scope, authorization checked again on every event, and a revoked
// session's connections closed.
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
const sockets: Client[] = [];
let agencies: { id: string; shortName: string }[] = [];
const agency = (short: string) => agencies.find((a) => a.shortName.includes(short))!.id;

beforeAll(async () => {
  server = await startTestServer();
  agencies = (await server.client().request(`{ agencies { id shortName } }`)).data.agencies;
}, 60_000);
afterAll(async () => {
  for (const c of sockets) await c.dispose();
  await server?.close();
});

const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`;
const SUBMIT = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret errors { field } complaint { id trackingCode } } }`;

async function account(
  email: string,
  role: "RESIDENT" | "VERIFIER" | "AGENCY_OFFICER",
  scope: { regionCode?: string; agencyId?: string } = {},
  locale: "id" | "en" = "id",
): Promise<GqlClient> {
  await server.db.prisma.user.create({
    data: { name: email, email, locale, passwordHash: await hashPassword("kata sandi uji"), roles: { create: { role, ...scope } } },
  });
  return server.signedIn(email, { password: "kata sandi uji" });
}

async function file(client: GqlClient, input: Record<string, unknown> = {}) {
  const res = await client.request(SUBMIT, {
    i: { kind: "PENGADUAN", title: "Jalan berlubang", story: "Lubang besar di jalan desa.", districtCode: "73.06.08", privacy: "PUBLIC", ...input },
  });
  expect(res.data.submitComplaint.errors).toEqual([]);
  const c = res.data.submitComplaint.complaint;
  return { id: c.id as string, code: c.trackingCode as string, secret: res.data.submitComplaint.accessSecret as string };
}

function ws(client?: GqlClient, onClosed?: (code: number, reason: string) => void): Client {
  const headers = client ? { cookie: client.cookieHeader() } : {};
  const c = createClient({
    url: server.wsUrl,
    retryAttempts: 0,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    on: onClosed ? { closed: (event) => onClosed((event as { code: number }).code, (event as { reason: string }).reason) } : undefined,
  });
  sockets.push(c);
  return c;
}

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  for (let waited = 0; waited < ms; waited += 25) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms))]);
}

/** Settles with what the iterator gave next, or "silence" if nothing came within `ms`. */
async function nextOrSilence<T>(next: Promise<IteratorResult<T>>, ms: number): Promise<IteratorResult<T> | "silence" | { errors: unknown }> {
  return Promise.race([
    next.catch((errors: unknown) => ({ errors })),
    new Promise<"silence">((resolve) => setTimeout(() => resolve("silence"), ms)),
  ]);
}

/** The error code a refused subscription answered with (sent as a rejection or as an error result). */
async function refusal(iterator: AsyncIterator<unknown>): Promise<string | undefined> {
  try {
    const first = await iterator.next();
    const errors = (first.value as { errors?: { extensions?: { code?: string } }[] } | undefined)?.errors;
    if (!errors) return undefined;
    const after = await iterator.next();
    expect(after.done).toBe(true);
    return errors[0]?.extensions?.code;
  } catch (e) {
    return (e as { extensions?: { code?: string } }[])[0]?.extensions?.code;
  }
}

const userId = async (email: string) => (await server.db.prisma.user.findUniqueOrThrow({ where: { email } })).id;

// ───────────────────────────── rows per recipient: viewers × privacy modes ─────────────────────────────

type Mode = "PUBLIC_NAMED" | "PUBLIC" | "ANONYMOUS" | "CONFIDENTIAL";
type Viewer =
  | "owner"
  | "otherResident"
  | "sahabatFiler"
  | "verifierInScope"
  | "verifierOutOfScope"
  | "officerHandling"
  | "officerCopied"
  | "officerOther"
  | "administrator";
type Heard = "reply" | "note" | "progress" | "answer";

const ALL: Heard[] = ["reply", "note", "progress", "answer"];
const PUBLIC_NEWS: Heard[] = ["progress", "answer"];
const nonConfidential = (heard: Heard[]): Record<Mode, Heard[]> => ({ PUBLIC_NAMED: heard, PUBLIC: heard, ANONYMOUS: heard, CONFIDENTIAL: [] });
const always = (heard: Heard[]): Record<Mode, Heard[]> => ({ PUBLIC_NAMED: heard, PUBLIC: heard, ANONYMOUS: heard, CONFIDENTIAL: heard });

// The events, in order, after the complaint was disposed to Dinas PUPR with a copy to BPBD:
// reply (the reporter, PIN; parties), note (the verifier; staff only), progress and answer
// (Dinas PUPR; public). Nobody hears of their own action; under rahasia only the reporter, the
// sahabat who filed it, verifiers in scope and the handling and copied agencies hear anything.
const EXPECTED: Record<Viewer, Record<Mode, Heard[]>> = {
  owner: always(PUBLIC_NEWS), // by SMS, the contact given when filing; their own reply is not news to them
  otherResident: nonConfidential(PUBLIC_NEWS),
  sahabatFiler: always(["reply", "progress", "answer"]),
  verifierInScope: always(["reply", "progress", "answer"]),
  verifierOutOfScope: nonConfidential(PUBLIC_NEWS),
  officerHandling: always(["reply", "note"]),
  // A copy is told of a confidential complaint's events like the handling agency (never who reported it).
  officerCopied: always(ALL),
  officerOther: nonConfidential(PUBLIC_NEWS),
  administrator: nonConfidential(ALL),
};

const MODES: Mode[] = ["PUBLIC_NAMED", "PUBLIC", "ANONYMOUS", "CONFIDENTIAL"];
const TAGS: Array<[Heard, RegExp]> = [
  ["reply", /tanggapan|added a reply/],
  ["note", /catatan internal|internal note/],
  ["progress", /sedang menangani|is working on/],
  ["answer", /telah menjawab|has answered/],
];
const tagOf = (title: string) => TAGS.find(([, re]) => re.test(title))?.[0] ?? null;
const LEAKS = /Daeng Ngai|ngai@contoh|6281234567890|Cerita rahasia/;

describe("notifications per recipient, by privacy mode", () => {
  const filed = new Map<Mode, { id: string; code: string; secret: string }>();
  const viewers = new Map<Exclude<Viewer, "owner">, GqlClient>();

  beforeAll(async () => {
    viewers.set("otherResident", await account("lain@contoh.id", "RESIDENT"));
    viewers.set("sahabatFiler", await server.signedIn("sahabat@demo.suara.id"));
    viewers.set("verifierInScope", await server.signedIn("verifikator@demo.suara.id"));
    viewers.set("verifierOutOfScope", await account("verif.bontonompo@contoh.id", "VERIFIER", { regionCode: "73.06.01" }));
    viewers.set("officerHandling", await server.signedIn("petugas.pupr@demo.suara.id"));
    viewers.set("officerCopied", await account("petugas.bpbd@contoh.id", "AGENCY_OFFICER", { agencyId: agency("BPBD") }, "en"));
    viewers.set("officerOther", await account("petugas.dinkes@contoh.id", "AGENCY_OFFICER", { agencyId: agency("Dinkes") }));
    viewers.set("administrator", await server.signedIn("admin@demo.suara.id"));
    const sahabatId = await userId("sahabat@demo.suara.id");
    const verifier = viewers.get("verifierInScope")!;
    const officer = viewers.get("officerHandling")!;
    const followers = await server.db.prisma.user.findMany({
      where: { email: { in: ["lain@contoh.id", "verifikator@demo.suara.id", "verif.bontonompo@contoh.id", "petugas.pupr@demo.suara.id", "petugas.bpbd@contoh.id", "petugas.dinkes@contoh.id", "admin@demo.suara.id"] } },
    });

    for (const mode of MODES) {
      const c = await file(server.client(), {
        title: `Jalan rusak (${mode})`,
        story: `Cerita rahasia ${mode}`,
        privacy: mode === "PUBLIC_NAMED" ? "PUBLIC" : mode,
        showReporterName: mode === "PUBLIC_NAMED",
        reporterName: "Daeng Ngai",
        reporterPhone: "0812 3456 7890",
        reporterEmail: "ngai@contoh.id",
      });
      filed.set(mode, c);
      await server.db.prisma.complaint.update({ where: { id: c.id }, data: { sahabatId } });
      expect((await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } })).data.actOnComplaint.errors).toEqual([]);
      expect((await verifier.request(ACT, { i: { complaintId: c.id, action: "dispose", agencyId: agency("PUPR"), copyAgencyIds: [agency("BPBD")] } })).data.actOnComplaint.errors).toEqual([]);
      // Everyone follows the complaint from here on (follows are made by another part; rows suffice).
      await server.db.prisma.follow.createMany({ data: followers.map((u) => ({ userId: u.id, complaintId: c.id })) });

      const reply = await server.client().request(`mutation($i: ReplyToComplaintInput!) { replyToComplaint(input: $i) { errors { field } } }`, {
        i: { trackingCode: c.code, accessSecret: c.secret, body: "Balasan pelapor: lubangnya makin dalam." },
      });
      expect(reply.data.replyToComplaint.errors).toEqual([]);
      expect((await verifier.request(ACT, { i: { complaintId: c.id, action: "addNote", body: "Catatan: anggaran pos darurat." } })).data.actOnComplaint.errors).toEqual([]);
      expect((await officer.request(ACT, { i: { complaintId: c.id, action: "markInProgress" } })).data.actOnComplaint.errors).toEqual([]);
      expect((await officer.request(ACT, { i: { complaintId: c.id, action: "postFollowUp", body: "Jawaban dinas: ditambal pekan depan." } })).data.actOnComplaint.errors).toEqual([]);
    }
  }, 120_000);

  const CELLS = (Object.keys(EXPECTED) as Viewer[]).flatMap((viewer) => MODES.map((mode) => [viewer, mode] as const));

  it.each(CELLS)("%s · %s", async (viewer, mode) => {
    const c = filed.get(mode)!;
    let notes: { title: string; body: string }[];
    if (viewer === "owner") {
      // No account: the rows wait for the outbox, addressed to the phone the reporter chose.
      notes = await server.db.prisma.notification.findMany({ where: { complaintId: c.id, contact: { not: null } } });
      for (const n of await server.db.prisma.notification.findMany({ where: { complaintId: c.id, contact: { not: null } } })) {
        expect(n.contact).toBe("+6281234567890");
        expect(n.userId).toBeNull();
      }
    } else {
      const res = await viewers.get(viewer)!.request(`{ notifications(first: 100) { edges { node { title body trackingCode href } } } }`);
      expect(res.errors).toBeUndefined();
      notes = res.data.notifications.edges.map((e: { node: unknown }) => e.node).filter((n: { trackingCode: string }) => n.trackingCode === c.code);
    }
    const heard = notes.map((n) => tagOf(n.title)).filter((t): t is Heard => t !== null);
    expect(heard.sort()).toEqual([...EXPECTED[viewer][mode]].sort());
    for (const n of notes) expect(`${n.title}\n${n.body}`).not.toMatch(LEAKS);
    // Staff notes reach only those who may read them, and so do the reporter's words.
    for (const n of notes) {
      if (/anggaran pos darurat/.test(n.body)) expect(EXPECTED[viewer][mode]).toContain("note");
      if (/makin dalam/.test(n.body)) expect(EXPECTED[viewer][mode]).toContain("reply");
    }
    if (viewer === "officerCopied") for (const n of notes) expect(n.title).toMatch(/complaint/);
  });

  it("writes the reporter's notification in plain words", async () => {
    const c = filed.get("PUBLIC")!;
    const rows = await server.db.prisma.notification.findMany({ where: { complaintId: c.id, contact: "+6281234567890" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.title)).toContain(`Dinas PUPR telah menjawab laporan Anda ${c.code}.`);
  });
});

// ───────────────────────────── the notification centre's API ─────────────────────────────

describe("the notification centre", () => {
  it("lists newest first, counts unread, marks one and all as read, and only the person's own", async () => {
    const resident = await server.signedIn("warga@demo.suara.id");
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    const c = await file(resident);
    await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
    await verifier.request(ACT, { i: { complaintId: c.id, action: "dispose", agencyId: agency("PUPR") } });
    const list = await resident.request(`{ unreadNotificationCount notifications(first: 10) { edges { node { id title read href createdAt } } } }`);
    const nodes = list.data.notifications.edges.map((e: { node: any }) => e.node).filter((n: { title: string }) => n.title.includes(c.code));
    expect(nodes.map((n: { title: string }) => n.title)).toEqual([
      `Verifikator meneruskan laporan Anda ${c.code} ke Dinas PUPR.`,
      `Verifikator telah memeriksa laporan Anda ${c.code}.`,
    ]);
    expect(nodes[0].href).toBe(`/lacak/${c.code}`);
    expect(nodes.every((n: { read: boolean }) => !n.read)).toBe(true);
    const before = list.data.unreadNotificationCount as number;
    expect(before).toBeGreaterThanOrEqual(2);

    // Someone else cannot mark it.
    const other = await account("penyusup@contoh.id", "RESIDENT");
    const foreign = await other.request(`mutation($id: ID!) { markNotificationRead(id: $id) { unreadCount } }`, { id: nodes[0].id });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const one = await resident.request(`mutation($id: ID!) { markNotificationRead(id: $id) { unreadCount notification { read } } }`, { id: nodes[0].id });
    expect(one.data.markNotificationRead).toEqual({ unreadCount: before - 1, notification: { read: true } });
    const unread = await resident.request(`{ notifications(first: 10, unreadOnly: true) { edges { node { id } } } }`);
    expect(unread.data.notifications.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(nodes[0].id);
    const all = await resident.request(`mutation { markAllNotificationsRead { unreadCount } }`);
    expect(all.data.markAllNotificationsRead.unreadCount).toBe(0);

    // Staff reach the complaint from their work page.
    const officer = await server.signedIn("petugas.pupr@demo.suara.id");
    await server.db.prisma.follow.create({ data: { userId: await userId("petugas.pupr@demo.suara.id"), complaintId: c.id } });
    await resident.request(`mutation($i: ReplyToComplaintInput!) { replyToComplaint(input: $i) { errors { field } } }`, { i: { trackingCode: c.code, body: "Foto tambahan menyusul." } });
    const staffList = await officer.request(`{ notifications(first: 5) { edges { node { title href } } } }`);
    expect(staffList.data.notifications.edges[0].node).toEqual({ title: `Pelapor menambahkan tanggapan pada laporan ${c.code}.`, href: `/kerja/${c.code}` });
  });

  it("refuses people who are not signed in", async () => {
    const res = await server.client().request(`{ unreadNotificationCount }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

// ───────────────────────────── live: notificationAdded ─────────────────────────────

const NOTIFICATION_ADDED = `subscription { notificationAdded { title read trackingCode } }`;

describe("notificationAdded", () => {
  it("delivers a new notification to the signed-in person live", async () => {
    const resident = await server.signedIn("warga@demo.suara.id");
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    const c = await file(resident);
    const id = await userId("warga@demo.suara.id");
    const before = server.deps.bus.subscriberCount(`user:${id}`);
    const iterator = ws(resident).iterate({ query: NOTIFICATION_ADDED });
    const next = iterator.next();
    await until(() => server.deps.bus.subscriberCount(`user:${id}`) > before, "the subscription");
    await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
    const result = await within(next, 5000, "notification");
    expect((result.value as { data: unknown }).data).toEqual({
      notificationAdded: { title: `Verifikator telah memeriksa laporan Anda ${c.code}.`, read: false, trackingCode: c.code },
    });
    await iterator.return?.();
  });

  it("refuses to subscribe without a session", async () => {
    expect(await refusal(ws().iterate({ query: NOTIFICATION_ADDED }))).toBe("UNAUTHENTICATED");
  });

  it("checks the session again on every event: a session revoked in the database hears nothing more", async () => {
    const resident = await server.signedIn("warga@demo.suara.id");
    const verifier = await server.signedIn("verifikator@demo.suara.id");
    const c = await file(resident);
    const id = await userId("warga@demo.suara.id");
    const before = server.deps.bus.subscriberCount(`user:${id}`);
    const iterator = ws(resident).iterate({ query: NOTIFICATION_ADDED });
    const next = iterator.next();
    await until(() => server.deps.bus.subscriberCount(`user:${id}`) > before, "the subscription");
    // Revoked behind the service's back (no bus event): the per-event check must catch it.
    const session = await server.db.prisma.session.findFirstOrThrow({ where: { userId: id, revokedAt: null }, orderBy: { createdAt: "desc" } });
    await server.db.prisma.session.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    await verifier.request(ACT, { i: { complaintId: c.id, action: "verify" } });
    const outcome = await nextOrSilence(next, 1500);
    expect(outcome === "silence" || (typeof outcome === "object" && ("errors" in outcome || outcome.done === true))).toBe(true);
  });
});

// ───────────────────────────── revocation closes the connection ─────────────────────────────

describe("revoking a session ends its WebSocket connections", () => {
  it("closes them with 4401 when the person signs out", async () => {
    const resident = await server.signedIn("warga@demo.suara.id");
    const id = await userId("warga@demo.suara.id");
    let closed: { code: number; reason: string } | null = null;
    const client = ws(resident, (code, reason) => (closed = { code, reason }));
    const before = server.deps.bus.subscriberCount(`user:${id}`);
    const iterator = client.iterate({ query: NOTIFICATION_ADDED });
    const next = iterator.next().catch((e: unknown) => e);
    await until(() => server.deps.bus.subscriberCount(`user:${id}`) > before, "the subscription");
    const signOut = await resident.request(`mutation { signOut }`);
    expect(signOut.errors).toBeUndefined();
    await until(() => closed !== null, "the socket to close", 3000);
    expect(closed).toEqual({ code: 4401, reason: "Session ended" });
    await next;
    await until(() => server.deps.bus.subscriberCount(`user:${id}`) === before, "the subscription to end", 3000);
  });

  it("closes them when an administrator revokes the session (found by the sweep)", async () => {
    const resident = await server.signedIn("warga@demo.suara.id");
    const id = await userId("warga@demo.suara.id");
    let closedWith: number | null = null;
    const client = ws(resident, (code) => (closedWith = code));
    const before = server.deps.bus.subscriberCount(`user:${id}`);
    const iterator = client.iterate({ query: NOTIFICATION_ADDED });
    void iterator.next().catch(() => {});
    await until(() => server.deps.bus.subscriberCount(`user:${id}`) > before, "the subscription");
    const session = await server.db.prisma.session.findFirstOrThrow({ where: { userId: id, revokedAt: null }, orderBy: { createdAt: "desc" } });
    expect(server.liveSessions.count(session.id)).toBe(1);
    await server.db.prisma.session.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    await until(() => closedWith !== null, "the sweep to close the socket", 8000);
    expect(closedWith).toBe(4401);
    expect(server.liveSessions.count(session.id)).toBe(0);
  });
});

describe("leaving a subscription", () => {
  it("frees the server's listener at once, without waiting for the next event", async () => {
    const c = await file(server.client());
    const client = ws();
    const iterator = client.iterate({ query: `subscription($c: String!) { complaintUpdated(trackingCode: $c) { statusLabel } }`, variables: { c: c.code } });
    void iterator.next().catch(() => {});
    await server.subscribed(c.id);
    await iterator.return?.();
    await until(() => server.subscriberCount(c.id) === 0, "the listener to go", 2000);
  });
});

// ───────────────────────────── live: queueChanged ─────────────────────────────

const QUEUE_CHANGED = `subscription { queueChanged { change complaint { trackingCode reporterName story } } }`;

describe("queueChanged", () => {
  it("tells a verifier in scope of a new complaint, and one out of scope nothing", async () => {
    const inScope = await server.signedIn("verifikator@demo.suara.id");
    const outOfScope = await account("verif.lain@contoh.id", "VERIFIER", { regionCode: "73.06.01" });
    const before = server.deps.bus.subscriberCount("queue");
    const inIterator = ws(inScope).iterate({ query: QUEUE_CHANGED });
    const outIterator = ws(outOfScope).iterate({ query: QUEUE_CHANGED });
    const inNext = inIterator.next();
    const outNext = outIterator.next();
    await until(() => server.deps.bus.subscriberCount("queue") >= before + 2, "both subscriptions");

    const c = await file(server.client(), { districtCode: "73.06.08", privacy: "CONFIDENTIAL", reporterName: "Daeng Ngai" });
    const got = await within(inNext, 5000, "queue change");
    expect((got.value as { data: unknown }).data).toEqual({
      queueChanged: { change: "ENTERED", complaint: { trackingCode: c.code, reporterName: "Daeng Ngai", story: "Lubang besar di jalan desa." } },
    });
    // The verifier out of scope hears of a complaint in their own kecamatan, not of the first one.
    const theirs = await file(server.client(), { districtCode: "73.06.01" });
    const heard = await within(outNext, 5000, "queue change out of scope");
    expect((heard.value as { data: { queueChanged: { complaint: { trackingCode: string } } } }).data.queueChanged.complaint.trackingCode).toBe(theirs.code);

    // The demo verifier's scope is the whole regency: they hear of that one too.
    const alsoTheirs = await within(inIterator.next(), 5000, "second queue change");
    expect((alsoTheirs.value as { data: { queueChanged: { complaint: { trackingCode: string } } } }).data.queueChanged.complaint.trackingCode).toBe(theirs.code);

    // Verified it changes; disposed, it leaves the verifier's queue.
    const next = inIterator.next();
    await inScope.request(ACT, { i: { complaintId: c.id, action: "verify" } });
    expect(((await within(next, 5000, "change")).value as { data: { queueChanged: { change: string } } }).data.queueChanged.change).toBe("CHANGED");
    const left = inIterator.next();
    await inScope.request(ACT, { i: { complaintId: c.id, action: "dispose", agencyId: agency("PUPR") } });
    expect(((await within(left, 5000, "left")).value as { data: { queueChanged: { change: string } } }).data.queueChanged.change).toBe("LEFT");
    await inIterator.return?.();
    await outIterator.return?.();
  });

  it("refuses residents", async () => {
    expect(await refusal(ws(await server.signedIn("warga@demo.suara.id")).iterate({ query: QUEUE_CHANGED }))).toBe("FORBIDDEN");
  });

  it("stops when the role is removed mid-subscription", async () => {
    const verifier = await account("verif.dicabut@contoh.id", "VERIFIER", { regionCode: "73.06" });
    const before = server.deps.bus.subscriberCount("queue");
    const iterator = ws(verifier).iterate({ query: QUEUE_CHANGED });
    const next = iterator.next();
    await until(() => server.deps.bus.subscriberCount("queue") > before, "the subscription");
    await server.db.prisma.userRole.deleteMany({ where: { user: { email: "verif.dicabut@contoh.id" } } });
    await file(server.client(), { districtCode: "73.06.08" });
    const outcome = await nextOrSilence(next, 1500);
    expect(outcome).not.toBe("silence");
    expect(typeof outcome === "object" && "done" in outcome && outcome.done).toBe(true);
  });
});
