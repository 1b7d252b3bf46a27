// One-time codes are bound to their scope, and a contact's hash is the same however it was typed.
import { describe, expect, it } from "vitest";
import { contactHash, parseContact } from "./contact.ts";
import { hashOneTimeCode, oneTimeCodeMatches } from "./one-time-code.ts";

const key = Buffer.from("k".repeat(32));

describe("a one-time code's scope", () => {
  it.each([
    ["the same scope and code", "support:c1:h1", "123456", true],
    ["another complaint", "support:c2:h1", "123456", false],
    ["another contact", "support:c1:h2", "123456", false],
    ["another code", "support:c1:h1", "654321", false],
  ])("%s matches: %s", (_name, scope, code, expected) => {
    const hash = hashOneTimeCode(key, "support:c1:h1", "123456");
    expect(oneTimeCodeMatches(key, scope, code, hash)).toBe(expected);
  });
});

describe("a contact's hash", () => {
  const hashOf = (input: string) => {
    const parsed = parseContact(input);
    if (!parsed.ok) throw new Error(input);
    return contactHash(key, parsed.contact);
  };

  it.each([
    ["0812 3456 7890", "+62 812-3456-7890"],
    ["0812 3456 7890", "6281234567890"],
    ["Warga@Contoh.ID", "warga@contoh.id"],
  ])("%j and %j are one person", (a, b) => expect(hashOf(a)).toBe(hashOf(b)));

  it.each([
    ["0812 3456 7890", "0812 3456 7891"],
    ["warga@contoh.id", "warga2@contoh.id"],
  ])("%j and %j are two", (a, b) => expect(hashOf(a)).not.toBe(hashOf(b)));

  it("holds neither the number nor depends on nothing but it (keyed)", () => {
    const h = hashOf("0812 3456 7890");
    expect(h).not.toContain("81234567890");
    const parsed = parseContact("0812 3456 7890");
    expect(parsed.ok && contactHash(Buffer.from("x".repeat(32)), parsed.contact)).not.toBe(h);
  });
});
