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
    ["the resident's rating and reply", { channel: "PHONE", rating: 5, ratingComment: "Puas", reply: "Sudah beres" }, null],
    ["a rating off the scale", { channel: "PHONE", rating: 6 }, [{ field: "residentRating", code: "invalid_choice" }]],
    ["half a star", { channel: "PHONE", rating: 2.5 }, [{ field: "residentRating", code: "invalid_choice" }]],
    ["a comment without a rating", { channel: "PHONE", ratingComment: "Lambat" }, [{ field: "residentRating", code: "required" }]],
    ["a comment too long", { channel: "PHONE", rating: 3, ratingComment: "k".repeat(1001) }, [{ field: "residentRatingComment", code: "too_long" }]],
    ["a reply too long", { channel: "PHONE", reply: "b".repeat(2001) }, [{ field: "residentReply", code: "too_long" }]],
  ])("%s", (_name, input, expected) => {
    const result = validateRelay(input);
    if (expected === null) expect(result.ok).toBe(true);
    else expect(result.ok ? [] : result.issues.map(({ field, code }) => ({ field, code }))).toEqual(expected);
  });

  it("folds the note's spaces and keeps no empty note", () => {
    const nothingBack = { rating: null, ratingComment: null, reply: null };
    expect(validateRelay({ channel: "WHATSAPP", note: "  pesan  suara " })).toEqual({ ok: true, value: { channel: "WHATSAPP", note: "pesan suara", ...nothingBack } });
    expect(validateRelay({ channel: "PHONE", note: "" })).toEqual({ ok: true, value: { channel: "PHONE", note: null, ...nothingBack } });
    expect(validateRelay({ channel: "IN_PERSON", rating: 4, ratingComment: " Cepat ", reply: " Terima kasih\r\nsudah diperbaiki " })).toEqual({
      ok: true,
      value: { channel: "IN_PERSON", note: null, rating: 4, ratingComment: "Cepat", reply: "Terima kasih\nsudah diperbaiki" },
    });
  });
});
