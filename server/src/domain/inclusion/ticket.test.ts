// The ticket and the deletion token as tables: a ticket reads back only untouched, in time and
// under its own key; tokens are read as people copy them.
import { describe, expect, it } from "vitest";
import { makeDeletionToken, monthOf, normalizeDeletionToken, readTicket, signTicket, ticketHash, type TicketClaims } from "./ticket.ts";

const key = Buffer.alloc(32, 7);
const now = new Date("2026-12-06T10:00:00Z");
const claims: TicketClaims = { districtCode: "73.06.01", channel: "SAHABAT", month: "2026-12", workshopId: null, nonce: "n0nce", expiresAt: now.getTime() + 60_000 };

describe("tickets", () => {
  const ticket = signTicket(key, claims);
  it("reads back what was signed", () => {
    expect(readTicket(key, ticket, now)).toEqual(claims);
    expect(readTicket(key, signTicket(key, { ...claims, workshopId: "w1" }), now)?.workshopId).toBe("w1");
  });
  it.each([
    ["nothing", null],
    ["empty", ""],
    ["no signature", ticket.split(".")[0]],
    ["another payload under this signature", `${Buffer.from(JSON.stringify(["73.06.02", "SELF", "2026-12", null, "n0nce", claims.expiresAt])).toString("base64url")}.${ticket.split(".")[1]}`],
    ["a changed signature", `${ticket.slice(0, -2)}xx`],
    ["an extra part", `${ticket}.x`],
  ])("refuses %s", (_name, given) => {
    expect(readTicket(key, given, now)).toBeNull();
  });
  it("refuses one signed under another key, and one that expired", () => {
    expect(readTicket(Buffer.alloc(32, 8), ticket, now)).toBeNull();
    expect(readTicket(key, ticket, new Date(claims.expiresAt))).toBeNull();
  });
  it("hashes the nonce the same way each time, differently for another", () => {
    expect(ticketHash("a")).toBe(ticketHash("a"));
    expect(ticketHash("a")).not.toBe(ticketHash("b"));
  });
});

describe("deletion tokens", () => {
  it("are twelve characters in three groups", () => {
    let i = 0;
    expect(makeDeletionToken(() => i++ % 29)).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  });
  it.each([
    ["as shown", "ABCD-EFGH-JKMN", "ABCD-EFGH-JKMN"],
    ["lower case with spaces", "abcd efgh jkmn", "ABCD-EFGH-JKMN"],
    ["too short", "ABCD-EFGH", null],
    ["a look-alike letter", "ABCD-EFGH-JKMO", null],
    ["nothing", "", null],
  ])("reads %s", (_name, input, expected) => {
    expect(normalizeDeletionToken(input)).toBe(expected);
  });
});

describe("monthOf", () => {
  it("counts the month in local time", () => {
    // 30 November 17:00 UTC is already 1 December in Makassar (UTC+8).
    expect(monthOf(new Date("2026-11-30T17:00:00Z"), 480)).toBe("2026-12");
    expect(monthOf(new Date("2026-11-30T15:00:00Z"), 480)).toBe("2026-11");
  });
});
