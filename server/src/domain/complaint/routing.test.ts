// pickRoute: the most specific routing-table row containing the place wins.
import { describe, expect, it } from "vitest";
import { pickRoute } from "./routing.ts";

const ROUTES = [
  { regionCode: null, agencyId: "anywhere" },
  { regionCode: "73.06", agencyId: "regency" },
  { regionCode: "73.06.08", agencyId: "district" },
  { regionCode: "73.06.08.2001", agencyId: "village" },
];

describe("pickRoute", () => {
  it.each<[string, typeof ROUTES, string | null, string | null]>([
    ["a desa with its own row", ROUTES, "73.06.08.2001", "village"],
    ["another desa of the kecamatan", ROUTES, "73.06.08.2002", "district"],
    ["a kecamatan with its own row", ROUTES, "73.06.08", "district"],
    ["another kecamatan of the regency", ROUTES, "73.06.01", "regency"],
    ["a place in another regency", ROUTES, "73.71.01", "anywhere"],
    ["place unknown", ROUTES, null, "anywhere"],
    ["a code that only starts like the kecamatan", ROUTES, "73.06.081", "regency"],
    ["no service-area row, place outside", ROUTES.slice(1), "73.71.01", null],
    ["no service-area row, place unknown", ROUTES.slice(1), null, null],
    ["no rows", [], "73.06.08", null],
    ["order does not matter", [...ROUTES].reverse(), "73.06.08.2001", "village"],
  ])("%s", (_name, routes, place, expected) => {
    expect(pickRoute(routes, place)?.agencyId ?? null).toBe(expected);
  });
});
