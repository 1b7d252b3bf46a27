// Preferences and push subscriptions a person sends, checked field by field.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type PreferencesInput, validatePreferences, validatePushSubscription } from "./preferences.ts";

describe("validatePreferences", () => {
  it.each<[string, PreferencesInput, unknown]>([
    ["channels in order, blanks dropped", { channels: ["EMAIL", "", "SMS", ""], quietHours: false }, { channels: ["EMAIL", "SMS"], quietStart: null, quietEnd: null, locale: null }],
    ["notification centre only", { channels: ["", ""], quietHours: false, locale: "en" }, { channels: [], quietStart: null, quietEnd: null, locale: "en" }],
    ["quiet hours over midnight", { channels: ["PUSH"], quietHours: true, quietStart: "21:00", quietEnd: "6:30" }, { channels: ["PUSH"], quietStart: 1260, quietEnd: 390, locale: null }],
    ["quiet hours off ignores the times", { channels: [], quietHours: false, quietStart: "x", quietEnd: "" }, { channels: [], quietStart: null, quietEnd: null, locale: null }],
  ])("%s", (_name, input, expected) => {
    expect(validatePreferences(input)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, PreferencesInput, { field: string; code: string }[]]>([
    ["a channel twice", { channels: ["SMS", "SMS"], quietHours: false }, [{ field: "channels", code: "duplicate" }]],
    ["an unknown channel", { channels: ["FAX"], quietHours: false }, [{ field: "channels", code: "invalid_choice" }]],
    ["quiet hours without times", { channels: [], quietHours: true }, [{ field: "quietStart", code: "required" }, { field: "quietEnd", code: "required" }]],
    ["a time that is not a time", { channels: [], quietHours: true, quietStart: "25:00", quietEnd: "06:00" }, [{ field: "quietStart", code: "invalid_time" }]],
    ["the same start and end", { channels: [], quietHours: true, quietStart: "06:00", quietEnd: "06:00" }, [{ field: "quietEnd", code: "same_time" }]],
    ["an unknown language", { channels: [], quietHours: false, locale: "fr" }, [{ field: "locale", code: "invalid_choice" }]],
  ])("%s", (_name, input, issues) => {
    expect(validatePreferences(input)).toEqual({ ok: false, issues });
  });
});

describe("validatePushSubscription", () => {
  const key = Buffer.concat([Buffer.from([4]), randomBytes(64)]).toString("base64url");
  const auth = randomBytes(16).toString("base64url");
  it.each<[string, string, string, string, string[]]>([
    ["a real push service", "https://fcm.googleapis.com/fcm/send/abc", key, auth, []],
    ["plain http", "http://push.example.com/x", key, auth, ["endpoint"]],
    ["loopback (the server would call itself)", "https://127.0.0.1/x", key, auth, ["endpoint"]],
    ["a private address", "https://192.168.1.5/x", key, auth, ["endpoint"]],
    ["localhost", "https://localhost:8443/x", key, auth, ["endpoint"]],
    ["not a URL", "push me", key, auth, ["endpoint"]],
    ["a short key", "https://push.example.com/x", randomBytes(32).toString("base64url"), auth, ["keys"]],
    ["a short auth secret", "https://push.example.com/x", key, randomBytes(8).toString("base64url"), ["keys"]],
  ])("%s", (_name, endpoint, p256dh, a, fields) => {
    expect(validatePushSubscription({ endpoint, p256dh, auth: a }).map((i) => i.field)).toEqual(fields);
  });
});
