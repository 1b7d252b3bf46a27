// The SMS door end to end: a stand-in gateway delivers signed text messages to POST /sms/masuk
// and receives Suara's answers over HTTP through the real outbox. Every keyword, typos, the
// numbered question when the kecamatan is unclear, a forged signature, a message delivered twice,
// a long message in parts, a flood from one number, STOP, quiet hours, and a complaint filed by
// SMS then followed by CEK and on the web with its code and PIN.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demoEmail } from "../support/demo.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { deliverSms, type GatewayStandIn, type InboundGateway, startSmsGateway } from "../support/stand-ins.ts";

let now = new Date("2026-12-01T02:00:00Z"); // Tuesday 10:00 WITA
let server: TestServer;
let gateway: GatewayStandIn;
let inbound: InboundGateway;

const FIELDS = { from: "msisdn", text: "message", id: "message_id", reference: "concat_ref", part: "concat_part", parts: "concat_total" };

beforeAll(async () => {
  gateway = await startSmsGateway();
  server = await startTestServer({
    now: () => now,
    env: {
      ORIGIN: "https://suara.gowa.test",
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_BODY: '{"msisdn":"{{to}}","message":"{{text}}","ref":"{{key}}"}',
      SMS_INBOUND_SECRET: "rahasia-bersama-gateway-sms",
      SMS_INBOUND_SIGNATURE_HEADER: "X-Gateway-Signature",
      SMS_INBOUND_FIELDS: JSON.stringify(FIELDS),
      OUTBOX_MAX_ATTEMPTS: "1",
    },
  });
  inbound = { url: `${server.url}/sms/masuk`, secret: "rahasia-bersama-gateway-sms", signatureHeader: "X-Gateway-Signature", format: "json", fields: FIELDS };
});
afterAll(async () => {
  await server?.close();
  await gateway?.close();
});
beforeEach(() => {
  gateway.requests.length = 0;
  gateway.status = 200;
  now = new Date("2026-12-01T02:00:00Z");
});

let numbers = 0;
/** A fresh sender for each test: limits and the STOP list are per number. */
const newNumber = () => {
  numbers++;
  return { local: `0813 55${String(numbers).padStart(2, "0")} 0${String(numbers).padStart(3, "0")}`, intl: `+6281355${String(numbers).padStart(2, "0")}0${String(numbers).padStart(3, "0")}` };
};

type Phone = ReturnType<typeof newNumber>;

/** Sends a text as the gateway would, runs the outbox, and returns what came back to that number. */
async function text(phone: Phone, message: string, options: { id?: string; part?: { reference: string; part: number; parts: number } } = {}) {
  const sent = await deliverSms(inbound, { from: phone.local, text: message, ...options });
  expect(sent.status).toBe(200);
  await server.outbox.runOnce();
  return { outcome: sent.body.outcome, replies: repliesTo(phone), id: sent.id };
}

function repliesTo(phone: Phone): string[] {
  return gateway.requests
    .map((r) => JSON.parse(r.body) as { msisdn: string; message: string })
    .filter((m) => m.msisdn === phone.intl)
    .map((m) => m.message);
}

const complaintsFrom = (phone: Phone) => server.db.prisma.complaint.findMany({ where: { reporterPhone: phone.intl }, orderBy: { submittedAt: "asc" } });

/** The code and PIN out of the receipt SMS. */
function codeAndPin(receipt: string): { code: string; pin: string } {
  const found = /([A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{2})\. PIN: ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(receipt);
  expect(found, receipt).not.toBeNull();
  return { code: found![1]!, pin: found![2]! };
}

describe("LAPOR, ASPIRASI and INFO file a complaint through the same filing as the web", () => {
  it("files a confidential complaint in the named kecamatan, category left to the verifier, and answers with code, PIN and the keywords", async () => {
    const phone = newNumber();
    const { outcome, replies, id } = await text(phone, "LAPOR Somba Opu jalan berlubang besar di depan pasar sentral, motor sering jatuh");
    expect(outcome).toBe("file");
    const [complaint] = await complaintsFrom(phone);
    expect(complaint).toMatchObject({
      channel: "SMS",
      kind: "PENGADUAN",
      privacy: "CONFIDENTIAL",
      categoryId: null,
      districtCode: "73.06.08",
      title: "jalan berlubang besar di depan pasar sentral, motor",
      story: "jalan berlubang besar di depan pasar sentral, motor sering jatuh",
      contactPreference: "SMS",
      clientRequestId: `sms:${id}`,
      status: "SUBMITTED",
    });
    expect(complaint!.verifyDueAt).not.toBeNull();
    expect(replies).toHaveLength(1);
    const { code, pin } = codeAndPin(replies[0]!);
    expect(code).toBe(complaint!.trackingCode);
    expect(replies[0]).toContain("RAHASIA");
    expect(replies[0]).toContain("PUBLIK <kode> <PIN>");
    expect(replies[0]).toContain("CEK <kode> <PIN>");
    expect(pin).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // The same timeline and audit as a web filing, with the door named.
    const timeline = await server.db.prisma.timelineEvent.findMany({ where: { complaintId: complaint!.id } });
    expect(timeline.map((e) => e.type)).toEqual(["SUBMITTED"]);
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: complaint!.id, action: "complaint.submit" } });
    expect(audit.data).toMatchObject({ channel: "SMS", privacy: "CONFIDENTIAL", smsMessage: id });
    // The message itself is not kept once handled.
    expect((await server.db.prisma.inboundSms.findUniqueOrThrow({ where: { gatewayId: id } })).text).toBe("");
  });

  it.each([
    ["ASPIRASI Bajeng Barat taman baca untuk anak-anak", "ASPIRASI", "73.06.18", "taman baca untuk anak-anak"],
    ["info#Parigi#jadwal posyandu bulan ini", "PERMINTAAN_INFORMASI", "73.06.17", "jadwal posyandu bulan ini"],
    ["lapr palangga lampu jalan mati", "PENGADUAN", "73.06.07", "lampu jalan mati"],
    ["LAPORSOMBAOPU sampah menumpuk", "PENGADUAN", "73.06.08", "sampah menumpuk"],
    ["LAPOR: sampah menumpuk di pasar Somba Opu", "PENGADUAN", "73.06.08", "sampah menumpuk di pasar Somba Opu"],
  ])("%j", async (message, kind, districtCode, story) => {
    const phone = newNumber();
    expect((await text(phone, message)).outcome).toBe("file");
    expect(await complaintsFrom(phone)).toMatchObject([{ kind, districtCode, story }]);
  });

  it("in English with REPORT, answered in English", async () => {
    const phone = newNumber();
    const { replies } = await text(phone, "REPORT Somba Opu broken street light near the mosque");
    expect(await complaintsFrom(phone)).toMatchObject([{ locale: "en", kind: "PENGADUAN" }]);
    expect(replies[0]).toMatch(/Tracking code: .*PIN: .*CONFIDENTIAL.*PUBLIC <code> <PIN>/);
  });

  it("asks for the text when only the kecamatan came", async () => {
    const phone = newNumber();
    const { outcome, replies } = await text(phone, "LAPOR Somba Opu");
    expect(outcome).toBe("ask_story");
    expect(replies).toEqual([expect.stringContaining("LAPOR SOMBA OPU jalan rusak")]);
    expect(await complaintsFrom(phone)).toEqual([]);
  });

  it("asks back with a numbered list when the kecamatan is unclear, and files with the number answered", async () => {
    const phone = newNumber();
    const asked = await text(phone, "LAPOR Bontonompa Selatan sekolah bocor");
    // "Bontonompa" is near "Bontonompo" alone, and with "Selatan" near "Bontonompo Selatan": that one wins.
    expect(asked.outcome).toBe("file");

    const other = newNumber();
    const unclear = await text(other, "LAPOR jembatan putus");
    expect(unclear.outcome).toBe("ask_district");
    expect(unclear.replies[0]).toMatch(/Kecamatan mana\? Balas dengan nomornya: 1\. \w+.*, 9\. /);
    const listed = /1\. ([^,]+), 2\. ([^,]+),/.exec(unclear.replies[0]!)!;
    const answered = await text(other, "2");
    expect(answered.outcome).toBe("file");
    const [filed] = await complaintsFrom(other);
    const second = await server.db.prisma.region.findFirstOrThrow({ where: { name: listed[2]!.trim(), level: "DISTRICT" } });
    expect(filed).toMatchObject({ districtCode: second.code, story: "jembatan putus" });
    // The receipt answers the number.
    expect(answered.replies.at(-1)).toContain(filed!.trackingCode);
    // The question is answered: another "2" is not a filing.
    expect((await text(other, "2")).outcome).toBe("unknown");
  });

  it("takes the kecamatan's name as the answer too", async () => {
    const phone = newNumber();
    expect((await text(phone, "INFO jam buka kantor camat")).outcome).toBe("ask_district");
    expect((await text(phone, "tinggi moncong")).outcome).toBe("file");
    expect(await complaintsFrom(phone)).toMatchObject([{ districtCode: "73.06.04", kind: "PERMINTAAN_INFORMASI", story: "jam buka kantor camat" }]);
  });
});

describe("CEK, PUBLIK, ANONIM, RAHASIA with the code and PIN", () => {
  it("follows an SMS complaint by CEK and on the web, through verification, with the update sent to the number", async () => {
    const phone = newNumber();
    const filed = await text(phone, "LAPOR Pallangga air PDAM tidak mengalir tiga hari");
    const { code, pin } = codeAndPin(filed.replies[0]!);

    const checked = await text(phone, `cek ${code.toLowerCase().replace(/-/g, " ")} ${pin}`);
    expect(checked.outcome).toBe("check");
    expect(checked.replies.at(-1)).toMatch(new RegExp(`^Suara: ${code}: Terkirim, menunggu verifikasi\\. Batas waktu: \\d+ Desember 2026\\.`));
    expect(checked.replies.at(-1)!.length).toBeLessThanOrEqual(160);

    // On the web with code and PIN: the reporter's view.
    const web = server.client();
    const seen = await web.request(`query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { title privacy viewerIsReporter } }`, { c: code, s: pin });
    expect(seen.data.complaint).toMatchObject({ title: "air PDAM tidak mengalir tiga hari", privacy: "CONFIDENTIAL", viewerIsReporter: true });

    // The verifier's queue has it, marked as come in by SMS; verifying it tells the number.
    const verifier = await server.signedIn(demoEmail.verifier);
    const queue = await verifier.request(`query { queue(first: 50) { edges { node { id trackingCode } } } }`);
    const row = queue.data.queue.edges.find((e: { node: { trackingCode: string } }) => e.node.trackingCode === code);
    expect(row).toBeDefined();
    gateway.requests.length = 0;
    const verified = await verifier.request(`mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { code } complaint { status } } }`, {
      i: { complaintId: row.node.id, action: "verify" },
    });
    expect(verified.data.actOnComplaint.complaint.status).toBe("VERIFIED");
    await server.outbox.runOnce();
    expect(repliesTo(phone)).toHaveLength(1);
    expect((await text(phone, `CEK ${code} ${pin}`)).replies.at(-1)).toContain(`${code}: Sudah diverifikasi`);
  });

  it("loosens and tightens privacy only with the right PIN, on the timeline and in the audit", async () => {
    const phone = newNumber();
    const { code, pin } = codeAndPin((await text(phone, "LAPOR Bungaya jalan tani longsor")).replies[0]!);
    const wrong = await text(phone, `PUBLIK ${code} AAAA-AAAA`);
    expect(wrong.replies.at(-1)).toContain("Kode atau PIN tidak cocok");
    expect((await complaintsFrom(phone))[0]!.privacy).toBe("CONFIDENTIAL");

    const loosened = await text(phone, `PUBLIK ${code} ${pin}`);
    expect(loosened.outcome).toBe("privacy");
    expect(loosened.replies.at(-1)).toContain(`Privasi laporan ${code} sekarang: publik, nama disembunyikan. Tampil untuk umum setelah petugas memeriksanya.`);
    expect((await complaintsFrom(phone))[0]!.privacy).toBe("PUBLIC");
    expect((await text(phone, `anonim ${code} ${pin}`)).replies.at(-1)).toContain("sekarang: anonim");
    expect((await text(phone, `ANONIM ${code} ${pin}`)).replies.at(-1)).toContain("sudah: anonim");
    expect((await text(phone, `RAHASIA ${code} ${pin}`)).replies.at(-1)).toContain("sekarang: rahasia");
    const [complaint] = await complaintsFrom(phone);
    expect(complaint!.privacy).toBe("CONFIDENTIAL");
    const changes = await server.db.prisma.auditLog.findMany({ where: { entityId: complaint!.id, action: "complaint.reporterPrivacy" } });
    expect(changes.map((c) => (c.data as { to: { privacy: string }; door: string }).to.privacy)).toEqual(["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"]);
    expect(changes.every((c) => (c.data as { door: string }).door === "SMS")).toBe(true);
    const events = await server.db.prisma.timelineEvent.count({ where: { complaintId: complaint!.id, type: "PRIVACY_CHANGED" } });
    expect(events).toBe(3);
  });

  it("asks for the code and PIN when one is missing", async () => {
    const phone = newNumber();
    expect((await text(phone, "CEK")).replies).toEqual([expect.stringContaining("CEK <kode> <PIN>")]);
    expect((await text(phone, "PUBLIK GWA")).replies.at(-1)).toContain("PUBLIK <kode> <PIN>");
  });
});

describe("BANTUAN, unknown words, STOP and MULAI", () => {
  it("explains the keywords, in the language asked", async () => {
    const phone = newNumber();
    expect((await text(phone, "bantuan")).replies).toEqual([expect.stringContaining("LAPOR <kecamatan> <isi>")]);
    expect((await text(phone, "HELP")).replies.at(-1)).toContain("REPORT <kecamatan> <text>");
    const unknown = await text(phone, "halo pak, apa kabar");
    expect(unknown.outcome).toBe("unknown");
    expect(unknown.replies.at(-1)).toMatch(/Pesan tidak dikenali\. Kirim LAPOR/);
  });

  it("STOP ends updates to the number (answers to its own messages still come); MULAI brings them back", async () => {
    const phone = newNumber();
    const { code, pin } = codeAndPin((await text(phone, "LAPOR Manuju irigasi rusak")).replies[0]!);
    const stopped = await text(phone, "STOP");
    expect(stopped.replies.at(-1)).toContain("Anda tidak akan menerima SMS lagi");
    const [complaint] = await complaintsFrom(phone);
    const verifier = await server.signedIn(demoEmail.verifier);
    gateway.requests.length = 0;
    await verifier.request(`mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { code } } }`, { i: { complaintId: complaint!.id, action: "verify" } });
    await server.outbox.runOnce();
    expect(repliesTo(phone)).toEqual([]);
    // Asked directly: answered.
    expect((await text(phone, `CEK ${code} ${pin}`)).replies).toEqual([expect.stringContaining("Sudah diverifikasi")]);
    await text(phone, "MULAI");
    gateway.requests.length = 0;
    const agency = await server.db.prisma.agency.findFirstOrThrow({ where: { isSandbox: false, active: true } });
    const disposed = await verifier.request(`mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { code } complaint { status } } }`, {
      i: { complaintId: complaint!.id, action: "dispose", agencyId: agency.id },
    });
    expect(disposed.data.actOnComplaint.complaint.status).toBe("DISPOSED");
    await server.outbox.runOnce();
    expect(repliesTo(phone)).toHaveLength(1);
  });

  it("holds updates to an SMS reporter through the night (21:00–06:00 WITA); the receipt is never held", async () => {
    const phone = newNumber();
    now = new Date("2026-12-01T14:30:00Z"); // 22:30 WITA
    const filed = await text(phone, "LAPOR Parigi jalan licin berlumpur");
    expect(filed.replies).toHaveLength(1);
    const [complaint] = await complaintsFrom(phone);
    const verifier = await server.signedIn(demoEmail.verifier);
    gateway.requests.length = 0;
    await verifier.request(`mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { code } } }`, { i: { complaintId: complaint!.id, action: "verify" } });
    await server.outbox.runOnce();
    expect(repliesTo(phone)).toEqual([]);
    now = new Date("2026-12-01T22:01:00Z"); // 06:01 WITA
    await server.outbox.runOnce();
    expect(repliesTo(phone)).toHaveLength(1);
  });
});

describe("the webhook: signature, replays, long messages, floods", () => {
  it("refuses a forged or missing signature with 401 and stores nothing", async () => {
    const phone = newNumber();
    const forged = await deliverSms(inbound, { from: phone.local, text: "LAPOR Somba Opu palsu" }, { signature: "0".repeat(64) });
    expect(forged.status).toBe(401);
    const other = await deliverSms({ ...inbound, secret: "kunci-lain-yang-salah-sekali" }, { from: phone.local, text: "LAPOR Somba Opu palsu" });
    expect(other.status).toBe(401);
    const unsigned = await deliverSms(inbound, { from: phone.local, text: "LAPOR Somba Opu palsu" }, { signature: null });
    expect(unsigned.status).toBe(401);
    expect(await server.db.prisma.inboundSms.count({ where: { gatewayId: { in: [forged.id, other.id, unsigned.id] } } })).toBe(0);
    expect(await complaintsFrom(phone)).toEqual([]);
  });

  it("refuses a body without the configured fields with 400", async () => {
    const response = await fetch(inbound.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-gateway-signature": "sha256=" + (await import("node:crypto")).createHmac("sha256", inbound.secret).update("{}").digest("base64") },
      body: "{}",
    });
    expect(response.status).toBe(400);
  });

  it("handles a message delivered twice once: one complaint, one answer", async () => {
    const phone = newNumber();
    const first = await text(phone, "LAPOR Barombong banjir di perumahan", { id: "gw-ulang-1" });
    const again = await text(phone, "LAPOR Barombong banjir di perumahan", { id: "gw-ulang-1" });
    expect([first.outcome, again.outcome]).toEqual(["file", "duplicate"]);
    expect(await complaintsFrom(phone)).toHaveLength(1);
    expect(again.replies).toHaveLength(1);
    // Delivered twice at the same moment: still once.
    const phone2 = newNumber();
    const both = await Promise.all([1, 2].map(() => deliverSms(inbound, { from: phone2.local, text: "LAPOR Barombong got mampet", id: "gw-ulang-2" })));
    expect(both.map((b) => b.body.outcome).sort()).toEqual(["duplicate", "file"]);
    expect(await complaintsFrom(phone2)).toHaveLength(1);
  });

  it("joins a long message's parts in order, whichever comes first", async () => {
    const phone = newNumber();
    const reference = "ref-77";
    const second = await text(phone, "sekolah bocor kalau hujan, murid pindah ke masjid", { part: { reference, part: 2, parts: 2 } });
    expect(second.outcome).toBe("part");
    const first = await text(phone, "LAPOR Tompobulu atap kelas SD Inpres ", { part: { reference, part: 1, parts: 2 } });
    expect(first.outcome).toBe("file");
    expect(await complaintsFrom(phone)).toMatchObject([{ districtCode: "73.06.03", story: "atap kelas SD Inpres sekolah bocor kalau hujan, murid pindah ke masjid" }]);
  });

  it("a flood from one number: past 20 messages an hour nothing is answered, and answers stop at 10 a day", async () => {
    const phone = newNumber();
    const outcomes: string[] = [];
    for (let i = 0; i < 24; i++) outcomes.push((await deliverSms(inbound, { from: phone.local, text: "BANTUAN" })).body.outcome!);
    expect(outcomes.filter((o) => o === "help")).toHaveLength(20);
    expect(outcomes.slice(20)).toEqual(["limited", "limited", "limited", "limited"]);
    await server.outbox.runOnce();
    expect(repliesTo(phone)).toHaveLength(10);
    // Another number is not held back by it.
    expect((await text(newNumber(), "BANTUAN")).replies).toHaveLength(1);
  });

  it("a number that is not a phone number is not answered", async () => {
    const sent = await deliverSms(inbound, { from: "INFO-OPERATOR", text: "Paket data Anda hampir habis" });
    expect(sent.body.outcome).toBe("not_a_number");
  });
});

describe("a gateway that posts forms", () => {
  let formServer: TestServer;
  beforeAll(async () => {
    formServer = await startTestServer({
      now: () => now,
      env: { SMS_INBOUND_SECRET: "rahasia-bersama-gateway-sms", SMS_INBOUND_FORMAT: "form" },
    });
  });
  afterAll(async () => formServer?.close());

  it("reads the default field names and the default signature header from a form body", async () => {
    const sent = await deliverSms(
      { url: `${formServer.url}/sms/masuk`, secret: "rahasia-bersama-gateway-sms", signatureHeader: "X-Signature", format: "form", fields: { from: "from", text: "text", id: "id", reference: "reference", part: "part", parts: "parts" } },
      { from: "+62 813 5599 0001", text: "LAPOR Somba Opu lampu jalan mati" },
    );
    expect(sent.body.outcome).toBe("file");
    expect(await formServer.db.prisma.complaint.count({ where: { channel: "SMS" } })).toBe(1);
  });
});

describe("what the SMS door keeps", () => {
  it("the scheduler forgets an unanswered question, parts that never completed, and handled messages after a month", async () => {
    const phone = newNumber();
    expect((await text(phone, "LAPOR jembatan gantung putus")).outcome).toBe("ask_district");
    expect((await text(phone, "awal pesan panjang", { part: { reference: "tak-lengkap", part: 1, parts: 3 } })).outcome).toBe("part");
    const handled = await text(phone, "BANTUAN");
    const sender = (await server.db.prisma.inboundSms.findUniqueOrThrow({ where: { gatewayId: handled.id } })).senderHash;
    expect(await server.db.prisma.smsPending.count({ where: { senderHash: sender } })).toBe(1);

    now = new Date("2026-12-02T02:01:00Z"); // a day and a minute later
    const { tick } = await import("../../server/src/services/workers/scheduler.ts");
    await tick(server.deps);
    expect(await server.db.prisma.smsPending.count({ where: { senderHash: sender } })).toBe(0);
    expect(await server.db.prisma.inboundSms.count({ where: { senderHash: sender, handledAt: null } })).toBe(0);
    expect(await server.db.prisma.inboundSms.count({ where: { gatewayId: handled.id } })).toBe(1);
    // Answering the forgotten question files nothing.
    expect((await text(phone, "1")).outcome).toBe("unknown");

    now = new Date("2027-01-02T02:00:00Z");
    await tick(server.deps);
    expect(await server.db.prisma.inboundSms.count({ where: { gatewayId: handled.id } })).toBe(0);
  });
});
