// What a person may ask of the outbox, checked: channels in order (each once), quiet hours as
// two clock times, a language; and a browser's push subscription (an https endpoint and the
// RFC 8291 keys). Issues are keyed by field, for the error summary.
import { CHANNELS, type Channel, parseClock } from "./policy.ts";

export type PreferenceIssue = { field: string; code: string };

export type PreferencesInput = {
  /** In order; empty strings are unused slots ("no further channel"). */
  channels: readonly string[];
  quietHours: boolean;
  quietStart?: string | null;
  quietEnd?: string | null;
  locale?: string | null;
};

export type Preferences = { channels: Channel[]; quietStart: number | null; quietEnd: number | null; locale: "id" | "en" | null };

export function validatePreferences(input: PreferencesInput): { ok: true; value: Preferences } | { ok: false; issues: PreferenceIssue[] } {
  const issues: PreferenceIssue[] = [];
  const chosen = input.channels.map((c) => c.trim()).filter((c) => c !== "");
  if (chosen.some((c) => !(CHANNELS as readonly string[]).includes(c))) issues.push({ field: "channels", code: "invalid_choice" });
  else if (new Set(chosen).size !== chosen.length) issues.push({ field: "channels", code: "duplicate" });

  let quietStart: number | null = null;
  let quietEnd: number | null = null;
  if (input.quietHours) {
    for (const field of ["quietStart", "quietEnd"] as const) {
      const raw = input[field]?.trim() ?? "";
      const minutes = parseClock(raw);
      if (!raw) issues.push({ field, code: "required" });
      else if (minutes === null) issues.push({ field, code: "invalid_time" });
      else if (field === "quietStart") quietStart = minutes;
      else quietEnd = minutes;
    }
    if (quietStart !== null && quietStart === quietEnd) issues.push({ field: "quietEnd", code: "same_time" });
  }

  const locale = input.locale ? input.locale.trim() : null;
  if (locale && locale !== "id" && locale !== "en") issues.push({ field: "locale", code: "invalid_choice" });

  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { channels: chosen as Channel[], quietStart, quietEnd, locale: (locale as "id" | "en" | null) ?? null } };
}

export type PushSubscriptionInput = { endpoint: string; p256dh: string; auth: string };

const base64urlBytes = (value: string): Buffer | null => (/^[A-Za-z0-9_-]+={0,2}$/.test(value) ? Buffer.from(value, "base64url") : null);

/**
 * A subscription the service may send to: an https endpoint on a public host name (the server
 * makes requests to it, so loopback and private addresses are refused), a P-256 public key
 * (65 bytes, uncompressed) and a 16-byte auth secret.
 */
export function validatePushSubscription(input: PushSubscriptionInput): PreferenceIssue[] {
  const issues: PreferenceIssue[] = [];
  let url: URL | null = null;
  try {
    url = new URL(input.endpoint);
  } catch {
    url = null;
  }
  const host = url?.hostname.replace(/^\[|\]$/g, "") ?? "";
  const privateHost =
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host.endsWith(".local") ||
    /^(127\.|10\.|0\.|169\.254\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(host) ||
    host.includes(":"); // IPv6 literals: push services use names
  if (!url || url.protocol !== "https:" || privateHost || input.endpoint.length > 1000) issues.push({ field: "endpoint", code: "invalid_endpoint" });
  const key = base64urlBytes(input.p256dh);
  const auth = base64urlBytes(input.auth);
  if (!key || key.length !== 65 || key[0] !== 4 || !auth || auth.length !== 16) issues.push({ field: "keys", code: "invalid_keys" });
  return issues;
}
