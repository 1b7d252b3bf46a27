import { describe, expect, it } from "vitest";
import { receiptLimitKey, receiptTarget } from "./receipt.ts";

describe("receiptTarget", () => {
  const phone = "0812 3456 7890";
  const email = "warga@example.id";
  it.each([
    { case: "SMS chosen, number given", c: { contactPreference: "SMS", reporterPhone: phone, reporterEmail: null }, want: { channel: "SMS", contact: phone } },
    { case: "SMS chosen, no number", c: { contactPreference: "SMS", reporterPhone: " ", reporterEmail: email }, want: null },
    { case: "e-mail chosen", c: { contactPreference: "EMAIL", reporterPhone: phone, reporterEmail: email }, want: { channel: "EMAIL", contact: email } },
    { case: "through the sahabat", c: { contactPreference: "SAHABAT", reporterPhone: phone, reporterEmail: null }, want: null },
    { case: "none", c: { contactPreference: "NONE", reporterPhone: null, reporterEmail: null }, want: null },
    {
      case: "assisted, through the sahabat, number given: the resident's own SMS",
      c: { contactPreference: "SAHABAT", reporterPhone: phone, reporterEmail: null, assisted: true },
      want: { channel: "SMS", contact: phone },
    },
    {
      case: "assisted, e-mail chosen and a number: still the phone",
      c: { contactPreference: "EMAIL", reporterPhone: phone, reporterEmail: email, assisted: true },
      want: { channel: "SMS", contact: phone },
    },
    { case: "assisted, no number", c: { contactPreference: "SAHABAT", reporterPhone: null, reporterEmail: null, assisted: true }, want: null },
  ])("$case", ({ c, want }) => {
    expect(receiptTarget(c)).toEqual(want);
  });
});

describe("receiptLimitKey", () => {
  it.each([
    ["0812-3456-7890", "receipt:sms:081234567890"],
    ["+62 812 3456 7890", "receipt:sms:081234567890"],
    ["812 3456 7890", "receipt:sms:081234567890"],
  ])("%s counts as %s", (contact, key) => {
    expect(receiptLimitKey({ channel: "SMS", contact })).toBe(key);
  });
  it("ignores the case of an e-mail address", () => {
    expect(receiptLimitKey({ channel: "EMAIL", contact: "Warga@Example.ID" })).toBe("receipt:email:warga@example.id");
  });
});
