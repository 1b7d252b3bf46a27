import { describe, expect, it } from "vitest";
import { type RelayInput, validateRelay } from "./relay.ts";

describe("validateRelay", () => {
  it.each<[string, RelayInput, { field: string; code: string }[] | null]>([
    ["by phone", { channel: "PHONE" }, null],
    ["on a visit, with a note", { channel: "IN_PERSON", note: "Dibacakan di rumahnya" }, null],
    ["other, saying how", { channel: "OTHER", note: "Lewat ketua RT" }, null],
    ["no channel", { note: "sudah" }, [{ field: "relayChannel", code: "required" }]],
    ["a channel not on the list", { channel: "EMAIL" }, [{ field: "relayChannel", code: "invalid_choice" }]],
    ["other without saying how", { channel: "OTHER", note: "  " }, [{ field: "relayNote", code: "required" }]],
    ["a note too long", { channel: "SMS", note: "n".repeat(501) }, [{ field: "relayNote", code: "too_long" }]],
  ])("%s", (_name, input, expected) => {
    const result = validateRelay(input);
    if (expected === null) expect(result.ok).toBe(true);
    else expect(result.ok ? [] : result.issues.map(({ field, code }) => ({ field, code }))).toEqual(expected);
  });

  it("folds the note's spaces and keeps no empty note", () => {
    expect(validateRelay({ channel: "WHATSAPP", note: "  pesan  suara " })).toEqual({ ok: true, value: { channel: "WHATSAPP", note: "pesan suara" } });
    expect(validateRelay({ channel: "PHONE", note: "" })).toEqual({ ok: true, value: { channel: "PHONE", note: null } });
  });
});
