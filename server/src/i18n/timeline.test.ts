// Every kind of timeline entry has its own words for each audience in both languages: none
// missing, none the same as another kind's (so "received by the agency" never reads as a second
// "passed to an agency"). The kinds cover every event type the database knows.
import { describe, expect, it } from "vitest";
import { TIMELINE_AUDIENCES, TIMELINE_ENTRIES, TIMELINE_EVENT_TYPES } from "../domain/complaint/timeline.ts";
import { TimelineEventType } from "../generated/prisma/client.ts";
import { catalogues, type Locale } from "./messages.ts";

const LOCALES: Locale[] = ["id", "en"];

describe("timeline words", () => {
  it("know every event type of the database", () => {
    expect([...TIMELINE_EVENT_TYPES].sort()).toEqual(Object.values(TimelineEventType).sort());
  });

  describe.each(LOCALES.flatMap((locale) => TIMELINE_AUDIENCES.map((audience) => [locale, audience] as const)))("%s · %s", (locale, audience) => {
    const words = TIMELINE_ENTRIES.map((entry) => [entry, catalogues[locale][`timeline.${audience}.${entry}`]] as const);

    it.each(words)("%s has words", (_entry, text) => {
      expect(text?.trim()).toBeTruthy();
    });

    it("gives no two kinds the same words", () => {
      const seen = new Map<string, string>();
      const clashes: string[] = [];
      for (const [entry, text] of words) {
        const key = (text ?? "").trim().toLowerCase();
        if (seen.has(key)) clashes.push(`${seen.get(key)} = ${entry}: "${text}"`);
        seen.set(key, entry);
      }
      expect(clashes).toEqual([]);
    });
  });
});
