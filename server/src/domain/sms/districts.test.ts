import { describe, expect, it } from "vitest";
import { districtNamedIn, matchDistrict, wordsNaming } from "./districts.ts";
import { smsWords } from "./grammar.ts";

// Kabupaten Gowa's kecamatan as the official data names them.
const GOWA = [
  ["73.06.01", "Bontonompo"],
  ["73.06.02", "Bajeng"],
  ["73.06.03", "Tompobulu"],
  ["73.06.04", "Tinggimoncong"],
  ["73.06.05", "Parangloe"],
  ["73.06.06", "Bontomarannu"],
  ["73.06.07", "Pallangga"],
  ["73.06.08", "Somba Opu"],
  ["73.06.09", "Bungaya"],
  ["73.06.10", "Tombolopao"],
  ["73.06.11", "Biringbulu"],
  ["73.06.12", "Barombong"],
  ["73.06.13", "Pattallasang"],
  ["73.06.14", "Manuju"],
  ["73.06.15", "Bontolempangang"],
  ["73.06.16", "Bontonompo Selatan"],
  ["73.06.17", "Parigi"],
  ["73.06.18", "Bajeng Barat"],
].map(([code, name]) => ({ code: code!, name: name! }));

const match = (text: string) => matchDistrict(smsWords(text), GOWA);

describe("matchDistrict: the kecamatan at the start of the text", () => {
  it.each([
    ["Somba Opu jalan rusak", "73.06.08", 2],
    ["SOMBAOPU jalan rusak", "73.06.08", 1],
    ["somba opo jalan rusak", "73.06.08", 2],
    ["Palangga lampu mati", "73.06.07", 1],
    ["pallanga lampu mati", "73.06.07", 1],
    ["Bajeng jalan", "73.06.02", 1],
    ["Bajeng Barat jalan", "73.06.18", 2],
    ["bajeng brat jalan", "73.06.18", 2],
    ["Bontonompo Selatan sekolah", "73.06.16", 2],
    ["Bontonompo Selatn sekolah", "73.06.16", 2],
    ["bontonompo sekolah", "73.06.01", 1],
    ["Tombolo Pao air bersih", "73.06.10", 2],
    ["tinggi moncong air bersih", "73.06.04", 2],
    ["Pattalassang puskesmas", "73.06.13", 1],
  ])("%j → %s using %i word(s)", (text, code, words) => {
    expect(match(text)).toEqual({ type: "match", code, wordsUsed: words });
  });

  it("asks back with the nearest names when nothing fits", () => {
    const result = match("jalan rusak depan pasar");
    expect(result.type).toBe("unclear");
    if (result.type === "unclear") expect(result.choices).toHaveLength(9);
  });

  it("asks back with the tied names only when two fit equally", () => {
    const tied = matchDistrict(["Bontoa"], [
      { code: "a", name: "Bontoe" },
      { code: "b", name: "Bontoi" },
      { code: "c", name: "Parigi" },
    ]);
    expect(tied).toEqual({ type: "unclear", choices: ["a", "b"] });
  });

  it("an empty text is unclear", () => {
    expect(match("").type).toBe("unclear");
  });
});

describe("districtNamedIn: a kecamatan named anywhere", () => {
  it.each([
    ["jalan rusak di Somba Opu dekat pasar", "73.06.08"],
    ["sekolah di bontonompo selatan rusak", "73.06.16"],
    ["jalan rusak depan pasar", null],
    ["dari Bajeng ke Pallangga", null],
  ])("%j → %s", (text, code) => {
    expect(districtNamedIn(text, GOWA)).toBe(code);
  });
});

describe("wordsNaming: how many first words name a chosen kecamatan", () => {
  it.each([
    [["Bajeng", "Barat", "jalan"], "Bajeng Barat", 2],
    [["bajeng", "jalan"], "Bajeng Barat", 0],
    [["jalan", "rusak"], "Parigi", 0],
    [["Parigi", "jalan"], "Parigi", 1],
  ])("%j naming %s → %i", (words, name, n) => {
    expect(wordsNaming(words, name)).toBe(n);
  });
});
