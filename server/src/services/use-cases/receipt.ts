// Filing receipts: the daily cap per phone number or e-mail address (so the filing form cannot
// be used to pump SMS at someone), the outbox row that carries the code and PIN, and what the
// confirmation page may say about it.
//
// The PIN is stored only hashed on the complaint. The receipt's Notification row has to hold it in
// plain text until the channel has taken it (the outbox sends what is in the row, possibly after
// quiet hours or retries, possibly from another instance). So the body is written at filing time
// and replaced by a PIN-free sentence as soon as the delivery is SENT or DEAD, or when no channel
// can carry it at all. Encrypting the PIN in the row would only move the key next to it.
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import type { Locale } from "../../i18n/messages.ts";
import {
  RECEIPTS_PER_CONTACT_PER_DAY,
  receiptLimitKey,
  receiptTarget,
  receiptWords,
  redactedReceipt,
  type ReceiptChannel,
} from "../../domain/notify/receipt.ts";
import { hit, refund } from "./rate-limit.ts";

type Tx = Prisma.TransactionClient;

const RECEIPT_LIMIT = { limit: RECEIPTS_PER_CONTACT_PER_DAY, windowMs: 24 * 3600_000 };

/** Counts one receipt for this contact; false once today's are used up. The only use of the limiter here. */
export async function allowReceipt(prisma: PrismaClient, target: { channel: ReceiptChannel; contact: string }, now: Date): Promise<boolean> {
  return (await hit(prisma, receiptLimitKey(target), RECEIPT_LIMIT, now)).allowed;
}

/** Takes back a receipt counted for a filing that turned out to be a replay (it sends none). */
export async function refundReceipt(prisma: PrismaClient, target: { channel: ReceiptChannel; contact: string }): Promise<void> {
  await refund(prisma, receiptLimitKey(target));
}

/**
 * Writes the receipt for the outbox, in the filing transaction (so it exists once per complaint).
 * Never for a practice (LATIHAN) complaint: it must not leave Suara by SMS or e-mail.
 */
export async function queueReceipt(
  tx: Tx,
  complaint: { id: string; trackingCode: string; verifyDueAt: Date | null; isSandbox?: boolean; channel?: string },
  target: { channel: ReceiptChannel; contact: string },
  pin: string,
  locale: Locale,
  now: Date,
): Promise<void> {
  if (complaint.isSandbox) return;
  const words = receiptWords(locale, { trackingCode: complaint.trackingCode, pin, verifyDueAt: complaint.verifyDueAt, bySms: complaint.channel === "SMS" });
  await tx.notification.create({
    // An SMS filing's receipt is the answer to the message the person sent (Notification.reply).
    data: { contact: target.contact, complaintId: complaint.id, locale, title: words.title, body: words.body, receipt: true, reply: complaint.channel === "SMS", createdAt: now },
  });
}

/** Replaces a receipt's body (which holds the PIN) with a sentence without it. No-op for other rows. */
export async function redactReceipt(tx: Tx | PrismaClient, notificationId: string): Promise<void> {
  const n = await tx.notification.findUnique({
    where: { id: notificationId },
    select: { receipt: true, locale: true, complaint: { select: { trackingCode: true } } },
  });
  if (!n?.receipt) return;
  await tx.notification.update({ where: { id: notificationId }, data: { body: redactedReceipt(n.locale, n.complaint?.trackingCode ?? "") } });
}

export type ReceiptState = "SENDING" | "SENT" | "NOT_SENT" | "LIMITED";

/** What became of a complaint's receipt; null when the reporter chose no SMS or e-mail. */
export async function receiptStateOf(
  prisma: PrismaClient,
  complaint: { id: string; contactPreference: string; reporterPhone: string | null; reporterEmail: string | null },
): Promise<{ channel: ReceiptChannel; state: ReceiptState } | null> {
  const target = receiptTarget(complaint);
  if (!target) return null;
  const row = await prisma.notification.findFirst({
    where: { complaintId: complaint.id, receipt: true },
    select: { deliveryPlannedAt: true, deliveries: { select: { status: true } } },
  });
  // No row although a channel was chosen: the contact's receipts for today were used up.
  if (!row) return { channel: target.channel, state: "LIMITED" };
  const statuses = row.deliveries.map((d) => d.status);
  if (statuses.includes("SENT")) return { channel: target.channel, state: "SENT" };
  const gaveUp = row.deliveryPlannedAt !== null && statuses.every((s) => s === "DEAD");
  return { channel: target.channel, state: gaveUp ? "NOT_SENT" : "SENDING" };
}
