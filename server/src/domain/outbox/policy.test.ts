// The outbox rules: channel chains, back-off, quiet hours, gateway templates.
import { describe, expect, it } from "vitest";
import {
  type Channel,
  channelChain,
  fillTemplate,
  nextChannel,
  notBefore,
  parseClock,
  type Reach,
  retryDelay,
  smsText,
} from "./policy.ts";

const all: Reach = { pushSubscriptions: 2, phone: "0812", email: "a@b.id", sahabatId: "s1" };
const none: Reach = { pushSubscriptions: 0, phone: null, email: null, sahabatId: null };

describe("channelChain", () => {
  it.each<[string, Channel[] | null, Reach, Channel[]]>([
    ["default order, everything set up", null, all, ["PUSH", "SMS", "EMAIL", "SAHABAT_TASK"]],
    ["default without push", null, { ...all, pushSubscriptions: 0 }, ["SMS", "EMAIL", "SAHABAT_TASK"]],
    ["default, e-mail only", null, { ...none, email: "a@b.id" }, ["EMAIL"]],
    ["nothing set up", null, none, []],
    ["chosen order kept", ["EMAIL", "SMS"], all, ["EMAIL", "SMS"]],
    ["chosen channel not set up is skipped", ["SMS", "EMAIL"], { ...all, phone: null }, ["EMAIL"]],
    ["duplicates count once", ["EMAIL", "EMAIL", "PUSH"], all, ["EMAIL", "PUSH"]],
    ["empty choice: notification centre only", [], all, []],
    ["sahabat only when one filed the complaint", ["SAHABAT_TASK"], { ...all, sahabatId: null }, []],
  ])("%s", (_name, preferred, reach, expected) => {
    expect(channelChain(preferred, reach)).toEqual(expected);
  });
});

describe("nextChannel", () => {
  it.each<[Channel[], Channel, Channel | null]>([
    [["PUSH", "SMS", "EMAIL"], "PUSH", "SMS"],
    [["PUSH", "SMS", "EMAIL"], "EMAIL", null],
    [["SMS", "EMAIL"], "PUSH", "SMS"], // the failed channel is no longer in the chain: start over
    [[], "EMAIL", null],
  ])("%j after %s → %s", (chain, current, expected) => expect(nextChannel(chain, current)).toBe(expected));
});

describe("retryDelay", () => {
  const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 3000 };
  it.each<[number, number | null]>([
    [1, 1000],
    [2, 2000],
    [3, 3000], // 4000 capped
    [4, null], // the last attempt failed: dead letter
    [9, null],
  ])("after attempt %i → %s", (attempt, expected) => expect(retryDelay(attempt, policy)).toBe(expected));
});

describe("notBefore (quiet hours in WITA, UTC+8)", () => {
  const night = { start: parseClock("21:00")!, end: parseClock("06:00")! };
  const lunch = { start: parseClock("12:00")!, end: parseClock("13:30")! };
  it.each<[string, Channel, typeof night | null, string]>([
    // 22:30 WITA = 14:30 UTC: push waits until 06:00 WITA = 22:00 UTC
    ["2026-11-28T14:30:00.000Z", "PUSH", night, "2026-11-28T22:00:00.000Z"],
    ["2026-11-28T14:30:00.000Z", "SMS", night, "2026-11-28T22:00:00.000Z"],
    // e-mail and sahabat tasks are never held back
    ["2026-11-28T14:30:00.000Z", "EMAIL", night, "2026-11-28T14:30:00.000Z"],
    ["2026-11-28T14:30:00.000Z", "SAHABAT_TASK", night, "2026-11-28T14:30:00.000Z"],
    // 02:00 WITA (after midnight, still quiet)
    ["2026-11-28T18:00:00.000Z", "SMS", night, "2026-11-28T22:00:00.000Z"],
    // 06:00 WITA exactly: quiet is over
    ["2026-11-28T22:00:00.000Z", "SMS", night, "2026-11-28T22:00:00.000Z"],
    // 20:59 WITA: not yet quiet
    ["2026-11-28T12:59:00.000Z", "SMS", night, "2026-11-28T12:59:00.000Z"],
    // a daytime period that does not wrap: 12:15 WITA → 13:30 WITA
    ["2026-11-28T04:15:00.000Z", "PUSH", lunch, "2026-11-28T05:30:00.000Z"],
    ["2026-11-28T14:30:00.000Z", "PUSH", null, "2026-11-28T14:30:00.000Z"],
  ])("%s %s", (now, channel, quiet, expected) => {
    expect(notBefore(new Date(now), channel, quiet).toISOString()).toBe(expected);
  });
});

describe("fillTemplate", () => {
  const fields = { to: "+62812", text: 'Kata "halo" & baris\nbaru', key: "n1.SMS" };
  it.each<[string, "json" | "form" | "header", string]>([
    ['{"to":"{{to}}","message":"{{text}}","ref":"{{key}}"}', "json", '{"to":"+62812","message":"Kata \\"halo\\" & baris\\nbaru","ref":"n1.SMS"}'],
    ["to={{to}}&msg={{text}}", "form", "to=%2B62812&msg=Kata%20%22halo%22%20%26%20baris%0Abaru"],
    ["Ref {{ key }} {{other}}", "header", "Ref n1.SMS {{other}}"],
  ])("%s as %s", (template, format, expected) => {
    expect(fillTemplate(template, fields, format)).toBe(expected);
  });
  it("JSON output parses back to the original text", () => {
    const out = JSON.parse(fillTemplate('{"m":"{{text}}"}', fields, "json")) as { m: string };
    expect(out.m).toBe(fields.text);
  });
});

describe("smsText", () => {
  it("keeps the link whole and shortens the text", () => {
    const text = smsText("Laporan", "x".repeat(400), "https://s.id/lacak/GWA-1", 100);
    expect(text.length).toBe(100);
    expect(text.endsWith(" https://s.id/lacak/GWA-1")).toBe(true);
    expect(text).toContain("…");
  });
  it("leaves a short message as it is", () => {
    expect(smsText("Laporan", "Sudah dijawab.", null)).toBe("Laporan: Sudah dijawab.");
  });
});
