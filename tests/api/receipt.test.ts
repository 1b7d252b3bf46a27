// The filing receipt through the real API and the real outbox, against local SMTP and SMS gateway
// stand-ins: one message with the code and PIN to the contact the reporter chose, none otherwise,
// none on a replay, at most a few per contact a day, in the language filed in, and no PIN kept.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RECEIPTS_PER_CONTACT_PER_DAY } from "../../server/src/domain/notify/receipt.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { type GatewayStandIn, type SmtpStandIn, startSmsGateway, startSmtp } from "../support/stand-ins.ts";

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitComplaintInput!) {
    submitComplaint(input: $input) {
      accessSecret
      errors { field code }
      complaint { id trackingCode receipt { channel state } }
    }
  }`;

const LOOKUP = /* GraphQL */ `
  query Lookup($code: String!, $secret: String) {
    complaint(trackingCode: $code, accessSecret: $secret) { trackingCode receipt { channel state } }
  }`;

let now = new Date("2026-12-01T02:00:00Z"); // Tuesday 10:00 WITA
let server: TestServer;
let smtp: SmtpStandIn;
let gateway: GatewayStandIn;

beforeAll(async () => {
  smtp = await startSmtp();
  gateway = await startSmsGateway();
  server = await startTestServer({
    now: () => now,
    env: {
      ORIGIN: "https://suara.gowa.test",
      SMTP_URL: smtp.url,
      MAIL_FROM: "Suara Gowa <suara@gowa.test>",
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_BODY: '{"msisdn":"{{to}}","message":"{{text}}","ref":"{{key}}"}',
      OUTBOX_MAX_ATTEMPTS: "1",
    },
  });
});
afterAll(async () => {
  await server?.close();
  await Promise.all([smtp?.stop(), gateway?.close()]);
});
beforeEach(() => {
  smtp.received.length = 0;
  gateway.requests.length = 0;
  gateway.status = 200;
});

let counter = 0;
const input = (overrides: Record<string, unknown> = {}) => ({
  kind: "PENGADUAN",
  title: `Lampu jalan padam ${++counter}`,
  story: "Sudah dua minggu gelap di depan pasar.",
  districtCode: "73.06.08",
  privacy: "PUBLIC",
  ...overrides,
});

async function submit(overrides: Record<string, unknown>, locale: "id" | "en" = "id", client = server.client({ locale })) {
  const res = await client.request(SUBMIT, { input: input(overrides) });
  expect(res.errors).toBeUndefined();
  expect(res.data.submitComplaint.errors).toEqual([]);
  return { ...res.data.submitComplaint, client };
}

const smsTexts = () => gateway.requests.map((r) => JSON.parse(r.body) as { msisdn: string; message: string; ref: string });
const receiptsOf = (complaintId: string) => server.db.prisma.notification.findMany({ where: { complaintId, receipt: true }, include: { deliveries: true } });

describe("the filing receipt", () => {
  it("SMS: exactly one message to the reporter's number with the code, the PIN, the due date and the tracking link", async () => {
    const phone = "0812 7000 0001";
    const { complaint, accessSecret } = await submit({ reporterPhone: phone, contactPreference: "SMS" });
    expect(complaint.receipt).toEqual({ channel: "SMS", state: "SENDING" });
    await server.outbox.runOnce();

    const sms = smsTexts();
    expect(sms).toHaveLength(1);
    expect(sms[0]!.msisdn).toBe("+6281270000001");
    expect(sms[0]!.message).toContain("Laporan diterima");
    expect(sms[0]!.message).toContain(`Kode laporan: ${complaint.trackingCode}`);
    expect(sms[0]!.message).toContain(`PIN: ${accessSecret}`);
    // Three working days after Tuesday 1 December: Friday 4 December.
    expect(sms[0]!.message).toContain("paling lambat 4 Desember 2026");
    expect(sms[0]!.message).toContain(`https://suara.gowa.test/lacak/${complaint.trackingCode}`);
    expect(smtp.received).toHaveLength(0);

    // The reporter's page says it went out; the PIN is no longer stored in plain text.
    const { data } = await server.client().request(LOOKUP, { code: complaint.trackingCode, secret: accessSecret });
    expect(data.complaint.receipt).toEqual({ channel: "SMS", state: "SENT" });
    const [row] = await receiptsOf(complaint.id);
    expect(row!.contact).toBe("+6281270000001");
    expect(row!.body).not.toContain(accessSecret);
    expect(row!.body).toContain(complaint.trackingCode);

    // Nothing more on another round.
    await server.outbox.runOnce();
    expect(smsTexts()).toHaveLength(1);
  });

  it("e-mail: exactly one mail to the reporter's address with the code and PIN, nothing by SMS", async () => {
    const { complaint, accessSecret } = await submit({ reporterPhone: "0812 7000 0002", reporterEmail: "sri@warga.test", contactPreference: "EMAIL" });
    await server.outbox.runOnce();
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(["sri@warga.test"]);
    expect(mail.headers.get("subject")).toBe("Laporan diterima");
    expect(mail.headers.get("content-language")).toBe("id");
    expect(mail.text).toContain(complaint.trackingCode);
    expect(mail.text).toContain(accessSecret);
    expect(gateway.requests).toHaveLength(0);
  });

  it.each([
    ["no contact at all", {}],
    ["a phone number but no messages wanted", { reporterPhone: "0812 7000 0003", contactPreference: "NONE" }],
    ["the sahabat chosen", { reporterPhone: "0812 7000 0004", contactPreference: "SAHABAT" }],
  ])("%s: no receipt is sent", async (_name, overrides) => {
    const { complaint, accessSecret } = await submit(overrides);
    expect(complaint.receipt).toBeNull();
    await server.outbox.runOnce();
    expect(await receiptsOf(complaint.id)).toEqual([]);
    expect(gateway.requests).toHaveLength(0);
    // Through a sahabat: only the relay sahabat hears, that they are to pass the news on (never the PIN).
    const relayMail = "contactPreference" in overrides && overrides.contactPreference === "SAHABAT" ? 1 : 0;
    expect(smtp.received).toHaveLength(relayMail);
    for (const mail of smtp.received) {
      expect(mail.to).toEqual(["sahabat@demo.suara.id"]);
      expect(mail.headers.get("subject")).toBe(`Anda diminta menyampaikan kabar ${complaint.trackingCode} kepada pelapornya.`);
      expect(mail.text).not.toContain(accessSecret);
    }
  });

  it("a replayed submission (same clientRequestId) sends nothing more", async () => {
    const clientRequestId = randomUUID();
    const fields = input({ reporterPhone: "0812 7000 0005", contactPreference: "SMS", clientRequestId });
    const client = server.client();
    const first = await client.request(SUBMIT, { input: fields });
    const again = await client.request(SUBMIT, { input: fields });
    const other = await server.client().request(SUBMIT, { input: fields });
    expect(again.data.submitComplaint.complaint.id).toBe(first.data.submitComplaint.complaint.id);
    expect(other.data.submitComplaint.complaint.id).toBe(first.data.submitComplaint.complaint.id);
    await server.outbox.runOnce();
    expect(smsTexts()).toHaveLength(1);
    expect(await receiptsOf(first.data.submitComplaint.complaint.id)).toHaveLength(1);
  });

  it(`at most ${RECEIPTS_PER_CONTACT_PER_DAY} a day per number, however it is written; the complaint is still filed`, async () => {
    const numbers = ["0812 7000 0006", "+62 812-7000-0006", "6281270000006"];
    const filed = [];
    for (let i = 0; i < RECEIPTS_PER_CONTACT_PER_DAY + 2; i++) {
      filed.push(await submit({ reporterPhone: numbers[i % numbers.length], contactPreference: "SMS" }));
    }
    expect(filed.slice(0, RECEIPTS_PER_CONTACT_PER_DAY).map((f) => f.complaint.receipt.state)).toEqual(Array(RECEIPTS_PER_CONTACT_PER_DAY).fill("SENDING"));
    expect(filed.slice(RECEIPTS_PER_CONTACT_PER_DAY).map((f) => f.complaint.receipt)).toEqual([
      { channel: "SMS", state: "LIMITED" },
      { channel: "SMS", state: "LIMITED" },
    ]);
    await server.outbox.runOnce();
    expect(smsTexts()).toHaveLength(RECEIPTS_PER_CONTACT_PER_DAY);
    // Another number is not affected; the same number gets receipts again the next day.
    await submit({ reporterPhone: "0812 7000 0007", contactPreference: "SMS" });
    now = new Date(now.getTime() + 24 * 3600_000 + 60_000);
    const tomorrow = await submit({ reporterPhone: numbers[0], contactPreference: "SMS" });
    expect(tomorrow.complaint.receipt.state).toBe("SENDING");
    await server.outbox.runOnce();
    expect(smsTexts()).toHaveLength(RECEIPTS_PER_CONTACT_PER_DAY + 2);
  });

  it("e-mail addresses are capped too, whatever their case", async () => {
    for (let i = 0; i < RECEIPTS_PER_CONTACT_PER_DAY; i++) await submit({ reporterEmail: "Pompa@Warga.test", contactPreference: "EMAIL" });
    const over = await submit({ reporterEmail: "pompa@warga.test", contactPreference: "EMAIL" });
    expect(over.complaint.receipt).toEqual({ channel: "EMAIL", state: "LIMITED" });
    await server.outbox.runOnce();
    expect(smtp.received).toHaveLength(RECEIPTS_PER_CONTACT_PER_DAY);
  });

  it("a complaint filed in English gets the receipt, and later news, in English", async () => {
    const { complaint, accessSecret } = await submit({ reporterEmail: "ann@warga.test", contactPreference: "EMAIL" }, "en");
    expect((await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } })).locale).toBe("en");
    await server.outbox.runOnce();
    const mail = smtp.received[0]!;
    expect(mail.headers.get("subject")).toBe("Complaint received");
    expect(mail.headers.get("content-language")).toBe("en");
    expect(mail.text).toContain(`Tracking code: ${complaint.trackingCode}. PIN: ${accessSecret}.`);
    expect(mail.text).toContain("Staff will check your complaint by");

    // A later event reaches the same contact in English too.
    await server.db.prisma.$transaction(async (tx) => {
      const event = await tx.timelineEvent.create({
        data: { complaintId: complaint.id, type: "STATUS_CHANGED", actorRole: "VERIFIER", fromStatus: "SUBMITTED", toStatus: "VERIFIED", createdAt: now },
      });
      const { notifyEvent } = await import("../../server/src/services/use-cases/notifications.ts");
      await notifyEvent(tx, event);
    });
    const later = await server.db.prisma.notification.findFirstOrThrow({ where: { complaintId: complaint.id, receipt: false } });
    expect(later.locale).toBe("en");
  });

  it("the receipt never falls back to the sahabat's task list, and a dead receipt keeps no PIN", async () => {
    const sahabat = await server.db.prisma.user.findFirstOrThrow({ where: { email: "sahabat@demo.suara.id" } });
    const { complaint, accessSecret } = await submit({ reporterPhone: "0812 7000 0008", contactPreference: "SMS" });
    await server.db.prisma.complaint.update({ where: { id: complaint.id }, data: { sahabatId: sahabat.id } });
    gateway.status = 400; // the gateway refuses: dead at once
    await server.outbox.runOnce();
    const [row] = await receiptsOf(complaint.id);
    expect(row!.deliveries.map((d) => [d.channel, d.status])).toEqual([["SMS", "DEAD"]]);
    expect(await server.db.prisma.sahabatTask.count({ where: { notificationId: row!.id } })).toBe(0);
    expect(row!.body).not.toContain(accessSecret);
    const { data } = await server.client().request(LOOKUP, { code: complaint.trackingCode, secret: accessSecret });
    expect(data.complaint.receipt).toEqual({ channel: "SMS", state: "NOT_SENT" });
  });

  it("only the reporter learns what became of the receipt", async () => {
    const { complaint } = await submit({ reporterPhone: "0812 7000 0009", contactPreference: "SMS" });
    const { data } = await server.client().request(LOOKUP, { code: complaint.trackingCode });
    expect(data.complaint.trackingCode).toBe(complaint.trackingCode);
    expect(data.complaint.receipt).toBeNull();
  });
});
