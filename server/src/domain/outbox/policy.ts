// The outbox's rules, free of I/O: which channels a notification tries and in what order, how
// long to wait before the next attempt, when quiet hours hold a message back, and how a
// configurable SMS gateway request is written. Services apply them; tests table-drive them.
import { WITA_OFFSET_MINUTES } from "../calendar/working-days.ts";

export type Channel = "PUSH" | "SMS" | "EMAIL" | "SAHABAT_TASK";
export const CHANNELS: readonly Channel[] = ["PUSH", "SMS", "EMAIL", "SAHABAT_TASK"];

/** The order used when a person never chose one. */
export const DEFAULT_CHANNELS: readonly Channel[] = CHANNELS;

/** What the outbox knows about a recipient when choosing channels. */
export type Reach = {
  /** Browsers this person subscribed to push on (0 for contact-only recipients). */
  pushSubscriptions: number;
  phone: string | null;
  email: string | null;
  /** The sahabat who filed the complaint with the resident, if any (and not the recipient). */
  sahabatId: string | null;
};

/**
 * The channels to try, in order: the person's choice (or the default), keeping only those set
 * up for them. A channel listed twice counts once. An empty result means "notification centre only".
 */
export function channelChain(preferred: readonly Channel[] | null, reach: Reach): Channel[] {
  const order = preferred ?? DEFAULT_CHANNELS;
  const usable = (c: Channel) =>
    c === "PUSH" ? reach.pushSubscriptions > 0 : c === "SMS" ? !!reach.phone : c === "EMAIL" ? !!reach.email : !!reach.sahabatId;
  return [...new Set(order)].filter(usable);
}

/** The channel after `current` in the chain, or null when the chain is exhausted. */
export function nextChannel(chain: readonly Channel[], current: Channel): Channel | null {
  const i = chain.indexOf(current);
  return i < 0 ? (chain[0] ?? null) : (chain[i + 1] ?? null);
}

export type RetryPolicy = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 30_000, maxDelayMs: 3_600_000 };

/**
 * After the `attempt`-th failed attempt (1-based): null when that was the last (dead letter),
 * else the wait before the next one — base × 2^(attempt-1), capped.
 */
export function retryDelay(attempt: number, policy: RetryPolicy = DEFAULT_RETRY): number | null {
  if (attempt >= policy.maxAttempts) return null;
  return Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
}

/** Quiet hours in local time (WITA, Asia/Makassar), minutes after midnight; may wrap midnight. */
export type QuietHours = { start: number; end: number };

/** Push and SMS wake a phone; e-mail and a sahabat's task list do not, so they are never held back. */
export function respectsQuietHours(channel: Channel): boolean {
  return channel === "PUSH" || channel === "SMS";
}

const DAY = 24 * 60;

/**
 * Quiet hours for someone without an account (a number or address given with a complaint, an SMS
 * reporter): 21:00–06:00 WITA, as most people would choose. Nobody could set their own, and an
 * update at midnight wakes a household. Only news of a complaint (a timeline event) waits:
 * one-time codes, receipts and answers to a message the person just sent are awaited right now.
 */
export const CONTACT_QUIET_HOURS: QuietHours = { start: 21 * 60, end: 6 * 60 };

/**
 * The earliest moment at or after `now` when `channel` may reach the person: `now` itself
 * outside quiet hours, else the end of the quiet period.
 */
export function notBefore(now: Date, channel: Channel, quiet: QuietHours | null, offsetMinutes = WITA_OFFSET_MINUTES): Date {
  if (!quiet || !respectsQuietHours(channel) || quiet.start === quiet.end) return now;
  const localMs = now.getTime() + offsetMinutes * 60_000;
  const minuteOfDay = Math.floor((((localMs / 60_000) % DAY) + DAY) % DAY);
  const { start, end } = quiet;
  const inside = start < end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
  if (!inside) return now;
  const wait = (end - minuteOfDay + DAY) % DAY;
  // To the start of the minute the quiet period ends at.
  const startOfMinute = now.getTime() - (now.getTime() % 60_000);
  return new Date(startOfMinute + wait * 60_000);
}

/** "22:00" → 1320; null for anything else. */
export function parseClock(value: string): number | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

// ───────────────────────────── SMS gateway request templates ─────────────────────────────

export type SmsFormat = "json" | "form";
export type SmsFields = { to: string; text: string; key: string };

/**
 * Fills `{{to}}`, `{{text}}` and `{{key}}` in a gateway template, escaping each value for the
 * format: inside JSON strings for "json", URL-encoded for "form". Unknown placeholders stay.
 */
export function fillTemplate(template: string, fields: SmsFields, format: SmsFormat | "header"): string {
  const escape = (v: string) =>
    format === "json" ? JSON.stringify(v).slice(1, -1) : format === "form" ? encodeURIComponent(v) : v.replace(/[\r\n]/g, " ");
  return template.replace(/\{\{\s*(to|text|key)\s*\}\}/g, (_, name: keyof SmsFields) => escape(fields[name]));
}

/**
 * One SMS: title and text, cut to `max` characters with an ellipsis, the link kept whole. The
 * default is three parts of a concatenated SMS (153 letters each): an SMS receipt carries the
 * code, the PIN and the keywords to answer with.
 */
export function smsText(title: string, body: string, link: string | null, max = 459): string {
  const tail = link ? ` ${link}` : "";
  const room = max - tail.length;
  const main = `${title}: ${body}`.replace(/\s+/g, " ").trim();
  return (main.length > room ? `${main.slice(0, Math.max(0, room - 1)).trimEnd()}…` : main) + tail;
}
