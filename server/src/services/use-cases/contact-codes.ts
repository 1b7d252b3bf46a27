// One-time codes sent to a phone or e-mail (ContactCode rows) for account recovery and sign-up:
// issued inside the caller's transaction, checked against the newest code for the contact with a
// count of wrong tries, spent once. Rows are found by a keyed hash of the contact, never by an
// account, so asking for a code and giving one back do the same work whether an account exists.
import { randomInt } from "node:crypto";
import type { Context } from "../../context.ts";
import { type ContactCode, Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import { type Contact, contactHash } from "../../domain/account/contact.ts";
import { type Locale, translate } from "../../i18n/messages.ts";
import { hashOneTimeCode, isCodeUsable, makeOneTimeCode, ONE_TIME_CODE, oneTimeCodeMatches } from "../../domain/account/one-time-code.ts";

type Tx = Prisma.TransactionClient;

/** A code is bound to its purpose and contact: a code for one never works for another. */
const scopeOf = (purpose: string, hash: string) => `${purpose}:${hash}`;

/** Makes a new code for `contact` and retires the open ones for the same purpose; returns the digits. */
export async function issueContactCode(
  tx: Tx,
  key: Buffer,
  input: { purpose: string; contact: Contact; now: Date; payload?: Prisma.InputJsonValue },
): Promise<string> {
  const hash = contactHash(key, input.contact);
  const code = makeOneTimeCode(randomInt);
  await tx.contactCode.updateMany({
    where: { contactHash: hash, purpose: input.purpose, usedAt: null },
    data: { usedAt: input.now, payload: Prisma.DbNull },
  });
  await tx.contactCode.create({
    data: {
      purpose: input.purpose,
      contactHash: hash,
      codeHash: hashOneTimeCode(key, scopeOf(input.purpose, hash), code),
      payload: input.payload ?? Prisma.DbNull,
      expiresAt: new Date(input.now.getTime() + ONE_TIME_CODE.ttlMs),
      createdAt: input.now,
    },
  });
  return code;
}

/**
 * The newest open code for the contact when `code` is it; null otherwise, and a wrong try is
 * counted on the code so it stops working after a few.
 */
export async function matchingContactCode(
  ctx: Context,
  input: { purpose: string; contact: Contact; code: string; now: Date },
): Promise<ContactCode | null> {
  const hash = contactHash(ctx.deps.secretKey, input.contact);
  const stored = await ctx.prisma.contactCode.findFirst({
    where: { contactHash: hash, purpose: input.purpose },
    orderBy: { createdAt: "desc" },
  });
  if (!stored || !isCodeUsable(stored, input.now)) return null;
  if (!oneTimeCodeMatches(ctx.deps.secretKey, scopeOf(input.purpose, hash), input.code, stored.codeHash)) {
    await ctx.prisma.contactCode.update({ where: { id: stored.id }, data: { attempts: { increment: 1 } } });
    return null;
  }
  return stored;
}

/** Spends the code; false when another request spent it a moment ago (the same code sent twice). */
export async function spendContactCode(tx: Tx, id: string, now: Date): Promise<boolean> {
  const { count } = await tx.contactCode.updateMany({
    where: { id, usedAt: null },
    data: { usedAt: now, payload: Prisma.DbNull },
  });
  return count === 1;
}

/**
 * Removes codes a day after they stopped working (expired or spent): what a sign-up code carried
 * (a name, a password hash) is not kept for an account that was never finished.
 */
export async function purgeEndedContactCodes(prisma: PrismaClient, now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const { count } = await prisma.contactCode.deleteMany({ where: { OR: [{ expiresAt: { lt: dayAgo } }, { usedAt: { lt: dayAgo } }] } });
  return count;
}

/**
 * The message that carries a code (or says why there is none) to a contact, as an outbox row:
 * addressed to the contact, tied to no complaint, so it never shows in anyone's list of news.
 * `words` names the message keys `<words>.title` and `<words>.body`.
 */
export async function writeCodeMessage(
  tx: Tx,
  input: { userId?: string | null; contact: Contact; locale: Locale; words: string; params: Record<string, string | number>; now: Date },
): Promise<void> {
  await tx.notification.create({
    data: {
      userId: input.userId ?? null,
      contact: input.contact.value,
      locale: input.locale,
      title: translate(input.locale, `${input.words}.title`),
      body: translate(input.locale, `${input.words}.body`, input.params),
      createdAt: input.now,
    },
  });
}
