// Passing an answer on: a message meant for a resident who hears back through their sahabat
// becomes a task ("Perlu disampaikan"); the sahabat records how and when it reached the resident.
// A task still open after three working days is overdue.
import type { FieldIssue } from "../shared/field-issue.ts";

/** How the answer reached the resident: a visit, a call, an SMS, WhatsApp, a letter, or else. */
export const RELAY_CHANNELS = ["IN_PERSON", "PHONE", "SMS", "WHATSAPP", "LETTER", "OTHER"] as const;
export type RelayChannel = (typeof RELAY_CHANNELS)[number];

/** The note; and what the resident said back, typed in by the sahabat (as the resident's own limits). */
export const RELAY_LIMITS = { note: 500, workingDays: 3, reply: 2000, ratingComment: 1000 } as const;

export type RelayInput = {
  channel?: string | null;
  note?: string | null;
  /** The resident's rating (1–5) of the handling, given to the sahabat. */
  rating?: number | null;
  ratingComment?: string | null;
  /** The resident's reply or added information, given to the sahabat. */
  reply?: string | null;
};
export type Relay = { channel: RelayChannel; note: string | null; rating: number | null; ratingComment: string | null; reply: string | null };

/**
 * Checks a relay record: a channel from the list ("OTHER" with a note saying how), a short note;
 * and, when the resident answered, their rating (1–5, a comment only with a rating) and reply.
 */
export function validateRelay(input: RelayInput): { ok: true; value: Relay } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const raw = input.channel?.trim() ?? "";
  const channel = RELAY_CHANNELS.find((c) => c === raw);
  if (!raw) issues.push({ field: "relayChannel", code: "required" });
  else if (!channel) issues.push({ field: "relayChannel", code: "invalid_choice" });
  const note = input.note?.replace(/\s+/g, " ").trim() || null;
  if (note && note.length > RELAY_LIMITS.note) issues.push({ field: "relayNote", code: "too_long", params: { max: RELAY_LIMITS.note, length: note.length } });
  if (channel === "OTHER" && !note) issues.push({ field: "relayNote", code: "required" });

  const rating = input.rating ?? null;
  if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5)) issues.push({ field: "residentRating", code: "invalid_choice" });
  const ratingComment = input.ratingComment?.trim() || null;
  if (ratingComment && rating === null) issues.push({ field: "residentRating", code: "required" });
  if (ratingComment && ratingComment.length > RELAY_LIMITS.ratingComment) {
    issues.push({ field: "residentRatingComment", code: "too_long", params: { max: RELAY_LIMITS.ratingComment, length: ratingComment.length } });
  }
  const reply = input.reply?.replace(/\r\n?/g, "\n").trim() || null;
  if (reply && reply.length > RELAY_LIMITS.reply) {
    issues.push({ field: "residentReply", code: "too_long", params: { max: RELAY_LIMITS.reply, length: reply.length } });
  }
  if (issues.length > 0 || !channel) return { ok: false, issues };
  return { ok: true, value: { channel, note, rating, ratingComment, reply } };
}
