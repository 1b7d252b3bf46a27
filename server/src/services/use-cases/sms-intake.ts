// The SMS door: a text message from the gateway becomes a filing, a status check, a privacy
// choice, help, or STOP/MULAI, through the same use cases as the web (filing.ts,
// complaint-access.ts, privacy-change.ts). Each message is handled once: its gateway id is
// unique, the parts of a long message wait for each other, and a filing's replay key is the
// message id. Answers go out through the delivery outbox as Notification rows marked `reply`.
import type { Context } from "../../context.ts";
import { currentDeadline } from "../../domain/complaint/deadline.ts";
import { receiptDate } from "../../domain/notify/receipt.ts";
import { normalizePhone } from "../../domain/shared/phone.ts";
import { type District, districtNamedIn, matchDistrict, wordsNaming } from "../../domain/sms/districts.ts";
import { dropWords, type FilingKind, parseSms, type SmsCommand, type SmsLocale, smsTitle, smsWords } from "../../domain/sms/grammar.ts";
import { isUniqueViolation } from "../../db/unique.ts";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import { fieldMessage, translate } from "../../i18n/messages.ts";
import { findComplaintByCode } from "./complaint-access.ts";
import { ServiceError } from "./errors.ts";
import { submitComplaint } from "./filing.ts";
import { changeOwnPrivacy } from "./privacy-change.ts";
import { hit, keyPart, LIMITS } from "./rate-limit.ts";

export type InboundMessage = {
  /** The gateway's id for this message (or this part of a long one). */
  gatewayId: string;
  /** The sender's number as the gateway wrote it. */
  from: string;
  text: string;
  /** A part of a concatenated message: the gateway's reference for the whole, this part, how many. */
  reference?: string | null;
  part?: number | null;
  parts?: number | null;
};

export type InboundOutcome =
  | "duplicate"
  | "part"
  | "limited"
  | "not_a_number"
  | "file"
  | "ask_story"
  | "ask_district"
  | "check"
  | "privacy"
  | "help"
  | "stop"
  | "start"
  | "unknown";

/** A claim on a message older than this without an answer is taken over (its handler died). */
const CLAIM_TIMEOUT_MS = 60_000;
/** An unanswered "which kecamatan?" is forgotten after a day. */
const PENDING_MS = 24 * 3600_000;
const MAX_PARTS = 10;

/** The keyed hash a number is known by here (inbound rows, the STOP list, the limits). */
export function numberHash(secret: Buffer, phone: string): string {
  return keyPart(secret, `sms:${phone}`);
}

type Reply = { body: string; complaintId?: string | null };

export async function receiveSms(baseCtx: Context, message: InboundMessage): Promise<InboundOutcome> {
  const prisma = baseCtx.prisma;
  const now = baseCtx.deps.now();
  const phone = normalizePhone(message.from);
  if (!phone) return "not_a_number";
  const sender = numberHash(baseCtx.deps.secretKey, phone);
  // Limits that count "per client" count per number here: every message arrives from the gateway.
  const ctx: Context = { ...baseCtx, clientAddress: `sms:${sender}`, deviceId: null, viewer: null };
  const multipart = message.reference && message.parts && message.parts > 1 && message.part && message.part >= 1 && message.part <= Math.min(message.parts, MAX_PARTS);

  try {
    await prisma.inboundSms.create({
      data: {
        gatewayId: message.gatewayId,
        senderHash: sender,
        reference: multipart ? message.reference! : null,
        part: multipart ? message.part! : null,
        parts: multipart ? Math.min(message.parts!, MAX_PARTS) : null,
        text: message.text.slice(0, 2000),
        receivedAt: now,
      },
    });
  } catch (error) {
    if (!isUniqueViolation(error, "gatewayId")) throw error;
    const seen = await prisma.inboundSms.findUnique({ where: { gatewayId: message.gatewayId } });
    // Delivered again: answered already, or still in hand (a part waits, or a handler is at work).
    if (!seen || seen.handledAt || seen.part !== null || (seen.claimedAt && seen.claimedAt.getTime() > now.getTime() - CLAIM_TIMEOUT_MS)) {
      return "duplicate";
    }
  }

  if (!(await hit(prisma, `sms:in:${sender}`, LIMITS.smsInboundPerNumber, now)).allowed) {
    await prisma.inboundSms.update({ where: { gatewayId: message.gatewayId }, data: { handledAt: now, text: "", outcome: "limited" } });
    ctx.refusedByLimit();
    return "limited";
  }

  // The whole message: this one, or all the parts of a long one once the last has come.
  let rows: { gatewayId: string; text: string; part: number | null }[];
  if (multipart) {
    rows = await prisma.inboundSms.findMany({
      where: { senderHash: sender, reference: message.reference!, handledAt: null },
      select: { gatewayId: true, text: true, part: true },
      orderBy: { part: "asc" },
    });
    const have = new Set(rows.map((r) => r.part));
    if (have.size < Math.min(message.parts!, MAX_PARTS)) return "part";
  } else {
    rows = [{ gatewayId: message.gatewayId, text: message.text, part: null }];
  }
  const ids = rows.map((r) => r.gatewayId);
  const lead = ids[0]!;
  // One handler per message, even when two parts complete it at once.
  const claimed = await prisma.inboundSms.updateMany({
    where: { gatewayId: lead, handledAt: null, OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(now.getTime() - CLAIM_TIMEOUT_MS) } }] },
    data: { claimedAt: now },
  });
  if (claimed.count === 0) return "duplicate";
  const seenParts = new Set<number | null>();
  const text = rows
    .filter((r) => (seenParts.has(r.part) ? false : (seenParts.add(r.part), true)))
    .map((r) => r.text)
    .join("");

  const { outcome, reply } = await answer(ctx, parseSms(text), { phone, sender, messageId: lead });
  // Counted before the transaction (the limiter writes outside it; PGlite has one connection).
  const mayReply = reply !== null && (await hit(prisma, `sms:reply:${sender}`, LIMITS.smsRepliesPerNumber, now)).allowed;
  await prisma.$transaction(async (tx) => {
    await tx.inboundSms.updateMany({ where: { gatewayId: { in: ids } }, data: { handledAt: now, text: "", outcome } });
    if (reply && mayReply) await queueReply(tx, { phone, locale: reply.locale, body: reply.body, complaintId: reply.complaintId ?? null }, now);
  });
  return outcome;
}

type Sender = { phone: string; sender: string; messageId: string };
type Answer = { outcome: InboundOutcome; reply: (Reply & { locale: SmsLocale }) | null };

async function answer(ctx: Context, command: SmsCommand, who: Sender): Promise<Answer> {
  const prisma = ctx.prisma;
  const now = ctx.deps.now();
  const say = (locale: SmsLocale, key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  switch (command.type) {
    case "help":
      return { outcome: "help", reply: { locale: command.locale, body: say(command.locale, "sms.help") } };
    case "stop":
      await prisma.smsOptOut.upsert({ where: { numberHash: who.sender }, create: { numberHash: who.sender, createdAt: now }, update: {} });
      return { outcome: "stop", reply: { locale: command.locale, body: say(command.locale, "sms.stopped") } };
    case "start":
      await prisma.smsOptOut.deleteMany({ where: { numberHash: who.sender } });
      return { outcome: "start", reply: { locale: command.locale, body: say(command.locale, "sms.started") } };
    case "check":
      return { outcome: "check", reply: { locale: command.locale, ...(await check(ctx, command.locale, command.code, command.pin)) } };
    case "privacy":
      return { outcome: "privacy", reply: { locale: command.locale, ...(await privacy(ctx, command)) } };
    case "file": {
      const districts = await regencyDistricts(ctx);
      const words = smsWords(command.rest);
      const keyword = (command.locale === "en" ? { PENGADUAN: "REPORT", ASPIRASI: "ASPIRATION", PERMINTAAN_INFORMASI: "INFO" } : { PENGADUAN: "LAPOR", ASPIRASI: "ASPIRASI", PERMINTAAN_INFORMASI: "INFO" })[command.kind];
      if (words.length === 0) {
        return { outcome: "ask_story", reply: { locale: command.locale, body: say(command.locale, "sms.askStory", { keyword, district: "<kecamatan>" }) } };
      }
      const found = matchDistrict(words, districts);
      if (found.type === "match") {
        const story = dropWords(command.rest, found.wordsUsed);
        if (!story) {
          const name = districts.find((d) => d.code === found.code)!.name.toUpperCase();
          return { outcome: "ask_story", reply: { locale: command.locale, body: say(command.locale, "sms.askStory", { keyword, district: name }) } };
        }
        return fileFromSms(ctx, who, { kind: command.kind, story, districtCode: found.code, locale: command.locale, messageId: who.messageId });
      }
      // Not at the start: a kecamatan named anywhere in the text, if exactly one is.
      const named = districtNamedIn(command.rest, districts);
      if (named) return fileFromSms(ctx, who, { kind: command.kind, story: command.rest, districtCode: named, locale: command.locale, messageId: who.messageId });
      return askDistrict(ctx, who, { kind: command.kind, text: command.rest, choices: found.choices, locale: command.locale }, districts);
    }
    case "choice":
    case "other": {
      const pending = await prisma.smsPending.findUnique({ where: { senderHash: who.sender } });
      if (!pending || pending.expiresAt <= now) return unknown("id");
      const locale = pending.locale as SmsLocale;
      const districts = await regencyDistricts(ctx);
      let code: string | null = null;
      if (command.type === "choice") code = pending.choices[command.number - 1] ?? null;
      else {
        const found = matchDistrict(smsWords(command.text), districts);
        code = found.type === "match" ? found.code : null;
      }
      if (!code) return askDistrict(ctx, who, { kind: pending.kind as FilingKind, text: pending.text, choices: pending.choices, locale }, districts, pending.gatewayId);
      const name = districts.find((d) => d.code === code)?.name ?? "";
      const story = dropWords(pending.text, wordsNaming(smsWords(pending.text), name)) || pending.text;
      await prisma.smsPending.deleteMany({ where: { senderHash: who.sender } });
      return fileFromSms(ctx, who, { kind: pending.kind as FilingKind, story, districtCode: code, locale, messageId: pending.gatewayId });
    }
  }
}

function unknown(locale: SmsLocale): Answer {
  return { outcome: "unknown", reply: { locale, body: `${translate(locale, "sms.unknown")} ${translate(locale, "sms.help")}` } };
}

async function regencyDistricts(ctx: Context): Promise<District[]> {
  return ctx.prisma.region.findMany({
    where: { level: "DISTRICT", parentCode: ctx.deps.regencyCode },
    select: { code: true, name: true },
    orderBy: { name: "asc" },
  });
}

async function askDistrict(
  ctx: Context,
  who: Sender,
  wait: { kind: FilingKind; text: string; choices: string[]; locale: SmsLocale },
  districts: District[],
  messageId = who.messageId,
): Promise<Answer> {
  const expiresAt = new Date(ctx.deps.now().getTime() + PENDING_MS);
  const data = { kind: wait.kind, text: wait.text, choices: wait.choices, gatewayId: messageId, locale: wait.locale, expiresAt };
  await ctx.prisma.smsPending.upsert({ where: { senderHash: who.sender }, create: { senderHash: who.sender, ...data }, update: data });
  const list = wait.choices.map((code, i) => `${i + 1}. ${districts.find((d) => d.code === code)?.name ?? code}`).join(", ");
  return { outcome: "ask_district", reply: { locale: wait.locale, body: translate(wait.locale, "sms.askDistrict", { list }) } };
}

/** Files through filing.ts, confidential, heard back by SMS; the receipt is its answer. */
async function fileFromSms(
  ctx: Context,
  who: Sender,
  filing: { kind: FilingKind; story: string; districtCode: string; locale: SmsLocale; messageId: string },
): Promise<Answer> {
  const result = await submitComplaint(
    { ...ctx, locale: filing.locale, easyRead: false },
    {
      kind: filing.kind,
      title: smsTitle(filing.story),
      story: filing.story,
      districtCode: filing.districtCode,
      villageCode: null,
      categoryId: null,
      privacy: "CONFIDENTIAL",
      reporterPhone: who.phone,
      contactPreference: "SMS",
      // The message's id: a message handled again (its first handler died) files once.
      clientRequestId: `sms:${filing.messageId}`.slice(0, 100),
    },
    { channel: "SMS", audit: { smsMessage: filing.messageId } },
  );
  if (result.ok) {
    await ctx.prisma.smsPending.deleteMany({ where: { senderHash: who.sender } });
    // The receipt (code, PIN, how to loosen and check) was queued with the filing.
    return { outcome: "file", reply: null };
  }
  const issue = result.issues[0]!;
  const problem = fieldMessage(filing.locale, issue.field, issue.code, issue.params).replace(/[.\s]+$/, "");
  return { outcome: "file", reply: { locale: filing.locale, body: translate(filing.locale, "sms.notFiled", { problem }) } };
}

async function check(ctx: Context, locale: SmsLocale, code: string | null, pin: string | null): Promise<Reply> {
  const keyword = locale === "en" ? "CHECK" : "CEK";
  if (!code || !pin) return { body: translate(locale, "sms.needCodeAndPin", { keyword }) };
  let complaint;
  try {
    complaint = await findComplaintByCode({ ...ctx, locale, easyRead: false }, code, pin);
  } catch (error) {
    if (error instanceof ServiceError) return { body: error.message };
    throw error;
  }
  if (!complaint || !ctx.grants.has(complaint.id)) return { body: translate(locale, "sms.notFound") };
  const agency = complaint.agencyId ? await ctx.prisma.agency.findUnique({ where: { id: complaint.agencyId }, select: { name: true } }) : null;
  const deadline = currentDeadline(complaint);
  const lines = [
    translate(locale, "sms.check", { code: complaint.trackingCode, status: translate(locale, `status.${complaint.status}`) }),
    agency ? translate(locale, "sms.checkAgency", { agency: agency.name }) : null,
    deadline ? translate(locale, "sms.checkDue", { date: receiptDate(locale, deadline.dueAt) }) : null,
  ];
  return { body: lines.filter(Boolean).join(" "), complaintId: complaint.id };
}

async function privacy(ctx: Context, command: Extract<SmsCommand, { type: "privacy" }>): Promise<Reply> {
  const { locale } = command;
  const keyword = (locale === "en" ? { PUBLIC: "PUBLIC", ANONYMOUS: "ANONYMOUS", CONFIDENTIAL: "CONFIDENTIAL" } : { PUBLIC: "PUBLIK", ANONYMOUS: "ANONIM", CONFIDENTIAL: "RAHASIA" })[command.privacy];
  if (!command.code || !command.pin) return { body: translate(locale, "sms.needCodeAndPin", { keyword }) };
  const words = (p: string) => translate(locale, `privacyChange.mode.${p}`);
  try {
    const result = await changeOwnPrivacy({ ...ctx, locale, easyRead: false }, { trackingCode: command.code, accessSecret: command.pin, privacy: command.privacy }, "SMS");
    if (result.ok) {
      const later = result.looser && result.complaint.status === "SUBMITTED" ? ` ${translate(locale, "sms.privacyLater")}` : "";
      return { body: translate(locale, "sms.privacyChanged", { code: command.code, privacy: words(command.privacy) }) + later, complaintId: result.complaint.id };
    }
    if ("notFound" in result) return { body: translate(locale, "sms.notFound") };
    return { body: translate(locale, "sms.privacyUnchanged", { code: command.code, privacy: words(command.privacy) }) };
  } catch (error) {
    if (error instanceof ServiceError) return { body: error.message };
    throw error;
  }
}

/**
 * The answer to a message, for the outbox: sent at once and even to a number on the STOP list
 * (it asked). The caller has counted it: only so many a day per number, so the door cannot be
 * used to pump SMS.
 */
async function queueReply(
  tx: Prisma.TransactionClient,
  reply: { phone: string; locale: SmsLocale; body: string; complaintId: string | null },
  now: Date,
): Promise<void> {
  await tx.notification.create({
    data: {
      contact: reply.phone,
      complaintId: reply.complaintId,
      locale: reply.locale,
      title: translate(reply.locale, "sms.title"),
      body: reply.body,
      reply: true,
      createdAt: now,
    },
  });
}

/** Handled messages are kept (without their text) this long, so a late redelivery is still recognised. */
const HANDLED_KEPT_MS = 30 * 24 * 3600_000;

/**
 * The scheduler's clean-up: a question about the kecamatan nobody answered (it holds the
 * complaint's text), parts of a long message whose other parts never came (a day), and handled
 * messages' rows after a month. Safe to repeat and beside another instance.
 */
export async function purgeSmsLeftovers(prisma: PrismaClient, now: Date): Promise<{ pending: number; messages: number }> {
  const pending = await prisma.smsPending.deleteMany({ where: { expiresAt: { lte: now } } });
  const stale = await prisma.inboundSms.deleteMany({
    where: {
      OR: [
        { handledAt: null, receivedAt: { lte: new Date(now.getTime() - PENDING_MS) } },
        { handledAt: { lte: new Date(now.getTime() - HANDLED_KEPT_MS) } },
      ],
    },
  });
  return { pending: pending.count, messages: stale.count };
}
