// Redaction: phrases hidden everywhere behind the marker, phrases read back from a redacted text,
// suggestions of numbers, addresses and named people, and grid cells as photo regions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cellRegion,
  clampRegion,
  hiddenPhrases,
  pixelBox,
  redactComplaintText,
  redactionPhrases,
  redactText,
  REDACTION_MARKER,
  suggestRedactions,
} from "./redaction.ts";

const M = REDACTION_MARKER;

describe("redactText", () => {
  it.each<[string, string, string[], string]>([
    ["one name", "Pak Budi meminta uang.", ["Budi"], `Pak ${M} meminta uang.`],
    ["every occurrence", "Budi datang. Lalu Budi pergi.", ["Budi"], `${M} datang. Lalu ${M} pergi.`],
    ["without regard to case", "BUDI dan budi", ["Budi"], `${M} dan ${M}`],
    ["across a line break inside the phrase", "kata Budi\nSantoso kemarin", ["Budi Santoso"], `kata ${M} kemarin`],
    ["the longer phrase first", "Budi Santoso dan Budi", ["Budi", "Budi Santoso"], `${M} dan ${M}`],
    ["a phone with dashes", "hubungi 0812-3456-7890 ya", ["0812-3456-7890"], `hubungi ${M} ya`],
    ["signs of a regular expression are plain text", "harga (Rp 5.000) naik", ["(Rp 5.000)"], `harga ${M} naik`],
    ["no phrases: unchanged", "Pak Budi", [], "Pak Budi"],
    ["blank phrases are ignored", "Pak Budi", ["  ", ""], "Pak Budi"],
    ["a phrase not in the text changes nothing", "Jalan rusak", ["Budi"], "Jalan rusak"],
    ["spaces in a typed phrase are tidied", "Ibu Siti Aminah", ["  Siti   Aminah "], `Ibu ${M}`],
  ])("%s", (_name, text, phrases, expected) => {
    expect(redactText(text, phrases)).toBe(expected);
  });

  it("never leaves a hidden phrase in the text (any phrase of digits and spaces, any text around it)", () => {
    // Digits: the marker has none, so no phrase can be made of the marker and its neighbours.
    const phrase = fc.stringMatching(/^[0-9 ]{1,12}$/).filter((p) => p.trim().length > 0);
    fc.assert(
      fc.property(phrase, fc.string(), fc.string(), (p, before, after) => {
        const out = redactText(`${before}${p}${after}`, [p]);
        expect(out).not.toContain(p.replace(/\s+/g, " ").trim());
        expect(out).toContain(M);
      }),
    );
  });
});

describe("redactionPhrases", () => {
  it("keeps each phrase once, longest first, without the marker itself", () => {
    expect(redactionPhrases(["Budi", "budi", "Budi Santoso", M, " "])).toEqual(["Budi Santoso", "Budi"]);
  });
});

describe("redactComplaintText", () => {
  it.each<[string, { title: string; story: string }, string[], { publicTitle: string | null; publicStory: string | null }]>([
    ["both changed", { title: "Pak Budi", story: "Pak Budi minta uang" }, ["Budi"], { publicTitle: `Pak ${M}`, publicStory: `Pak ${M} minta uang` }],
    ["only the story", { title: "Pungutan liar", story: "Pak Budi minta uang" }, ["Budi"], { publicTitle: null, publicStory: `Pak ${M} minta uang` }],
    ["nothing: both null (the public reads the original)", { title: "Jalan", story: "Rusak" }, [], { publicTitle: null, publicStory: null }],
  ])("%s", (_name, complaint, phrases, expected) => {
    expect(redactComplaintText(complaint, phrases)).toEqual(expected);
  });
});

describe("hiddenPhrases", () => {
  it.each<[string, string, string | null, string[]]>([
    ["one phrase", "Pak Budi minta uang", `Pak ${M} minta uang`, ["Budi"]],
    ["at the start and end", "Budi minta uang ke Siti", `${M} minta uang ke ${M}`, ["Budi", "Siti"]],
    ["the same phrase twice is one", "Budi dan budi", `${M} dan ${M}`, ["Budi"]],
    ["no redaction", "Pak Budi", null, []],
    ["a public text that is not of this original", "Pak Budi", `Bu ${M}`, []],
  ])("%s", (_name, original, redacted, expected) => {
    expect(hiddenPhrases(original, redacted)).toEqual(expected);
  });

  it("reads back phrases that hide the text the same way (any names in any text)", () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,7}$/);
    const filler = fc.array(fc.constantFrom("jalan", "rusak", "di", "minta", "uang", "kantor", "desa", ".", ","), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(filler, fc.nat(2)), { minLength: 1, maxLength: 5 }), (names, parts) => {
        const original = parts.map(([words, i]) => `${words.join(" ")} ${names[i % names.length]}`).join(" ");
        const redacted = redactText(original, names);
        expect(redactText(original, hiddenPhrases(original, redacted))).toBe(redacted);
      }),
    );
  });
});

describe("suggestRedactions", () => {
  it.each<[string, string[], { text: string; kind: string }[]]>([
    ["a mobile number with dashes", ["Telepon 0812-3456-7890 saja"], [{ text: "0812-3456-7890", kind: "PHONE" }]],
    ["a number with +62 and spaces", ["WA +62 812 3456 7890."], [{ text: "+62 812 3456 7890", kind: "PHONE" }]],
    ["a number written together", ["nomor 081234567890"], [{ text: "081234567890", kind: "PHONE" }]],
    ["a landline with its area code", ["kantor (0411) 861234"], [{ text: "(0411) 861234", kind: "PHONE" }]],
    ["short numbers are not phones", ["RT 02 RW 05, nomor rumah 12, tahun 2024"], []],
    ["an e-mail address", ["surat ke budi.s@contoh.id ya"], [{ text: "budi.s@contoh.id", kind: "EMAIL" }]],
    ["Pak and a name", ["Pak Budi di kantor desa meminta uang"], [{ text: "Budi", kind: "NAME" }]],
    ["Bu and two names", ["kata Bu Siti Aminah"], [{ text: "Siti Aminah", kind: "NAME" }]],
    ["Bapak, Ibu, Sdr.", ["Bapak Ramli, Ibu Rosmini dan Sdr. Andi"], [
      { text: "Ramli", kind: "NAME" },
      { text: "Rosmini", kind: "NAME" },
      { text: "Andi", kind: "NAME" },
    ]],
    ["an office is not a name", ["Pak Lurah dan Bu Camat datang"], []],
    ["a lower-case word after the honorific is not a name", ["pak tua itu"], []],
    ["each once, in the order they appear, title first", ["Pak Budi", "Budi lagi, Bu Siti, 0812 3456 7890"], [
      { text: "Budi", kind: "NAME" },
      { text: "Siti", kind: "NAME" },
      { text: "0812 3456 7890", kind: "PHONE" },
    ]],
    ["nothing to suggest", ["Jalan rusak di depan sekolah"], []],
  ])("%s", (_name, texts, expected) => {
    expect(suggestRedactions(texts)).toEqual(expected);
  });

  it("every suggestion is found in the text, so ticking it hides something", () => {
    const text = "Pak Budi (0812-3456-7890, budi@contoh.id) dan Bu Siti Aminah +62 813 1111 2222.";
    for (const s of suggestRedactions([text])) expect(redactText(text, [s.text])).not.toBe(text);
  });
});

describe("photo regions", () => {
  it.each<[string, [number, number, number?], ReturnType<typeof cellRegion>]>([
    ["the first cell", [1, 1], { x: 0, y: 0, w: 0.25, h: 0.25 }],
    ["row 2, column 3", [2, 3], { x: 0.5, y: 0.25, w: 0.25, h: 0.25 }],
    ["a 6 × 6 grid's cell", [2, 3, 6], { x: 2 / 6, y: 1 / 6, w: 1 / 6, h: 1 / 6 }],
    ["row 0 is outside", [0, 1], null],
    ["column 5 is outside", [1, 5], null],
    ["a fraction is no cell", [1.5, 1], null],
  ])("cellRegion: %s", (_name, [row, column, size], expected) => {
    expect(cellRegion(row, column, size)).toEqual(expected);
  });

  it.each<[string, Parameters<typeof clampRegion>[0], ReturnType<typeof clampRegion>]>([
    ["inside stays", { x: 0.1, y: 0.2, w: 0.3, h: 0.4 }, { x: 0.1, y: 0.2, w: 0.3, h: 0.4 }],
    ["cut at the right edge", { x: 0.8, y: 0, w: 0.5, h: 0.5 }, { x: 0.8, y: 0, w: 0.19999999999999996, h: 0.5 }],
    ["outside", { x: 1.2, y: 0, w: 0.1, h: 0.1 }, null],
    ["empty", { x: 0.5, y: 0.5, w: 0, h: 0.2 }, null],
    ["not a number", { x: Number.NaN, y: 0, w: 0.1, h: 0.1 }, null],
  ])("clampRegion: %s", (_name, region, expected) => {
    expect(clampRegion(region)).toEqual(expected);
  });

  it.each<[string, Parameters<typeof pixelBox>, ReturnType<typeof pixelBox>]>([
    ["a sixth of 600 × 400", [{ x: 1 / 6, y: 1 / 6, w: 1 / 6, h: 1 / 6 }, 600, 400], { left: 100, top: 66, width: 100, height: 68 }],
    ["grown outward to whole pixels", [{ x: 0.101, y: 0, w: 0.1, h: 1 }, 10, 3], { left: 1, top: 0, width: 2, height: 3 }],
    ["the whole picture", [{ x: 0, y: 0, w: 1, h: 1 }, 320, 240], { left: 0, top: 0, width: 320, height: 240 }],
  ])("pixelBox: %s", (_name, args, expected) => {
    expect(pixelBox(...args)).toEqual(expected);
  });

  it("a grid's cells together cover every pixel of any picture", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2000 }), (width, height) => {
        let area = 0;
        for (let r = 1; r <= 6; r++) for (let c = 1; c <= 6; c++) {
          const box = pixelBox(cellRegion(r, c, 6)!, width, height);
          if (box) area += box.width * box.height;
        }
        expect(area).toBeGreaterThanOrEqual(width * height);
      }),
    );
  });
});
