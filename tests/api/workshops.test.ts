// Workshops through GraphQL: only a trainer creates one and only its own trainer sees it;
// participants join by code with or without an account, a room of 30 at once gets 30 numbers;
// wrong codes are limited, an ended workshop refuses; a participant's practice filing becomes a
// LATIHAN complaint in the workshop, handled by a LATIHAN agency and never in a real queue; each
// step and error reaches the trainer's room, also over a real WebSocket.
import type { Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";
import { liveClient } from "../support/live.ts";

let server: TestServer;
let trainer: GqlClient;
const sockets: Client[] = [];

beforeAll(async () => {
  server = await startTestServer();
  trainer = await server.signedIn("pelatih@demo.suara.id");
}, 120_000);
afterAll(async () => {
  for (const c of sockets) await c.dispose();
  await server?.close();
});

const SOMBA_OPU = "73.06.08";
const CREATE = `mutation($i: CreateWorkshopInput!) { createWorkshop(input: $i) { errors { field code message } workshop { id title joinCode joinCodeSpoken isOpen presenting districtName endsAt startsAt } } }`;
const ROOM = `query($id: ID!) { workshop(id: $id) { id summary { joined finished needHelp } participants { number displayName progress progressLabel finished errorStep errorField errorFieldLabel } } }`;
const JOIN = `mutation($code: String!, $name: String) { joinWorkshop(code: $code, displayName: $name) { errors { field code message } participation { number displayName workshopTitle } } }`;
const SAVE = `mutation($input: SaveDraftInput!) { saveDraft(input: $input) { errors { field code } } }`;
const SUBMIT = `mutation { submitDraft { errors { field code } complaint { id trackingCode } } }`;

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function createWorkshop(client: GqlClient = trainer, title = "Belajar melapor") {
  const res = await client.request(CREATE, { i: { title, date: today(), districtCode: SOMBA_OPU, locale: "id" } });
  expect(res.errors).toBeUndefined();
  expect(res.data.createWorkshop.errors).toEqual([]);
  return res.data.createWorkshop.workshop as { id: string; joinCode: string; endsAt: string; startsAt: string };
}

async function trainerAccount(email: string) {
  await server.db.prisma.user.create({
    data: { name: email, email, passwordHash: await hashPassword("kata sandi uji"), roles: { create: [{ role: "TRAINER" }] } },
  });
  return server.signedIn(email, { password: "kata sandi uji" });
}

describe("creating a workshop", () => {
  it("gives a trainer a code, a QR code and a 12-hour room", async () => {
    const res = await trainer.request(CREATE, { i: { title: "  Pelatihan   Somba Opu ", date: today(), districtCode: SOMBA_OPU, locale: "id" } });
    const w = res.data.createWorkshop.workshop;
    expect(w.title).toBe("Pelatihan Somba Opu");
    expect(w.joinCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(w.districtName).toMatch(/Somba Opu/);
    expect(w.isOpen).toBe(true);
    expect(w.presenting).toBe(true);
    expect(new Date(w.endsAt).getTime() - new Date(w.startsAt).getTime()).toBe(12 * 3600_000);
    const qr = await trainer.request(`query($id: ID!) { workshop(id: $id) { joinUrl(origin: "https://suara.example") joinQrSvg(origin: "https://suara.example") bad: joinQrSvg(origin: "javascript:alert(1)") } }`, { id: w.id });
    expect(qr.data.workshop.joinUrl).toBe(`https://suara.example/latihan?kode=${w.joinCode}`);
    expect(qr.data.workshop.joinQrSvg).toMatch(/^<svg role="img" aria-label="Kode QR untuk bergabung[^"]*"/);
    expect(qr.data.workshop.joinQrSvg).toContain("<title>");
    expect(qr.data.workshop.bad).toBeNull();
    const mine = await trainer.request(`{ myWorkshops { id } }`);
    expect(mine.data.myWorkshops.map((x: { id: string }) => x.id)).toContain(w.id);
  });

  it("shows errors on the fields", async () => {
    const res = await trainer.request(CREATE, { i: { title: " ", date: "2000-01-01", districtCode: "73.71.01", locale: "fr" } });
    expect(res.data.createWorkshop.errors.map((e: { field: string; code: string }) => `${e.field}.${e.code}`)).toEqual([
      "workshopTitle.required",
      "workshopDate.past_date",
      "workshopDistrict.invalid_choice",
      "workshopLocale.invalid_choice",
    ]);
    expect(res.data.createWorkshop.errors[1].message).toBe("Tanggal pelatihan tidak boleh sebelum hari ini");
  });

  it("refuses everyone but a trainer, and hides a workshop from another trainer", async () => {
    const w = await createWorkshop();
    const resident = await server.signedIn("warga@demo.suara.id");
    const refused = await resident.request(CREATE, { i: { title: "x", date: today(), districtCode: SOMBA_OPU, locale: "id" } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.client().request(ROOM, { id: w.id })).errors?.[0]).toBeDefined();
    const other = await trainerAccount("pelatih.lain@contoh.id");
    const hidden = await other.request(ROOM, { id: w.id });
    expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const presenting = await other.request(`mutation($id: ID!) { setWorkshopPresenting(id: $id, presenting: false) { presenting } }`, { id: w.id });
    expect(presenting.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("joining", () => {
  it("joins without an account as Peserta N, with a name, or with an account, whatever way the code is typed", async () => {
    const w = await createWorkshop();
    const a = server.client();
    const first = await a.request(JOIN, { code: w.joinCode.toLowerCase().replace("-", " ") });
    expect(first.data.joinWorkshop).toEqual({ errors: [], participation: { number: 1, displayName: "Peserta 1", workshopTitle: "Belajar melapor" } });
    expect(a.cookies.get("suara_latihan")).toBeTruthy();
    const stored = await server.db.prisma.workshopParticipant.findFirstOrThrow({ where: { workshopId: w.id, number: 1 } });
    expect(stored.tokenHash).not.toBe(a.cookies.get("suara_latihan"));
    expect((await a.request(`{ workshopParticipation { number } }`)).data.workshopParticipation).toEqual({ number: 1 });

    const named = await server.client().request(JOIN, { code: w.joinCode, name: "  Ibu   Ani " });
    expect(named.data.joinWorkshop.participation).toMatchObject({ number: 2, displayName: "Ibu Ani" });

    const resident = await server.signedIn("warga@demo.suara.id");
    const withAccount = await resident.request(JOIN, { code: w.joinCode });
    expect(withAccount.data.joinWorkshop.participation.number).toBe(3);
    // The same account joining again is the same participant.
    const again = await resident.request(JOIN, { code: w.joinCode });
    expect(again.data.joinWorkshop.participation.number).toBe(3);
    const user = await server.db.prisma.user.findFirstOrThrow({ where: { email: "warga@demo.suara.id" } });
    expect(await server.db.prisma.workshopParticipant.count({ where: { workshopId: w.id, userId: user.id } })).toBe(1);

    const room = await trainer.request(ROOM, { id: w.id });
    // Mode presentasi (the default) hides names.
    expect(room.data.workshop.participants.map((p: { displayName: string | null }) => p.displayName)).toEqual([null, null, null]);
    expect(room.data.workshop.summary).toEqual({ joined: 3, finished: 0, needHelp: 0 });
    await trainer.request(`mutation($id: ID!) { setWorkshopPresenting(id: $id, presenting: false) { presenting } }`, { id: w.id });
    const shown = await trainer.request(ROOM, { id: w.id });
    expect(shown.data.workshop.participants[1].displayName).toBe("Ibu Ani");

    // Leaving: the room says so, the device is no longer a participant.
    expect((await a.request(`mutation { leaveWorkshop }`)).data.leaveWorkshop).toBe(true);
    expect((await a.request(`{ workshopParticipation { number } }`)).data.workshopParticipation).toBeNull();
    const after = await trainer.request(ROOM, { id: w.id });
    expect(after.data.workshop.participants[0].progress).toBe("left");
    expect(after.data.workshop.summary.joined).toBe(2);
  });

  it("gives 30 people joining at the same moment 30 different numbers", async () => {
    const w = await createWorkshop();
    const results = await Promise.all(Array.from({ length: 30 }, () => server.client().request(JOIN, { code: w.joinCode })));
    const numbers = results.map((r) => r.data.joinWorkshop.participation.number as number);
    expect(new Set(numbers).size).toBe(30);
    expect([...numbers].sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it("refuses to let anyone join a workshop that has ended", async () => {
    const w = await createWorkshop();
    await server.db.prisma.workshop.update({ where: { id: w.id }, data: { closedAt: new Date() } });
    const res = await server.client().request(JOIN, { code: w.joinCode });
    expect(res.data.joinWorkshop.errors).toEqual([
      { field: "joinCode", code: "closed", message: "Pelatihan ini sudah selesai. Tanyakan kode baru kepada pelatih" },
    ]);
  });
});

describe("practice filing", () => {
  it("records steps and errors, files a LATIHAN complaint handled by a LATIHAN agency, never in a real queue", async () => {
    const w = await createWorkshop();
    const p = server.client();
    await p.request(JOIN, { code: w.joinCode, name: "Pak Budi" });

    expect((await p.request(SAVE, { input: { step: "jenis", answers: { kind: "PENGADUAN" }, check: ["kind"] } })).data.saveDraft.errors).toEqual([]);
    let room = (await trainer.request(ROOM, { id: w.id })).data.workshop;
    expect(room.participants[0]).toMatchObject({ progress: "jenis", progressLabel: "Jenis laporan", errorField: null });

    const bad = await p.request(SAVE, { input: { step: "kejadian", answers: { title: "", story: "" }, check: ["title", "story"] } });
    expect(bad.data.saveDraft.errors.map((e: { field: string }) => e.field)).toEqual(["title", "story"]);
    room = (await trainer.request(ROOM, { id: w.id })).data.workshop;
    expect(room.participants[0]).toMatchObject({ progress: "kejadian", errorStep: "kejadian", errorField: "title", errorFieldLabel: "Judul" });
    expect(room.summary.needHelp).toBe(1);
    const participant = await server.db.prisma.workshopParticipant.findFirstOrThrow({ where: { workshopId: w.id } });
    expect(participant.errorsByStep).toEqual({ kejadian: 1 });
    // Nothing of the answers reaches the participant's row.
    expect(JSON.stringify(participant)).not.toContain("Jalan");

    const fixed = await p.request(SAVE, {
      input: { step: "kejadian", answers: { title: "Jalan berlubang", story: "Lubang besar di depan sekolah." }, check: ["title", "story"] },
    });
    expect(fixed.data.saveDraft.errors).toEqual([]);
    room = (await trainer.request(ROOM, { id: w.id })).data.workshop;
    expect(room.participants[0]).toMatchObject({ progress: "kejadian", errorField: null });
    await p.request(SAVE, { input: { step: "lokasi", answers: { districtCode: SOMBA_OPU }, check: ["districtCode"] } });
    await p.request(SAVE, { input: { step: "privasi", answers: { privacy: "PUBLIC" }, check: ["privacy"] } });
    // A receipt by SMS asked for: a practice complaint never sends one.
    const kabar = await p.request(SAVE, {
      input: { step: "kabar", answers: { contactPreference: "SMS", reporterPhone: "0812 3456 7890" }, check: ["contactPreference", "reporterPhone"] },
    });
    expect(kabar.data.saveDraft.errors).toEqual([]);

    const draft = await server.db.prisma.draft.findFirstOrThrow({ where: { workshopParticipantId: participant.id } });
    expect(draft.workshopParticipantId).toBe(participant.id);

    const filed = await p.request(SUBMIT);
    expect(filed.data.submitDraft.errors).toEqual([]);
    const complaint = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: filed.data.submitDraft.complaint.id }, include: { agency: true } });
    expect(complaint).toMatchObject({ isSandbox: true, workshopId: w.id, workshopParticipantId: participant.id });
    expect(complaint.agency?.isSandbox).toBe(true);
    expect(complaint.agency?.name).toMatch(/^LATIHAN/);
    // No receipt is written for SMS or e-mail.
    expect(complaint.contactPreference).toBe("SMS");
    expect(await server.db.prisma.notification.count({ where: { complaintId: complaint.id, receipt: true } })).toBe(0);
    // No real sahabat is asked to relay it.
    expect(complaint.relaySahabatId).toBeNull();

    room = (await trainer.request(ROOM, { id: w.id })).data.workshop;
    expect(room.participants[0]).toMatchObject({ progress: "finished", finished: true });
    expect(room.summary).toEqual({ joined: 1, finished: 1, needHelp: 0 });

    const verifier = await server.signedIn("verifikator@demo.suara.id");
    const queue = await verifier.request(`{ queue(first: 100) { edges { node { trackingCode } } } }`);
    expect(queue.data.queue.edges.map((e: { node: { trackingCode: string } }) => e.node.trackingCode)).not.toContain(complaint.trackingCode);
  });

  it("keeps a real draft out of a workshop and a practice one out of real filing", async () => {
    const w = await createWorkshop();
    const p = server.client();
    await p.request(SAVE, { input: { step: "jenis", answers: { kind: "ASPIRASI" } } });
    await p.request(JOIN, { code: w.joinCode });
    const practice = await p.request(`{ draft { answers { kind } } }`);
    // The real draft is not the practice one.
    expect(practice.data.draft).toBeNull();
  });
});

describe("workshopRoomChanged", () => {
  function wsClient(headers: Record<string, string>): Client {
    const client = liveClient(server.wsUrl, headers);
    sockets.push(client);
    return client;
  }
  const CHANGED = `subscription($id: ID!) { workshopRoomChanged(workshopId: $id) { id summary { joined } participants { number progress } } }`;

  it("tells the trainer over a real WebSocket when someone joins", async () => {
    const w = await createWorkshop();
    const iterator = wsClient({ cookie: trainer.cookieHeader() }).iterate({ query: CHANGED, variables: { id: w.id } });
    const first = iterator.next();
    for (let i = 0; i < 400 && server.deps.bus.subscriberCount(`workshop:${w.id}`) === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(server.deps.bus.subscriberCount(`workshop:${w.id}`)).toBe(1);
    await server.client().request(JOIN, { code: w.joinCode });
    const result = await Promise.race([first, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no event within 5 s")), 5000))]);
    const data = (result.value as { data: any }).data.workshopRoomChanged;
    expect(data).toEqual({ id: w.id, summary: { joined: 1 }, participants: [{ number: 1, progress: "joined" }] });
    await iterator.return?.();
  });

  it("refuses another trainer and a resident", async () => {
    const w = await createWorkshop();
    const resident = await server.signedIn("warga@demo.suara.id");
    const refused = await wsClient({ cookie: resident.cookieHeader() }).iterate({ query: CHANGED, variables: { id: w.id } }).next().catch((e) => e);
    expect(JSON.stringify(refused)).toMatch(/FORBIDDEN|UNAUTHENTICATED|akses|Not authorized/i);
    const other = await trainerAccount("pelatih.ketiga@contoh.id");
    const hidden = await wsClient({ cookie: other.cookieHeader() }).iterate({ query: CHANGED, variables: { id: w.id } }).next().catch((e) => e);
    expect(JSON.stringify(hidden)).toMatch(/NOT_FOUND|Tidak ditemukan/);
  });
});

// Last: the limit it reaches holds for every test client (all come from loopback).
describe("guessing codes", () => {
  it("refuses a wrong code with a clear message, then limits guessing", async () => {
    const c = server.client();
    const wrong = await c.request(JOIN, { code: "ZZZZ-ZZZZ" });
    expect(wrong.data.joinWorkshop.errors).toEqual([
      { field: "joinCode", code: "no_match", message: "Kode ini tidak ditemukan. Periksa kode di layar pelatih lalu coba lagi" },
    ]);
    const malformed = await c.request(JOIN, { code: "abc" });
    expect(malformed.data.joinWorkshop.errors[0].code).toBe("invalid_code");
    let last: { code: string; message: string } | undefined;
    for (let i = 0; i < 25 && last?.code !== "slow_down"; i++) {
      last = (await c.request(JOIN, { code: "ZZZZ-ZZZY" })).data.joinWorkshop.errors[0];
    }
    expect(last?.code).toBe("slow_down");
    expect(last?.message).toMatch(/Terlalu banyak kode yang salah/);
  });
});

describe("the demo room", () => {
  it("has a workshop in progress for the demo trainer with participants at various steps", async () => {
    const demo = await startTestServer({ demoComplaints: true });
    try {
      const t = await demo.signedIn("pelatih@demo.suara.id");
      const list = await t.request(`{ myWorkshops { id isOpen districtName } }`);
      expect(list.data.myWorkshops).toHaveLength(1);
      expect(list.data.myWorkshops[0]).toMatchObject({ isOpen: true, districtName: expect.stringMatching(/Somba Opu/) });
      const room = (await t.request(ROOM, { id: list.data.myWorkshops[0].id })).data.workshop;
      expect(room.summary).toEqual({ joined: 5, finished: 1, needHelp: 1 });
      expect(room.participants.map((p: { progress: string }) => p.progress)).toEqual(["lokasi", "kejadian", "jenis", "joined", "finished"]);
      expect(room.participants[1]).toMatchObject({ errorField: "title", errorFieldLabel: "Judul" });
      const practice = await demo.db.prisma.complaint.findMany({ where: { isSandbox: true } });
      expect(practice).toHaveLength(1);
      expect(practice[0]!.workshopId).toBe(room.id);
    } finally {
      await demo.close();
    }
  }, 120_000);
});
