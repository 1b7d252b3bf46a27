import { describe, expect, it } from "vitest";
import { type ProfileInput, publicEntry, validateProfile } from "./profile.ts";

describe("validateProfile", () => {
  const published = { published: true, displayName: "Nurhayati", phone: "0812 3456 7890", place: "", hours: "" };
  it.each<[string, ProfileInput, { field: string; code: string }[] | null]>([
    ["a published profile with a name and a phone", published, null],
    ["a published profile with a place and no phone", { ...published, phone: "", place: "Kantor Kecamatan Somba Opu" }, null],
    ["a published profile without a name", { ...published, displayName: "  " }, [{ field: "displayName", code: "required" }]],
    ["a published profile with no way to reach", { ...published, phone: " ", place: "" }, [{ field: "phone", code: "contact_required" }]],
    ["an unpublished profile may be empty", { published: false }, null],
    ["a phone that is not one, even unpublished", { published: false, phone: "12ab" }, [{ field: "phone", code: "invalid_phone" }]],
    ["a name too long", { ...published, displayName: "n".repeat(81) }, [{ field: "displayName", code: "too_long" }]],
    ["a place too long", { ...published, place: "p".repeat(201) }, [{ field: "place", code: "too_long" }]],
    ["hours too long", { ...published, hours: "h".repeat(201) }, [{ field: "hours", code: "too_long" }]],
  ])("%s", (_name, input, expected) => {
    const result = validateProfile(input);
    if (expected === null) expect(result.ok).toBe(true);
    else expect(result.ok ? [] : result.issues.map(({ field, code }) => ({ field, code }))).toEqual(expected);
  });

  it("stores the phone in one form and folds spaces", () => {
    expect(validateProfile({ published: true, displayName: "  Nur   Baji ", phone: "+62 812-3456-7890", place: " Kantor\n camat ", hours: " Senin  pagi " })).toEqual({
      ok: true,
      value: { published: true, displayName: "Nur Baji", phone: "+6281234567890", place: "Kantor camat", hours: "Senin pagi" },
    });
  });

  it("says how long a field is and may be", () => {
    const result = validateProfile({ published: false, hours: "h".repeat(205) });
    expect(result).toEqual({ ok: false, issues: [{ field: "hours", code: "too_long", params: { max: 200, length: 205 } }] });
  });
});

describe("publicEntry", () => {
  const profile = { id: "p1", published: true, displayName: "Nur", phone: "+6281234567890", place: "Kantor camat", hours: "Senin" };
  it.each([
    ["published: its public fields only", profile, { id: "p1", name: "Nur", phone: "+6281234567890", place: "Kantor camat", hours: "Senin" }],
    ["not published: nothing", { ...profile, published: false }, null],
  ])("%s", (_name, input, expected) => expect(publicEntry(input)).toEqual(expected));
});
