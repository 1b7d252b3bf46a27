// Passing an answer on: a message meant for a resident who hears back through their sahabat
// becomes a task ("Perlu disampaikan"); the sahabat records how and when it reached the resident.
// A task still open after three working days is overdue.
import type { FieldIssue } from "../shared/field-issue.ts";

/** How the answer reached the resident: a visit, a call, an SMS, WhatsApp, a letter, or else. */
export const RELAY_CHANNELS = ["IN_PERSON", "PHONE", "SMS", "WHATSAPP", "LETTER", "OTHER"] as const;
export type RelayChannel = (typeof RELAY_CHANNELS)[number];

export const RELAY_LIMITS = { note: 500, workingDays: 3 } as const;

export type RelayInput = { channel?: string | null; note?: string | null };
export type Relay = { channel: RelayChannel; note: string | null };

/** Checks a relay record: a channel from the list ("OTHER" with a note saying how), a short note. */
export function validateRelay(input: RelayInput): { ok: true; value: Relay } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const raw = input.channel?.trim() ?? "";
  const channel = RELAY_CHANNELS.find((c) => c === raw);
  if (!raw) issues.push({ field: "relayChannel", code: "required" });
  else if (!channel) issues.push({ field: "relayChannel", code: "invalid_choice" });
  const note = input.note?.replace(/\s+/g, " ").trim() || null;
  if (note && note.length > RELAY_LIMITS.note) issues.push({ field: "relayNote", code: "too_long", params: { max: RELAY_LIMITS.note, length: note.length } });
  if (channel === "OTHER" && !note) issues.push({ field: "relayNote", code: "required" });
  if (issues.length > 0 || !channel) return { ok: false, issues };
  return { ok: true, value: { channel, note } };
}
