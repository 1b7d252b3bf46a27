// The filing receipt ("laporan diterima"): where it may go and what it says. Pure. It carries the
// PIN, so it goes only to the contact the reporter gave for the channel they chose, in the
// language they filed in; once sent, the stored copy keeps only a PIN-free sentence.
import { WITA_OFFSET_MINUTES } from "../calendar/working-days.ts";
import { type Locale, translate } from "../../i18n/messages.ts";

export type ReceiptChannel = "SMS" | "EMAIL";

/** Each phone number or e-mail address gets at most this many receipts a day, whoever files. */
export const RECEIPTS_PER_CONTACT_PER_DAY = 5;

type Contactable = {
  contactPreference: "NONE" | "SMS" | "EMAIL" | string;
  reporterPhone: string | null;
  reporterEmail: string | null;
  /** A sahabat filed it for the resident: the resident's own phone gets the code and PIN. */
  assisted?: boolean;
};

/**
 * The reporter's own contact for the channel they chose; null when they chose none. A resident a
 * sahabat filed for gets it by SMS whenever they gave a number, even when answers come through
 * the sahabat: the code and PIN are theirs, not only on the sahabat's printed receipt.
 */
export function receiptTarget(c: Contactable): { channel: ReceiptChannel; contact: string } | null {
  const phone = c.reporterPhone?.trim();
  const email = c.reporterEmail?.trim();
  if (c.assisted && phone) return { channel: "SMS", contact: phone };
  if (c.contactPreference === "SMS" && phone) return { channel: "SMS", contact: phone };
  if (c.contactPreference === "EMAIL" && email) return { channel: "EMAIL", contact: email };
  return null;
}

/**
 * The key a contact's daily count is kept under: the same number written 0812…, +62812… or with
 * spaces counts once, and e-mail addresses ignore case.
 */
export function receiptLimitKey(target: { channel: ReceiptChannel; contact: string }): string {
  if (target.channel === "EMAIL") return `receipt:email:${target.contact.trim().toLowerCase()}`;
  const digits = target.contact.replace(/\D/g, "").replace(/^62/, "0");
  return `receipt:sms:${digits.startsWith("0") ? digits : `0${digits}`}`;
}

/** "9 Desember 2026" / "9 December 2026", on the WITA calendar day. */
export function receiptDate(locale: Locale, at: Date): string {
  const local = new Date(at.getTime() + WITA_OFFSET_MINUTES * 60_000);
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    local,
  );
}

/**
 * Subject and text of the receipt: code and PIN first, so a cut SMS still carries them. A
 * complaint filed by SMS is confidential: its receipt says so and, before anything else, how to
 * loosen that and how to check on it by SMS (the keywords the person can answer with).
 */
export function receiptWords(locale: Locale, facts: { trackingCode: string; pin: string; verifyDueAt: Date | null; bySms?: boolean }) {
  const params = { code: facts.trackingCode, pin: facts.pin };
  const lines = [
    translate(locale, "receipt.codeAndPin", params),
    facts.verifyDueAt ? translate(locale, "receipt.next", { date: receiptDate(locale, facts.verifyDueAt) }) : null,
    ...(facts.bySms ? [translate(locale, "sms.receiptPrivacy"), translate(locale, "sms.receiptCheck")] : [translate(locale, "receipt.follow", params)]),
  ].filter((l): l is string => l !== null);
  return { title: translate(locale, "receipt.title"), body: lines.join(" ") };
}

/** What stays stored once the receipt is delivered or given up on: no PIN. */
export function redactedReceipt(locale: Locale, trackingCode: string): string {
  return translate(locale, "receipt.redacted", { code: trackingCode });
}
