// The one-time ticket that lets a reporter answer the inclusion questions, and the token that
// deletes the answers again. The filing hands out the ticket when it stores a complaint: signed
// claims of what the answers may be filed under (kecamatan, channel, month, a workshop for
// practice) and a random nonce, so the answer needs no complaint id and names none. The stored
// answer keeps only the nonce's hash (spent once) and the deletion token's keyed hash.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { localDate } from "../calendar/working-days.ts";
import { CODE_ALPHABET } from "../complaint/tracking-code.ts";
import { INCLUSION_CHANNELS, type InclusionChannel } from "./questions.ts";

/** A ticket works for a day after filing: time to answer later, not a standing door. */
export const TICKET_TTL_MS = 24 * 60 * 60_000;

export type TicketClaims = {
  districtCode: string;
  channel: InclusionChannel;
  /** "2026-12": the month of filing, local time. */
  month: string;
  /** Practice in a workshop: the answers count only in its trainer's report. */
  workshopId: string | null;
  /** Random; its hash spends the ticket. */
  nonce: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
};

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const mac = (key: Buffer, payload: string) => createHmac("sha256", key).update(`inclusion-ticket:${payload}`).digest("base64url");

export function signTicket(key: Buffer, claims: TicketClaims): string {
  const payload = b64(JSON.stringify([claims.districtCode, claims.channel, claims.month, claims.workshopId, claims.nonce, claims.expiresAt]));
  return `${payload}.${mac(key, payload)}`;
}

/** The claims of a ticket this server signed and that has not expired; null otherwise. */
export function readTicket(key: Buffer, ticket: string | null | undefined, now: Date): TicketClaims | null {
  const [payload, signature, ...rest] = (ticket ?? "").split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(mac(key, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const [districtCode, channel, month, workshopId, nonce, expiresAt] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown[];
    if (typeof districtCode !== "string" || typeof month !== "string" || typeof nonce !== "string" || typeof expiresAt !== "number") return null;
    if (!(INCLUSION_CHANNELS as readonly unknown[]).includes(channel)) return null;
    if (workshopId !== null && typeof workshopId !== "string") return null;
    if (expiresAt <= now.getTime()) return null;
    return { districtCode, channel: channel as InclusionChannel, month, workshopId, nonce, expiresAt };
  } catch {
    return null;
  }
}

/** What the answer row keeps of the ticket: enough to refuse it twice, nothing to trace it by. */
export function ticketHash(nonce: string): string {
  return createHash("sha256").update(`inclusion-nonce:${nonce}`).digest("hex");
}

/** "2026-12" for an instant, in local time. */
export function monthOf(instant: Date, utcOffsetMinutes: number): string {
  return localDate(instant, utcOffsetMinutes).slice(0, 7);
}

const TOKEN_LENGTH = 12;

/** The deletion token: 12 characters without look-alikes, shown as XXXX-XXXX-XXXX. */
export function makeDeletionToken(randomIndex: (n: number) => number): string {
  let token = "";
  for (let i = 0; i < TOKEN_LENGTH; i++) token += CODE_ALPHABET[randomIndex(CODE_ALPHABET.length)];
  return `${token.slice(0, 4)}-${token.slice(4, 8)}-${token.slice(8)}`;
}

/** Accepts it as people copy it (lower case, spaces, dashes); null when it cannot be one. */
export function normalizeDeletionToken(input: string | null | undefined): string | null {
  const compact = (input ?? "").toUpperCase().replace(/[\s\-–—.]/g, "");
  if (compact.length !== TOKEN_LENGTH || [...compact].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
}

/** Keyed: twelve characters are too few to survive an unkeyed hash if the table leaked. */
export function hashDeletionToken(key: Buffer, token: string): string {
  return createHmac("sha256", key).update(`inclusion-deletion:${token}`).digest("hex");
}
