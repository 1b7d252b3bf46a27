import { describe, expect, it } from "vitest";
import { chooseRelaySahabat, type RelayCandidate } from "./relay-choice.ts";

const nur: RelayCandidate = { userId: "u-nur", profileId: "p-nur", openRelays: 2 };
const rahmat: RelayCandidate = { userId: "u-rahmat", profileId: "p-rahmat", openRelays: 0 };
const hidden: RelayCandidate = { userId: "u-hidden", profileId: null, openRelays: 0 };
const ani: RelayCandidate = { userId: "u-ani", profileId: "p-ani", openRelays: 2 };

describe("chooseRelaySahabat", () => {
  it.each<[string, RelayCandidate[], string | null, string | { field: string; code: string }]>([
    ["the one picked from the public list", [nur, rahmat], "p-nur", "u-nur"],
    ["anyone: the fewest open relays", [nur, rahmat], null, "u-rahmat"],
    ["anyone: an unpublished sahabat of the kecamatan serves too", [nur, hidden], null, "u-hidden"],
    ["anyone: a tie goes to the first account id, whatever the order given", [nur, ani], null, "u-ani"],
    ["the same tie in the other order", [ani, nur], null, "u-ani"],
    ["a pick not in this kecamatan", [nur, rahmat], "p-elsewhere", { field: "relaySahabatId", code: "invalid_choice" }],
    ["a pick by account id, not a public entry", [nur, hidden], "u-hidden", { field: "relaySahabatId", code: "invalid_choice" }],
    ["no sahabat in the kecamatan", [], null, { field: "contactPreference", code: "no_sahabat" }],
    ["no sahabat, even with a pick", [], "p-nur", { field: "contactPreference", code: "no_sahabat" }],
  ])("%s", (_name, candidates, picked, expected) => {
    const result = chooseRelaySahabat(candidates, picked);
    if (typeof expected === "string") expect(result).toEqual({ ok: true, sahabatId: expected });
    else expect(result.ok ? null : result.issues).toEqual([expected]);
  });
});
