import { describe, expect, it } from "vitest";
import { signInIdentifier, validateSignUp } from "./sign-up.ts";

const ok = { name: "Sitti", email: "sitti@contoh.id", password: "kucing hitam makan" };

describe("validateSignUp", () => {
  it.each([
    ["nothing", {}, [["name", "required"], ["email", "contact_required"], ["password", "required"]]],
    ["a seven-character password", { ...ok, password: "1234567" }, [["password", "too_short"]]],
    ["a seven-character password with emoji counted as characters", { ...ok, password: "😀😀😀😀😀😀😀" }, [["password", "too_short"]]],
    ["a bad e-mail", { ...ok, email: "sitti@" }, [["email", "invalid_email"]]],
    ["a bad phone", { ...ok, email: null, phone: "12" }, [["phone", "invalid_phone"]]],
    ["no e-mail and no phone", { ...ok, email: " ", phone: "" }, [["email", "contact_required"]]],
    ["a 201-character password", { ...ok, password: "a".repeat(201) }, [["password", "too_long"]]],
    ["a name of spaces", { ...ok, name: "   " }, [["name", "required"]]],
  ])("refuses %s", (_name, input, expected) => {
    const result = validateSignUp(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => [i.field, i.code])).toEqual(expected);
  });

  it.each([
    ["e-mail only", ok, { name: "Sitti", email: "sitti@contoh.id", phone: null, password: "kucing hitam makan" }],
    ["phone only, spaces kept in the password", { name: " Daeng  Ngai ", phone: "0812-3456-7890", password: " 12345678 " },
      { name: "Daeng Ngai", email: null, phone: "+6281234567890", password: " 12345678 " }],
    ["an upper-case e-mail", { ...ok, email: "Sitti@Contoh.ID" }, { name: "Sitti", email: "sitti@contoh.id", phone: null, password: ok.password }],
  ])("accepts %s", (_name, input, value) => {
    expect(validateSignUp(input)).toEqual({ ok: true, value });
  });
});

describe("signInIdentifier", () => {
  it.each([
    ["Sitti@Contoh.id", { email: "sitti@contoh.id" }],
    ["0812 3456 7890", { phone: "+6281234567890" }],
    ["+62 812-3456-7890", { phone: "+6281234567890" }],
    ["sitti", { email: "sitti" }],
    ["  ", null],
  ])("%j → %j", (input, expected) => expect(signInIdentifier(input)).toEqual(expected));
});
