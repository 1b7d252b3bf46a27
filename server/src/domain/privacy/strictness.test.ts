import { describe, expect, it } from "vitest";
import type { Privacy } from "./privacy.ts";
import { reporterPrivacy, restrictPrivacy } from "./strictness.ts";

const S = (privacy: Privacy, showReporterName = false) => ({ privacy, showReporterName });
const NAMED = S("PUBLIC", true);
const PUBLIC = S("PUBLIC");
const ANON = S("ANONYMOUS");
const CONF = S("CONFIDENTIAL");
const ALL = [NAMED, PUBLIC, ANON, CONF];

describe("restrictPrivacy: every pair of settings", () => {
  it.each(ALL.flatMap((from, i) => ALL.map((to, j) => [from, to, j > i ? "ok" : j === i ? "unchanged" : "needs_consent"] as const)))(
    "%j → %j: %s",
    (from, to, expected) => {
      const result = restrictPrivacy(from, to);
      expect(result.ok ? "ok" : result.code).toBe(expected);
    },
  );

  it("drops the public-name flag outside PUBLIC", () => {
    expect(restrictPrivacy(NAMED, S("ANONYMOUS", true))).toEqual({ ok: true, to: ANON });
    // A flag set on a confidential complaint does not count as a looser setting.
    expect(restrictPrivacy(S("CONFIDENTIAL", true), CONF)).toEqual({ ok: false, code: "unchanged" });
  });
});

describe("reporterPrivacy: the reporter's own choice, every pair of settings", () => {
  it.each(ALL.flatMap((from, i) => ALL.map((to, j) => [from, to, j === i ? "unchanged" : j < i ? "looser" : "stricter"] as const)))(
    "%j → %j: %s",
    (from, to, expected) => {
      const result = reporterPrivacy(from, to, true);
      expect(result.ok ? (result.looser ? "looser" : "stricter") : result.code).toBe(expected);
    },
  );

  it("shows a name only when the reporter gave one", () => {
    expect(reporterPrivacy(CONF, NAMED, false)).toEqual({ ok: false, code: "no_name" });
    expect(reporterPrivacy(CONF, PUBLIC, false)).toEqual({ ok: true, to: PUBLIC, looser: true });
  });
});
