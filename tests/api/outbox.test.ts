// The delivery outbox against local stand-ins speaking the real protocols: an SMTP server, an
// HTTP SMS gateway and a Web Push service that decrypts what it receives. The clock is the
// test's, so back-off, dead letters, quiet hours and expired leases are stepped through.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { messageKeyFor, Outbox } from "../../server/src/services/workers/outbox.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { type GatewayStandIn, type PushService, type SmtpStandIn, startPushService, startSmsGateway, startSmtp } from "../support/stand-ins.ts";

let now = new Date("2026-12-01T02:00:00Z"); // Tuesday 10:00 WITA
let server: TestServer;
let smtp: SmtpStandIn;
let gateway: GatewayStandIn;
let push: PushService;
const MINUTE = 60_000;

beforeAll(async () => {
  smtp = await startSmtp();
  gateway = await startSmsGateway();
  push = await startPushService();
  server = await startTestServer({
    now: () => now,
    env: {
      ORIGIN: "https://suara.gowa.test",
      SMTP_URL: smtp.url,
      MAIL_FROM: "Suara Gowa <suara@gowa.test>",
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_BODY: '{"msisdn":"{{to}}","message":"{{text}}","ref":"{{key}}"}',
      SMS_GATEWAY_HEADERS: '{"Authorization":"Bearer kunci-gateway"}',
      OUTBOX_MAX_ATTEMPTS: "3",
      OUTBOX_RETRY_BASE_MS: String(MINUTE),
      OUTBOX_LEASE_MS: String(2 * MINUTE),
    },
  });
});
afterAll(async () => {
  await server?.close();
  await Promise.all([smtp?.stop(), gateway?.close(), push?.close()]);
});
beforeEach(() => {
  smtp.received.length = 0;
  gateway.requests.length = 0;
  gateway.status = 200;
  push.messages.length = 0;
});

let counter = 0;
async function person(reach: { email?: string; phone?: string; channels?: ("PUSH" | "SMS" | "EMAIL" | "SAHABAT_TASK")[]; quiet?: [number, number] }) {
  counter++;
  const user = await server.db.prisma.user.create({
    data: {
      name: `Warga ${counter}`,
      email: reach.email ?? null,
      phone: reach.phone ?? null,
      passwordHash: await hashPassword("suara-demo-2026"),
      roles: { create: { role: "RESIDENT" } },
    },
  });
  if (reach.channels || reach.quiet) {
    await server.db.prisma.notificationPreference.create({
      data: { userId: user.id, channels: reach.channels ?? ["PUSH", "SMS", "EMAIL", "SAHABAT_TASK"], quietStart: reach.quiet?.[0] ?? null, quietEnd: reach.quiet?.[1] ?? null },
    });
  }
  return user;
}

/** A notification row, as the notifications engineer's code writes them. */
function notify(to: { userId?: string; contact?: string; complaintId?: string }, title = "Laporan Anda dijawab", body = "Dinas PUPR sudah menjawab laporan Anda.") {
  return server.db.prisma.notification.create({ data: { userId: to.userId ?? null, contact: to.contact ?? null, complaintId: to.complaintId ?? null, title, body } });
}

const deliveries = (notificationId: string) =>
  server.db.prisma.delivery.findMany({ where: { notificationId }, orderBy: { createdAt: "asc" }, include: { attempts: true } });

async function complaint(sahabatId: string | null = null, reporterId: string | null = null) {
  counter++;
  return server.db.prisma.complaint.create({
    data: {
      trackingCode: `GWA-OBX-${String(counter).padStart(3, "0")}`,
      accessSecretHash: "x",
      kind: "PENGADUAN",
      title: "Jalan berlubang",
      story: "Cerita.",
      districtCode: "73.06.08",
      status: "SUBMITTED",
      sahabatId,
      reporterId,
    },
  });
}

describe("e-mail over SMTP", () => {
  it("delivers the notification with its subject, text, link and a Message-ID from the message key", async () => {
    const user = await person({ email: "rina@warga.test" });
    const c = await complaint();
    const n = await notify({ userId: user.id, complaintId: c.id }, "Laporan Anda dijawab", "Dinas PUPR sudah menjawab laporan Anda.");
    const round = await server.outbox.runOnce();
    expect(round).toMatchObject({ planned: 1, sent: 1, dead: 0 });

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(["rina@warga.test"]);
    expect(mail.from).toBe("suara@gowa.test");
    expect(mail.headers.get("subject")).toBe("Laporan Anda dijawab");
    expect(mail.headers.get("message-id")).toBe(`<${n.id}.email@gowa.test>`);
    expect(mail.text).toContain("Dinas PUPR sudah menjawab laporan Anda.");
    expect(mail.text).toContain(`https://suara.gowa.test/lacak/${c.trackingCode}`);

    const [d] = await deliveries(n.id);
    expect(d).toMatchObject({ channel: "EMAIL", status: "SENT", attemptCount: 1, messageKey: messageKeyFor(n.id, "EMAIL") });
    expect(d!.attempts).toHaveLength(1);
    expect(d!.attempts[0]!.ok).toBe(true);

    // Nothing is sent twice: another round finds no work.
    expect(await server.outbox.runOnce()).toMatchObject({ planned: 0, claimed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it("a mailbox the server rejects (550) falls back to the next channel at once", async () => {
    const user = await person({ email: "hilang@warga.test", phone: "0812 0000 0550", channels: ["EMAIL", "SMS"] });
    smtp.rejected.add("hilang@warga.test");
    const n = await notify({ userId: user.id });
    await server.outbox.runOnce();
    const [email, sms] = await deliveries(n.id);
    expect(email).toMatchObject({ channel: "EMAIL", status: "DEAD", attemptCount: 1 });
    expect(email!.lastError).toMatch(/550/);
    expect(sms).toMatchObject({ channel: "SMS", status: "SENT" });
    expect(gateway.requests).toHaveLength(1);
  });
});

describe("SMS through the HTTP gateway", () => {
  it("writes the configured request with the idempotency key, to a contact without an account", async () => {
    const n = await notify({ contact: "0812-3456-7890" }, "Kode pemulihan", "Kode Anda 482913.");
    await server.outbox.runOnce();
    expect(gateway.requests).toHaveLength(1);
    const req = gateway.requests[0]!;
    expect(req.method).toBe("POST");
    expect(req.path).toBe("/kirim");
    expect(req.headers["content-type"]).toBe("application/json");
    expect(req.headers.authorization).toBe("Bearer kunci-gateway");
    expect(req.headers["idempotency-key"]).toBe(`${n.id}.sms`);
    expect(JSON.parse(req.body)).toEqual({ msisdn: "+6281234567890", message: "Kode pemulihan: Kode Anda 482913.", ref: `${n.id}.sms` });
    expect((await deliveries(n.id))[0]).toMatchObject({ channel: "SMS", status: "SENT" });
  });

  it("gateway 500: retries with exponential back-off under the same key, dead-letters, then e-mails", async () => {
    const user = await person({ phone: "0813 1111 2222", email: "budi@warga.test" });
    gateway.status = 500;
    const start = now;
    const n = await notify({ userId: user.id });
    const key = `${n.id}.sms`;

    await server.outbox.runOnce();
    let [sms] = await deliveries(n.id);
    expect(sms).toMatchObject({ channel: "SMS", status: "FAILED", attemptCount: 1 });
    expect(sms!.nextAttemptAt.getTime()).toBe(start.getTime() + MINUTE);

    // Not due yet: nothing happens.
    now = new Date(start.getTime() + MINUTE - 1000);
    expect(await server.outbox.runOnce()).toMatchObject({ claimed: 0 });

    now = new Date(start.getTime() + MINUTE);
    await server.outbox.runOnce();
    [sms] = await deliveries(n.id);
    expect(sms).toMatchObject({ status: "FAILED", attemptCount: 2 });
    expect(sms!.nextAttemptAt.getTime()).toBe(now.getTime() + 2 * MINUTE); // doubled

    now = new Date(now.getTime() + 2 * MINUTE);
    await server.outbox.runOnce();
    const [deadSms, email] = await deliveries(n.id);
    expect(deadSms).toMatchObject({ status: "DEAD", attemptCount: 3 });
    expect(deadSms!.attempts.map((a) => a.ok)).toEqual([false, false, false]);
    expect(deadSms!.lastError).toMatch(/500/);
    expect(gateway.requests.map((r) => r.headers["idempotency-key"])).toEqual([key, key, key]);
    // Nothing lost: the next channel carried it.
    expect(email).toMatchObject({ channel: "EMAIL", status: "SENT" });
    expect(smtp.received.map((m) => m.to[0])).toEqual(["budi@warga.test"]);
  });
});

describe("Web Push", () => {
  it("sends an aes128gcm message the device can decrypt, signed with the stored VAPID key", async () => {
    const user = await person({ email: "sari@warga.test" });
    const sub = push.subscribe("hp-sari");
    await server.db.prisma.pushSubscription.create({ data: { userId: user.id, ...sub } });
    const c = await complaint();
    const n = await notify({ userId: user.id, complaintId: c.id }, "Status berubah", "Laporan Anda sedang ditindaklanjuti.");
    await server.outbox.runOnce();

    expect(push.errors).toEqual([]);
    expect(push.messages).toHaveLength(1);
    const message = push.messages[0]!;
    expect(JSON.parse(message.text)).toEqual({
      title: "Status berubah",
      body: "Laporan Anda sedang ditindaklanjuti.",
      url: `/lacak/${c.trackingCode}`,
      tag: `${n.id}.push`,
      lang: "id",
    });
    const stored = await server.db.prisma.setting.findUniqueOrThrow({ where: { key: "push.vapid" } });
    expect(message.vapidKey).toBe((JSON.parse(stored.value) as { publicKey: string }).publicKey);
    expect(message.subject).toBe("https://suara.gowa.test");
    expect((await deliveries(n.id))[0]).toMatchObject({ channel: "PUSH", status: "SENT" });
    expect(smtp.received).toHaveLength(0); // push worked: no e-mail
  });

  it("an expired subscription (410) is removed and the message falls back to e-mail", async () => {
    const user = await person({ email: "tono@warga.test" });
    const sub = push.subscribe("hp-lama");
    push.statusFor.set("hp-lama", 410);
    await server.db.prisma.pushSubscription.create({ data: { userId: user.id, ...sub } });
    const n = await notify({ userId: user.id });
    await server.outbox.runOnce();
    const [p, e] = await deliveries(n.id);
    expect(p).toMatchObject({ channel: "PUSH", status: "DEAD", attemptCount: 1 });
    expect(e).toMatchObject({ channel: "EMAIL", status: "SENT" });
    expect(await server.db.prisma.pushSubscription.count({ where: { userId: user.id } })).toBe(0);
    expect(smtp.received.map((m) => m.to[0])).toEqual(["tono@warga.test"]);
  });
});

describe("SMTP down", () => {
  it("retries while the server is unreachable, then falls back to SMS; nothing lost", async () => {
    const user = await person({ email: "dewi@warga.test", phone: "0814 5555 6666", channels: ["EMAIL", "SMS"] });
    await smtp.stop();
    try {
      const n = await notify({ userId: user.id });
      for (let i = 0; i < 3; i++) {
        await server.outbox.runOnce();
        now = new Date(now.getTime() + 10 * MINUTE);
      }
      const [email, sms] = await deliveries(n.id);
      expect(email).toMatchObject({ channel: "EMAIL", status: "DEAD", attemptCount: 3 });
      expect(email!.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(sms).toMatchObject({ channel: "SMS", status: "SENT" });
      expect(JSON.parse(gateway.requests[0]!.body).msisdn).toBe("+6281455556666");
    } finally {
      await smtp.start();
    }
  });
});

describe("quiet hours (Asia/Makassar)", () => {
  it("holds an SMS until the quiet hours end", async () => {
    now = new Date("2026-12-02T14:30:00Z"); // 22:30 WITA
    const user = await person({ phone: "0815 7777 8888", channels: ["SMS"], quiet: [21 * 60, 6 * 60] });
    const n = await notify({ userId: user.id });
    await server.outbox.runOnce();
    expect(gateway.requests).toHaveLength(0);
    const [d] = await deliveries(n.id);
    expect(d!.nextAttemptAt.toISOString()).toBe("2026-12-02T22:00:00.000Z"); // 06:00 WITA
    now = new Date("2026-12-02T22:00:00Z");
    await server.outbox.runOnce();
    expect(gateway.requests).toHaveLength(1);
  });

  it("someone without an account: a one-time code goes at once at night, news of a complaint waits for 06:00", async () => {
    now = new Date("2026-12-03T14:30:00Z"); // 22:30 WITA
    const c = await complaint();
    const event = await server.db.prisma.timelineEvent.create({ data: { complaintId: c.id, type: "FOLLOW_UP", visibility: "PARTIES", createdAt: now } });
    const code = await notify({ contact: "+6281577770001" }, "Kode", "Kode Anda: 123456");
    const news = await server.db.prisma.notification.create({
      data: { contact: "+6281577770002", complaintId: c.id, eventId: event.id, title: "Kabar", body: "Laporan Anda dijawab." },
    });
    await server.outbox.runOnce();
    expect(gateway.requests.map((r) => JSON.parse(r.body).msisdn)).toEqual(["+6281577770001"]);
    expect((await deliveries(code.id))[0]!.status).toBe("SENT");
    expect((await deliveries(news.id))[0]!.nextAttemptAt.toISOString()).toBe("2026-12-03T22:00:00.000Z");
  });
});

describe("a restart mid-delivery", () => {
  it("a row claimed by an instance that died is retried when its lease ends, under the same message key", async () => {
    const user = await person({ email: "andi@warga.test" });
    const n = await notify({ userId: user.id });
    // The instance plans and claims the row, then dies before sending.
    const crashed = new Outbox(server.deps, server.outbox.adapters, { leaseMs: 2 * MINUTE });
    await crashed.plan();
    expect(await crashed.claim()).toHaveLength(1);

    // The restarted service sees the row leased: it waits.
    expect(await server.outbox.runOnce()).toMatchObject({ claimed: 0 });
    expect(smtp.received).toHaveLength(0);

    now = new Date(now.getTime() + 2 * MINUTE);
    await server.outbox.runOnce();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.headers.get("message-id")).toBe(`<${n.id}.email@gowa.test>`);
    const [d] = await deliveries(n.id);
    expect(d).toMatchObject({ status: "SENT", attemptCount: 2 });
  });

  it("a slow instance whose lease ran out cannot overwrite the row; a resend carries the same Message-ID", async () => {
    const user = await person({ email: "lina@warga.test" });
    const n = await notify({ userId: user.id });
    await server.outbox.plan();
    const [slow] = await server.outbox.claim();
    now = new Date(now.getTime() + 3 * MINUTE); // the lease ran out while it was busy
    const [fresh] = await server.outbox.claim();
    expect(fresh!.id).toBe(slow!.id);
    expect(await server.outbox.attempt(fresh!)).toBe("sent");
    expect(await server.outbox.attempt(slow!)).toBe("lost");
    const ids = smtp.received.map((m) => m.headers.get("message-id"));
    expect(ids).toEqual([`<${n.id}.email@gowa.test>`, `<${n.id}.email@gowa.test>`]);
    const [d] = await deliveries(n.id);
    expect(d).toMatchObject({ status: "SENT", attemptCount: 2 });
  });
});

describe("planning", () => {
  it("a person who chose the notification centre only gets no delivery, and is planned once", async () => {
    const user = await person({ email: "tenang@warga.test", channels: [] });
    const n = await notify({ userId: user.id });
    expect(await server.outbox.plan()).toBe(1);
    expect(await deliveries(n.id)).toHaveLength(0);
    expect((await server.db.prisma.notification.findUniqueOrThrow({ where: { id: n.id } })).deliveryPlannedAt).not.toBeNull();
    expect(await server.outbox.plan()).toBe(0);
  });

  it("with no channel of their own, the sahabat who filed the complaint gets a task", async () => {
    const sahabat = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "sahabat@demo.suara.id" } });
    const c = await complaint(sahabat.id);
    const n = await notify({ complaintId: c.id }, "Laporan Ibu Sitti dijawab", "Dinas PUPR sudah menjawab.");
    await server.outbox.runOnce();
    const [d] = await deliveries(n.id);
    expect(d).toMatchObject({ channel: "SAHABAT_TASK", status: "SENT" });
    const task = await server.db.prisma.sahabatTask.findUniqueOrThrow({ where: { notificationId: n.id } });
    expect(task).toMatchObject({ sahabatId: sahabat.id, status: "OPEN" });
  });

  it("the reporter's own notification may go to their sahabat; a staff member's never does", async () => {
    const sahabat = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "sahabat@demo.suara.id" } });
    const verifier = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "verifikator@demo.suara.id" } });
    // Both chose the sahabat as their only channel: only the reporter's choice can be honoured.
    await server.db.prisma.notificationPreference.create({ data: { userId: verifier.id, channels: ["SAHABAT_TASK"] } });
    const reporter = await person({ channels: ["SAHABAT_TASK"] });
    const c = await complaint(sahabat.id, reporter.id);
    const mine = await notify({ userId: reporter.id, complaintId: c.id });
    const staffOnly = await notify({ userId: verifier.id, complaintId: c.id }, "Laporan terlambat", "Catatan internal.");
    await server.outbox.runOnce();
    expect((await deliveries(mine.id)).map((d) => [d.channel, d.status])).toEqual([["SAHABAT_TASK", "SENT"]]);
    expect(await deliveries(staffOnly.id)).toEqual([]);
    expect(await server.db.prisma.sahabatTask.count({ where: { notificationId: staffOnly.id } })).toBe(0);
  });
});
