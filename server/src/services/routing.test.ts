import { describe, expect, it } from "vitest";
import { regionChain } from "./routing.ts";

describe("regionChain", () => {
  it.each([
    ["73.06.08.2001", ["73.06.08.2001", "73.06.08", "73.06", "73"]],
    ["73.06.08", ["73.06.08", "73.06", "73"]],
    ["73", ["73"]],
  ])("%s", (code, chain) => expect(regionChain(code)).toEqual(chain));
});
